// Live duty status on handbook pages. This small script runs on every page that lists duties; it
// only asks the browser whether a ledger database exists here. The engine, Dexie and the
// catalogue are loaded (as a separate chunk) only when one does, so a reader without records
// downloads no ledger code at all.
import { LEDGER_DB_NAME } from '../../storage/db-name';

/** Whether this browser has a ledger database for this site. */
async function hasLedgerDatabase(): Promise<boolean> {
  if (typeof indexedDB === 'undefined' || typeof indexedDB.databases !== 'function') return false;
  try {
    const databases = await indexedDB.databases();
    return databases.some((db) => db.name === LEDGER_DB_NAME);
  } catch {
    // Blocked storage (private windows, IE mode) simply means: no live status.
    return false;
  }
}

/** Fills the duty-status slots of the page from this browser's ledger, if it has one. */
export async function installDutyLiveStatus(): Promise<void> {
  if (document.querySelector('[data-duty-live]') === null) return;
  if (!(await hasLedgerDatabase())) return;
  const { showDutyStatus } = await import('./duty-live-status-run');
  await showDutyStatus(document);
}
