import { describe, expect, it } from 'vitest';
import { Cancelled, pacer } from '../pace';

/** Busy-waits `ms` milliseconds (a slice of synchronous work). */
function work(ms: number) {
  const end = performance.now() + ms;
  while (performance.now() < end);
}

describe('pacer', () => {
  it('lets other tasks run once a slice is spent, and not before', async () => {
    const pace = pacer({ sliceMs: 20 });
    // A task queued before each call runs only if the call gives the event loop a turn.
    let waiting = true;
    const waitingTask = setImmediate(() => (waiting = false));
    await pace();
    expect(waiting).toBe(true); // the slice is not spent: no yield
    work(30);
    await pace();
    expect(waiting).toBe(false);
    clearImmediate(waitingTask);
  });

  it('throws Cancelled once the signal is aborted', async () => {
    const controller = new AbortController();
    const pace = pacer({ signal: controller.signal });
    await expect(pace()).resolves.toBeUndefined();
    controller.abort();
    await expect(pace()).rejects.toBeInstanceOf(Cancelled);
  });
});
