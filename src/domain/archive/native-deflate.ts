// The browser's own raw deflate, `CompressionStream('deflate-raw')` (Chromium 103+, Node 21+),
// fed a slice at a time. Kept apart from zip-write.ts, which brings in JSZip for the browsers
// without it, so that the export's deflate worker (storage/archive/deflate-worker.ts) loads only
// this.
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
