// Operations over the whole ledger, each a named transaction: load (demo or archive), clear,
// export, counts, settings. Whole-ledger writes are all-or-nothing.
import {
  RECORD_TABLES,
  SettingsSchema,
  type LedgerData,
  type RecordOf,
  type RecordTable,
  type Settings,
  RECORD_TABLE_NAMES,
} from '../domain/ledger';
import { fieldMessages, summarizeIssues } from '../domain/utils/error-map';
import { pacer, type Pace } from '../domain/utils/pace';
import { markBulkWrite } from './change-log';
import type { LedgerDb } from './db';
import { recordTable } from './schema';
import { invalidFailure, storageFailure, type StorageFailure, type WriteResult } from './errors';
import { schemaOf } from './repository';

/** The record tables in RECORD_TABLES order (the order archives and exports list them). */
export { RECORD_TABLE_NAMES };

/** A whole ledger before validation (from the demo generator or an archive): one array per table. */
export type { LedgerData };

export type LedgerInput = { readonly [T in RecordTable]: readonly unknown[] };

/** Number of records per table. */
export type LedgerCounts = Record<RecordTable, number>;

/** The `meta` key of the copy of the ledger taken before an import, which 撤销本次导入 restores. */
export const PRE_IMPORT_BACKUP_KEY = 'preImportBackup';

/**
 * Records written per bulkPut, and read per request when a whole table is read. Each chunk is one
 * short task of the page (cloning 1,000 records takes about 30 ms), so a 100,000-record write in
 * one transaction never freezes the page for long; the chunks run back to back, so the
 * transaction never goes idle and commits only at the end.
 */
export const REPLACE_CHUNK_SIZE = 1000;

/** Meta keys of the pre-import copy: the head and its parts (`preImportBackup#000001`…). */
export const importBackupKeys = (db: LedgerDb) => db.meta.where('key').startsWith(PRE_IMPORT_BACKUP_KEY);

/** Progress of {@link replaceAll}, reported after each chunk. */
export interface ReplaceProgress {
  /** The table the last chunk went to. */
  table: RecordTable;
  /** Records written so far, over all tables. */
  written: number;
  /** Records to write in all. */
  total: number;
}

export interface ReplaceOptions {
  /**
   * Called after each chunk, inside the transaction: it must return quickly and must not await
   * anything (IndexedDB commits a transaction that is left idle).
   */
  onProgress?: (progress: ReplaceProgress) => void;
  /** Attachment bytes by attachment id; bytes of attachments not in the new data are not kept. */
  blobs?: ReadonlyMap<string, Blob>;
  /** Checked between chunks: once aborted, the transaction is rolled back (see {@link overwriteLedger}). */
  signal?: AbortSignal;
}

/** A record of the data failed its schema or repeated an id: nothing was written. */
export interface InvalidRecordFailure {
  ok: false;
  reason: 'invalid';
  table: RecordTable;
  /** Position of the record in its table's array (0-based). */
  index: number;
  issues: Record<string, string>;
  message: string;
}

export type ReplaceResult = { ok: true; counts: LedgerCounts } | InvalidRecordFailure | StorageFailure;

/** One value per record table. */
function perTable<V>(value: (table: RecordTable) => V): Record<RecordTable, V> {
  return Object.fromEntries(RECORD_TABLE_NAMES.map((table) => [table, value(table)])) as Record<
    RecordTable,
    V
  >;
}

function recordTables(db: LedgerDb): ReturnType<typeof recordTable>[] {
  return RECORD_TABLE_NAMES.map((table) => recordTable(db, table));
}

const UNCHANGED = '没有导入任何数据，已保存的数据没有改变。';

/**
 * Validates every record of the input, giving the page a turn between slices (it runs before any
 * transaction); the parsed (normalised) records, or the first failure.
 */
