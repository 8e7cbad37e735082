// Which record fields refer to records of other tables, DERIVED from the schemas: every id field
// made with `idRef('deputies')` (src/domain/ledger/field-schemas.ts) is found here by walking each
// table's zod schema, so the reader, the JSON Schemas and the docs share one list and a new
// reference needs only its marker. Checked on every archive read so that an archive never brings
// a reference to a record it does not hold, or to a record of the wrong kind.
import { globalRegistry, type z } from 'zod';
import {
  RECORD_TABLES,
  REFERENCE_KINDS_KEY,
  REFERENCES_KEY,
  type LedgerData,
  type RecordTable,
} from '../ledger';

/** One reference: records of `from` name, at `path`, a record of `to` (of one of `kinds`, when given). */
export interface ReferenceRule {
  from: RecordTable;
  /** The field as written in messages and docs: `deputyIds[]`, `absences[].deputyId`. */
  field: string;
  /** The path through the record; `[]` steps into every element of a list. */
  path: readonly string[];
  to: RecordTable;
  /** The `kind`s the target record may have (an inspection problem's inspection is a 执法检查). */
  kinds?: readonly string[];
  /** A list of ids (`deputyIds`) rather than one optional id. */
  many: boolean;
}

type AnySchema = z.core.$ZodType;

/** The marked id fields of a schema, with their paths. */
function collect(schema: AnySchema, path: string[], out: { path: string[]; to: string; kinds?: string[] }[]) {
  const meta = globalRegistry.get(schema as z.ZodType) as Record<string, unknown> | undefined;
  const to = meta?.[REFERENCES_KEY];
  if (typeof to === 'string') {
    const kinds = meta?.[REFERENCE_KINDS_KEY];
    out.push({ path, to, ...(Array.isArray(kinds) ? { kinds: kinds as string[] } : {}) });
    return;
  }
  const def = schema._zod.def as unknown as Record<string, unknown> & { type: string };
  switch (def.type) {
    case 'object':
      for (const [key, child] of Object.entries(def['shape'] as Record<string, AnySchema>))
        collect(child, [...path, key], out);
      return;
    case 'array':
      collect(def['element'] as AnySchema, [...path, '[]'], out);
      return;
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'catch':
    case 'nonoptional':
      collect(def['innerType'] as AnySchema, path, out);
      return;
    case 'pipe':
      collect(def['in'] as AnySchema, path, out);
      return;
    case 'union':
      for (const option of def['options'] as AnySchema[]) collect(option, path, out);
      return;
    case 'record':
      collect(def['valueType'] as AnySchema, [...path, '{}'], out);
      return;
    default:
      return;
  }
}

/** The field of a path as written in messages: `absences[].deputyId`. */
export const fieldName = (path: readonly string[]): string =>
  path.reduce(
    (name, step) => (step === '[]' || step === '{}' ? `${name}${step}` : name ? `${name}.${step}` : step),
    '',
  );

/** Every reference of the ledger's schemas, in table order (see docs/archive-format.md). */
export function deriveReferences(): ReferenceRule[] {
  const rules: ReferenceRule[] = [];
  for (const [from, { schema }] of Object.entries(RECORD_TABLES) as [RecordTable, { schema: AnySchema }][]) {
    const found: { path: string[]; to: string; kinds?: string[] }[] = [];
    collect(schema, [], found);
    const seen = new Set<string>();
    for (const f of found) {
      if (!(f.to in RECORD_TABLES))
        throw new Error(`${from}.${fieldName(f.path)} refers to unknown table ${f.to}`);
      const field = fieldName(f.path);
      if (seen.has(field)) continue;
      seen.add(field);
      rules.push({
        from,
        field,
        path: f.path,
        to: f.to as RecordTable,
        ...(f.kinds ? { kinds: f.kinds } : {}),
        many: f.path.includes('[]'),
      });
    }
  }
  return rules;
}

