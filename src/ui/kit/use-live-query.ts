// A Preact hook over the storage layer's live queries; it imports no Dexie (see docs/architecture.md).
import { useEffect, useState } from 'preact/hooks';
import { observe } from '../../storage/live';

/** The latest result of a live query. */
export interface LiveQueryState<T> {
  /** The latest result; kept while a new query (after a deps change) is loading. */
  data: T | undefined;
  /** The error of the latest run, if it failed. */
  error: unknown;
  /** True until the first result (or error) of the current query arrives. */
  loading: boolean;
}

/**
 * Runs `query` and re-renders with its result whenever the data it read changes. The query is
 * re-subscribed when `deps` change and unsubscribed on unmount.
 */
export function useLiveQuery<T>(query: () => Promise<T>, deps: readonly unknown[]): LiveQueryState<T> {
  const [state, setState] = useState<LiveQueryState<T>>({ data: undefined, error: undefined, loading: true });
  useEffect(() => {
    setState((previous) => (previous.loading ? previous : { ...previous, loading: true }));
    return observe(
      query,
      (data) => setState({ data, error: undefined, loading: false }),
      (error) => setState((previous) => ({ data: previous.data, error, loading: false })),
    );
    // The caller's deps decide when the query changes, as with useEffect itself.
  }, deps);
  return state;
}
