// The browser's own raw deflate and inflate, `CompressionStream` and `DecompressionStream`
// ('deflate-raw'; Chromium 103+, Node 21+), fed a slice at a time. Kept apart from zip-write.ts
// and read-entries.ts, which bring in JSZip for the browsers without them, so that the export's
// worker (storage/archive/deflate-worker.ts) loads only this.
import { sha256Hex } from '../utils/canonical-json';
import type { Pace } from '../utils/pace';

/** Deflates bytes into a raw deflate stream (RFC 1951). */
export type DeflateRaw = (bytes: Uint8Array, pace: Pace) => Promise<Uint8Array>;

/** Input handed to the compressor per step: small enough that one step is a short task. */
export const SLICE = 256 * 1024;

/** Whether this browser (or Node) deflates natively. */
export function hasNativeDeflate(): boolean {
  if (typeof CompressionStream !== 'function') return false;
  try {
    // eslint-disable-next-line compat/compat -- feature-detected (hasNativeDeflate); JSZip where absent
    new CompressionStream('deflate-raw');
    return true;
  } catch {
    // Chromium 80–102 know only 'deflate' and 'gzip'.
    return false;
  }
}

/** Concatenates chunks. */
export function concat(chunks: readonly Uint8Array[], length: number): Uint8Array {
  const out = new Uint8Array(length);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/** A raw deflate fed slice by slice, in order; `end` gives the whole deflated stream. */
export interface DeflateStream {
  write(slice: Uint8Array): Promise<void>;
  end(): Promise<Uint8Array>;
}

/** A {@link DeflateStream} by `CompressionStream('deflate-raw')`, its output read as it comes. */
export function nativeDeflateStream(): DeflateStream {
  // eslint-disable-next-line compat/compat -- feature-detected (hasNativeDeflate); JSZip where absent
  const stream = new CompressionStream('deflate-raw');
  const writer = stream.writable.getWriter();
  const chunks: Uint8Array[] = [];
  let length = 0;
  const reading = (async () => {
    const reader = stream.readable.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      chunks.push(value);
      length += value.length;
    }
  })();
  return {
    write: (slice) => writer.write(slice as Uint8Array<ArrayBuffer>),
    async end() {
      await writer.close();
      await reading;
      return concat(chunks, length);
    },
  };
}

/** Deflate by `CompressionStream('deflate-raw')`, written a slice at a time while read. */
export const nativeDeflateRaw: DeflateRaw = async (bytes, pace) => {
  const stream = nativeDeflateStream();
  for (let start = 0; start < bytes.length; start += SLICE) {
    await pace();
    await stream.write(bytes.subarray(start, start + SLICE));
  }
  return stream.end();
};

/** Compressed bytes handed to the decompressor per step: what one step can inflate is bounded. */
const INFLATE_SLICE = 64 * 1024;

/** Whether this browser (or Node) inflates raw deflate natively. */
export function hasNativeInflate(): boolean {
  if (typeof DecompressionStream !== 'function') return false;
  try {
    // eslint-disable-next-line compat/compat -- feature-detected (hasNativeInflate); JSZip where absent
    new DecompressionStream('deflate-raw');
    return true;
  } catch {
    return false;
  }
}

/**
 * Inflates raw deflate data by `DecompressionStream`, a slice at a time, into one buffer of `cap`
 * bytes (the declared size, which stage 1 bounded): stops as soon as the output passes `cap`.
 * Throws when the data is not valid deflate.
 */
export async function nativeInflateRaw(
  data: Uint8Array,
  cap: number,
  pace: Pace,
): Promise<Uint8Array | 'over-cap'> {
  // eslint-disable-next-line compat/compat -- feature-detected (hasNativeInflate); JSZip where absent
  const stream = new DecompressionStream('deflate-raw');
  const writer = stream.writable.getWriter();
  const reader = stream.readable.getReader();
  const out = new Uint8Array(cap);
  let length = 0;
  let over = false;
  const reading = (async () => {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      if (length + value.length > cap) {
        over = true;
        await reader.cancel();
        return;
      }
      out.set(value, length);
      length += value.length;
    }
  })();
  const writing = (async () => {
    for (let start = 0; start < data.length && !over; start += INFLATE_SLICE) {
      await pace();
      await writer.write(data.subarray(start, start + INFLATE_SLICE) as Uint8Array<ArrayBuffer>);
    }
    if (!over) await writer.close();
  })();
  const [read, written] = await Promise.allSettled([reading, writing]);
  if (over) return 'over-cap';
  if (read.status === 'rejected') throw read.reason;
  if (written.status === 'rejected') throw written.reason;
  return length === cap ? out : out.slice(0, length);
}

/**
 * {@link nativeInflateRaw}, keeping only the SHA-256 and length of what it inflates: how a file
 * that is only hashed (a copy for people) is checked, in the export's worker or on the page.
 */
export async function nativeInflateHashed(
  data: Uint8Array,
  cap: number,
  pace: Pace,
): Promise<{ sha256: string; length: number } | 'over-cap'> {
  const inflated = await nativeInflateRaw(data, cap, pace);
  return inflated === 'over-cap' ? inflated : { sha256: await sha256Hex(inflated), length: inflated.length };
}
