// Long loops outside a database transaction (reading and checking a 100,000-record archive,
// validating a ledger before it is written) give the page back between slices of work, so
// input, painting and the progress bar never wait longer than one slice. Never use inside an
// IndexedDB transaction: a transaction left without a pending request while the loop yields
// commits.

/** What a paced loop is told when the user cancelled it. */
export class Cancelled extends Error {
  override readonly name = 'Cancelled';
  constructor() {
    super('已取消。');
  }
}

/** Gives the event loop one turn: `scheduler.yield` where the browser has it, else a new task. */
export function yieldToEventLoop(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  if (typeof setImmediate === 'function') return new Promise((resolve) => setImmediate(resolve));
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/** A pacer: `await pace()` yields once the current slice has run `sliceMs`, else returns at once. */
export type Pace = () => Promise<void>;

/**
 * Makes a pacer. Call it often (every few hundred items); it yields only when the slice is spent,
 * and throws {@link Cancelled} once `signal` is aborted, so a cancel takes effect within a slice.
 */
export function pacer(options: { sliceMs?: number; signal?: AbortSignal | undefined } = {}): Pace {
  const sliceMs = options.sliceMs ?? 40;
  let sliceStart = performance.now();
  return async () => {
    if (options.signal?.aborted) throw new Cancelled();
    if (performance.now() - sliceStart < sliceMs) return;
    await yieldToEventLoop();
    sliceStart = performance.now();
    if (options.signal?.aborted) throw new Cancelled();
  };
}
