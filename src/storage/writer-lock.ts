// One writing tab: the Web Locks API makes the first tab of the ledger the writer for as long as it
// lives; other tabs are readers that wait in the lock's queue and take over when the writer closes.
// The database refuses writes from a reader (read-only-guard.ts), so a stale tab cannot overwrite
// newer data even if its UI forgot to check.

/** The lock's name, one per origin: every tab of this site that edits the ledger asks for it. */
export const WRITER_LOCK_NAME = 'xiangxiang-ledger-writer';

/**
 * This tab's role. `idle`: it never asked (pages that only read, unit tests); `pending`: it asked
 * and the browser has not answered yet; `writer`: it holds the lock; `reader`: another tab holds
 * it; `unsupported`: no Web Locks, so the tab writes but cannot keep other tabs from writing.
 */
export type WriterState = 'idle' | 'pending' | 'writer' | 'reader' | 'unsupported';

/** The part of `navigator.locks` used here (a test may pass another one). */
export interface LockManagerLike {
  request(
    name: string,
    options: { ifAvailable?: boolean; signal?: AbortSignal },
    callback: (lock: unknown) => Promise<unknown> | unknown,
  ): Promise<unknown>;
}

/** A tab's claim on the writer lock, observable. */
export interface WriterLock {
  /** The current role. */
  readonly state: WriterState;
  /** Whether this tab may write now: as writer, or without Web Locks, or before it ever asked. */
  canWrite(): boolean;
  /** Asks for the lock (once; later calls do nothing): writer now if free, else reader until it is. */
  claim(): void;
  /** Calls `listener` with every new state; returns the function that stops listening. */
  subscribe(listener: (state: WriterState) => void): () => void;
  /** Gives the lock up, or leaves the queue (for tests; a tab gives it up by closing). */
  release(): void;
}

/** A writer lock over `locks` (`navigator.locks`; undefined where the browser has none). */
export function createWriterLock(locks: LockManagerLike | undefined, name = WRITER_LOCK_NAME): WriterLock {
  let state: WriterState = 'idle';
  const listeners = new Set<(state: WriterState) => void>();
  const abort = new AbortController();
  let letGo: () => void = () => undefined;
  const set = (next: WriterState) => {
    if (next === state) return;
    state = next;
    for (const listener of listeners) listener(next);
  };
  // The callback's promise is what keeps the lock held: it settles only on release().
  const hold = () => {
    set('writer');
    return new Promise<void>((resolve) => {
      letGo = resolve;
    });
  };
  const ignoreAbort = (error: unknown) => {
    if (!abort.signal.aborted) throw error;
  };

  return {
    get state() {
      return state;
    },
    canWrite: () => state === 'writer' || state === 'unsupported' || state === 'idle',
    claim() {
      if (state !== 'idle') return;
      if (locks === undefined) {
        set('unsupported');
        return;
      }
      set('pending');
      // First ask without waiting, so that a second tab learns at once that it is a reader; then
      // wait in the queue, so that it becomes the writer the moment the writer's tab closes.
      void locks
        .request(name, { ifAvailable: true }, (lock) => {
          if (lock) return hold();
          set('reader');
          void locks.request(name, { signal: abort.signal }, hold).catch(ignoreAbort);
          return undefined;
        })
        .catch((error: unknown) => {
          // A browser that has the API but refuses it (e.g. an opaque origin) cannot coordinate.
          if (!abort.signal.aborted) set('unsupported');
          ignoreAbort(error);
        });
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    release() {
      abort.abort();
      letGo();
      set('idle');
    },
  };
}

/** The browser's lock manager, if it has one. */
function browserLocks(): LockManagerLike | undefined {
  // Feature-detected: Web Locks are absent before Safari 15.4 and on plain-HTTP origins.
  /* eslint-disable compat/compat */
  return typeof navigator !== 'undefined' && 'locks' in navigator && navigator.locks
    ? (navigator.locks as LockManagerLike)
    : undefined;
  /* eslint-enable compat/compat */
}

/**
 * This tab's writer lock. Ledger pages claim it (the StorageBadge island on each does); pages that
 * only read the ledger (an article's duty status) never claim it and so never make a ledger tab
 * read-only.
 */
export const tabWriterLock: WriterLock = createWriterLock(browserLocks());
