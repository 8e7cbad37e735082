// Operations over the whole ledger, each a named transaction: load (demo or archive), clear,
// export, counts, settings. Whole-ledger writes are all-or-nothing.
import {
  RECORD_TABLES,
  SettingsSchema,
  type LedgerData,
  type RecordTable,
  type Settings,
} from '../domain/ledger';
import { fieldMessages, summarizeIssues } from '../domain/utils/error-map';
import { markBulkWrite } from './change-log';
import { recordTable, type LedgerDb } from './db';
import { invalidFailure, storageFailure, type StorageFailure, type WriteResult } from './errors';
import { schemaOf } from './repository';

/** The record tables in RECORD_TABLES order (the order archives and exports list them). */
export const RECORD_TABLE_NAMES = Object.keys(RECORD_TABLES) as RecordTable[];

/** A whole ledger before validation (from the demo generator or an archive): one array per table. */
export type { LedgerData };

export type LedgerInput = { readonly [T in RecordTable]: readonly unknown[] };

/** Number of records per table. */
export type LedgerCounts = Record<RecordTable, number>;

/** The `meta` key of the copy of the ledger taken before an import, which 撤销本次导入 restores. */
export const PRE_IMPORT_BACKUP_KEY = 'preImportBackup';

/** Records written per bulkPut: small enough to report progress often, large enough to be fast. */
export const REPLACE_CHUNK_SIZE = 2000;

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

/** Validates every record of the input; the parsed (normalised) records, or the first failure. */
function validateAll(data: LedgerInput): LedgerData | InvalidRecordFailure {
  const parsed: Partial<Record<RecordTable, unknown[]>> = {};
  for (const table of RECORD_TABLE_NAMES) {
    const rows = data[table];
    if (!Array.isArray(rows)) throw new TypeError(`replaceAll: data.${table} must be an array`);
    const schema = schemaOf(table);
    const label = RECORD_TABLES[table].label;
    const seen = new Map<string, number>();
    const out: unknown[] = [];
    for (const [index, row] of rows.entries()) {
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

/**
 * Replaces the whole ledger (loading the demo township, applying an archive import). Every record
 * is validated before anything is written; then all tables are cleared and written in ONE
 * read-write transaction, so a failure at any point (quota, a closed tab, a crash) rolls back to
 * the previous ledger: there is never a half-imported ledger.
 */
export async function replaceAll(
  db: LedgerDb,
  data: LedgerInput,
  options: ReplaceOptions = {},
): Promise<ReplaceResult> {
  const parsed = validateAll(data);
  if ('ok' in parsed) return parsed;
  const total = RECORD_TABLE_NAMES.reduce((sum, table) => sum + parsed[table].length, 0);
  try {
    await db.transaction('rw', [...recordTables(db), db.blobs], async () => {
      // One change-log entry per table, not per record (src/storage/change-log.ts).
      markBulkWrite('import');
      for (const table of RECORD_TABLE_NAMES) await recordTable(db, table).clear();
      let written = 0;
      for (const table of RECORD_TABLE_NAMES) {
        const rows = parsed[table];
        for (let start = 0; start < rows.length; start += REPLACE_CHUNK_SIZE) {
          const chunk = rows.slice(start, start + REPLACE_CHUNK_SIZE);
          await recordTable(db, table).bulkPut(chunk);
          written += chunk.length;
          options.onProgress?.({ table, written, total });
        }
      }
      if (options.blobs) await db.blobs.bulkPut([...options.blobs].map(([id, blob]) => ({ id, blob })));
      const kept = new Set(parsed.attachments.map((a) => a.id));
      const stale = (await db.blobs.toCollection().primaryKeys()).filter((id) => !kept.has(id));
      await db.blobs.bulkDelete(stale);
    });
  } catch (error) {
    return storageFailure(error);
  }
  return { ok: true, counts: perTable((table) => parsed[table].length) };
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
      await db.meta.delete(PRE_IMPORT_BACKUP_KEY);
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
    for (const table of RECORD_TABLE_NAMES) data[table] = await recordTable(db, table).toArray();
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
