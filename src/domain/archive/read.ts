// Reads and verifies an archive. Every check passes or the first failure is returned with a
// Chinese message naming the file or record; nothing half-read ever reaches the ledger.
// The stages, in order, each in its own module:
//   1. read-directory.ts  the ZIP's directory (limits, paths), before inflating anything
//   2. read-entries.ts    inflating with a byte count, hashing every file
//   3. read-bag.ts        the bag (bagit.txt, bag-info.txt, manifests, checksums); 4. format version
//   5. read-records.ts    records (schemas, ids, bag-info counts, references), settings, catalogue
//   6. read-files.ts      attachments; 7. the copies for people, regenerated and compared
import { linkCommitteeIds } from '../ledger/township/committees';
import { RECORD_TABLE_NAMES } from '../ledger';
import { Cancelled, pacer } from '../utils/pace';
import {
  ARCHIVE_FORMAT_VERSION,
  BAG_INFO,
  DEFAULT_LIMITS,
  type ArchiveFailure,
  type ArchiveInfo,
  type ArchiveLimits,
  type ReadArchive,
} from './format';
import { checkBag, formatVersionOf } from './read-bag';
import { checkDirectory } from './read-directory';
import { inflateEntries, type HashElsewhere } from './read-entries';
import { fail } from './read-failure';
import { checkCopies, readAttachments } from './read-files';
import { RecordChecker, checkRecords } from './read-records';
import { readPayload, upgradePayload } from './upgrade';

export { pathProblem } from './read-directory';
export { bagInfoValueProblem, parseBagInfo } from './read-bag';
export { settingsProblem } from './read-records';
export type { HashElsewhere } from './read-entries';

const TABLES = RECORD_TABLE_NAMES;

export type ReadResult = { ok: true; archive: ReadArchive } | ArchiveFailure;

/** Options of {@link readArchive}. */
export interface ReadOptions {
  limits?: ArchiveLimits;
  onProgress?: (f: number) => void;
  /** Cancels the reading: the result is then a `cancelled` failure. */
  signal?: AbortSignal;
  /**
   * Skips stage 7 (regenerating the copies for people to compare): only for the export's
   * read-back, whose copies were generated from the very records it then compares with the
   * ledger. Their bytes are still checked against the manifests.
   */
  skipCopyCheck?: boolean;
  /**
   * Keeps the records as parsed from JSON, without their schemas and the reference check: only
   * for the export's read-back, which then compares every record exactly with the validated
   * ledger it was written from (hashes, counts and settings are still checked). Every archive
   * from outside (verify, import, /city/) is read without it.
   */
  trustRecords?: boolean;
  /**
   * Inflates and hashes the copies for people elsewhere (they are only hashed): the export's
   * read-back hands them to its worker while the records are inflated here.
   */
  hashElsewhere?: HashElsewhere;
}

/**
 * Reads an archive and verifies everything in it. Returns the records (parsed by their schemas,
 * upgraded from an older format when needed), settings and attachment bytes, or the first reason
 * to refuse it.
 */
export async function readArchive(
  input: Uint8Array | ArrayBuffer,
  options: ReadOptions = {},
): Promise<ReadResult> {
  try {
    return await readChecked(input, options);
  } catch (error) {
    if (error instanceof Cancelled) return { ok: false, reason: 'cancelled', message: '已取消读取归档。' };
    throw error;
  }
}

/** The stages in order; the first refusal is returned. */
async function readChecked(input: Uint8Array | ArrayBuffer, options: ReadOptions): Promise<ReadResult> {
  // A 100,000-record archive takes seconds to check: the page gets a turn between slices.
  const pace = pacer({ signal: options.signal });
  const limits = options.limits ?? DEFAULT_LIMITS;
  const progress = options.onProgress ?? (() => undefined);
  const bytes = input instanceof Uint8Array ? input : new Uint8Array(input);

  const directory = checkDirectory(bytes, limits);
  if (!directory.ok) return directory;
  progress(0.05);
  const entries = await inflateEntries(
    bytes,
    directory,
    limits,
    pace,
    (f) => progress(0.05 + f * 0.55),
    options.hashElsewhere,
  );
  if (!entries.ok) return entries;
  const { contents, hashes } = entries;
  const bag = await checkBag(entries, pace, (f) => progress(0.6 + f * 0.2));
  if (!bag.ok) return bag;
  const { bagInfo, oxum } = bag;
  const version = formatVersionOf(bagInfo, contents);
  if (typeof version !== 'number') return version;

  // The records are checked as each slice is parsed, and each file's bytes dropped once parsed.
  const checker = new RecordChecker(pace, contents, options.trustRecords);
  const read = await readPayload(version, contents, TABLES, pace, checker);
  for (const path of [...contents.keys()]) if (!path.startsWith('data/attachments/')) contents.delete(path);
  if ('problem' in read)
    return read.problem === 'missing'
      ? fail('missing-file', `压缩包中缺少数据文件“${read.path}”。`)
      : fail('bad-format', `数据文件“${read.path}”不是有效的 JSON。`);
  const payload = upgradePayload(version, read);
  const records = await checkRecords(payload, bagInfo, version, pace, checker, options.trustRecords);
  if (!records.ok) return records;
  const { ledger, settings, catalogueVersion } = records;
  progress(0.9);

  const attachments = await readAttachments(ledger, payload, entries, pace);
  if (!attachments.ok) return attachments;
  const copies = options.skipCopyCheck
    ? undefined
    : await checkCopies(ledger, version, { bagInfo, catalogueVersion, hashes }, pace);
  if (copies) return copies;
  // Committees written before ids were kept get them from their names, where unambiguous (the
  // copies above were checked against the records as written).
  ledger.credentialsCommittees = ledger.credentialsCommittees.map((c) =>
    c.chairId && c.viceChairId && c.memberIds.length ? c : linkCommitteeIds(c, ledger),
  );
  progress(1);

  const township = ledger.township[0];
  const info: ArchiveInfo = {
    townshipId: township?.townshipId ?? bagInfo.get(BAG_INFO.townshipId) ?? '',
    townshipName: township?.name ?? bagInfo.get(BAG_INFO.townshipName) ?? '',
    baggingDate: bagInfo.get(BAG_INFO.baggingDate) ?? '',
    appVersion: bagInfo.get(BAG_INFO.appVersion) ?? '',
    formatVersion: version,
    catalogueVersion: catalogueVersion ?? bagInfo.get(BAG_INFO.catalogueVersion) ?? '',
    counts: Object.fromEntries(TABLES.map((t) => [t, ledger[t].length])),
    payloadOxum: oxum,
    isDemo: township?.isDemo ?? false,
  };
  return {
    ok: true,
    archive: {
      info,
      data: ledger,
      settings,
      blobs: attachments.blobs,
      changeLog: payload.changeLog as unknown[],
      ...(version < ARCHIVE_FORMAT_VERSION ? { upgradedFrom: version } : {}),
    },
  };
}
