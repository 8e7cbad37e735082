// The one CSV writer of the project (archive copies, the /city/ comparison, the CLI's --csv, the
// roster): UTF-8 with a BOM and CRLF for Excel, RFC 4180 quoting, and a cell that Excel would read
// as a formula (=, +, -, @, tab, CR) made text with a leading apostrophe
// (plain numbers such as -3 are left as they are).
/** The UTF-8 byte order mark: Excel and Notepad on older Windows read UTF-8 only with it. */
export const BOM = '\uFEFF';

/** One CSV field, quoted when needed (RFC 4180); objects and arrays as JSON. */
function csvField(value: unknown): string {
  if (value === undefined || value === null) return '';
  return csvText(
    typeof value === 'string' ? value : typeof value === 'object' ? JSON.stringify(value) : String(value),
  );
}

/** A plain number, which Excel shows as it is even when it starts with `-`. */
const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;
/** A character that makes a field need quotes. */
const NEEDS_QUOTES = /[",\r\n]/;

/** Whether a text starting with this UTF-16 unit would be a formula in Excel: = + - @ tab CR. */
const startsFormula = (first: number) =>
  first === 0x3d || first === 0x2b || first === 0x2d || first === 0x40 || first === 0x09 || first === 0x0d;

/**
 * {@link csvField} of a text. A leading =, +, - or @ would make Excel evaluate the cell as a
 * formula (CSV injection): such a cell gets a leading apostrophe, unless it is a plain number.
 */
function csvText(text: string): string {
  const safe = startsFormula(text.charCodeAt(0)) && !PLAIN_NUMBER.test(text) ? `'${text}` : text;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** A table as CSV for Excel: UTF-8 with BOM, CRLF, a header row of the fields found in any record. */
export function toCsv(rows: readonly Record<string, unknown>[]): string {
  const columns: string[] = [];
  const seen = new Set<string>();
  for (const row of rows)
    for (const key of Object.keys(row))
      if (!seen.has(key)) {
        seen.add(key);
        columns.push(key);
      }
  const lines = [columns.map(csvField).join(',')];
  for (const row of rows) lines.push(columns.map((c) => csvField(row[c])).join(','));
  return `${BOM}${lines.join('\r\n')}\r\n`;
}

/**
 * A table with a given header as CSV for Excel (the one writer every CSV of the project goes
 * through: archive copies, the city comparison, the CLI's --csv): UTF-8 with BOM, CRLF, RFC 4180
 * quoting, and a cell that Excel would run as a formula (`=`, `+`, `-`, `@`, tab, CR first)
 * prefixed with `'`.
 */
export function toCsvRows(header: readonly string[], rows: readonly (readonly unknown[])[]): string {
  const lines = [csvLine(header)];
  for (const row of rows) lines.push(csvLine(row));
  return `${BOM}${lines.join('\r\n')}\r\n`;
}

/** One CSV line (no line break) of {@link toCsvRows}: its fields quoted and guarded the same way. */
export function csvLine(row: readonly unknown[]): string {
  return row.map(csvField).join(',');
}
