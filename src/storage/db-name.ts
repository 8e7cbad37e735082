// The database's name, apart from db.ts so that a page can ask whether this browser has a ledger
// (indexedDB.databases()) without loading Dexie.

/** Default IndexedDB database name; one ledger per browser profile and site origin. */
export const LEDGER_DB_NAME = 'xiangxiang-ledger';
