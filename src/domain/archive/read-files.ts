// Reader stages 6 and 7: each attachment's bytes (by its SHA-256, checked as an upload is), and
// the copies for people (CSV, README.txt, index.html) regenerated from the records and compared
// by hash.
import { type LedgerData, type RecordTable, RECORD_TABLE_NAMES } from '../ledger';
import { ATTACHMENT_SNIFF_BYTES, checkAttachmentFile } from '../ledger/attachment-file';
import type { Pace } from '../utils/pace';
import { BAG_INFO, TAG_FILES, csvPath, type ArchiveFailure } from './format';
import { indexHtml, readme, tableCsvPaced, type CopyMeta } from './copies';
import { fail } from './read-failure';
import type { ArchivePayload } from './upgrade';
import { sha256Hex } from '../utils/canonical-json';

const TABLES = RECORD_TABLE_NAMES;

/** Stage 6: every attachment record's bytes, found, of the right size and hash and type. */
export async function readAttachments(
  ledger: LedgerData,
  payload: ArchivePayload,
  files: { contents: ReadonlyMap<string, Uint8Array>; hashes: ReadonlyMap<string, string> },
  pace: Pace,
): Promise<{ ok: true; blobs: Map<string, Blob> } | ArchiveFailure> {
  const blobs = new Map<string, Blob>();
  for (const attachment of ledger.attachments) {
    await pace();
    const path = payload.attachmentFile(attachment.sha256, attachment.mediaType);
    const content = files.contents.get(path);
    if (!content) return fail('missing-file', `附件“${attachment.fileName}”的文件“${path}”不在压缩包中。`);
    if (content.length !== attachment.size || files.hashes.get(path) !== attachment.sha256)
      return fail('checksum', `附件“${attachment.fileName}”的文件内容与登记的大小或校验值不符。`);
    // The same check as an upload: not empty, not too large, and its first bytes show its type.
    const check = checkAttachmentFile(
      { name: attachment.fileName, size: content.length },
      content.subarray(0, ATTACHMENT_SNIFF_BYTES),
    );
    if (!check.ok)
      return fail('invalid-record', `附件“${attachment.fileName}”：${check.message}，与上传时的要求不符。`);
    if (check.mediaType !== attachment.mediaType)
      return fail(
        'invalid-record',
        `附件“${attachment.fileName}”登记为 ${attachment.mediaType}，但文件内容是 ${check.mediaType}。`,
      );
    blobs.set(attachment.id, new Blob([content as Uint8Array<ArrayBuffer>], { type: attachment.mediaType }));
  }
  return { ok: true, blobs };
}

/**
 * Stage 7 (format 1 on): the copies for people regenerated from the records and compared by
 * hash; a CSV copy of no table is refused, a missing copy is allowed (a third-party writer may
 * leave them out).
 */
export async function checkCopies(
  ledger: LedgerData,
  version: number,
  context: {
    bagInfo: ReadonlyMap<string, string>;
    catalogueVersion: string | undefined;
    hashes: ReadonlyMap<string, string>;
  },
  pace: Pace,
): Promise<ArchiveFailure | undefined> {
  if (version < 1) return undefined;
  const { bagInfo, hashes } = context;
  const meta: CopyMeta = {
    version,
    townshipName: ledger.township[0]?.name ?? '',
    date: bagInfo.get(BAG_INFO.baggingDate) ?? '',
    appVersion: bagInfo.get(BAG_INFO.appVersion) ?? '',
    catalogueVersion: context.catalogueVersion ?? '',
  };
  const encoder = new TextEncoder();
  const counts = Object.fromEntries(TABLES.map((t) => [t, ledger[t].length])) as Record<RecordTable, number>;
  const expected = new Map<string, () => string | Promise<string>>([
    [TAG_FILES.readme, () => readme(meta, counts)],
    [TAG_FILES.index, () => indexHtml(ledger, meta)],
    ...TABLES.map((t) => [csvPath(t), () => tableCsvPaced(version, t, ledger, pace)] as const),
  ]);
  for (const path of hashes.keys())
    if (path.startsWith('data/csv/') && !expected.has(path))
      return fail(
        'copy-mismatch',
        `“${path}”不是本程序写出的表格副本（没有对应的数据表），归档可能被改动过。`,
      );
  for (const [path, make] of expected) {
    const actual = hashes.get(path);
    if (actual === undefined) continue;
    await pace();
    if ((await sha256Hex(encoder.encode(await make()))) !== actual)
      return fail(
        'copy-mismatch',
        `“${path}”与数据文件中的记录不一致（它应是由记录生成的副本），归档可能被改动过。`,
      );
  }
  return undefined;
}
