// The one database of this browser tab. Opened lazily on first use, so pages that never touch the
// ledger never open IndexedDB.
import { openLedgerDb, type LedgerDb } from './db';

let instance: LedgerDb | undefined;

/** The ledger database of this origin and browser. */
export function getLedgerDb(): LedgerDb {
  instance ??= openLedgerDb();
  return instance;
}
