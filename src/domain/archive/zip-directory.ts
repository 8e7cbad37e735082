// A minimal reader of a ZIP file's central directory, done before JSZip inflates anything: it
// gives the raw entry names (JSZip rewrites unsafe ones), the declared sizes (to refuse a zip bomb
// before inflating) and the true number of entries (JSZip keeps only the last of repeated names).

/** One entry of the central directory, as declared. */
export interface ZipDirectoryEntry {
  /** The name's raw bytes decoded as Latin-1 (so that any non-ASCII byte stays visible). */
  rawName: string;
  /** Whether the name has bytes outside printable ASCII. */
  nonAscii: boolean;
  compressedSize: number;
  uncompressedSize: number;
  /** 0 stored, 8 deflate. */
  method: number;
  isDirectory: boolean;
  /** General-purpose flag bit 0 (or strong encryption, bit 6): the entry is encrypted. */
  encrypted: boolean;
  /** Made on Unix with a symbolic-link mode in the external attributes. */
  symlink: boolean;
  /** Where the entry's (compressed) data starts: after its local header. */
  dataOffset: number;
}

/** The outcome of reading the directory. */
export type ZipDirectory =
  | { ok: true; entries: ZipDirectoryEntry[] }
  | { ok: false; reason: 'not-zip' | 'truncated' | 'too-large' | 'too-many-entries'; detail: string };

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const ZIP64_MARK = 0xffffffff;

/** Reads the central directory of a ZIP, checking that it and every local header lie inside the bytes. */
export function readZipDirectory(bytes: Uint8Array, maxEntries: number): ZipDirectory {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const looksLikeZip =
    bytes.length >= 4 &&
    bytes[0] === 0x50 &&
    bytes[1] === 0x4b &&
    (view.getUint32(0, true) === LOCAL || view.getUint32(0, true) === EOCD);
  if (!looksLikeZip) return { ok: false, reason: 'not-zip', detail: 'no ZIP signature at the start' };
  // The end-of-central-directory record is the last 22 bytes, before a comment of up to 65535.
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65535); i--)
    if (view.getUint32(i, true) === EOCD) {
      eocd = i;
      break;
    }
  if (eocd < 0) return { ok: false, reason: 'truncated', detail: 'no end of central directory' };
  const total = view.getUint16(eocd + 10, true);
  const cdSize = view.getUint32(eocd + 12, true);
  const cdOffset = view.getUint32(eocd + 16, true);
  if (total === 0xffff || cdSize === ZIP64_MARK || cdOffset === ZIP64_MARK)
    return { ok: false, reason: 'too-large', detail: 'ZIP64 archives are not accepted' };
  if (total > maxEntries) return { ok: false, reason: 'too-many-entries', detail: `${total} entries` };
  if (cdOffset + cdSize > eocd)
    return { ok: false, reason: 'truncated', detail: 'central directory outside the file' };
  const entries: ZipDirectoryEntry[] = [];
  let at = cdOffset;
  while (at < cdOffset + cdSize) {
    if (at + 46 > eocd || view.getUint32(at, true) !== CENTRAL)
      return { ok: false, reason: 'truncated', detail: `bad central header at ${at}` };
    if (entries.length >= maxEntries)
      return { ok: false, reason: 'too-many-entries', detail: `more than ${maxEntries} entries` };
    const madeBy = view.getUint16(at + 4, true);
    const flags = view.getUint16(at + 8, true);
    const method = view.getUint16(at + 10, true);
    const external = view.getUint32(at + 38, true);
    const compressedSize = view.getUint32(at + 20, true);
    const uncompressedSize = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const localOffset = view.getUint32(at + 42, true);
    if (compressedSize === ZIP64_MARK || uncompressedSize === ZIP64_MARK || localOffset === ZIP64_MARK)
      return { ok: false, reason: 'too-large', detail: 'ZIP64 entries are not accepted' };
    const nameBytes = bytes.subarray(at + 46, at + 46 + nameLength);
    let rawName = '';
    let nonAscii = false;
    for (const b of nameBytes) {
      if (b < 0x20 || b > 0x7e) nonAscii = true;
      rawName += String.fromCharCode(b);
    }
    // The local header and the data it announces must lie before the central directory.
    if (localOffset + 30 > cdOffset || view.getUint32(localOffset, true) !== LOCAL)
      return { ok: false, reason: 'truncated', detail: `bad local header of ${rawName}` };
    const localName = view.getUint16(localOffset + 26, true);
    const localExtra = view.getUint16(localOffset + 28, true);
    if (localOffset + 30 + localName + localExtra + compressedSize > cdOffset)
      return { ok: false, reason: 'truncated', detail: `data of ${rawName} runs past the end` };
    entries.push({
      rawName,
      nonAscii,
      compressedSize,
      uncompressedSize,
      method,
      isDirectory: rawName.endsWith('/'),
      encrypted: (flags & 0x41) !== 0,
      // Host 3 is Unix: the high 16 bits of the external attributes are the file's mode.
      symlink: madeBy >> 8 === 3 && ((external >>> 16) & 0o170000) === 0o120000,
      dataOffset: localOffset + 30 + localName + localExtra,
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  if (entries.length !== total)
    return { ok: false, reason: 'truncated', detail: `${entries.length} of ${total} entries found` };
  return { ok: true, entries };
}
