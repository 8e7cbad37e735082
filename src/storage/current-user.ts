// Who is using this browser (当前使用者), chosen once per browser from the township's officers and
// kept in localStorage beside the ledger (not in it: two clerks on two computers share one archive
// but not one name). The change log writes it into every entry and a closed period into its
// snapshot (closedBy). Dexie-free so that any page can read it.
import { LEDGER_DB_NAME } from './db-name';

/** The localStorage key of the current user's name for a ledger database. */
const keyOf = (dbName: string) => `${dbName}:currentUser`;

/** The name of the event this tab dispatches when the name changes (other tabs get `storage`). */
const CHANGE_EVENT = 'ledger-current-user';

/** localStorage where it works (not in Node, not when the browser blocks it). */
function store(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined;
  }
}

/** The current user's name in this browser, or '' when none was chosen. */
export function readCurrentUser(dbName: string = LEDGER_DB_NAME): string {
  return store()?.getItem(keyOf(dbName))?.trim() ?? '';
}

/** Saves the current user's name for this browser ('' forgets it); false when it cannot be kept. */
export function saveCurrentUser(name: string, dbName: string = LEDGER_DB_NAME): boolean {
  const s = store();
  if (!s) return false;
  try {
    const trimmed = name.trim().slice(0, 40);
    if (trimmed) s.setItem(keyOf(dbName), trimmed);
    else s.removeItem(keyOf(dbName));
    if (typeof window !== 'undefined') window.dispatchEvent(new Event(CHANGE_EVENT));
    return true;
  } catch {
    return false;
  }
}

/** Calls `listener` whenever the name changes, in this tab or another; returns the unsubscribe. */
export function onCurrentUserChange(listener: () => void): () => void {
  if (typeof window === 'undefined') return () => undefined;
  window.addEventListener(CHANGE_EVENT, listener);
  window.addEventListener('storage', listener);
  return () => {
    window.removeEventListener(CHANGE_EVENT, listener);
    window.removeEventListener('storage', listener);
  };
}
