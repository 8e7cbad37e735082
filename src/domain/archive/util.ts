// Small pure helpers of the archive: hashing, canonical JSON, CSV, HTML escaping, record labels.
import { RECORD_TABLES, type RecordTable } from '../ledger';
import { canonicalJson, sha256Hex } from '../utils/canonical-json';

export { canonicalJson, sha256Hex };

/** The UTF-8 byte order mark: Excel and Notepad on older Windows read UTF-8 only with it. */
export const BOM = '\uFEFF';

/** One CSV field, quoted when needed (RFC 4180); objects and arrays as JSON. */
function csvField(value: unknown): string {
  if (value === undefined || value === null) return '';
  const text = typeof value === 'object' ? JSON.stringify(value) : String(value);
  // A leading =, +, - or @ would make Excel evaluate the cell as a formula (CSV injection).
  const safe = /^[=+\-@\t\r]/.test(text) && !/^-?\d+(\.\d+)?$/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
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

/** Text made safe to place in HTML (element content and quoted attributes). */
export function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );
}

/** Fields that name a record, in order of preference. */
const LABEL_FIELDS = ['name', 'title', 'topic', 'subject', 'label', 'fileName', 'chairName'] as const;
/** Fields that date a record, in order of preference. */
const DATE_FIELDS = [
  'date',
  'startDate',
  'submittedOn',
  'adoptedOn',
  'votedOn',
  'from',
  'feedbackOn',
  'asOf',
];

/** A record's date, if it has one. */
export function recordDate(record: Record<string, unknown>): string | undefined {
  for (const field of DATE_FIELDS) if (typeof record[field] === 'string') return record[field] as string;
  return undefined;
}

/** A record's name for lists: its name or title, else its number, else the table's label. */
export function recordName(table: RecordTable, record: Record<string, unknown>): string {
  for (const field of LABEL_FIELDS)
    if (typeof record[field] === 'string' && record[field]) return record[field] as string;
  if (typeof record['number'] === 'number')
    return table === 'terms'
      ? `第${record['number']}届`
      : table === 'sessions'
        ? `第${record['number']}次会议`
        : `第${record['number']}号`;
  return RECORD_TABLES[table].label;
}

/** A short Chinese label of a record with its date, for the diff's conflicts. */
export function recordLabel(table: RecordTable, record: Record<string, unknown>): string {
  const date = recordDate(record);
  const name = recordName(table, record);
  return date ? `${name}（${date}）` : name;
}
