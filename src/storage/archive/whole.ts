// The whole ledger as export, import and undo see it: every record table, the settings and the
// attachment bytes, read in one transaction; and its hash (equal ledgers, equal hashes).
import { canonicalJson, sha256Hex } from '../../domain/archive';
import { SettingsSchema, type LedgerData, type RecordTable, type Settings } from '../../domain/ledger';
import type { LedgerDb } from '../db';
import { readTable, RECORD_TABLE_NAMES, type TableReadSink } from '../ledger';
import { recordTable } from '../schema';

/** Everything of the ledger: records, settings, attachment bytes. */
export interface Whole {
  data: LedgerData;
  settings: Settings | undefined;
  blobs: Map<string, Blob>;
}

/** The tables a whole-ledger transaction spans: every record table, settings, blobs and meta. */
export function allTables(db: LedgerDb) {
  return [...RECORD_TABLE_NAMES.map((t) => recordTable(db, t)), db.settings, db.blobs, db.meta];
}

/**
 * Reads the whole ledger (must run inside a transaction over {@link allTables} or alone); `sink`
 * is told each table's records as they are read (the export makes their JSON meanwhile).
 */
export async function readWhole(db: LedgerDb, sink?: TableReadSink): Promise<Whole> {
  return db.transaction('r', allTables(db), async () => {
    // Every table is asked for at once: one after the other, the small ones' round trips add up.
    const tables = await Promise.all(RECORD_TABLE_NAMES.map((table) => readTable(db, table, sink)));
    const data = Object.fromEntries(RECORD_TABLE_NAMES.map((table, i) => [table, tables[i]])) as Record<
      RecordTable,
      unknown[]
    >;
    const stored = await db.settings.get('settings');
    const parsed = stored === undefined ? undefined : SettingsSchema.safeParse(stored);
    const blobs = new Map((await db.blobs.toArray()).map((b) => [b.id, b.blob]));
    return { data: data as LedgerData, settings: parsed?.success ? parsed.data : undefined, blobs };
  });
}

/** SHA-256 of a ledger's records (canonical JSON, sorted by id), settings and attachment bytes. */
async function hashWhole(
  whole: Pick<Whole, 'data' | 'settings'>,
  blobs: ReadonlyMap<string, Blob>,
): Promise<string> {
  const parts: string[] = [];
  for (const table of RECORD_TABLE_NAMES) {
    const rows = [...whole.data[table]].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    parts.push(`${table}:${canonicalJson(rows)}`);
  }
  parts.push(`settings:${canonicalJson(whole.settings ?? null)}`);
  for (const id of [...blobs.keys()].sort())
    parts.push(`blob:${id}:${await sha256Hex(new Uint8Array(await blobs.get(id)!.arrayBuffer()))}`);
  return sha256Hex(parts.join('\n'));
}

/**
 * SHA-256 over every record table, the settings and the attachment bytes (not the meta
 * bookkeeping): equal ledgers give equal hashes. For tests and the restore drill.
 */
export async function ledgerHash(db: LedgerDb): Promise<string> {
  const whole = await readWhole(db);
  return hashWhole(whole, whole.blobs);
}
