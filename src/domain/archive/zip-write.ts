// A small ZIP writer (PKWARE APPNOTE 6.3: local headers, central directory, end record; no ZIP64,
// no data descriptors — every size is known once an entry is compressed). Deflate is the
// browser's own `CompressionStream('deflate-raw')` (Chromium 103+, Node 21+; native-deflate.ts),
// fed a slice at a time so that no task compresses more than one slice, or what the caller had
// deflated ahead (the export's worker); where it is missing (the baseline, Chromium 86) each
// entry is deflated by JSZip's pako instead. Names are UTF-8 with the
// language-encoding flag set when not ASCII; times are DOS times in China time (UTC+8), as
// Windows Explorer shows them; entries are plain files made on Unix (mode 0644).
import JSZip from 'jszip';
import type { Pace } from '../utils/pace';
import { SLICE, concat, hasNativeDeflate, nativeDeflateRaw, type DeflateRaw } from './native-deflate';

/** One file to write. */
export interface ZipEntryInput {
  /** The path inside the ZIP, `/`-separated. */
  name: string;
  bytes: Uint8Array;
  /** Whether to deflate (an entry that does not shrink is stored all the same). */
  deflate: boolean;
  /** `bytes` already being deflated elsewhere (writeArchive's `deflateAhead`), to be awaited here. */
  deflated?: Promise<Uint8Array> | undefined;
  /** The CRC-32 of `bytes`, where the caller computed it while making them. */
  crc?: number | undefined;
}

const noPace: Pace = async () => undefined;

const CRC_TABLE = (() => {
  const table = new Int32Array(256 * 8);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c;
  }
  // Slicing-by-8: table[k * 256 + n] is the CRC of n followed by k zero bytes.
  for (let n = 0; n < 256; n++)
    for (let k = 1; k < 8; k++) {
      const previous = table[(k - 1) * 256 + n]!;
      table[k * 256 + n] = table[previous & 0xff]! ^ (previous >>> 8);
    }
  return table;
})();

/** Continues a CRC-32 (ISO 3309, the ZIP one) over `bytes`; start with 0. */
export function crc32(bytes: Uint8Array, previous = 0): number {
  const t = CRC_TABLE;
  let crc = ~previous;
  let i = 0;
  const end8 = bytes.length - (bytes.length % 8);
  for (; i < end8; i += 8) {
    const a =
      (crc ^ (bytes[i]! | (bytes[i + 1]! << 8) | (bytes[i + 2]! << 16) | (bytes[i + 3]! << 24))) >>> 0;
    crc =
      t[1792 + (a & 0xff)]! ^
      t[1536 + ((a >>> 8) & 0xff)]! ^
      t[1280 + ((a >>> 16) & 0xff)]! ^
      t[1024 + (a >>> 24)]! ^
      t[768 + bytes[i + 4]!]! ^
      t[512 + bytes[i + 5]!]! ^
      t[256 + bytes[i + 6]!]! ^
      t[bytes[i + 7]!]!;
  }
  for (; i < bytes.length; i++) crc = t[(crc ^ bytes[i]!) & 0xff]! ^ (crc >>> 8);
  return ~crc >>> 0;
}

/** CRC-32 of `bytes`, a slice per step. */
async function crc32Paced(bytes: Uint8Array, pace: Pace): Promise<number> {
  let crc = 0;
  for (let start = 0; start < bytes.length; start += 4 * SLICE) {
    await pace();
    crc = crc32(bytes.subarray(start, start + 4 * SLICE), crc);
  }
  return crc;
}

/**
 * Deflate by JSZip (its bundled pako), for browsers without `CompressionStream('deflate-raw')`:
 * one entry zipped alone, its compressed data cut out of the local header JSZip wrote.
 */
export const jszipDeflateRaw: DeflateRaw = async (bytes, pace) => {
  await pace();
  const zip = new JSZip();
  zip.file('x', bytes, { compression: 'DEFLATE', compressionOptions: { level: 6 }, createFolders: false });
  const out = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', platform: 'DOS' });
  const view = new DataView(out.buffer, out.byteOffset, out.byteLength);
  const size = view.getUint32(18, true);
  const start = 30 + view.getUint16(26, true) + view.getUint16(28, true);
  return out.slice(start, start + size);
};

/** The deflate to use here: the browser's own where it has one, else JSZip's. */
export function defaultDeflateRaw(): DeflateRaw {
  return hasNativeDeflate() ? nativeDeflateRaw : jszipDeflateRaw;
}

/** DOS date and time fields of a moment, in China time (UTC+8), to the even second. */
export function dosDateTime(date: Date): { time: number; date: number } {
  const china = new Date(date.getTime() + 8 * 3600 * 1000);
  const year = Math.min(2107, Math.max(1980, china.getUTCFullYear()));
  return {
    time: (china.getUTCHours() << 11) | (china.getUTCMinutes() << 5) | (china.getUTCSeconds() >> 1),
    date: ((year - 1980) << 9) | ((china.getUTCMonth() + 1) << 5) | china.getUTCDate(),
  };
}

/** One entry as written: its header fields and compressed data. */
interface Written {
  name: Uint8Array;
  utf8: boolean;
  method: number;
  crc: number;
  size: number;
  data: Uint8Array;
  offset: number;
}

