// Forms of the ledger as data: a list of field specs per record kind. The form holds strings and
// booleans as the inputs do; `toInput` turns them into the shape the record's zod schema parses
// (numbers, arrays, absent optionals), and `toFormValues` does the reverse for editing.

/** One option of a select or a multi-select. */
export interface Option {
  value: string;
  label: string;
}

/** The kinds of input the ledger's forms use. */
export type FieldKind =
  | 'text'
  | 'textarea'
  | 'date'
  | 'number'
  | 'select'
  | 'checkbox'
  | 'multiselect'
  /** One value per line; stored as a string array. */
  | 'lines'
  /**
   * A small table of rows with the `columns` given (表决结果: 事项, 赞成, 反对, 弃权): each row is
   * one line of the stored string array, its cells made by `split` and put back by `join`.
   */
  | 'rows';

/** A column of a `rows` field. */
export interface RowColumn {
  label: string;
  /** Numbers get a numeric keyboard on phones. */
  kind: 'text' | 'number';
}

/** The cells of one form row, tab-separated, as the form holds it. */
export const ROW_CELL_SEPARATOR = '\t';

/** One field of a record form. `name` is a dotted path into the record (`test.entitled`). */
export interface FieldSpec {
  name: string;
  label: string;
  kind: FieldKind;
  /** Shown under the label. */
  hint?: string;
  /** Marks the label as required (the schema still decides). */
  required?: boolean;
  /** For select and multiselect; a function when the options come from other records. */
  options?: readonly Option[];
  /** For number: the step (0.5 for session length in half days). */
  step?: number;
  /** Hides the field unless this returns true for the current values (kind-specific fields). */
  when?: (values: FormValues) => boolean;
  /** For rows: the columns, and how a stored line becomes cells and cells a line. */
  columns?: readonly RowColumn[];
  split?: (line: string) => string[];
  join?: (cells: readonly string[]) => string;
}

/** What a form holds: strings for text-like inputs, booleans for checkboxes, arrays for multi. */
export type FormValues = Record<string, string | boolean | string[]>;

const getPath = (record: unknown, path: string): unknown =>
  path
    .split('.')
    .reduce<unknown>((value, key) => (value as Record<string, unknown> | undefined)?.[key], record);

function setPath(target: Record<string, unknown>, path: string, value: unknown) {
  const keys = path.split('.');
  let node = target;
  for (const key of keys.slice(0, -1)) {
    // An absent value never creates the object around it (a hidden `test.*` makes no `test`).
    if (value === undefined && (node[key] === undefined || node[key] === null)) return;
    node = (node[key] ??= {}) as Record<string, unknown>;
  }
  node[keys.at(-1)!] = value;
}

/** Drops nested objects whose fields are all absent, so an optional group is absent, not empty. */
function dropEmptyGroups(target: Record<string, unknown>, fields: readonly FieldSpec[]) {
  const prefixes = new Set(fields.filter((f) => f.name.includes('.')).map((f) => f.name.split('.')[0]!));
  for (const prefix of prefixes) {
    const group = target[prefix];
    if (group && typeof group === 'object' && Object.values(group).every((v) => v === undefined))
      target[prefix] = undefined;
  }
}

/** The form values for a record (or for a new one, from its defaults). */
export function toFormValues(fields: readonly FieldSpec[], record: unknown): FormValues {
  const values: FormValues = {};
  for (const field of fields) {
    const value = getPath(record, field.name);
    if (field.kind === 'checkbox') values[field.name] = value === true;
    else if (field.kind === 'multiselect') values[field.name] = Array.isArray(value) ? value.map(String) : [];
    else if (field.kind === 'lines') values[field.name] = Array.isArray(value) ? value.join('\n') : '';
    else if (field.kind === 'rows')
      values[field.name] = Array.isArray(value)
        ? value.map((line) => (field.split ?? ((l: string) => [l]))(String(line)).join(ROW_CELL_SEPARATOR))
        : [];
    else values[field.name] = value === undefined || value === null ? '' : String(value);
  }
  return values;
}

/**
 * The input to validate for these form values, merged over the record being edited (so fields the
 * form does not show are kept). Empty text becomes absent; numbers are parsed; hidden fields drop.
 */
export function toInput(
  fields: readonly FieldSpec[],
  values: FormValues,
  base: object = {},
): Record<string, unknown> {
  const input = structuredClone(base) as Record<string, unknown>;
  for (const field of fields) {
    const raw = values[field.name];
    const shown = !field.when || field.when(values);
    let value: unknown;
    if (!shown) value = undefined;
    else if (field.kind === 'checkbox') value = raw === true;
    else if (field.kind === 'multiselect') value = Array.isArray(raw) ? raw : [];
    else if (field.kind === 'rows')
      value = (Array.isArray(raw) ? raw : [])
        .map((row) => row.split(ROW_CELL_SEPARATOR).map((cell) => cell.trim()))
        .filter((cells) => cells.some(Boolean))
        .map((cells) => (field.join ?? ((c: readonly string[]) => c.join(' ')))(cells));
    else if (field.kind === 'lines')
      value = String(raw ?? '')
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean);
    else {
      const text = String(raw ?? '').trim();
      if (text === '') value = undefined;
      else if (field.kind === 'number') value = Number.isNaN(Number(text)) ? text : Number(text);
      else value = text;
    }
    setPath(input, field.name, value);
  }
  dropEmptyGroups(input, fields);
  return input;
}
