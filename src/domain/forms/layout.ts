// How a form's text and tables are laid out, shared by the static page (blank form) and the island
// that fills it, so both print the same rows and blanks.
import type { FormDefinition, FormField, TableSection } from '../schemas/form';

/** A piece of a paragraph: fixed wording, or a blank to fill inline. */
export type InlineSegment =
  { kind: 'text'; text: string } | { kind: 'blank'; key: string; label: string; width: number };

const BLANK = /\{\{([a-zA-Z0-9]+):([^:}]+)(?::(\d+))?\}\}/g;

/** Splits `经{{township:乡镇名称:6}}研究` into text and blanks; a blank without width is 8 em wide. */
export function parseInline(text: string): InlineSegment[] {
  const segments: InlineSegment[] = [];
  let last = 0;
  for (const match of text.matchAll(BLANK)) {
    if (match.index > last) segments.push({ kind: 'text', text: text.slice(last, match.index) });
    segments.push({
      kind: 'blank',
      key: match[1]!,
      label: match[2]!,
      width: match[3] ? Number(match[3]) : 8,
    });
    last = match.index + match[0].length;
  }
  if (last < text.length) segments.push({ kind: 'text', text: text.slice(last) });
  return segments;
}

/** The value keys of the inline blanks of a text. */
export function inlineKeys(text: string): string[] {
  return parseInline(text).flatMap((s) => (s.kind === 'blank' ? [s.key] : []));
}

/**
 * The printed rows of a table: each row lists the entries (0-based) placed side by side in it,
 * `perRow` a row, reading left to right then down. At least `blankRows` rows are printed, more
 * when there are more entries; entries past `entries` are blank lines to write in.
 */
export function tableRows(section: Pick<TableSection, 'perRow' | 'blankRows'>, entries: number): number[][] {
  const rows = Math.max(section.blankRows, Math.ceil(entries / section.perRow));
  return Array.from({ length: rows }, (_, row) =>
    Array.from({ length: section.perRow }, (_, slot) => row * section.perRow + slot),
  );
}

/** Fields of a field table grouped into printed rows: two half-width fields a row, a wide one alone. */
export function fieldRows(fields: readonly FormField[]): FormField[][] {
  const rows: FormField[][] = [];
  let pending: FormField | undefined;
  for (const field of fields) {
    if (field.wide || field.kind === 'area') {
      if (pending) rows.push([pending]);
      pending = undefined;
      rows.push([field]);
    } else if (pending) {
      rows.push([pending, field]);
      pending = undefined;
    } else pending = field;
  }
  if (pending) rows.push([pending]);
  return rows;
}

/** The date blank of signature and seal boxes: 年, 月, 日 with two ideographic spaces between. */
export const DATE_BLANK = '年\u3000\u3000月\u3000\u3000日';

/**
 * Whether the congress (its presidium) issues a form: then its number line reads `××人大〔〕号`; a
 * letter of another body (an answer letter of the 办理单位) gets a blank for that body's code.
 */
export function isCongressIssued(form: Pick<FormDefinition, 'issuer'>): boolean {
  return !form.issuer || form.issuer.includes('人民代表大会');
}