const LIMIT_16 = 0xffff;
const LIMIT_32 = 0xffffffff;

/** The local header of an entry. */
function localHeader(entry: Written, dos: { time: number; date: number }): Uint8Array {
  const header = new Uint8Array(30 + entry.name.length);
  const view = new DataView(header.buffer);
  view.setUint32(0, 0x04034b50, true);
  view.setUint16(4, 20, true);
  view.setUint16(6, entry.utf8 ? 0x0800 : 0, true);
  view.setUint16(8, entry.method, true);
  view.setUint16(10, dos.time, true);
  view.setUint16(12, dos.date, true);
  view.setUint32(14, entry.crc, true);
  view.setUint32(18, entry.data.length, true);
  view.setUint32(22, entry.size, true);
  view.setUint16(26, entry.name.length, true);
  view.setUint16(28, 0, true);
  header.set(entry.name, 30);
  return header;
}

/** The central directory and the end record. */
function centralDirectory(entries: readonly Written[], dos: { time: number; date: number }, at: number) {
  const size = entries.reduce((sum, e) => sum + 46 + e.name.length, 0);
  const out = new Uint8Array(size + 22);
  const view = new DataView(out.buffer);
  let p = 0;
  for (const e of entries) {
    view.setUint32(p, 0x02014b50, true);
    // Made by: Unix (host 3), spec 2.0, with the mode of a plain file (rw-r--r--): Info-ZIP's
    // unzip reads the names of DOS-made entries as OEM code page whatever the UTF-8 flag says.
    view.setUint16(p + 4, (3 << 8) | 20, true);
    view.setUint16(p + 6, 20, true);
    view.setUint16(p + 8, e.utf8 ? 0x0800 : 0, true);
    view.setUint16(p + 10, e.method, true);
    view.setUint16(p + 12, dos.time, true);
    view.setUint16(p + 14, dos.date, true);
    view.setUint32(p + 16, e.crc, true);
    view.setUint32(p + 20, e.data.length, true);
    view.setUint32(p + 24, e.size, true);
    view.setUint16(p + 28, e.name.length, true);
    // Extra, comment, disk number and internal attributes: 0.
    view.setUint32(p + 38, (0o100644 << 16) >>> 0, true);
    view.setUint32(p + 42, e.offset, true);
    out.set(e.name, p + 46);
    p += 46 + e.name.length;
  }
  view.setUint32(p, 0x06054b50, true);
  view.setUint16(p + 8, entries.length, true);
  view.setUint16(p + 10, entries.length, true);
  view.setUint32(p + 12, size, true);
  view.setUint32(p + 16, at, true);
  return out;
}

/** An entry's deflated data: made ahead elsewhere, made here, or none (to be stored). */
async function deflatedData(
  entry: ZipEntryInput,
  deflateRaw: DeflateRaw,
  pace: Pace,
): Promise<Uint8Array | undefined> {
  if (!entry.deflate) return undefined;
  if (entry.deflated) return entry.deflated;
  return entry.bytes.length > 0 ? deflateRaw(entry.bytes, pace) : undefined;
}

/**
 * Writes a ZIP of `entries`, in order. `onProgress` gets 0…1 by bytes handled. Throws (with a
 * Chinese message) only when the archive would need ZIP64 (over 65,535 files or 4 GB).
 */
export async function writeZip(
  entries: readonly ZipEntryInput[],
  options: { now: Date; deflateRaw?: DeflateRaw; pace?: Pace; onProgress?: (f: number) => void },
): Promise<Uint8Array> {
  const deflateRaw = options.deflateRaw ?? defaultDeflateRaw();
  const pace = options.pace ?? noPace;
  const dos = dosDateTime(options.now);
  const encoder = new TextEncoder();
  if (entries.length >= LIMIT_16) throw new Error('归档中的文件过多（超过 65535 个），无法写成 ZIP。');
  const total = entries.reduce((sum, e) => sum + e.bytes.length, 0) || 1;
  let handled = 0;
  const written: Written[] = [];
  const parts: Uint8Array[] = [];
  let at = 0;
  for (const entry of entries) {
    const name = encoder.encode(entry.name);
    const crc = entry.crc ?? (await crc32Paced(entry.bytes, pace));
    const deflated = await deflatedData(entry, deflateRaw, pace);
    const stored = !deflated || deflated.length >= entry.bytes.length;
    const item: Written = {
      name,
      utf8: name.some((b) => b > 0x7f),
      method: stored ? 0 : 8,
      crc,
      size: entry.bytes.length,
      data: stored ? entry.bytes : deflated,
      offset: at,
    };
    if (item.size > LIMIT_32 - 1 || at + 30 + name.length + item.data.length > LIMIT_32 - 1)
      throw new Error('归档超过 4 GB，无法写成 ZIP。');
    const header = localHeader(item, dos);
    parts.push(header, item.data);
    at += header.length + item.data.length;
    written.push(item);
    handled += entry.bytes.length;
    options.onProgress?.(handled / total);
  }
  const tail = centralDirectory(written, dos, at);
  parts.push(tail);
  return concat(parts, at + tail.length);
}
