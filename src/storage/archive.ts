// Export and import of the whole ledger as an archive (src/domain/archive/), and undo of the last
// import. An export counts as "verified" only once its bytes were read back and compared; an
// import keeps a restorable copy of the current ledger and applies everything in ONE transaction.
import {
  archiveFileName,
  canonicalJson,
  diffLedgers,
  mergeLedgers,
  readArchive,
  sha256Hex,
  writeArchive,
  type ArchiveFailure,
  type LedgerDiff,
  type ReadArchive,
} from '../domain/archive';
import { today } from '../domain/dates';
import {
  RECORD_TABLES,
  SettingsSchema,
  type LedgerData,
  type RecordTable,
  type Settings,
} from '../domain/ledger';
import type { Catalogue } from '../domain/schemas/duty';
import { recordTable, type LedgerDb } from './db';
import { exportChangeLog } from './change-log';
import { storageFailure, type StorageFailure } from './errors';
import { PRE_IMPORT_BACKUP_KEY, RECORD_TABLE_NAMES, replaceAll } from './ledger';

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

/** The meta value of {@link BACKUP}: the ledger as it was, and the bytes an import removed or replaced. */
interface ImportBackup {
  at: string;
  fileName?: string;
  data: LedgerData;
  settings: Settings | undefined;
  blobs: { id: string; blob: Blob }[];
}

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
    for (const table of RECORD_TABLE_NAMES) data[table] = await recordTable(db, table).toArray();
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
  const expected = await hashWhole(whole, attachmentBlobs(whole));
  const actual = await hashWhole(read.archive, read.archive.blobs);
  if (expected !== actual) return notVerified('读回的记录或附件与台账不一致');
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

/**
 * Imports an archive: keeps a restorable copy of the current ledger (meta `preImportBackup`),
 * writes the merged or replacing ledger in ONE transaction (all or nothing), then re-reads and
 * verifies the counts; on a mismatch it restores the copy.
 */
export async function importLedger(
  db: LedgerDb,
  plan: ImportPlan,
  options: { onProgress?: (f: number) => void } = {},
): Promise<{ ok: true; counts: Record<string, number> } | StorageFailure | ArchiveFailure> {
  const { archive, mode, resolve } = plan;
  const progress = options.onProgress ?? (() => undefined);
  let written: Record<string, number>;
  try {
    written = await db.transaction('rw', allTables(db), async () => {
      const current = {} as Record<RecordTable, unknown[]>;
      for (const table of RECORD_TABLE_NAMES) current[table] = await recordTable(db, table).toArray();
      const currentData = current as LedgerData;
      const storedSettings = await db.settings.get('settings');
      const finalData =
        mode === 'replace'
          ? archive.data
          : mergeLedgers(currentData, archive.data, diffLedgers(currentData, archive.data), resolve);

      // Bytes the import removes or replaces are kept in the backup; the others stay in place.
      const finalSha = new Map(finalData.attachments.map((a) => [a.id, a.sha256]));
      const lost = currentData.attachments.filter((a) => finalSha.get(a.id) !== a.sha256).map((a) => a.id);
      const lostBlobs = (await db.blobs.bulkGet(lost)).filter((b) => b !== undefined);
      const backup: ImportBackup = {
        at: new Date().toISOString(),
        ...(plan.fileName ? { fileName: plan.fileName } : {}),
        data: currentData,
        settings: storedSettings,
        blobs: lostBlobs,
      };
      await db.meta.put({ key: BACKUP, value: backup });

      // Bytes to write: those of the archive's attachments the final ledger takes from it.
      const incomingSha = new Map(archive.data.attachments.map((a) => [a.id, a.sha256]));
      const blobs = new Map<string, Blob>();
      for (const a of finalData.attachments)
        if (incomingSha.get(a.id) === a.sha256 && archive.blobs.has(a.id))
          blobs.set(a.id, archive.blobs.get(a.id)!);
      const result = await replaceAll(db, finalData, {
        blobs,
        onProgress: (p) => progress(0.9 * (p.written / Math.max(1, p.total))),
      });
      if (!result.ok)
        throw new Abort(
          result.reason === 'invalid'
            ? { ok: false, reason: 'invalid-record', message: `${result.message}` }
            : result,
        );
      if (archive.settings && (mode === 'replace' || !storedSettings))
        await db.settings.put(archive.settings);
      return result.counts;
    });
  } catch (error) {
    if (error instanceof Abort) return error.failure;
    const failure = storageFailure(error);
    return { ...failure, message: failure.message.replace('本次没有保存', '本次导入没有进行') };
  }

  // Verify again: what is stored now is what was meant to be written.
  progress(0.95);
  const stored = await readWhole(db);
  const missingBytes = stored.data.attachments.find((a) => !stored.blobs.has(a.id));
  const badCount = RECORD_TABLE_NAMES.find((t) => stored.data[t].length !== written[t]);
  if (missingBytes || badCount) {
    await undoImport(db);
    return {
      ok: false,
      reason: 'storage',
      message: `导入后核对未通过（${badCount ? `${RECORD_TABLES[badCount].label}的记录数不符` : `附件“${missingBytes!.fileName}”缺少文件`}），已恢复导入前的数据。${UNCHANGED}`,
    };
  }
  progress(1);
  return { ok: true, counts: written };
}

/** Whether the last import can be undone: when it was made and from which file. */
export async function canUndoImport(db: LedgerDb): Promise<{ at: string; fileName?: string } | undefined> {
  const entry = await db.meta.get(BACKUP);
  const value = entry?.value as Partial<ImportBackup> | undefined;
  if (typeof value?.at !== 'string') return undefined;
  return { at: value.at, ...(value.fileName ? { fileName: value.fileName } : {}) };
}

/** Restores the ledger as it was before the last import (records, settings, attachment bytes), in one transaction. */
export async function undoImport(db: LedgerDb): Promise<{ ok: true } | StorageFailure> {
  try {
    return await db.transaction('rw', allTables(db), async (): Promise<{ ok: true } | StorageFailure> => {
      const entry = await db.meta.get(BACKUP);
      const backup = entry?.value as ImportBackup | undefined;
      if (!backup?.data) return { ok: false, reason: 'storage', message: '没有可以撤销的导入。' };
      const result = await replaceAll(db, backup.data, {
        blobs: new Map(backup.blobs.map((b) => [b.id, b.blob])),
      });
      if (!result.ok) throw new Error(result.message);
      if (backup.settings) await db.settings.put(backup.settings);
      else await db.settings.delete('settings');
      await db.meta.delete(BACKUP);
      return { ok: true };
    });
  } catch (error) {
    return storageFailure(error);
  }
}
