// How a db-parameterised storage function becomes one the UI can call: the ledger this tab shows
// is filled in here, inside storage, so the UI never holds the database (docs/architecture.md).
import type { LedgerDb } from '../db';
import { getLedgerDb } from '../instance';

/**
 * `fn` with the ledger of this tab (the drill's copy during a restore drill) as its first
 * argument, looked up on every call. The db-parameterised `fn` stays what the unit tests call.
 */
export function onLedger<A extends unknown[], R>(fn: (db: LedgerDb, ...args: A) => R): (...args: A) => R {
  return (...args) => fn(getLedgerDb(), ...args);
}
