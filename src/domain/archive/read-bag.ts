// Reader stage 3: the bag — bagit.txt, bag-info.txt (labels once, values well formed), both
// manifests (every file listed, every hash right) and Payload-Oxum; and the format version.
import { isIsoDate } from '../dates';
import { TimestampSchema } from '../ledger';
import type { Pace } from '../utils/pace';
import { ARCHIVE_FORMAT_VERSION, BAG_INFO, TAG_FILES, type ArchiveFailure } from './format';
import { fail, utf8 } from './read-failure';
import type { InflatedEntries } from './read-entries';

/** Parses a BagIt tag file of `Label: value` lines (continuation lines start with white space). */
export function parseBagInfo(text: string, repeated?: Set<string>): Map<string, string> {
  const fields = new Map<string, string>();
  let last: string | undefined;
  for (const line of text.replace(/^\uFEFF/, '').split(/\r?\n/)) {
    if (!line.trim()) continue;
    if (/^\s/.test(line) && last) {
      fields.set(last, `${fields.get(last)} ${line.trim()}`);
      continue;
    }
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    last = line.slice(0, colon).trim();
    if (fields.has(last)) repeated?.add(last);
    fields.set(last, line.slice(colon + 1).trim());
  }
  return fields;
}

/** bag-info.txt labels that may appear only once (RFC 8493 reserved ones and this format's own). */
const ONCE_LABELS = new Set<string>(
  Object.values(BAG_INFO).filter((label) => label !== BAG_INFO.countPrefix),
);

/** What is wrong with a value of bag-info.txt (in Chinese, after “bag-info.txt 中”), if anything. */
export function bagInfoValueProblem(info: ReadonlyMap<string, string>): string | undefined {
  const checks: [string, (v: string) => boolean, string][] = [
    [BAG_INFO.baggingDate, isIsoDate, '应是日期（年-月-日）'],
    [BAG_INFO.payloadOxum, (v) => /^\d{1,15}\.\d{1,9}$/.test(v), '应是“字节数.文件数”'],
    [BAG_INFO.formatVersion, (v) => /^\d{1,4}$/.test(v), '应是整数'],
    [BAG_INFO.demo, (v) => v === 'yes' || v === 'no', '应是 yes 或 no'],
    [BAG_INFO.createdAt, (v) => TimestampSchema.safeParse(v).success, '应是 ISO 格式的时刻'],
    [BAG_INFO.townshipId, (v) => /^[a-z]{0,40}$/.test(v), '应是乡镇的拼音编号（小写字母）'],
    [
      BAG_INFO.townshipName,
      (v) => v.length <= 20 && ![...v].some((c) => c < ' ' || c === '<' || c === '>'),
      '不是有效的乡镇名称',
    ],
    [BAG_INFO.catalogueVersion, (v) => /^\d+\.\d+\.\d+$/.test(v), '应是“主.次.修订”版本号'],
    [BAG_INFO.appVersion, (v) => /^[\w.+-]{1,40}$/.test(v), '不是有效的程序版本'],
  ];
  for (const [label, ok, expected] of checks) {
    const value = info.get(label);
    if (value !== undefined && !ok(value)) return `“${label}”的值（${value.slice(0, 40)}）${expected}`;
  }
  for (const [label, value] of info)
    if (label.startsWith(BAG_INFO.countPrefix) && !/^\d{1,9}$/.test(value))
      return `“${label}”的值（${value.slice(0, 40)}）应是记录条数`;
  return undefined;
}

/** Parses a manifest: path → hex; or the first bad line. */
function parseManifest(text: string): Map<string, string> | { badLine: number } {
  const entries = new Map<string, string>();
  const lines = text.split('\n');
  for (const [index, raw] of lines.entries()) {
    const line = raw.replace(/\r$/, '');
    if (!line.trim()) continue;
    const match = /^([0-9a-fA-F]{64})[ \t]+\*?(\S(?:.*\S)?)$/.exec(line);
    if (!match || entries.has(match[2]!)) return { badLine: index + 1 };
    entries.set(match[2]!, match[1]!.toLowerCase());
  }
  return entries;
}

/** bagit.txt and bag-info.txt read and checked: bag-info's fields. */
function readBagInfo(contents: ReadonlyMap<string, Uint8Array>): Map<string, string> | ArchiveFailure {
  const bagit = contents.get(TAG_FILES.bagit);
  if (!bagit) return fail('missing-file', '压缩包中缺少 bagit.txt，不是本程序导出的归档（或已被改动）。');
  if (!/^BagIt-Version:\s*\d+\.\d+/m.test(utf8(bagit) ?? ''))
    return fail('bad-format', 'bagit.txt 的内容不正确，不是本程序导出的归档。');
  const bagInfoBytes = contents.get(TAG_FILES.bagInfo);
  if (!bagInfoBytes) return fail('missing-file', '压缩包中缺少 bag-info.txt（归档说明）。');
  const bagInfoText = utf8(bagInfoBytes);
  if (bagInfoText === undefined) return fail('bad-format', 'bag-info.txt 不是 UTF-8 文本。');
  const repeated = new Set<string>();
  const bagInfo = parseBagInfo(bagInfoText, repeated);
  const once = [...repeated].find(
    (label) => ONCE_LABELS.has(label) || label.startsWith(BAG_INFO.countPrefix),
  );
  if (once) return fail('bad-format', `bag-info.txt 中“${once}”出现了不止一次，无法确定以哪个为准。`);
  const badValue = bagInfoValueProblem(bagInfo);
  if (badValue) return fail('bad-format', `bag-info.txt 中${badValue}。`);
  return bagInfo;
}

