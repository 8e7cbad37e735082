// The dry-run difference between the current ledger and an archive's, table by table: what an
// import would add, update, and where both sides changed the same record (a conflict, shown and
// never silently overwritten).
import { type LedgerData, type RecordTable, RECORD_TABLE_NAMES } from '../ledger';
import { sameJson } from '../utils/canonical-json';
import { recordLabel } from './record-labels';

/** The difference of one table. */
export interface TableDiff {
  /** Ids only in the archive. */
  added: string[];
  /** Ids whose archive copy is newer (by `updatedAt`) than the current one. */
  updated: string[];
  /** Records that differ where the current copy is as new or newer: kept unless asked otherwise. */
  conflicts: { id: string; label: string; current: string; incoming: string }[];
  /** Records identical on both sides. */
  unchanged: number;
  /** Ids only in the current ledger: kept by a merge, removed by a replace. */
  removed: string[];
}

/** The difference of the whole ledger. */
export interface LedgerDiff {
  tables: Record<RecordTable, TableDiff>;
  /** The archive belongs to another township than the current ledger (ask before importing). */
  otherTownship: boolean;
  totals: { added: number; updated: number; conflicts: number };
}

const TABLES = RECORD_TABLE_NAMES;

/** Records compared between two turns a paced caller gives the page. */
const DIFF_SLICE = 2000;

/**
 * Compares the current ledger with an incoming one. `updated`: the incoming record differs and
 * its `updatedAt` is later than the current one's. `conflicts`: the records differ and the
 * current one is as new or newer, so taking the archive's would lose a change made here.
 */
export function diffLedgers(
  current: LedgerData,
  incoming: LedgerData,
  currentTownshipId?: string,
): LedgerDiff {
  const steps = diffing(current, incoming, currentTownshipId);
  let step = steps.next();
  while (!step.done) step = steps.next();
  return step.value;
}

/** {@link diffLedgers} that awaits `pace` every few thousand records (for 100,000-record ledgers in a page). */
export async function diffLedgersPaced(
  current: LedgerData,
  incoming: LedgerData,
  currentTownshipId: string | undefined,
  pace: () => Promise<void>,
): Promise<LedgerDiff> {
  const steps = diffing(current, incoming, currentTownshipId);
  let step = steps.next();
  while (!step.done) {
    await pace();
    step = steps.next();
  }
  return step.value;
}

/** The comparison, as steps: it yields after every {@link DIFF_SLICE} records. */
function* diffing(
  current: LedgerData,
  incoming: LedgerData,
  currentTownshipId: string | undefined,
): Generator<void, LedgerDiff> {
  const tables = {} as Record<RecordTable, TableDiff>;
  const totals = { added: 0, updated: 0, conflicts: 0 };
  let compared = 0;
  for (const table of TABLES) {
    const mine = new Map<string, { id: string; updatedAt: string }>(current[table].map((r) => [r.id, r]));
    const diff: TableDiff = { added: [], updated: [], conflicts: [], unchanged: 0, removed: [] };
    const theirs = new Set<string>();
    for (const record of incoming[table]) {
      if (++compared % DIFF_SLICE === 0) yield;
      theirs.add(record.id);
      const here = mine.get(record.id);
      if (!here) diff.added.push(record.id);
      else if (sameJson(here, record)) diff.unchanged++;
      else if (record.updatedAt > here.updatedAt) diff.updated.push(record.id);
      else
        diff.conflicts.push({
          id: record.id,
          label: recordLabel(table, here as unknown as Record<string, unknown>),
          current: here.updatedAt,
          incoming: record.updatedAt,
        });
    }
    for (const id of mine.keys()) if (!theirs.has(id)) diff.removed.push(id);
    totals.added += diff.added.length;
    totals.updated += diff.updated.length;
    totals.conflicts += diff.conflicts.length;
    tables[table] = diff;
  }
  const here = currentTownshipId ?? current.township[0]?.townshipId;
  const there = incoming.township[0]?.townshipId;
  return { tables, otherTownship: Boolean(here && there && here !== there), totals };
}

/**
 * The ledger a merge produces: every current record, plus the archive's added and updated ones;
 * conflicts resolved by `resolve`. Records only in the current ledger are kept.
 */
export function mergeLedgers(
  current: LedgerData,
  incoming: LedgerData,
  diff: LedgerDiff,
  resolve: 'keep-current' | 'take-incoming',
): LedgerData {
  const out = {} as Record<RecordTable, unknown[]>;
  for (const table of TABLES) {
    const d = diff.tables[table];
    const take = new Set([...d.added, ...d.updated]);
    if (resolve === 'take-incoming') for (const c of d.conflicts) take.add(c.id);
    const byId = new Map<string, unknown>(current[table].map((r) => [r.id, r]));
    for (const record of incoming[table]) if (take.has(record.id)) byId.set(record.id, record);
    out[table] = [...byId.values()];
  }
  // The township is one record: a merge keeps the current ledger's (updated if the archive has a
  // newer copy of the same record), never a second one.
  const own = current.township[0];
  if (own)
    out.township = out.township.filter(
      (t) => (t as typeof own).id === own.id && (t as typeof own).townshipId === own.townshipId,
    );
  if (own && out.township.length === 0) out.township = [own];
  return out as LedgerData;
}
