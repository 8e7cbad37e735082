// Export of the whole ledger as an archive (src/domain/archive/). An export counts as "verified"
// only once its bytes were read back and compared with the ledger they were written from.
import Dexie from 'dexie';
import { linkCommitteeIds } from '../../domain/ledger/township/committees';
import {
  archiveFileName,
  readArchive,
  startRecordsAhead,
  writeArchive,
  type ArchiveFailure,
  type ReadArchive,
} from '../../domain/archive';
import { today } from '../../domain/dates';
import { sameJson } from '../../domain/utils/canonical-json';
import { pacer, yieldToEventLoop, type Pace } from '../../domain/utils/pace';
import { RECORD_TABLES } from '../../domain/ledger';
import type { Catalogue } from '../../domain/schemas/duty';
import type { LedgerDb } from '../db';
import { exportChangeLog } from '../change-log';
import { storageFailure, type StorageFailure } from '../errors';
import { RECORD_TABLE_NAMES, type TableReadSink } from '../ledger';
import { allTables, readWhole, type Whole } from './whole';
import { startWorkerDeflate, type WorkerDeflate } from './worker-deflate';

/** Meta key of the last export that was read back and verified. */
const LAST_EXPORT = 'lastVerifiedExport';

/** The meta value of {@link LAST_EXPORT}. */
export interface VerifiedExport {
  at: string;
  fileName: string;
  counts: Record<string, number>;
}

/** The export outcome. */
export type ExportResult =
  { ok: true; bytes: Uint8Array; fileName: string; verifiedAt: string } | StorageFailure | ArchiveFailure;

/**
 * Writes the archive, reads it back with `readArchive` and compares every record and attachment
 * with the ledger; only then stores meta `lastVerifiedExport` {at, fileName, counts}.
 */
export async function exportLedger(db: LedgerDb, options: ExportOptions): Promise<ExportResult> {
  // The JSON and CSV files are deflated in a worker, a slice at a time while they are made, and
  // the copies for people are inflated and hashed there when the archive is read back. It is
  // started first, so that it has loaded by the time the first slice is ready.
  const deflater = startWorkerDeflate(pacer());
  try {
    return await exportVerified(db, options, deflater);
  } finally {
    deflater?.close();
  }
}

/** What {@link exportLedger} is told. */
interface ExportOptions {
  catalogue: Catalogue;
  appVersion: string;
  now?: Date;
  onProgress?: (f: number) => void;
}

/** {@link exportLedger} with its worker, if one started. */
async function exportVerified(
  db: LedgerDb,
  options: ExportOptions,
  deflater: WorkerDeflate | undefined,
): Promise<ExportResult> {
  const now = options.now ?? new Date();
  const progress = options.onProgress ?? (() => undefined);
  // The records files are made as the tables are read, while IndexedDB reads the next page.
  const recordsAhead = startRecordsAhead(deflater ? () => deflater.open() : undefined);
  const reading = toldLater(recordsAhead);
  let whole: Whole;
  let changeLog: unknown[];
  try {
    // One read transaction: the records and the change log describe the same moment.
    [whole, changeLog] = await db.transaction('r', [...allTables(db), db.changeLog], async () => [
      await readWhole(db, reading.sink),
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
    await reading.settled();
    bytes = await writeArchive(
      { ...whole, changeLog, catalogue: options.catalogue, appVersion: options.appVersion, now },
      (f) => progress(f * 0.6),
      { recordsAhead },
    );
  } catch (error) {
    return {
      ok: false,
      reason: 'missing-file',
      message: error instanceof Error ? error.message : '导出失败，请重试。',
    };
  }
  // The copies for people were generated from `whole` itself; the records read back are compared
  // with it below, so regenerating the copies from them would only repeat the writer's work. For
  // the same reason the records read back are not put through their schemas and the reference
  // check again: they must equal, field by field, the ledger's records, which were validated as
  // they were saved. Bytes, hashes, counts and settings are checked as for any archive.
  const read = await readArchive(bytes, {
    onProgress: (f) => progress(0.6 + f * 0.35),
    skipCopyCheck: true,
    trustRecords: true,
    ...(deflater ? { hashElsewhere: deflater.hashCopy } : {}),
  });
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
 * A sink that tells `target` each page and table a task later, in order, and whether all of it
 * was told. Making the JSON of 100,000 records takes about 0.5 s; measured in Chromium, done at
 * once in the read's callbacks it made the read about 0.25 s longer, done in tasks of their own
 * about 0.1 s: the page then takes in each page IndexedDB hands it as soon as it comes. `settled`
 * must be awaited outside the read transaction (awaiting anything but the database inside it
 * would end it).
 */
function toldLater(target: TableReadSink): { sink: TableReadSink; settled: () => Promise<void> } {
  let told: Promise<void> = Promise.resolve();
  const later = (tell: () => void) =>
    // Chained outside the read transaction: a promise chained inside it carries the transaction
    // along to whatever awaits it later (Dexie's zones), long after it has ended.
    Dexie.ignoreTransaction(() => {
      told = told.then(yieldToEventLoop).then(tell);
      // Awaited by `settled`; a failure surfaces there, not as an unhandled rejection before.
      told.catch(() => undefined);
    });
  return {
    sink: {
      rows: (table, rows) => later(() => target.rows(table, rows)),
      end: (table, all) => later(() => target.end(table, all)),
    },
    settled: () => told,
  };
}

/** Records compared per slice (the page gets a turn between slices). */
const ROWS_PER_SLICE = 2000;

/** Whether two tables hold the same records: in the same order (as written), else sorted by id. */
async function sameRecords(
  written: readonly { id: string }[],
  back: readonly { id: string }[],
  pace: Pace,
): Promise<boolean> {
  if (written.length !== back.length) return false;
  let inOrder = true;
  for (let i = 0; i < written.length && inOrder; i++) {
    if (i % ROWS_PER_SLICE === 0) await pace();
    inOrder = sameJson(written[i], back[i]);
  }
  if (inOrder) return true;
  await pace();
  const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  return sameJson([...written].sort(byId), [...back].sort(byId));
}

/**
 * Where an archive read back differs from the ledger it was written from (records of every
 * table compared field by field, settings, attachment bytes by SHA-256), or undefined.
 */
async function differenceOf(whole: Whole, read: ReadArchive): Promise<string | undefined> {
  const pace = pacer();
  for (const table of RECORD_TABLE_NAMES)
    if (!(await sameRecords(whole.data[table], read.data[table], pace)))
      return `读回的${RECORD_TABLES[table].label}与台账不一致`;
  if (!sameJson(whole.settings ?? null, read.settings ?? null)) return '读回的设置与台账不一致';
  const blobs = attachmentBlobs(whole);
  if (blobs.size !== read.blobs.size) return '读回的附件数与台账不一致';
  // Each attachment's bytes are hashed once on each side: the writer refused bytes whose SHA-256
  // is not the record's, and the reader bytes whose SHA-256 is not the record read back — which
  // equals the ledger's record (compared above). So equal records mean equal bytes.
  for (const [id, blob] of blobs) {
    const other = read.blobs.get(id);
    if (!other || other.size !== blob.size) return '读回的附件与台账不一致';
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