/** Both manifests, parsed. */
function readManifests(
  contents: ReadonlyMap<string, Uint8Array>,
): { manifest: Map<string, string>; tagManifest: Map<string, string> } | ArchiveFailure {
  const manifestBytes = contents.get(TAG_FILES.manifest);
  if (!manifestBytes)
    return fail('manifest', '压缩包中缺少校验清单 manifest-sha256.txt，无法核对文件是否完整。');
  const manifest = parseManifest(utf8(manifestBytes) ?? '\u0000');
  if ('badLine' in manifest)
    return fail('manifest', `校验清单 manifest-sha256.txt 第 ${manifest.badLine} 行格式不正确。`);
  const tagManifestBytes = contents.get(TAG_FILES.tagManifest);
  if (!tagManifestBytes)
    return fail('manifest', '压缩包中缺少校验清单 tagmanifest-sha256.txt，无法核对说明文件。');
  const tagManifest = parseManifest(utf8(tagManifestBytes) ?? '\u0000');
  if ('badLine' in tagManifest)
    return fail('manifest', `校验清单 tagmanifest-sha256.txt 第 ${tagManifest.badLine} 行格式不正确。`);
  return { manifest, tagManifest };
}

/** The bag, checked: bag-info's fields and the Payload-Oxum found. */
export interface CheckedBag {
  ok: true;
  bagInfo: Map<string, string>;
  oxum: string;
}

/** Stage 3: checks the bag's tag files, every file against the manifests, and Payload-Oxum. */
export async function checkBag(
  entries: InflatedEntries,
  pace: Pace,
  progress: (f: number) => void,
): Promise<CheckedBag | ArchiveFailure> {
  const { contents, hashes, sizes } = entries;
  const bagInfo = readBagInfo(contents);
  if (!(bagInfo instanceof Map)) return bagInfo;
  const manifests = readManifests(contents);
  if (!('manifest' in manifests)) return manifests;
  const { manifest, tagManifest } = manifests;
  for (const path of sizes.keys()) {
    if (path === TAG_FILES.tagManifest) continue;
    const listed = path.startsWith('data/') ? manifest.has(path) : tagManifest.has(path);
    if (!listed)
      return fail(
        'manifest',
        `文件“${path}”不在校验清单${path.startsWith('data/') ? ' manifest-sha256.txt' : ' tagmanifest-sha256.txt'}中，归档可能被改动过。`,
      );
  }
  let checked = 0;
  const toCheck = manifest.size + tagManifest.size;
  for (const [list, name] of [
    [manifest, 'manifest-sha256.txt'],
    [tagManifest, 'tagmanifest-sha256.txt'],
  ] as const)
    for (const [path, expected] of list) {
      if (name === 'manifest-sha256.txt' && !path.startsWith('data/'))
        return fail('manifest', `校验清单 ${name} 列出了 data/ 以外的文件“${path}”。`);
      await pace();
      const actual = hashes.get(path);
      if (actual === undefined)
        return fail('missing-file', `校验清单 ${name} 列出的文件“${path}”不在压缩包中。`);
      if (actual !== expected)
        return fail('checksum', `文件“${path}”的 SHA-256 校验值与清单不符：文件已损坏或被改动。`);
      progress(++checked / toCheck);
    }
  const payloadFiles = [...sizes.keys()].filter((p) => p.startsWith('data/'));
  const octets = payloadFiles.reduce((sum, p) => sum + sizes.get(p)!, 0);
  const oxum = bagInfo.get(BAG_INFO.payloadOxum);
  if (oxum !== `${octets}.${payloadFiles.length}`)
    return fail(
      'manifest',
      `bag-info.txt 中的 Payload-Oxum（${oxum ?? '缺失'}）与实际文件（${octets}.${payloadFiles.length}）不符，归档不完整。`,
    );
  return { ok: true, bagInfo, oxum };
}

/** Stage 4: the archive's format version (0 for the first exports), refused when newer than ours. */
export function formatVersionOf(
  bagInfo: ReadonlyMap<string, string>,
  contents: ReadonlyMap<string, Uint8Array>,
): number | ArchiveFailure {
  const versionText = bagInfo.get(BAG_INFO.formatVersion);
  let version: number;
  if (versionText === undefined && contents.has('data/ledger.json')) version = 0;
  else if (versionText !== undefined && /^\d+$/.test(versionText)) version = Number(versionText);
  else return fail('bad-format', 'bag-info.txt 中没有有效的归档格式版本（Ledger-Format-Version）。');
  if (version > ARCHIVE_FORMAT_VERSION)
    return fail(
      'newer-format',
      `此归档由更新版本的程序导出（归档格式第 ${version} 版），本程序只能读取到第 ${ARCHIVE_FORMAT_VERSION} 版。请先更新本程序再导入。`,
    );
  return version;
}
