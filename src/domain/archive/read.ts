// Reads and verifies an archive. Every check passes or the first failure is returned with a
// Chinese message naming the file or record; nothing half-read ever reaches the ledger.
// Order: the ZIP's directory (limits, paths) → inflating with a byte count → the bag (bagit.txt,
// bag-info.txt, manifests, checksums) → format version (upgrade) → records (schemas, ids,
// references) → attachments.
import JSZip from 'jszip';
import { isIsoDate } from '../dates';
import {
  ACTIVITY_KINDS,
  RECORD_TABLES,
  SettingsSchema,
  TimestampSchema,
  type LedgerData,
  type RecordTable,
  type Settings,
  RECORD_TABLE_NAMES,
} from '../ledger';
import { catalogue as appCatalogue } from '../catalogue';
import { linkCommitteeIds } from '../ledger/township/committees';
import { parseSettingValue } from '../ledger/settings/form';
import { ATTACHMENT_SNIFF_BYTES, checkAttachmentFile } from '../ledger/attachment-file';
import { Cancelled, pacer } from '../utils/pace';
import {
  ARCHIVE_FORMAT_VERSION,
  ARCHIVE_RATIO_FLOOR_BYTES,
  BAG_INFO,
  DEFAULT_LIMITS,
  TAG_FILES,
  csvPath,
  type ArchiveFailure,
  type ArchiveFailureReason,
  type ArchiveInfo,
  type ArchiveLimits,
  type ReadArchive,
} from './format';
import { indexHtml, readme, tableCsv, type CopyMeta } from './copies';
import { archiveIssueMessage, archiveIssues, shownValue } from './messages';
import { findMissingReference } from './references';
import { readPayload, upgradePayload } from './upgrade';
import { sha256Hex } from './util';
import { readZipDirectory } from './zip-directory';

const TABLES = RECORD_TABLE_NAMES;

/** Said after every refusal: the reader never writes, and the importer writes only after it. */
const NOTHING_IMPORTED = '没有导入任何数据。';

/** Entries smaller than this are not judged by their compression ratio (tiny JSON compresses well). */
const RATIO_FLOOR_BYTES = 1024 * 1024;

export type ReadResult = { ok: true; archive: ReadArchive } | ArchiveFailure;

/** Options of {@link readArchive}. */
export interface ReadOptions {
  limits?: ArchiveLimits;
  onProgress?: (f: number) => void;
  /** Cancels the reading: the result is then a `cancelled` failure. */
  signal?: AbortSignal;
}

function fail(reason: ArchiveFailureReason, message: string, detail?: string): ArchiveFailure {
  return { ok: false, reason, message: `${message}${NOTHING_IMPORTED}`, ...(detail ? { detail } : {}) };
}

/** Why an entry name is unsafe, in Chinese, or undefined when it is fine. */
export function pathProblem(name: string, nonAscii: boolean): string | undefined {
  if (nonAscii) return '文件名含有中文或其他非 ASCII 字符';
  if (name.includes('\\')) return '文件名含有反斜杠';
  if (name.startsWith('/')) return '文件名是绝对路径';
  if (/^[A-Za-z]:/.test(name)) return '文件名含有盘符';
  const segments = name.replace(/\/$/, '').split('/');
  if (segments.some((s) => s === '..' || s === '.')) return '文件名含有上级目录（..）';
  if (segments.some((s) => s === '')) return '文件名含有空的目录名';
  if (name.length > 240) return '文件名过长';
  return undefined;
}

/** The part of JSZip's streaming API used here (present in JSZip 3, missing from its typings). */
interface ChunkStream {
  on(event: 'data', fn: (chunk: Uint8Array) => void): ChunkStream;
  on(event: 'error', fn: (error: unknown) => void): ChunkStream;
  on(event: 'end', fn: () => void): ChunkStream;
  resume(): ChunkStream;
  pause(): ChunkStream;
}

/**
 * Inflates one entry chunk by chunk, counting the bytes really produced: stops as soon as they
 * pass `cap` (a lying header cannot make it inflate more), so a zip bomb never fills memory.
 */