async function validateAll(data: LedgerInput, pace: Pace): Promise<LedgerData | InvalidRecordFailure> {
  const parsed: Partial<Record<RecordTable, unknown[]>> = {};
  for (const table of RECORD_TABLE_NAMES) {
    const rows = data[table];
    if (!Array.isArray(rows)) throw new TypeError(`replaceAll: data.${table} must be an array`);
    const schema = schemaOf(table);
    const label = RECORD_TABLES[table].label;
    const seen = new Map<string, number>();
    const out: unknown[] = [];
    for (const [index, row] of rows.entries()) {
      if (index % 256 === 0) await pace();
      const result = schema.safeParse(row);
      if (!result.success)
        return {
          ok: false,
          reason: 'invalid',
          table,
          index,
          issues: fieldMessages(result.error),
          message: `${label}第${index + 1}条记录有误：${summarizeIssues(result.error)}。${UNCHANGED}`,
        };
      const first = seen.get(result.data.id);
      if (first !== undefined)
        return {
          ok: false,
          reason: 'invalid',
          table,
          index,
          issues: { id: '编号重复' },
          message: `${label}第${index + 1}条记录与第${first + 1}条编号重复。${UNCHANGED}`,
        };
      seen.set(result.data.id, index);
      out.push(result.data);
    }
    parsed[table] = out;
  }
  // Every table was filled above, each with its own schema's output.
  return parsed as LedgerData;
}

/** Thrown between chunks when the caller's signal was aborted: the transaction rolls back. */
export class WriteCancelled extends Error {
  override readonly name = 'WriteCancelled';
  constructor() {
    super('已取消，已保存的数据没有改变。');
  }
}

/**
 * Writes a validated ledger over the current one: clears every record table, writes the records
 * chunk by chunk, then the attachment bytes, and drops bytes no record refers to. MUST run inside
 * a read-write transaction over the record tables and `blobs`, which it relies on for
 * all-or-nothing: it throws {@link WriteCancelled} when `signal` is aborted between chunks.
 */
export async function overwriteLedger(
  db: LedgerDb,
  data: LedgerData,
  options: ReplaceOptions & { done?: number; total?: number } = {},
): Promise<LedgerCounts> {
  const total = options.total ?? RECORD_TABLE_NAMES.reduce((sum, table) => sum + data[table].length, 0);
  // One change-log entry per table, not per record (src/storage/change-log.ts).
  markBulkWrite('import');
  for (const table of RECORD_TABLE_NAMES) await recordTable(db, table).clear();
  let written = options.done ?? 0;
  for (const table of RECORD_TABLE_NAMES) {
    const rows = data[table];
    for (let start = 0; start < rows.length; start += REPLACE_CHUNK_SIZE) {
      if (options.signal?.aborted) throw new WriteCancelled();
      const chunk = rows.slice(start, start + REPLACE_CHUNK_SIZE);
      await recordTable(db, table).bulkPut(chunk);
      written += chunk.length;
      options.onProgress?.({ table, written, total });
    }
  }
  if (options.blobs) await db.blobs.bulkPut([...options.blobs].map(([id, blob]) => ({ id, blob })));
  const kept = new Set(data.attachments.map((a) => a.id));
  const stale = (await db.blobs.toCollection().primaryKeys()).filter((id) => !kept.has(id));
  await db.blobs.bulkDelete(stale);
  return perTable((table) => data[table].length);
}

/**
 * Replaces the whole ledger (loading the demo township, restoring a drill). Every record is
 * validated before anything is written; then all tables are cleared and written in ONE
 * read-write transaction, so a failure at any point (quota, a closed tab, a crash, a cancel)
 * rolls back to the previous ledger: there is never a half-imported ledger.
 */
export async function replaceAll(
  db: LedgerDb,
  data: LedgerInput,
  options: ReplaceOptions = {},
): Promise<ReplaceResult> {
  const parsed = await validateAll(data, pacer());
  if ('ok' in parsed) return parsed;
  try {
    const counts = await db.transaction('rw', [...recordTables(db), db.blobs], () =>
      overwriteLedger(db, parsed, options),
    );
    return { ok: true, counts };
  } catch (error) {
    if (error instanceof WriteCancelled) return { ok: false, reason: 'storage', message: error.message };
    return storageFailure(error);
  }
}

/** What is told each page of a table as it is read, and the table once read whole. */
export interface TableReadSink {
  /** The next rows of `table`, in order; told while the page after them is being read. */
  rows(table: RecordTable, rows: readonly unknown[]): void;
  /** `table` is read: `all` is every row of it, in order. */
  end(table: RecordTable, all: readonly unknown[]): void;
}

/**
 * Records read per request by {@link readTable}; the page takes each page in within one task.
 * Fewer, larger pages spend less time between requests: at 100,000 records the export measured
 * about 0.2 s faster than with pages of 1,000, and no faster with pages of 10,000, and its
 * longest task stayed near 0.1 s (`npm run bench -- --export`).
 */
export const READ_PAGE_SIZE = 4000;

