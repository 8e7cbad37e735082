// Deflate in a worker (deflate-worker.ts) for the export: the page makes each JSON and CSV file and
// hands a copy over; compressing it happens on another core meanwhile. Where no worker can start
// (no native deflate, as in Chromium 86; a policy that forbids workers) this gives nothing and the
// archive is deflated on the page as before; if the worker fails, what it was asked is deflated
// on the page, and nothing asked of it is lost.
import { hasNativeDeflate, nativeDeflateRaw } from '../../domain/archive/native-deflate';
import type { Pace } from '../../domain/utils/pace';

/** What the page sends: one file's bytes (a copy; the page keeps its own for hashes and CRC). */
export interface DeflateRequest {
  id: number;
  bytes: Uint8Array;
}

/** What the worker answers: the raw deflate of those bytes, or why it could not make it. */
export type DeflateReply = { id: number; deflated: Uint8Array } | { id: number; error: string };

/** A started deflate worker: `deflate` queues a file, `close` ends the worker. */
export interface WorkerDeflate {
  deflate(bytes: Uint8Array): Promise<Uint8Array>;
  close(): void;
}

interface Pending {
  bytes: Uint8Array;
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
  const onPage = ({ bytes, resolve, reject }: Pending) => nativeDeflateRaw(bytes, pace).then(resolve, reject);
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
    deflate(bytes) {
      return new Promise((resolve, reject) => {
        if (failed) {
          void onPage({ bytes, resolve, reject });
          return;
        }
        const id = nextId++;
        pending.set(id, { bytes, resolve, reject });
        worker.postMessage({ id, bytes } satisfies DeflateRequest);
      });
    },
    close() {
      worker.terminate();
      for (const request of pending.values()) request.reject(new Error('导出已结束。'));
      pending.clear();
    },
  };
}