function inflateCounted(file: JSZip.JSZipObject, cap: number): Promise<Uint8Array | 'over-cap'> {
  return new Promise((resolve, reject) => {
    const chunks: Uint8Array[] = [];
    let length = 0;
    let stopped = false;
    const stream = (file as unknown as { internalStream(type: 'uint8array'): ChunkStream }).internalStream(
      'uint8array',
    );
    stream
      .on('data', (chunk) => {
        if (stopped) return;
        length += chunk.length;
        if (length > cap) {
          stopped = true;
          stream.pause();
          resolve('over-cap');
          return;
        }
        chunks.push(chunk);
      })
      .on('error', (error) => {
        if (!stopped) reject(error);
        stopped = true;
      })
      .on('end', () => {
        if (stopped) return;
        const out = new Uint8Array(length);
        let at = 0;
        for (const c of chunks) {
          out.set(c, at);
          at += c.length;
        }
        resolve(out);
      })
      .resume();
  });
}

/** Whether a file's bytes are read after its hash is checked (the records, settings, attachments, tags). */
function keptAfterHashing(path: string): boolean {
  if (path.startsWith('data/')) return !path.startsWith('data/csv/');
  return path !== TAG_FILES.readme && path !== TAG_FILES.index;
}

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

/**
 * What is wrong with the settings by the settings form's own rules (ranges, choices, month-days),
 * if anything: every value of a setting the catalogue knows must read as the form would store it.
 */
