// Reader stage 2: every file inflated entry by entry with a count of the bytes really produced
// (a lying header cannot make it inflate more), hashed as it comes out; only what later stages
// read is kept. Inflating is the browser's own `DecompressionStream('deflate-raw')` where it has
// one (Chromium 103+, Node 21+), reading each entry's data where the central directory says it
// is; elsewhere JSZip's stream (pako).
import JSZip from 'jszip';
import type { Pace } from '../utils/pace';
import { TAG_FILES, type ArchiveFailure, type ArchiveLimits } from './format';
import { fail } from './read-failure';
import { sha256Hex } from '../utils/canonical-json';
import type { ZipDirectoryEntry } from './zip-directory';
import { hasNativeInflate, nativeInflateHashed, nativeInflateRaw } from './native-deflate';

/** The archive's files by their path inside the bag folder. */
export interface InflatedEntries {
  ok: true;
  /** The bytes of the files read later (records, settings, attachments, tag files). */
  contents: Map<string, Uint8Array>;
  /** SHA-256 of every file. */
  hashes: Map<string, string>;
  /** Size of every file. */
  sizes: Map<string, number>;
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

/** One entry's bytes, inflated natively (stored ones cut out as they are), at most `cap` of them. */
async function entryNative(
  bytes: Uint8Array,
  entry: ZipDirectoryEntry,
  cap: number,
  pace: Pace,
): Promise<Uint8Array | 'over-cap'> {
  const raw = bytes.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize);
  if (entry.method === 0) return raw.length > cap ? 'over-cap' : raw;
  return nativeInflateRaw(raw, cap, pace);
}

/** Whether a file's bytes are read after its hash is checked (the records, settings, attachments, tags). */
function keptAfterHashing(path: string): boolean {
  if (path.startsWith('data/')) return !path.startsWith('data/csv/');
  return path !== TAG_FILES.readme && path !== TAG_FILES.index;
}

/**
 * Inflates and hashes elsewhere a file that is only hashed (a copy for people), given its raw
 * deflate data (a copy, which it may keep) and the most it may inflate to: its SHA-256 and
 * length, 'over-cap' when it inflates past that, or undefined when it could not, and the file is
 * then inflated here. The export's read-back passes its worker's; it may throw on bad data.
 */
export type HashElsewhere = (
  data: Uint8Array,
  cap: number,
) => Promise<{ sha256: string; length: number } | 'over-cap' | undefined>;

/** One entry's SHA-256 and length by `hashElsewhere`, or here when it could not. */
async function hashedElsewhere(
  bytes: Uint8Array,
  entry: ZipDirectoryEntry,
  cap: number,
  pace: Pace,
  hashElsewhere: HashElsewhere,
): Promise<{ sha256: string; length: number } | 'over-cap'> {
  const raw = bytes.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize);
  // A copy of the data is handed over (it may be transferred); the page keeps its own.
  return (await hashElsewhere(raw.slice(), cap)) ?? nativeInflateHashed(raw, cap, pace);
}

/**
 * Stage 2: inflates, counts and hashes every file of the checked directory. With
 * `hashElsewhere`, the copies for people (only hashed, never read) are inflated and hashed there
 * while the files read later are inflated here.
 */
export async function inflateEntries(
  bytes: Uint8Array,
  directory: { files: readonly ZipDirectoryEntry[]; base: string },
  limits: ArchiveLimits,
  pace: Pace,
  progress: (f: number) => void,
  hashElsewhere?: HashElsewhere,
): Promise<InflatedEntries | ArchiveFailure> {
  const { files, base } = directory;
  let zip: JSZip | undefined;
  if (!hasNativeInflate())
    try {
      zip = await JSZip.loadAsync(bytes, { checkCRC32: false, createFolders: false });
    } catch (error) {
      return fail('truncated', '压缩包已损坏，无法读取。', String(error));
    }
  const contents = new Map<string, Uint8Array>();
  const hashes = new Map<string, string>();
  const sizes = new Map<string, number>();
  let inflatedTotal = 0;
  // One file is hashed (off the main thread, by Web Crypto) while the next one inflates.
  let hashing: Promise<unknown> = Promise.resolve();
  /** The files hashed elsewhere: each one's refusal, or undefined once its hash and size are set. */
  const elsewhere: Promise<ArchiveFailure | undefined>[] = [];
  for (const [index, entry] of files.entries()) {
    await pace();
    const file = zip?.file(entry.rawName);
    if (zip && !file) return fail('truncated', `压缩包已损坏：无法读取“${entry.rawName}”。`);
    const cap = Math.min(entry.uncompressedSize, limits.maxTotalBytes - inflatedTotal);
    const path = entry.rawName.slice(base.length + 1);
    if (hashElsewhere && !file && entry.method === 8 && !keptAfterHashing(path)) {
      // What it may inflate to is counted now; it is checked below as any other file.
      inflatedTotal += cap;
      elsewhere.push(
        hashedElsewhere(bytes, entry, cap, pace, hashElsewhere).then(
          (hashed) => {
            if (hashed === 'over-cap') return overCap(entry);
            if (hashed.length !== entry.uncompressedSize) return incomplete(entry);
            hashes.set(path, hashed.sha256);
            sizes.set(path, hashed.length);
            return undefined;
          },
          (error: unknown) => fail('truncated', `压缩包已损坏：“${entry.rawName}”无法解压。`, String(error)),
        ),
      );
      progress((index + 1) / files.length);
      continue;
    }
    let data: Uint8Array | 'over-cap';
    try {
      data = file ? await inflateCounted(file, cap) : await entryNative(bytes, entry, cap, pace);
    } catch (error) {
      return fail('truncated', `压缩包已损坏：“${entry.rawName}”无法解压。`, String(error));
    }
    if (data === 'over-cap') return overCap(entry);
    if (data.length !== entry.uncompressedSize) return incomplete(entry);
    inflatedTotal += data.length;
    // Every file is hashed as it is inflated; only what is read later is kept (the copies —
    // CSV, README.txt, index.html — are checked by their hashes), so memory holds the data once.
    await hashing;
    hashing = sha256Hex(data).then((hash) => hashes.set(path, hash));
    sizes.set(path, data.length);
    if (keptAfterHashing(path)) contents.set(path, data);
    progress((index + 1) / files.length);
  }
  await hashing;
  for (const refused of await Promise.all(elsewhere)) if (refused) return refused;
  return { ok: true, contents, hashes, sizes };
}

/** The refusal of a file that inflates past what it may: a zip bomb. */
const overCap = (entry: ZipDirectoryEntry) =>
  fail(
    'zip-bomb',
    `压缩包内的文件“${entry.rawName}”解压出的内容比它声明的大小更多，疑似“压缩炸弹”，已停止解压。`,
  );

/** The refusal of a file that inflates to less than its declared size. */
const incomplete = (entry: ZipDirectoryEntry) =>
  fail('truncated', `压缩包已损坏：“${entry.rawName}”的内容不完整。`);
