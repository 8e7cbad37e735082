// The page's side of the export's deflate worker (worker-deflate.ts): none where none can start
// (Node has no Worker, Chromium 86 no CompressionStream('deflate-raw'); the archive is then
// deflated on the page, writeZip's default), and, with a stand-in worker, answers matched to
// requests and nothing lost when the worker refuses a file or breaks. The real worker runs in
// Chromium: tests/e2e/ledger/archive.spec.ts sees it start on export.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { inflateRawSync } from 'node:zlib';
import { startWorkerDeflate, type DeflateReply, type DeflateRequest } from '../archive/worker-deflate';

const noPace = async () => undefined;
const text = (s: string) => new TextEncoder().encode(s);

/** A stand-in for the browser's Worker: keeps what the page posts; the test answers or fails. */
class FakeWorker {
  static last: FakeWorker | undefined;
  posted: DeflateRequest[] = [];
  transferred: unknown[] = [];
  terminated = false;
  onmessage: ((event: { data: DeflateReply }) => void) | null = null;
  onerror: ((event: { preventDefault(): void }) => void) | null = null;
  constructor() {
    FakeWorker.last = this;
  }
  postMessage(request: DeflateRequest, transfer: unknown[] = []) {
    this.posted.push(request);
    this.transferred.push(...transfer);
  }
  terminate() {
    this.terminated = true;
  }
  answer(data: DeflateReply) {
    this.onmessage?.({ data });
  }
  fail() {
    this.onerror?.({ preventDefault: () => undefined });
  }
}

/** Inflates what the page was given, to check it is the file. */
const inflated = (deflated: Uint8Array) => new TextDecoder().decode(inflateRawSync(deflated));

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('startWorkerDeflate', () => {
  it('gives nothing where there is no Worker', () => {
    expect(typeof (globalThis as { Worker?: unknown }).Worker).toBe('undefined');
    expect(startWorkerDeflate(noPace)).toBeUndefined();
  });

  it('gives nothing where the browser cannot deflate natively, even with workers', () => {
    const started = vi.fn();
    vi.stubGlobal('Worker', started);
    vi.stubGlobal('CompressionStream', undefined);
    expect(startWorkerDeflate(noPace)).toBeUndefined();
    expect(started).not.toHaveBeenCalled();
  });

  it('gives nothing where starting a worker throws (a policy that forbids workers)', () => {
    vi.stubGlobal(
      'Worker',
      vi.fn(function refuse() {
        throw new Error('SecurityError');
      }),
    );
    expect(startWorkerDeflate(noPace)).toBeUndefined();
  });

  it('hands each file to the worker slice by slice and gives back its answer', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const deflater = startWorkerDeflate(noPace)!;
    const worker = FakeWorker.last!;
    const [a, b] = [deflater.open(), deflater.open()];
    a.write(text('甲'));
    b.write(text('乙'));
    a.write(text('丙'));
    const first = a.end(text('甲丙'));
    const second = b.end(text('乙'));
    expect(worker.posted).toEqual([
      { id: 0, slice: text('甲') },
      { id: 1, slice: text('乙') },
      { id: 0, slice: text('丙') },
      { id: 0, end: true },
      { id: 1, end: true },
    ]);
    worker.answer({ id: 1, deflated: new Uint8Array([2]) });
    worker.answer({ id: 0, deflated: new Uint8Array([1]) });
    expect(await first).toEqual(new Uint8Array([1]));
    expect(await second).toEqual(new Uint8Array([2]));
    deflater.close();
    expect(worker.terminated).toBe(true);
  });

  it('deflates on the page what the worker could not, and everything once the worker broke', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const deflater = startWorkerDeflate(noPace)!;
    const worker = FakeWorker.last!;
    const refused = deflater.open().end(text('一'.repeat(500)));
    worker.answer({ id: 0, error: 'out of memory' });
    expect(inflated(await refused)).toBe('一'.repeat(500));
    const pending = deflater.open().end(text('二'.repeat(500)));
    const midway = deflater.open();
    midway.write(text('三'.repeat(250)));
    worker.fail();
    expect(worker.terminated).toBe(true);
    expect(inflated(await pending)).toBe('二'.repeat(500));
    midway.write(text('三'.repeat(250)));
    expect(inflated(await midway.end(text('三'.repeat(500))))).toBe('三'.repeat(500));
    // Nothing more was sent to the broken worker.
    expect(worker.posted).toHaveLength(3);
  });

  it('refuses what is still pending once closed', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const deflater = startWorkerDeflate(noPace)!;
    const pending = deflater.open().end(text('四'));
    deflater.close();
    await expect(pending).rejects.toThrow('导出已结束');
  });

  it('hands a copy read back to the worker to inflate and hash, and gives back its answer', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const deflater = startWorkerDeflate(noPace)!;
    const worker = FakeWorker.last!;
    const raw = new Uint8Array([1, 2, 3]);
    const a = deflater.hashCopy(raw, 100);
    const b = deflater.hashCopy(new Uint8Array([4]), 10);
    expect(worker.posted).toEqual([
      { id: 0, inflate: raw, cap: 100 },
      { id: 1, inflate: new Uint8Array([4]), cap: 10 },
    ]);
    // The copy's buffer is handed over, not cloned.
    expect(worker.transferred[0]).toBe(raw.buffer);
    worker.answer({ id: 1, hashed: 'over-cap' });
    worker.answer({ id: 0, hashed: { sha256: 'ab'.repeat(32), length: 100 } });
    expect(await a).toEqual({ sha256: 'ab'.repeat(32), length: 100 });
    expect(await b).toBe('over-cap');
  });

  it('leaves a copy to the page when the worker could not hash it, broke, or was closed', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const deflater = startWorkerDeflate(noPace)!;
    const worker = FakeWorker.last!;
    const refused = deflater.hashCopy(new Uint8Array([1]), 10);
    worker.answer({ id: 0, error: 'crypto.subtle is undefined' });
    expect(await refused).toBeUndefined();
    const pending = deflater.hashCopy(new Uint8Array([2]), 10);
    worker.fail();
    expect(await pending).toBeUndefined();
    expect(await deflater.hashCopy(new Uint8Array([3]), 10)).toBeUndefined();
    expect(worker.posted).toHaveLength(2);

    const again = startWorkerDeflate(noPace)!;
    const open = again.hashCopy(new Uint8Array([4]), 10);
    again.close();
    expect(await open).toBeUndefined();
    expect(await again.hashCopy(new Uint8Array([5]), 10)).toBeUndefined();
    expect(FakeWorker.last!.posted).toHaveLength(1);
  });
});
