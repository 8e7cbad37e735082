// The export's worker (deflate-worker.ts), the page's side. Writing, the page makes each JSON and
// CSV file a slice at a time and hands a copy of each slice over; compressing it happens on
// another core meanwhile. Reading the archive back, the page hands over the copies for people,
// which are only inflated and hashed, while it inflates the records itself. Where no worker can
// start (no native deflate, as in Chromium 86; a policy that forbids workers) this gives nothing
// and the page does all of it, as before; if the worker refuses something or breaks, the page
// does that itself (a file is deflated from the whole the page kept), and nothing is lost.
import type { DeflateAhead, HashElsewhere } from '../../domain/archive';
import { hasNativeDeflate, nativeDeflateRaw } from '../../domain/archive/native-deflate';
import type { Pace } from '../../domain/utils/pace';

/**
 * What the page sends: the next slice of a file (a copy), or that the file is made; or a copy's
 * raw deflate to inflate, at most `cap` bytes, and hash.
 */
export type DeflateRequest =
  | { id: number; slice: Uint8Array }
  | { id: number; end: true }
  | { id: number; inflate: Uint8Array; cap: number };

/**
 * What the worker answers: a made file's raw deflate, a copy's SHA-256 and length (or that it
 * inflates past its cap), or why it could not.
 */
export type DeflateReply =
  | { id: number; deflated: Uint8Array }
  | { id: number; hashed: { sha256: string; length: number } | 'over-cap' }
  | { id: number; error: string };

/**
 * A started export worker: `open` starts a file to deflate, `hashCopy` inflates and hashes a copy
 * read back (readArchive's `hashElsewhere`), `close` ends the worker.
 */
export interface WorkerDeflate {
  open(): DeflateAhead;
  hashCopy: HashElsewhere;
  close(): void;
}

type Hashed = Awaited<ReturnType<HashElsewhere>>;

interface Pending {
  whole: Uint8Array;
  resolve: (deflated: Uint8Array) => void;
  reject: (error: Error) => void;
}

/**
 * Starts the export's deflate worker, or returns undefined where none can run here. Files the
 * worker cannot take are deflated on the page, paced by `pace`.
 */
export function startWorkerDeflate(pace: Pace): WorkerDeflate | undefined {
  if (typeof Worker !== 'function' || !hasNativeDeflate()) return undefined;
  let worker: Worker;
  try {
    worker = new Worker(new URL('./deflate-worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return undefined;
  }
  const pending = new Map<number, Pending>();
  /** The copies being hashed, by id: each one's answer, undefined when the page must do it. */
  const hashing = new Map<number, (hashed: Hashed) => void>();
  let nextId = 0;
  let failed = false;
  const onPage = ({ whole, resolve, reject }: Pending) => nativeDeflateRaw(whole, pace).then(resolve, reject);
  /** Every copy still being hashed is left to the page. */
  const hashOnPage = () => {
    for (const answer of hashing.values()) answer(undefined);
    hashing.clear();
  };
  worker.onmessage = ({ data }: MessageEvent<DeflateReply>) => {
    const answer = hashing.get(data.id);
    if (answer) {
      hashing.delete(data.id);
      answer('hashed' in data ? data.hashed : undefined);
      return;
    }
    const request = pending.get(data.id);
    if (!request) return;
    pending.delete(data.id);
    if ('deflated' in data) request.resolve(data.deflated);
    else void onPage(request);
  };
  // The worker did not load or broke: what it was asked is done on the page.
  worker.onerror = (event) => {
    event.preventDefault();
    failed = true;
    worker.terminate();
    for (const request of pending.values()) void onPage(request);
    pending.clear();
    hashOnPage();
  };
  return {
    open() {
      const id = nextId++;
      return {
        write(slice) {
          if (failed) return;
          // Only the slice's bytes are sent: posting the view would copy its whole buffer.
          const copy = slice.slice();
          worker.postMessage({ id, slice: copy } satisfies DeflateRequest, [copy.buffer]);
        },
        end(whole) {
          return new Promise((resolve, reject) => {
            const request = { whole, resolve, reject };
            if (failed) {
              void onPage(request);
              return;
            }
            pending.set(id, request);
            worker.postMessage({ id, end: true } satisfies DeflateRequest);
          });
        },
      };
    },
    hashCopy(data, cap) {
      if (failed) return Promise.resolve(undefined);
      const id = nextId++;
      return new Promise((resolve) => {
        hashing.set(id, resolve);
        // The copy is handed over, not copied again: the caller gave it for this.
        worker.postMessage({ id, inflate: data, cap } satisfies DeflateRequest, [data.buffer]);
      });
    },
    close() {
      failed = true;
      worker.terminate();
      for (const request of pending.values()) request.reject(new Error('导出已结束。'));
      pending.clear();
      hashOnPage();
    },
  };
}
