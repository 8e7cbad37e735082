// Test harness for evaluators: a ledger from builder inputs (parsed by the real schemas, so tests
// use records as stored) and one duty evaluated for a selection as of a date.
import { catalogue } from '../../catalogue';
import { RECORD_TABLES, type LedgerData, type PointsTable, type RecordTable } from '../../ledger';
import { evaluationContext } from '../context';
import { evaluateDuty, selectionRange } from '../engine';
import type { DutyResult, Selection } from '../types';

/** Builder inputs per table (see `../../ledger/__tests__/builders.ts`); missing tables are empty. */
export type LedgerInput = Partial<Record<RecordTable, readonly Record<string, unknown>[]>>;

/** A ledger whose records went through the tables' schemas, as storage would hold them. */
export function ledger(input: LedgerInput): LedgerData {
  const data = {} as Record<RecordTable, unknown[]>;
  for (const table of Object.keys(RECORD_TABLES) as RecordTable[])
    data[table] = (input[table] ?? []).map((raw) => RECORD_TABLES[table].schema.parse(raw));
  return data as LedgerData;
}

export interface EvaluateOptions {
  selection?: Selection;
  asOf?: string;
  /** The township's setting values (missing keys take the catalogue's defaults). */
  settings?: Record<string, number | string>;
  /** The township's saved 履职积分 table versions (art15-points-scheme). */
  pointsTables?: PointsTable[];
}

/** Evaluates one duty of the real catalogue; by default for the year 2025 as of 2026-03-01 (closed). */
export function evaluateOne(
  id: string,
  input: LedgerInput | LedgerData,
  options: EvaluateOptions = {},
): DutyResult {
  const data = isLedger(input) ? input : ledger(input);
  const duty = catalogue.duties.find((d) => d.id === id);
  if (!duty) throw new Error(`no duty ${id}`);
  const ctx = evaluationContext(
    data,
    { values: options.settings ?? {}, pointsTables: options.pointsTables ?? [] },
    catalogue,
    options.asOf ?? '2026-03-01',
  );
  const range = selectionRange(options.selection ?? { kind: 'year', year: 2025 }, ctx);
  if (!range) throw new Error('unknown term');
  return evaluateDuty(duty, range, ctx);
}

const isLedger = (input: LedgerInput | LedgerData): input is LedgerData =>
  Object.keys(RECORD_TABLES).every((t) => Array.isArray((input as Record<string, unknown>)[t]));
