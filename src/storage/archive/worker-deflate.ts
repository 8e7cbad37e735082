// Deflate in a worker (deflate-worker.ts) for the export: the page makes each JSON and CSV file a
// slice at a time and hands a copy of each slice over; compressing it happens on another core
// meanwhile. Where no worker can start (no native deflate, as in Chromium 86; a policy that
// forbids workers) this gives nothing and the archive is deflated on the page as before; if the
// worker refuses a file or breaks, the file is deflated on the page from the whole the page kept,
// and nothing asked of it is lost.
import type { DeflateAhead } from '../../domain/archive';
import { hasNativeDeflate, nativeDeflateRaw } from '../../domain/archive/native-deflate';
import type { Pace } from '../../domain/utils/pace';

/** What the page sends: the next slice of a file (a copy), or that the file is made. */
export type DeflateRequest = { id: number; slice: Uint8Array } | { id: number; end: true };

/** What the worker answers for a made file: its raw deflate, or why it could not make it. */
export type DeflateReply = { id: number; deflated: Uint8Array } | { id: number; error: string };

/** A started deflate worker: `open` starts a file, `close` ends the worker. */
export interface WorkerDeflate {
  open(): DeflateAhead;
  close(): void;
}

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
  let nextId = 0;
  let failed = false;
  const onPage = ({ whole, resolve, reject }: Pending) => nativeDeflateRaw(whole, pace).then(resolve, reject);
  worker.onmessage = ({ data }: MessageEvent<DeflateReply>) => {
    const request = pending.get(data.id);
    if (!request) return;
    pending.delete(data.id);
    if ('deflated' in data) request.resolve(data.deflated);
    else void onPage(request);
  };
  // The worker did not load or broke: what it was asked is deflated on the page.
  worker.onerror = (event) => {
    event.preventDefault();
    failed = true;
    worker.terminate();
    for (const request of pending.values()) void onPage(request);
    pending.clear();
  };
  return {
    open() {
      const id = nextId++;
      return {
        write(slice) {
          if (!failed) worker.postMessage({ id, slice } satisfies DeflateRequest);
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
    close() {
      worker.terminate();
      for (const request of pending.values()) request.reject(new Error('导出已结束。'));
      pending.clear();
    },
  };
}
