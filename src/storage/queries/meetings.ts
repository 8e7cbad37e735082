// What the meetings page reads besides its paged lists: terms and deputies for the session form,
// and the small sets the list columns compare a row with (the other sessions of its year, the
// presidium's members over time, the meeting before). A township has tens of these rows (a few
// sessions and presidium meetings a year), so they are read whole; the activities table, which
// grows, is read through its `kind` index only.
import type { Deputy, PresidiumMeeting, PresidiumMember, Session, Term } from '../../domain/ledger';
import type { LedgerDb } from '../db';
import { getLedgerDb } from '../instance';

/** Terms (oldest first), township deputies by name and every session (oldest first). */
export async function readSessionsContext(
  db: LedgerDb = getLedgerDb(),
): Promise<{ terms: Term[]; deputies: Deputy[]; sessions: Session[] }> {
  const [terms, deputies, sessions] = await Promise.all([
    db.terms.orderBy('startDate').toArray(),
    db.deputies.where('levels').equals('township').sortBy('name'),
    db.sessions.orderBy('startDate').toArray(),
  ]);
  return { terms, deputies, sessions };
}

/** Presidium members and every presidium meeting, oldest first. */
export async function readPresidiumContext(
  db: LedgerDb = getLedgerDb(),
): Promise<{ members: PresidiumMember[]; meetings: PresidiumMeeting[] }> {
  const [members, meetings] = await Promise.all([
    db.presidiumMembers.toArray(),
    db.presidiumMeetings.orderBy('date').toArray(),
  ]);
  return { members, meetings };
}

/** The dates of every 向党委汇报 (through the `kind` index). */
export async function partyReportDates(db: LedgerDb = getLedgerDb()): Promise<string[]> {
  const reports = await db.activities.where('kind').equals('partyReport').toArray();
  return reports.map((r) => r.date);
}
