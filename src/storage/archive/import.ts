// Import of an archive into the ledger. The importer keeps a restorable copy of the current
// ledger (backup.ts, for 撤销本次导入) and applies everything in ONE transaction.
//
// Large ledgers: whole tables are read a page at a time (readTable), the backup is written in
// parts, and the records in chunks, back to back in the one transaction — so the page stays
// responsive (no task clones more than one chunk) while the import stays all-or-nothing. Work
// that needs no database (merging, validating) runs before the transaction, paced.
import {
  diffLedgersPaced,
  mergeLedgers,
  type ArchiveFailure,
  type LedgerDiff,
  type ReadArchive,
} from '../../domain/archive';
import { Cancelled, pacer } from '../../domain/utils/pace';
import { RECORD_TABLES, type LedgerData } from '../../domain/ledger';
import type { LedgerDb } from '../db';
import { recordTable } from '../schema';
import { storageFailure, type StorageFailure } from '../errors';
import {
  importBackupKeys,
  overwriteLedger,
  RECORD_TABLE_NAMES,
  REPLACE_CHUNK_SIZE,
  WriteCancelled,
} from '../ledger';
import { BACKUP, backupPartKey, type BackupPart, type ImportBackup } from './backup';
import { undoImport } from './undo';
import { allTables, readWhole, type Whole } from './whole';

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

type ImportResult = { ok: true; counts: Record<string, number> } | StorageFailure | ArchiveFailure;

/** The change log's last sequence number: it moves with every write to the ledger. */
async function lastChange(db: LedgerDb): Promise<number> {
  return ((await db.changeLog.toCollection().lastKey()) as number | undefined) ?? 0;
}

/** What the import's transaction writes, worked out before it opens. */
interface Writes {
  finalData: LedgerData;
  /** Attachment bytes to write: those of the archive's attachments the final ledger takes. */
  blobs: Map<string, Blob>;
  /** Bytes the import removes or replaces (kept in the copy; the others stay in place). */
  lostBlobs: { id: string; blob: Blob }[];
  /** The current records, in chunks, for the copy. */
  parts: BackupPart[];
  backupTotal: number;
  total: number;
}

/** The ledger to write and the copy to keep (no transaction is open: comparing big ledgers is paced). */
async function planWrites(
  current: Whole,
  plan: ImportPlan,
  signal: AbortSignal | undefined,
): Promise<Writes> {
  const { archive, mode, resolve } = plan;
  const finalData =
    mode === 'replace'
      ? archive.data
      : mergeLedgers(
          current.data,
          archive.data,
          await diffLedgersPaced(current.data, archive.data, undefined, pacer({ signal })),
          resolve,
        );
  const finalSha = new Map(finalData.attachments.map((a) => [a.id, a.sha256]));
  const lostBlobs = current.data.attachments
    .filter((a) => finalSha.get(a.id) !== a.sha256 && current.blobs.has(a.id))
    .map((a) => ({ id: a.id, blob: current.blobs.get(a.id)! }));
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
  return { finalData, blobs, lostBlobs, parts, backupTotal, total: recordTotal + backupTotal };
}

/**
 * The one read-write transaction: checks that nothing was written since `seenChange`, keeps the
 * copy (head, then its parts), then writes the records, the attachment bytes and the settings.
 */
async function writeImport(
  db: LedgerDb,
  plan: ImportPlan,
  current: Whole,
  seenChange: number,
  writes: Writes,
  options: { signal?: AbortSignal | undefined; step: (done: number) => void },
): Promise<Record<string, number>> {
  const { signal, step } = options;
  return db.transaction('rw', [...allTables(db), db.changeLog], async () => {
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
      parts: writes.parts.length,
      settings: current.settings,
      blobs: writes.lostBlobs,
    };
    await db.meta.put({ key: BACKUP, value: head });
    let done = 0;
    for (const [index, part] of writes.parts.entries()) {
      if (signal?.aborted) throw new WriteCancelled();
      await db.meta.put({ key: backupPartKey(index), value: part });
      step((done += part.rows.length));
    }
    const counts = await overwriteLedger(db, writes.finalData, {
      blobs: writes.blobs,
      ...(signal ? { signal } : {}),
      done: writes.backupTotal,
      total: writes.total,
      onProgress: (p) => step(p.written),
    });
    const { archive, mode } = plan;
    if (archive.settings && (mode === 'replace' || !current.settings))
      await db.settings.put(archive.settings);
    return counts;
  });
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
): Promise<ImportResult> {
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

  // 2. The ledger to write and the copy to keep.
  let writes: Writes;
  try {
    writes = await planWrites(current, plan, signal);
  } catch (error) {
    if (error instanceof Cancelled) return CANCELLED;
    throw error;
  }
  const step = (done: number) => progress(0.05 + (0.85 * done) / Math.max(1, writes.total));

  // 3. One transaction: the copy, then the records.
  let written: Record<string, number>;
  try {
    written = await writeImport(db, plan, current, seenChange, writes, { signal, step });
  } catch (error) {
    if (error instanceof Abort) return error.failure;
    if (error instanceof WriteCancelled) return CANCELLED;
    const failure = storageFailure(error);
    return { ...failure, message: failure.message.replace('本次没有保存', '本次导入没有进行') };
  }

  // 4. Check again: what is stored now is what was meant to be written.
  progress(0.95);
  const problem = await storedMismatch(db, writes.finalData, written);
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
