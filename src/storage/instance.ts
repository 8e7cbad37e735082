// The one database of this browser tab. Opened lazily on first use, so pages that never touch the
// ledger never open IndexedDB.
import { openLedgerDb, type LedgerDb } from './db';
import { drillDb, isDrillActive } from './drill';

let instance: LedgerDb | undefined;

/**
 * The ledger database of this origin and browser — or, while this tab is in a restore drill, the
 * drill's read-only copy of an archive (drill.ts), so every ledger page shows the archive instead.
 */
export function getLedgerDb(): LedgerDb {
  if (isDrillActive()) return drillDb();
  instance ??= openLedgerDb();
  return instance;
}
