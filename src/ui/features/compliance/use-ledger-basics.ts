// The first read of the 考评 page, live: the township, its terms and settings, the frozen
// snapshots (small tables, read whole) and the year of the latest session. It imports no part of
// the compliance engine, so a browser without a ledger never downloads it.
import type { Settings, Snapshot, Term, Township } from '../../../domain/ledger';
import { readComplianceBasics } from '../../../storage/queries/compliance';
import { useLiveQuery } from '../../kit/use-live-query';

/** What the page knows before it evaluates anything. */
export interface LedgerBasics {
  township: Township | undefined;
  /** Terms, oldest first. */
  terms: Term[];
  settings: Settings;
  snapshots: Snapshot[];
  /** The year of the latest session recorded (the dashboard's default year). */
  lastSessionYear: number | undefined;
}

/** The township, its terms and settings, the snapshots, and the year of the latest session. */
export function useLedgerBasics() {
  return useLiveQuery(async (): Promise<LedgerBasics> => {
    const { lastSessionStart, ...basics } = await readComplianceBasics();
    return {
      ...basics,
      lastSessionYear: lastSessionStart ? Number(lastSessionStart.slice(0, 4)) : undefined,
    };
  }, []);
}
