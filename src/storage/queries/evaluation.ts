// What the compliance engine evaluates, for the pages that run it (考评, 履职情况 slots on the
// duty pages, the annual report draft).
import type { DateRange } from '../../domain/dates';
import type { LedgerData, Settings } from '../../domain/ledger';
import type { LedgerDb } from '../db';
import { loadForEvaluation } from '../evaluation';
import { getLedgerDb } from '../instance';
import { getSettings } from '../ledger';
import { onLedger } from './on-ledger';

/** The records the engine needs for `range` (with its margin before). */
export const readEvaluationData = /* @__PURE__ */ onLedger(loadForEvaluation);

/** The records of `range` and the settings, read together. */
export async function readEvaluationInput(
  range: DateRange,
  db: LedgerDb = getLedgerDb(),
): Promise<{ data: LedgerData; settings: Settings }> {
  const [data, settings] = await Promise.all([loadForEvaluation(db, range), getSettings(db)]);
  return { data, settings };
}

/**
 * Whether a township is set up and the date of the latest activity: the year the duty pages'
 * 履职情况 slots show (undefined when no township is set up).
 */
export async function readLedgerYearHint(
  db: LedgerDb = getLedgerDb(),
): Promise<{ latestActivityDate: string | undefined } | undefined> {
  if ((await db.township.count()) === 0) return undefined;
  const latest = await db.activities.orderBy('date').last();
  return { latestActivityDate: latest?.date };
}