export function settingsProblem(settings: Settings): string | undefined {
  for (const [key, value] of Object.entries(settings.values)) {
    const setting = appCatalogue.settings.find((s) => s.key === key);
    if (!setting) continue;
    const parsed = parseSettingValue(setting, String(value));
    if (!parsed.ok) return `“${setting.label}”的值（${shownValue(value)}）不正确：${parsed.message}`;
    if (parsed.value !== value)
      return `“${setting.label}”的值（${shownValue(value)}）应写作 ${JSON.stringify(parsed.value)}`;
  }
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

const decoder = new TextDecoder('utf-8', { fatal: true });

/** Decodes UTF-8 text, or undefined when the bytes are not UTF-8. */
function utf8(bytes: Uint8Array): string | undefined {
  try {
    return decoder.decode(bytes);
  } catch {
    return undefined;
  }
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

async function readChecked(input: Uint8Array | ArrayBuffer, options: ReadOptions): Promise<ReadResult> {
  // A 100,000-record archive takes seconds to check: the page gets a turn between slices.
  const pace = pacer({ signal: options.signal });
  const limits = options.limits ?? DEFAULT_LIMITS;
  const progress = options.onProgress ?? (() => undefined);
  const bytes = input instanceof Uint8Array ? input : new Uint8Array(input);

  // 1. The directory, before inflating anything.
  const directory = readZipDirectory(bytes, limits.maxEntries);
  if (!directory.ok) {
    const messages = {
      'not-zip': '所选文件不是 ZIP 压缩包，请选择本程序导出的归档文件（.zip）。',
      truncated: '压缩包不完整或已损坏（可能没有下载或复制完整），请重新获取归档文件。',
      'too-large': '压缩包使用了本程序不接受的超大格式（ZIP64）。',
      'too-many-entries': `压缩包内的文件过多（超过 ${limits.maxEntries} 个），不像本程序导出的归档。`,
    } as const;
    return fail(directory.reason, messages[directory.reason], directory.detail);
  }
  const entries = directory.entries;
  const seen = new Map<string, string>();
  let declaredTotal = 0;
  for (const entry of entries) {
    if (entry.symlink)
      return fail(
        'symlink',
        `压缩包内的“${printable(entry.rawName)}”是符号链接（指向别处的快捷方式），本程序导出的归档不含链接，为安全起见拒绝导入。`,
      );
    if (entry.encrypted)
      return fail(
        'encrypted',
        `压缩包内的文件“${printable(entry.rawName)}”设有密码（已加密），本程序导出的归档从不加密，无法核对其内容。`,
      );
    if (entry.method !== 0 && entry.method !== 8)
      return fail(
        'unsupported-method',
        `压缩包内的文件“${printable(entry.rawName)}”使用了本程序不接受的压缩方式（编号 ${entry.method}），只接受“存储”和“Deflate”两种。请用本程序重新导出。`,
      );
    const problem = pathProblem(entry.rawName, entry.nonAscii);
    if (problem)
      return fail('bad-path', `压缩包内的文件“${printable(entry.rawName)}”${problem}，为安全起见拒绝导入。`);
    const key = entry.rawName.toLowerCase();
    const previous = seen.get(key);
    if (previous !== undefined)
      return fail(
        'duplicate-entry',
        `压缩包内有两个同名文件“${entry.rawName}”${previous === entry.rawName ? '' : `与“${previous}”（仅大小写不同）`}，无法确定以哪个为准。`,
      );
    seen.set(key, entry.rawName);
    if (entry.uncompressedSize > limits.maxEntryBytes)
      return fail(
        'too-large',
        `压缩包内的文件“${entry.rawName}”解压后有 ${mb(entry.uncompressedSize)}，超过单个文件 ${mb(limits.maxEntryBytes)} 的上限。`,
      );
    declaredTotal += entry.uncompressedSize;
    if (declaredTotal > limits.maxTotalBytes)
      return fail('too-large', `压缩包解压后超过 ${mb(limits.maxTotalBytes)} 的上限。`);
    if (
      entry.uncompressedSize > RATIO_FLOOR_BYTES &&
      entry.uncompressedSize > entry.compressedSize * limits.maxCompressionRatio
    )
      return fail(
        'zip-bomb',
        `压缩包内的文件“${entry.rawName}”压缩比异常（${Math.round(entry.uncompressedSize / Math.max(1, entry.compressedSize))} 倍），疑似“压缩炸弹”，拒绝解压。`,
      );
  }
  if (declaredTotal > ARCHIVE_RATIO_FLOOR_BYTES && declaredTotal > bytes.length * limits.maxArchiveRatio)
    return fail(
      'zip-bomb',
      `压缩包只有 ${mb(bytes.length)}，却声明解压后共有 ${mb(declaredTotal)}（${Math.round(declaredTotal / Math.max(1, bytes.length))} 倍），疑似“压缩炸弹”，拒绝解压。`,
    );
  const files = entries.filter((e) => !e.isDirectory);
  const base = files[0]?.rawName.split('/')[0];
  if (!base || files.some((e) => !e.rawName.startsWith(`${base}/`)))
    return fail('bad-format', '压缩包内应只有一个归档文件夹，文件的排列不是本程序导出的归档格式。');
  progress(0.05);

  // 2. Inflate entry by entry, counting the bytes really produced.
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes, { checkCRC32: false, createFolders: false });
  } catch (error) {
    return fail('truncated', '压缩包已损坏，无法读取。', String(error));
  }
  const contents = new Map<string, Uint8Array>();
  const hashes = new Map<string, string>();
  const sizes = new Map<string, number>();
  let inflatedTotal = 0;
  for (const [index, entry] of files.entries()) {
    await pace();
    const file = zip.file(entry.rawName);
    if (!file) return fail('truncated', `压缩包已损坏：无法读取“${entry.rawName}”。`);
    let data: Uint8Array | 'over-cap';
    try {
      data = await inflateCounted(
        file,
        Math.min(entry.uncompressedSize, limits.maxTotalBytes - inflatedTotal),
      );
    } catch (error) {
      return fail('truncated', `压缩包已损坏：“${entry.rawName}”无法解压。`, String(error));
    }
    if (data === 'over-cap')
      return fail(
        'zip-bomb',
        `压缩包内的文件“${entry.rawName}”解压出的内容比它声明的大小更多，疑似“压缩炸弹”，已停止解压。`,
      );
    if (data.length !== entry.uncompressedSize)
      return fail('truncated', `压缩包已损坏：“${entry.rawName}”的内容不完整。`);
    inflatedTotal += data.length;
    const path = entry.rawName.slice(base.length + 1);
    // Every file is hashed as it is inflated; only what is read later is kept (the copies —
    // CSV, README.txt, index.html — are checked by their hashes), so memory holds the data once.
    hashes.set(path, await sha256Hex(data));
    sizes.set(path, data.length);
    if (keptAfterHashing(path)) contents.set(path, data);
    progress(0.05 + (0.55 * (index + 1)) / files.length);
  }

  // 3. The bag.
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
      progress(0.6 + (0.2 * ++checked) / toCheck);
    }
  const payloadFiles = [...sizes.keys()].filter((p) => p.startsWith('data/'));
  const octets = payloadFiles.reduce((sum, p) => sum + sizes.get(p)!, 0);
  const oxum = bagInfo.get(BAG_INFO.payloadOxum);
  if (oxum !== `${octets}.${payloadFiles.length}`)
    return fail(
      'manifest',
      `bag-info.txt 中的 Payload-Oxum（${oxum ?? '缺失'}）与实际文件（${octets}.${payloadFiles.length}）不符，归档不完整。`,
    );

  // 4. The format version.
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
  const read = await readPayload(version, contents, TABLES, pace);
  // The JSON is parsed: its bytes are not needed any more.
  for (const path of [...contents.keys()]) if (!path.startsWith('data/attachments/')) contents.delete(path);
  if ('problem' in read)
    return read.problem === 'missing'
      ? fail('missing-file', `压缩包中缺少数据文件“${read.path}”。`)
      : fail('bad-format', `数据文件“${read.path}”不是有效的 JSON。`);
  const payload = upgradePayload(version, read);

  // 5. Records: schemas, ids, references.
  const data = {} as Record<RecordTable, unknown[]>;
  for (const table of TABLES) {
    const rows = payload.records[table];
    const label = RECORD_TABLES[table].label;
    if (!Array.isArray(rows)) return fail('bad-format', `数据文件中“${label}”（${table}）不是记录列表。`);
    const schema = RECORD_TABLES[table].schema;
    const ids = new Map<string, number>();
    const parsed: unknown[] = [];
    for (const [index, row] of rows.entries()) {
      if (index % 256 === 0) await pace();
      const result = schema.safeParse(row, { error: archiveIssueMessage });
      // An id of any JSON type is only shown, never converted: `{"toString": 1}` must not throw.
      const id =
        typeof row === 'object' && row !== null && !Array.isArray(row) && 'id' in row
          ? typeof (row as { id: unknown }).id === 'string'
            ? `编号 ${shownValue((row as { id: unknown }).id)}`
            : `编号不是文本，而是${shownValue((row as { id: unknown }).id)}`
          : '';
      if (!result.success)
        return fail(
          'invalid-record',
          `${label}第 ${index + 1} 条记录${id ? `（${id}）` : ''}不符合格式：${archiveIssues(result.error)}。`,
        );
      const first = ids.get(result.data.id);
      if (first !== undefined)
        return fail(
          'duplicate-id',
          `${label}第 ${index + 1} 条记录与第 ${first + 1} 条编号重复（${result.data.id}）。`,
        );
      ids.set(result.data.id, index);
      parsed.push(result.data);
    }
    data[table] = parsed;
    // The raw rows are not needed once parsed (a 100,000-record table is held once, not twice).
    payload.records[table] = undefined;
  }
  const ledger = data as LedgerData;
  if (ledger.township.length > 1)
    return fail('invalid-record', '归档中有多条乡镇记录，一个台账只能属于一个乡镇。');
  const township = ledger.township[0];
  for (const [label, value] of [
    [BAG_INFO.townshipId, township?.townshipId],
    [BAG_INFO.townshipName, township?.name],
  ] as const) {
    const declared = bagInfo.get(label);
    // Format 0 wrote only Township-Id; from format 1 on both are required.
    if ((version > 0 || declared !== undefined) && (declared ?? '') !== (value ?? ''))
      return fail(
        'bad-format',
        `bag-info.txt 中的 ${label}（${declared ?? '缺失'}）与数据中的乡镇记录（${value ?? '无'}）不一致。`,
      );
  }
  const demo = bagInfo.get(BAG_INFO.demo);
  if (demo !== undefined && (demo === 'yes') !== (township?.isDemo ?? false))
    return fail('bad-format', 'bag-info.txt 中的 Demo-Data 与数据中的乡镇记录（是否示例数据）不一致。');
  for (const table of TABLES) {
    const declared = bagInfo.get(`${BAG_INFO.countPrefix}${table}`);
    if (version > 0 && declared !== String(ledger[table].length))
      return fail(
        'bad-format',
        `bag-info.txt 中“${RECORD_TABLES[table].label}”的记录数（${declared ?? '缺失'}）与数据文件（${ledger[table].length}）不一致。`,
      );
  }
  const missing = findMissingReference(ledger);
  if (missing) {
    const record = RECORD_TABLES[missing.table].label;
    const target = RECORD_TABLES[missing.target].label;
    return fail(
      'missing-reference',
      missing.wrongKind !== undefined
        ? `${record}（编号 ${missing.id}）的 ${missing.field} 指向的${target}（编号 ${missing.missingId}）是“${kindLabel(missing.wrongKind)}”，而这里只能指向“${(missing.kinds ?? []).map(kindLabel).join('”或“')}”。`
        : `${record}（编号 ${missing.id}）的 ${missing.field} 指向的${target}（编号 ${missing.missingId}）不在归档中。`,
    );
  }
  let settings: Settings | undefined;
  if (payload.settings !== null && payload.settings !== undefined) {
    const result = SettingsSchema.safeParse(payload.settings, { error: archiveIssueMessage });
    if (!result.success)
      return fail('invalid-record', `设置（data/settings.json）不符合格式：${archiveIssues(result.error)}。`);
    const problem = settingsProblem(result.data);
    if (problem) return fail('invalid-record', `设置（data/settings.json）中${problem}。`);
    settings = result.data;
  }
  // Only a string is a version: `{"version": {"toString": 1}}` must be refused, not converted.
  const declaredVersion =
    typeof payload.catalogue === 'object' && payload.catalogue && 'version' in payload.catalogue
      ? (payload.catalogue as { version: unknown }).version
      : undefined;
  const catalogueVersion = typeof declaredVersion === 'string' ? declaredVersion : undefined;
  if (version > 0 && catalogueVersion !== bagInfo.get(BAG_INFO.catalogueVersion))
    return fail(
      'bad-format',
      '归档中的履职事项目录（data/catalogue.json）与 bag-info.txt 记载的版本不一致。',
    );
  if (!Array.isArray(payload.changeLog))
    return fail('bad-format', '修改记录（data/changelog.json）不是列表。');
  progress(0.9);

  // 6. Attachments: each record's bytes, by its SHA-256.
  const blobs = new Map<string, Blob>();
  for (const attachment of ledger.attachments) {
    await pace();
    const path = payload.attachmentFile(attachment.sha256, attachment.mediaType);
    const content = contents.get(path);
    if (!content) return fail('missing-file', `附件“${attachment.fileName}”的文件“${path}”不在压缩包中。`);
    if (content.length !== attachment.size || hashes.get(path) !== attachment.sha256)
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

  // 7. The copies for people: regenerated from the records and compared by hash (format 1 on).
  if (version >= 1) {
    const meta: CopyMeta = {
      version,
      townshipName: township?.name ?? '',
      date: bagInfo.get(BAG_INFO.baggingDate) ?? '',
      appVersion: bagInfo.get(BAG_INFO.appVersion) ?? '',
      catalogueVersion: catalogueVersion ?? '',
    };
    const encoder = new TextEncoder();
    const counts = Object.fromEntries(TABLES.map((t) => [t, ledger[t].length])) as Record<
      RecordTable,
      number
    >;
    const expected = new Map<string, () => string>([
      [TAG_FILES.readme, () => readme(meta, counts)],
      [TAG_FILES.index, () => indexHtml(ledger, meta)],
      ...TABLES.map((t) => [csvPath(t), () => tableCsv(version, t, ledger)] as const),
    ]);
    for (const path of hashes.keys())
      if (path.startsWith('data/csv/') && !expected.has(path))
        return fail(
          'copy-mismatch',
          `“${path}”不是本程序写出的表格副本（没有对应的数据表），归档可能被改动过。`,
        );
    for (const [path, make] of expected) {
      const actual = hashes.get(path);
      // Copies are optional (a third-party writer may leave them out); present ones must agree.
      if (actual === undefined) continue;
      await pace();
      if ((await sha256Hex(encoder.encode(make()))) !== actual)
        return fail(
          'copy-mismatch',
          `“${path}”与数据文件中的记录不一致（它应是由记录生成的副本），归档可能被改动过。`,
        );
    }
  }
  // Committees written before ids were kept get them from their names, where unambiguous (the
  // copies above were checked against the records as written).
  ledger.credentialsCommittees = ledger.credentialsCommittees.map((c) =>
    c.chairId && c.viceChairId && c.memberIds.length ? c : linkCommitteeIds(c, ledger),
  );
  progress(1);

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
      blobs,
      changeLog: payload.changeLog as unknown[],
      ...(version < ARCHIVE_FORMAT_VERSION ? { upgradedFrom: version } : {}),
    },
  };
}

/** The Chinese name of a record kind (activities' kinds), else the kind itself. */
function kindLabel(kind: string): string {
  return (ACTIVITY_KINDS as Record<string, string>)[kind] ?? kind;
}

/** A size in MB for messages. */
function mb(bytes: number): string {
  return `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;
}

/** A raw entry name shown in a message: decoded as UTF-8 when it is, control characters as `?`. */
function printable(name: string): string {
  const bytes = Uint8Array.from(name, (c) => c.charCodeAt(0));
  const decoded = new TextDecoder('utf-8').decode(bytes);
  return Array.from(decoded, (c) => (c.charCodeAt(0) < 0x20 || c === '\u007f' || c === '\ufffd' ? '?' : c))
    .join('')
    .slice(0, 120);
}
