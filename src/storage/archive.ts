// Export and import of the whole ledger as an archive (src/domain/archive/), and undo of the last
// import. An export counts as "verified" only once its bytes were read back and compared; an
// import keeps a restorable copy of the current ledger and applies everything in ONE transaction.
//
// Large ledgers: whole tables are read a page at a time (readTable), the backup is written in
// parts, and the records in chunks, back to back in the one transaction — so the page stays
// responsive (no task clones more than one chunk) while the import stays all-or-nothing. Work
// that needs no database (merging, validating) runs before the transaction, paced.
import { linkCommitteeIds } from '../domain/ledger/township/committees';
import {
  archiveFileName,
  canonicalJson,
  diffLedgersPaced,
  mergeLedgers,
  readArchive,
  sha256Hex,
  writeArchive,
  type ArchiveFailure,
  type LedgerDiff,
  type ReadArchive,
} from '../domain/archive';
import { today } from '../domain/dates';
import { sameJson } from '../domain/utils/canonical-json';
import { Cancelled, pacer } from '../domain/utils/pace';
import {
  RECORD_TABLES,
  SettingsSchema,
  type LedgerData,
  type RecordTable,
  type Settings,
} from '../domain/ledger';
import type { Catalogue } from '../domain/schemas/duty';
import type { LedgerDb } from './db';
import { recordTable } from './schema';
import { exportChangeLog } from './change-log';
import { storageFailure, type StorageFailure } from './errors';
import {
  importBackupKeys,
  overwriteLedger,
  PRE_IMPORT_BACKUP_KEY,
  readTable,
  RECORD_TABLE_NAMES,
  REPLACE_CHUNK_SIZE,
  WriteCancelled,
} from './ledger';

/** Meta key of the last export that was read back and verified. */
const LAST_EXPORT = 'lastVerifiedExport';
/** Meta key of the copy of the ledger taken before the last import (for 撤销本次导入). */
const BACKUP = PRE_IMPORT_BACKUP_KEY;

/** The meta value of {@link LAST_EXPORT}. */
export interface VerifiedExport {
  at: string;
  fileName: string;
  counts: Record<string, number>;
}

/**
 * The meta value of {@link BACKUP}: when, from which file, the settings and the attachment bytes
 * an import removed or replaced; the records are in `parts` entries `preImportBackup#000001`…
 * of {@link BackupPart} (backups written before parts existed hold them in `data`).
 */
interface ImportBackup {
  at: string;
  fileName?: string;
  parts?: number;
  data?: LedgerData;
  settings: Settings | undefined;
  blobs: { id: string; blob: Blob }[];
}

/** Up to one chunk of one table's records of the pre-import copy. */
interface BackupPart {
  table: RecordTable;
  rows: unknown[];
}

const backupPartKey = (index: number) => `${BACKUP}#${String(index + 1).padStart(6, '0')}`;

/** Everything of the ledger: records, settings, attachment bytes. */
interface Whole {
  data: LedgerData;
  settings: Settings | undefined;
  blobs: Map<string, Blob>;
}

function allTables(db: LedgerDb) {
  return [...RECORD_TABLE_NAMES.map((t) => recordTable(db, t)), db.settings, db.blobs, db.meta];
}

