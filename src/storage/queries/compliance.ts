// The 考评 page's first read: the township, its terms and settings, the frozen snapshots (small
// tables, read whole: a township has a few terms and a snapshot or two a year) and the year of
// the latest session.
import type { Settings, Snapshot, Term, Township } from '../../domain/ledger';
import type { LedgerDb } from '../db';
import { getLedgerDb } from '../instance';
import { getSettings } from '../ledger';

/** What the 考评 page knows before it evaluates anything. */
export interface ComplianceBasics {
  township: Township | undefined;
  /** Terms, oldest first. */
  terms: Term[];
  settings: Settings;
  /** Snapshots, oldest first. */
  snapshots: Snapshot[];
  /** The start date of the latest session recorded, if any. */
  lastSessionStart: string | undefined;
}

/** The township, its terms, settings and snapshots, and the latest session's start date. */
export async function readComplianceBasics(db: LedgerDb = getLedgerDb()): Promise<ComplianceBasics> {
  const township = await db.township.toCollection().first();
  const terms = await db.terms.orderBy('startDate').toArray();
  const settings = await getSettings(db);
  const snapshots = await db.snapshots.orderBy('asOf').toArray();
  const lastSession = await db.sessions.orderBy('startDate').last();
  return { township, terms, settings, snapshots, lastSessionStart: lastSession?.startDate };
}
