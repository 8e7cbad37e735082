// What the ledger's front page reads and writes: its summary, the first-run setup and the demo
// township (load and clear). The 待办 list, loaded after the page, reads through ./todo.ts.
import type { Term, Township } from '../../domain/ledger';
import type { LedgerDb } from '../db';
import { getLedgerDb } from '../instance';
import { clearAll, counts, replaceAll, type LedgerCounts } from '../ledger';
import { writeSetup } from '../setup';
import { onLedger } from './on-ledger';

/** The township, its latest term and the number of records per table. */
export async function readHomeSummary(
  db: LedgerDb = getLedgerDb(),
): Promise<{ township: Township | undefined; term: Term | undefined; counts: LedgerCounts }> {
  const township = await db.township.toCollection().first();
  const term = await db.terms.orderBy('startDate').last();
  return { township, term, counts: await counts(db) };
}

/** Saves the first-run setup's records in one transaction; refuses when a township is set up. */
export const saveSetup = /* @__PURE__ */ onLedger(writeSetup);

/** Replaces the whole ledger (the demo township), validated first, all or nothing. */
export const replaceLedger = /* @__PURE__ */ onLedger(replaceAll);

/** Deletes every record and attachment (清除示例数据); settings and meta are kept. */
export const clearLedger = /* @__PURE__ */ onLedger(clearAll);