/** Reads the whole ledger (must run inside a transaction over {@link allTables} or alone). */
async function readWhole(db: LedgerDb): Promise<Whole> {
  return db.transaction('r', allTables(db), async () => {
    const data = {} as Record<RecordTable, unknown[]>;
    for (const table of RECORD_TABLE_NAMES) data[table] = await readTable(db, table);
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

/** The export outcome. */
export type ExportResult =
  { ok: true; bytes: Uint8Array; fileName: string; verifiedAt: string } | StorageFailure | ArchiveFailure;

/**
 * Writes the archive, reads it back with `readArchive` and compares every record and attachment
 * with the ledger; only then stores meta `lastVerifiedExport` {at, fileName, counts}.
 */
export async function exportLedger(
  db: LedgerDb,
  options: { catalogue: Catalogue; appVersion: string; now?: Date; onProgress?: (f: number) => void },
): Promise<ExportResult> {
  const now = options.now ?? new Date();
  const progress = options.onProgress ?? (() => undefined);
  let whole: Whole;
  let changeLog: unknown[];
  try {
    // One read transaction: the records and the change log describe the same moment.
    [whole, changeLog] = await db.transaction('r', [...allTables(db), db.changeLog], async () => [
      await readWhole(db),
      await exportChangeLog(db),
    ]);
  } catch (error) {
    return storageFailure(error);
  }
  // Committees saved before their people were kept by id are exported with the ids their names
  // give (the reader links them the same way, so the read-back below compares equal).
  whole = {
    ...whole,
    data: {
      ...whole.data,
      credentialsCommittees: whole.data.credentialsCommittees.map((c) => linkCommitteeIds(c, whole.data)),
    },
  };
  let bytes: Uint8Array;
  try {
    bytes = await writeArchive(
      { ...whole, changeLog, catalogue: options.catalogue, appVersion: options.appVersion, now },
      (f) => progress(f * 0.6),
    );
  } catch (error) {
    return {
      ok: false,
      reason: 'missing-file',
      message: error instanceof Error ? error.message : '导出失败，请重试。',
    };
  }
  const read = await readArchive(bytes, { onProgress: (f) => progress(0.6 + f * 0.35) });
  const notVerified = (why: string): ArchiveFailure => ({
    ok: false,
    reason: read.ok ? 'checksum' : read.reason,
    message: `导出的归档读回核对未通过（${why}），本次导出不能作为备份，请重试。`,
  });
  if (!read.ok) return notVerified(read.message);
  const mismatch = await differenceOf(whole, read.archive);
  if (mismatch) return notVerified(mismatch);
  if (read.archive.changeLog?.length !== changeLog.length) return notVerified('读回的修改记录条数不一致');
  const fileName = archiveFileName(
    read.archive.info.townshipName || '乡镇',
    today(() => now),
  );
  const verifiedAt = new Date().toISOString();
  try {
    await db.meta.put({
      key: LAST_EXPORT,
      value: { at: verifiedAt, fileName, counts: read.archive.info.counts } satisfies VerifiedExport,
    });
  } catch (error) {
    return storageFailure(error);
  }
  progress(1);
  return { ok: true, bytes, fileName, verifiedAt };
}

/**
 * Where an archive read back differs from the ledger it was written from (records of every
 * table compared field by field, settings, attachment bytes by SHA-256), or undefined.
 */
async function differenceOf(whole: Whole, read: ReadArchive): Promise<string | undefined> {
  const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  for (const table of RECORD_TABLE_NAMES) {
    const written = [...whole.data[table]].sort(byId);
    const back = [...read.data[table]].sort(byId);
    if (!sameJson(written, back)) return `读回的${RECORD_TABLES[table].label}与台账不一致`;
  }
  if (!sameJson(whole.settings ?? null, read.settings ?? null)) return '读回的设置与台账不一致';
  const blobs = attachmentBlobs(whole);
  if (blobs.size !== read.blobs.size) return '读回的附件数与台账不一致';
  for (const [id, blob] of blobs) {
    const other = read.blobs.get(id);
    const bytes = async (b: Blob) => sha256Hex(new Uint8Array(await b.arrayBuffer()));
    if (!other || (await bytes(blob)) !== (await bytes(other))) return '读回的附件与台账不一致';
  }
  return undefined;
}

/** The blobs of the ledger's attachment records only (stray bytes are not exported). */
function attachmentBlobs(whole: Whole): Map<string, Blob> {
  return new Map(
    whole.data.attachments.filter((a) => whole.blobs.has(a.id)).map((a) => [a.id, whole.blobs.get(a.id)!]),
  );
}

/** When and as what the ledger was last exported and verified. */
export async function lastVerifiedExport(
  db: LedgerDb,
): Promise<{ at: string; fileName: string } | undefined> {
  const entry = await db.meta.get(LAST_EXPORT);
  const value = entry?.value as Partial<VerifiedExport> | undefined;
  return typeof value?.at === 'string' && typeof value.fileName === 'string'
    ? { at: value.at, fileName: value.fileName }
    : undefined;
}

export type ImportMode = 'merge' | 'replace';

/** What to import and how. */
export interface ImportPlan {
  archive: ReadArchive;
  /** The dry run shown to the user (recomputed against the ledger inside the transaction). */
  diff: LedgerDiff;
  /** `merge`: current ∪ archive; `replace`: the archive's ledger instead of the current one. */
  mode: ImportMode;
  /** For a merge: what a conflict keeps. */
  resolve: 'keep-current' | 'take-incoming';
  /** The archive's file name, remembered for 撤销本次导入. */
  fileName?: string;
}

/** Thrown inside the import transaction to roll it back with a failure value. */
class Abort extends Error {
  constructor(readonly failure: ArchiveFailure | StorageFailure) {
    super(failure.message);
  }
}

const UNCHANGED = '已保存的数据没有改变。';

const CANCELLED: ArchiveFailure = { ok: false, reason: 'cancelled', message: `已取消导入。${UNCHANGED}` };

/** The change log's last sequence number: it moves with every write to the ledger. */
async function lastChange(db: LedgerDb): Promise<number> {
  return ((await db.changeLog.toCollection().lastKey()) as number | undefined) ?? 0;
}

/**
 * Imports an archive. Reads the ledger as it is (one read transaction) and computes the final
 * ledger outside any transaction; then ONE read-write transaction checks that nothing was written
 * meanwhile, keeps a restorable copy of the current ledger (meta `preImportBackup`, for
 * 撤销本次导入) and writes the merged or replacing ledger — all or nothing, whether it fails,
 * is cancelled (`signal`) or the tab is closed. Finally the stored counts are checked against
 * what was meant; on a mismatch the copy is restored.
 */
export async function importLedger(
  db: LedgerDb,
  plan: ImportPlan,
  options: { onProgress?: (f: number) => void; signal?: AbortSignal } = {},
): Promise<{ ok: true; counts: Record<string, number> } | StorageFailure | ArchiveFailure> {
  const { archive, mode, resolve } = plan;
  const { signal } = options;
  const progress = options.onProgress ?? (() => undefined);

  // 1. The ledger as it is now, and where its change log stands.
  let current: Whole;
  let seenChange: number;
  try {
    [current, seenChange] = await db.transaction('r', [...allTables(db), db.changeLog], async () => [
      await readWhole(db),
      await lastChange(db),
    ]);
  } catch (error) {
    return storageFailure(error);
  }
  if (signal?.aborted) return CANCELLED;
  progress(0.05);

  // 2. The ledger to write (no transaction is open: comparing big ledgers is paced).
  let finalData: LedgerData;
  try {
    finalData =
      mode === 'replace'
        ? archive.data
        : mergeLedgers(
            current.data,
            archive.data,
            await diffLedgersPaced(current.data, archive.data, undefined, pacer({ signal })),
            resolve,
          );
  } catch (error) {
    if (error instanceof Cancelled) return CANCELLED;
    throw error;
  }
  // Bytes the import removes or replaces are kept in the copy; the others stay in place.
  const finalSha = new Map(finalData.attachments.map((a) => [a.id, a.sha256]));
  const lostBlobs = current.data.attachments
    .filter((a) => finalSha.get(a.id) !== a.sha256 && current.blobs.has(a.id))
    .map((a) => ({ id: a.id, blob: current.blobs.get(a.id)! }));
  // Bytes to write: those of the archive's attachments the final ledger takes from it.
  const incomingSha = new Map(archive.data.attachments.map((a) => [a.id, a.sha256]));
  const blobs = new Map<string, Blob>();
  for (const a of finalData.attachments)
    if (incomingSha.get(a.id) === a.sha256 && archive.blobs.has(a.id))
      blobs.set(a.id, archive.blobs.get(a.id)!);
  const parts: BackupPart[] = [];
  for (const table of RECORD_TABLE_NAMES)
    for (let start = 0; start < current.data[table].length; start += REPLACE_CHUNK_SIZE)
      parts.push({ table, rows: current.data[table].slice(start, start + REPLACE_CHUNK_SIZE) });
  const recordTotal = RECORD_TABLE_NAMES.reduce((sum, t) => sum + finalData[t].length, 0);
  const backupTotal = RECORD_TABLE_NAMES.reduce((sum, t) => sum + current.data[t].length, 0);
  const total = recordTotal + backupTotal;
  const step = (done: number) => progress(0.05 + (0.85 * done) / Math.max(1, total));

  // 3. One transaction: the copy, then the records.
  let written: Record<string, number>;
  try {
    written = await db.transaction('rw', [...allTables(db), db.changeLog], async () => {
      if ((await lastChange(db)) !== seenChange)
        throw new Abort({
          ok: false,
          reason: 'storage',
          message: `导入期间台账有了新的修改（可能在另一个窗口中），为免覆盖这些修改，本次导入没有进行。${UNCHANGED}请重新导入。`,
        });
      await importBackupKeys(db).delete();
      const head: ImportBackup = {
        at: new Date().toISOString(),
        ...(plan.fileName ? { fileName: plan.fileName } : {}),
        parts: parts.length,
        settings: current.settings,
        blobs: lostBlobs,
      };
      await db.meta.put({ key: BACKUP, value: head });
      let done = 0;
      for (const [index, part] of parts.entries()) {
        if (signal?.aborted) throw new WriteCancelled();
        await db.meta.put({ key: backupPartKey(index), value: part });
        step((done += part.rows.length));
      }
      const counts = await overwriteLedger(db, finalData, {
        blobs,
        ...(signal ? { signal } : {}),
        done: backupTotal,
        total,
        onProgress: (p) => step(p.written),
      });
      if (archive.settings && (mode === 'replace' || !current.settings))
        await db.settings.put(archive.settings);
      return counts;
    });
  } catch (error) {
    if (error instanceof Abort) return error.failure;
    if (error instanceof WriteCancelled) return CANCELLED;
    const failure = storageFailure(error);
    return { ...failure, message: failure.message.replace('本次没有保存', '本次导入没有进行') };
  }

  // 4. Check again: what is stored now is what was meant to be written.
  progress(0.95);
  const problem = await storedMismatch(db, finalData, written);
  if (problem) {
    await undoImport(db);
    return {
      ok: false,
      reason: 'storage',
      message: `导入后核对未通过（${problem}），已恢复导入前的数据。${UNCHANGED}`,
    };
  }
  progress(1);
  return { ok: true, counts: written };
}

/** Why the stored ledger differs from what an import wrote (counts, attachment bytes), or undefined. */
async function storedMismatch(
  db: LedgerDb,
  data: LedgerData,
  written: Record<string, number>,
): Promise<string | undefined> {
  return db.transaction('r', [...RECORD_TABLE_NAMES.map((t) => recordTable(db, t)), db.blobs], async () => {
    for (const table of RECORD_TABLE_NAMES)
      if ((await recordTable(db, table).count()) !== written[table])
        return `${RECORD_TABLES[table].label}的记录数不符`;
    const stored = new Set(await db.blobs.toCollection().primaryKeys());
    const missing = data.attachments.find((a) => !stored.has(a.id));
    return missing ? `附件“${missing.fileName}”缺少文件` : undefined;
  });
}

/** Whether the last import can be undone: when it was made and from which file. */
export async function canUndoImport(db: LedgerDb): Promise<{ at: string; fileName?: string } | undefined> {
  const entry = await db.meta.get(BACKUP);
  const value = entry?.value as Partial<ImportBackup> | undefined;
  if (typeof value?.at !== 'string') return undefined;
  return { at: value.at, ...(value.fileName ? { fileName: value.fileName } : {}) };
}

/**
 * Restores the ledger as it was before the last import (records, settings, attachment bytes): the
 * copy is read first, then written back in one transaction that also deletes it.
 */
export async function undoImport(db: LedgerDb): Promise<{ ok: true } | StorageFailure> {
  let backup: ImportBackup | undefined;
  let data: LedgerData;
  try {
    [backup, data] = await db.transaction('r', db.meta, async () => {
      const head = (await db.meta.get(BACKUP))?.value as ImportBackup | undefined;
      const rows = Object.fromEntries(RECORD_TABLE_NAMES.map((t) => [t, [] as unknown[]]));
      if (head?.data) return [head, head.data] as const;
      for (let index = 0; index < (head?.parts ?? 0); index++) {
        const part = (await db.meta.get(backupPartKey(index)))?.value as BackupPart | undefined;
        if (!part) throw new Error('导入前的副本不完整');
        for (const row of part.rows) rows[part.table]!.push(row);
      }
      return [head, rows as LedgerData] as const;
    });
  } catch (error) {
    return storageFailure(error);
  }
  if (!backup) return { ok: false, reason: 'storage', message: '没有可以撤销的导入。' };
  const copy = backup;
  try {
    // The copy's records were validated when they were first written to the ledger.
    await db.transaction('rw', allTables(db), async () => {
      await overwriteLedger(db, data, { blobs: new Map(copy.blobs.map((b) => [b.id, b.blob])) });
      if (copy.settings) await db.settings.put(copy.settings);
      else await db.settings.delete('settings');
      await importBackupKeys(db).delete();
    });
    return { ok: true };
  } catch (error) {
    return storageFailure(error);
  }
}