/**
 * Every record of a table, read a page at a time (by primary key) so that no single request
 * hands the page 100,000 records to clone at once. Inside a transaction the pages are one
 * consistent read. The next page is asked for before `sink` is told of the current one, so that
 * what it does runs while the database is busy reading (it must not await anything).
 */
export async function readTable<T extends RecordTable>(
  db: LedgerDb,
  table: T,
  sink?: TableReadSink,
): Promise<RecordOf<T>[]> {
  const store = recordTable(db, table);
  const rows: RecordOf<T>[] = [];
  let page = await store.orderBy(':id').limit(READ_PAGE_SIZE).toArray();
  while (page.length > 0) {
    const next =
      page.length < READ_PAGE_SIZE
        ? undefined
        : store
            .where(':id')
            .above(page[page.length - 1]!.id)
            .limit(READ_PAGE_SIZE)
            .toArray();
    for (const row of page) rows.push(row);
    sink?.rows(table, page);
    if (!next) break;
    page = await next;
  }
  sink?.end(table, rows);
  return rows;
}

/**
 * Deletes every record and attachment's bytes (e.g. "清除示例数据"), in one transaction so no
 * table is left referring to records already gone. Settings and meta (the last verified export)
 * are kept: they describe the township's setup and backups, not its records.
 */
export async function clearAll(db: LedgerDb): Promise<{ ok: true } | StorageFailure> {
  try {
    await db.transaction('rw', [...recordTables(db), db.blobs, db.meta], async () => {
      markBulkWrite('clear');
      for (const table of recordTables(db)) await table.clear();
      await db.blobs.clear();
      // An import's undo copy would otherwise bring the cleared ledger back over a new one.
      await importBackupKeys(db).delete();
    });
    return { ok: true };
  } catch (error) {
    return storageFailure(error);
  }
}

/**
 * Reads the whole ledger, table by table, inside one read-only transaction so the export is a
 * consistent snapshot even while another tab writes.
 */
export async function exportAll(db: LedgerDb): Promise<LedgerData> {
  return db.transaction('r', recordTables(db), async () => {
    const data: Partial<Record<RecordTable, unknown[]>> = {};
    for (const table of RECORD_TABLE_NAMES) data[table] = await readTable(db, table);
    // Every table was filled above, with records validated when written.
    return data as LedgerData;
  });
}

/** Number of records per table (for the storage-health panel and the demo/clear buttons). */
export async function counts(db: LedgerDb): Promise<LedgerCounts> {
  return db.transaction('r', recordTables(db), async () => {
    const result = perTable(() => 0);
    for (const table of RECORD_TABLE_NAMES) result[table] = await recordTable(db, table).count();
    return result;
  });
}

/** The `updatedAt` of settings never saved. */
const NEVER_SAVED = new Date(0).toISOString();

/** The township's settings, or the defaults when none were saved yet. */
export async function getSettings(db: LedgerDb): Promise<Settings> {
  const stored = await db.settings.get('settings');
  const parsed = SettingsSchema.safeParse(stored);
  return parsed.success ? parsed.data : SettingsSchema.parse({ id: 'settings', updatedAt: NEVER_SAVED });
}

/**
 * Saves settings: the given fields over the current ones (so a form may send only what it edits),
 * validated, stamped with `updatedAt`. Read and write share one transaction so that two tabs
 * saving different fields do not drop each other's change.
 */
export async function saveSettings(
  db: LedgerDb,
  input: unknown,
  options: { now?: () => Date } = {},
): Promise<WriteResult<Settings>> {
  const updatedAt = (options.now ?? (() => new Date()))().toISOString();
  const fields = typeof input === 'object' && input !== null && !Array.isArray(input) ? input : undefined;
  try {
    return await db.transaction('rw', db.settings, async (): Promise<WriteResult<Settings>> => {
      const current = await getSettings(db);
      const parsed = SettingsSchema.safeParse(
        fields ? { ...current, ...fields, id: 'settings', updatedAt } : input,
      );
      if (!parsed.success) return invalidFailure('设置', parsed.error);
      await db.settings.put(parsed.data);
      return { ok: true, record: parsed.data };
    });
  } catch (error) {
    return storageFailure(error);
  }
}

/** Whether the ledger holds the 示例乡镇 demo data (its township record says so). */
export async function isDemoLedger(db: LedgerDb): Promise<boolean> {
  const township = await db.township.toCollection().first();
  return township?.isDemo === true;
}
