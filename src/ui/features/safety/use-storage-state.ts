// Hooks of the data-safety islands: this tab's writer role, whether IndexedDB works here, what the
// browser says about storage, and the ledger's health (live).
import { useEffect, useState } from 'preact/hooks';
import {
  checkIndexedDb,
  readBrowserStorage,
  type BrowserStorageState,
  type IndexedDbCheck,
  type LedgerHealth,
} from '../../../storage/health';
import { readLedgerHealth } from '../../../storage/queries/safety';
import { tabWriterLock, type WriterState } from '../../../storage/writer-lock';
import { useLiveQuery } from '../../kit/use-live-query';

/**
 * This tab's role on the ledger, followed live. With `claim`, the tab asks to be the writer (a
 * ledger page does; the StorageBadge on each makes that happen once per tab).
 */
export function useWriterState(claim = false): WriterState {
  const [state, setState] = useState<WriterState>(tabWriterLock.state);
  useEffect(() => {
    const stop = tabWriterLock.subscribe(setState);
    if (claim) tabWriterLock.claim();
    setState(tabWriterLock.state);
    return stop;
  }, [claim]);
  return state;
}

/** Whether IndexedDB can be used in this window; undefined while checking. */
export function useIndexedDbCheck(): IndexedDbCheck | undefined {
  const [check, setCheck] = useState<IndexedDbCheck>();
  useEffect(() => {
    let live = true;
    void checkIndexedDb().then((result) => {
      if (!live) return;
      // Pages hide their broken islands under this flag (safety.css), leaving the explanation.
      if (result.diagnosis !== 'ok') document.documentElement.dataset['ledgerUnavailable'] = result.diagnosis;
      setCheck(result);
    });
    return () => {
      live = false;
    };
  }, []);
  return check;
}

/** What the browser says about persistence and space; `refresh` reads it again (after asking). */
export function useBrowserStorage(): { state: BrowserStorageState | undefined; refresh: () => void } {
  const [state, setState] = useState<BrowserStorageState>();
  const [round, setRound] = useState(0);
  useEffect(() => {
    let live = true;
    void readBrowserStorage().then((read) => {
      if (live) setState(read);
    });
    return () => {
      live = false;
    };
  }, [round]);
  return { state, refresh: () => setRound((n) => n + 1) };
}

/** The ledger's health, live: it changes as soon as an export is verified or a setting saved. */
export function useLedgerHealth(): LedgerHealth | undefined {
  return useLiveQuery(() => readLedgerHealth(), []).data;
}
