// Reader stage 1: the ZIP's central directory, checked before anything is inflated — links,
// encryption, compression methods, unsafe or repeated names, declared sizes and ratios, and one
// top folder.
import { ARCHIVE_RATIO_FLOOR_BYTES, type ArchiveFailure, type ArchiveLimits } from './format';
import { fail, mb, printable } from './read-failure';
import { readZipDirectory, type ZipDirectoryEntry } from './zip-directory';

/** Entries smaller than this are not judged by their compression ratio (tiny JSON compresses well). */
const RATIO_FLOOR_BYTES = 1024 * 1024;

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

/** The directory's files (not folders), all under the one folder `base`. */
export interface CheckedDirectory {
  ok: true;
  files: ZipDirectoryEntry[];
  base: string;
}

/** Why one entry is refused (its kind, its name, its declared size), or undefined. */
function entryProblem(
  entry: ZipDirectoryEntry,
  seen: Map<string, string>,
  limits: ArchiveLimits,
): ArchiveFailure | undefined {
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
  return undefined;
}

/** Stage 1: reads and checks the central directory of `bytes`. */
export function checkDirectory(bytes: Uint8Array, limits: ArchiveLimits): CheckedDirectory | ArchiveFailure {
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
    const refused = entryProblem(entry, seen, limits);
    if (refused) return refused;
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
  return { ok: true, files, base };
}
