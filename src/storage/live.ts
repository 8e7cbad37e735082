// Live queries: re-run a read whenever the tables it read change, in this tab or another one
// (Dexie broadcasts changes between tabs of the same origin).
import { liveQuery } from 'dexie';

/**
 * Runs `query` now and again after every change to what it read, calling `onNext` with each result
 * and `onError` when it throws. Returns the function that stops observing.
 */
export function observe<T>(
  query: () => Promise<T>,
  onNext: (value: T) => void,
  onError: (error: unknown) => void,
): () => void {
  const subscription = liveQuery(query).subscribe({ next: onNext, error: onError });
  return () => subscription.unsubscribe();
}