/** Every reference between tables of the ledger, derived from the schemas' `idRef` marks. */
export const REFERENCES: readonly ReferenceRule[] = deriveReferences();

/** The attachments' owner reference: `ownerTable` names the table, `ownerId` the record. */
export const ATTACHMENT_OWNER_FIELD = 'ownerId';

/** A reference to a record the ledger does not hold, or to a record of the wrong kind. */
export interface MissingReference {
  table: RecordTable;
  id: string;
  field: string;
  target: RecordTable;
  missingId: string;
  /** Set when the record exists but is of another kind: its kind. */
  wrongKind?: string;
  /** The kinds the reference allows (with `wrongKind`). */
  kinds?: readonly string[];
}

/** Every value at `path` (from step `at`) in a record (lists stepped into), skipping absent ones. */
function valuesAt(value: unknown, path: readonly string[], out: unknown[], at = 0): void {
  if (at === path.length) {
    if (value !== undefined) out.push(value);
    return;
  }
  if (value === undefined || value === null) return;
  const step = path[at]!;
  if (step === '[]') {
    if (Array.isArray(value)) for (const item of value) valuesAt(item, path, out, at + 1);
    return;
  }
  if (step === '{}') {
    if (typeof value === 'object') for (const item of Object.values(value)) valuesAt(item, path, out, at + 1);
    return;
  }
  if (typeof value === 'object') valuesAt((value as Record<string, unknown>)[step], path, out, at + 1);
}

/** Records checked between two turns of {@link findMissingReferencePaced}. */
const RECORDS_PER_SLICE = 2000;

/** The first reference (of {@link REFERENCES} and attachments' owners) to a missing or wrong record. */
export function findMissingReference(data: LedgerData): MissingReference | undefined {
  const scan = scanReferences(data);
  for (;;) {
    const step = scan.next();
    if (step.done) return step.value;
  }
}

/** {@link findMissingReference}, giving the page a turn (`pace`) every few thousand records. */
export async function findMissingReferencePaced(
  data: LedgerData,
  pace: () => Promise<void>,
): Promise<MissingReference | undefined> {
  const scan = scanReferences(data);
  for (;;) {
    const step = scan.next();
    if (step.done) return step.value;
    await pace();
  }
}

/** The reference check, yielding every {@link RECORDS_PER_SLICE} records so a caller can pace it. */
function* scanReferences(data: LedgerData): Generator<void, MissingReference | undefined> {
  const byId = new Map<RecordTable, Map<string, Record<string, unknown>>>();
  const recordsOf = (table: RecordTable) => {
    let map = byId.get(table);
    if (!map)
      byId.set(
        table,
        (map = new Map(
          (data[table] as unknown as Record<string, unknown>[]).map((r) => [String(r['id']), r]),
        )),
      );
    return map;
  };
  const targets: unknown[] = [];
  for (const rule of REFERENCES) {
    const records = recordsOf(rule.to);
    for (const [index, record] of (data[rule.from] as unknown as Record<string, unknown>[]).entries()) {
      if (index % RECORDS_PER_SLICE === RECORDS_PER_SLICE - 1) yield;
      targets.length = 0;
      valuesAt(record, rule.path, targets);
      for (const target of targets) {
        const found = typeof target === 'string' ? records.get(target) : undefined;
        if (found && (!rule.kinds || rule.kinds.includes(String(found['kind'])))) continue;
        const base = {
          table: rule.from,
          id: String(record['id']),
          field: rule.field,
          target: rule.to,
          missingId: typeof target === 'string' ? target : JSON.stringify(target),
        };
        if (!found) return base;
        return { ...base, wrongKind: String(found['kind']), kinds: rule.kinds! };
      }
    }
  }
  for (const a of data.attachments)
    if (!recordsOf(a.ownerTable).has(a.ownerId))
      return {
        table: 'attachments',
        id: a.id,
        field: ATTACHMENT_OWNER_FIELD,
        target: a.ownerTable,
        missingId: a.ownerId,
      };
  return undefined;
}
