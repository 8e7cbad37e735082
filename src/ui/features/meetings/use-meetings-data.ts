// What the meetings page reads besides its paged lists: terms and deputies for the session form,
// and the small sets the list columns compare a row with (the other sessions of its year, the
// presidium's members over time, the meeting before). A township has tens of these rows, so they
// are read whole; the activities table is read through its `kind` index only.
import type { Deputy, PresidiumMember, Session, Term } from '../../../domain/ledger';
import { getLedgerDb } from '../../../storage/instance';
import { useLiveQuery } from '../../kit/use-live-query';

/** The data of the sessions list; undefined until read. */
export interface SessionsData {
  terms: Term[];
  /** Township deputies (the ones who attend sessions), by name. */
  deputies: Deputy[];
  /** Every session, for numbering, the year's order and repeated absences. */
  sessions: Session[];
}

/** Terms, township deputies and all sessions, kept live. */
export function useSessionsData(): SessionsData | undefined {
  const db = getLedgerDb();
  return useLiveQuery(async () => {
    const [terms, deputies, sessions] = await Promise.all([
      db.terms.orderBy('startDate').toArray(),
      db.deputies.where('levels').equals('township').sortBy('name'),
      db.sessions.orderBy('startDate').toArray(),
    ]);
    return { terms, deputies, sessions };
  }, [db]).data;
}

/** The data of the presidium meetings list; undefined until read. */
export interface PresidiumData {
  members: PresidiumMember[];
  /** Every meeting's id and date, for the stretch since the meeting before. */
  meetings: { id: string; date: string }[];
}

/** Presidium members and every presidium meeting's date, kept live. */
export function usePresidiumData(): PresidiumData | undefined {
  const db = getLedgerDb();
  return useLiveQuery(async () => {
    const [members, meetings] = await Promise.all([
      db.presidiumMembers.toArray(),
      db.presidiumMeetings.orderBy('date').toArray(),
    ]);
    return { members, meetings: meetings.map(({ id, date }) => ({ id, date })) };
  }, [db]).data;
}

/** The dates of every 向党委汇报, kept live. */
export function usePartyReportDates(): string[] | undefined {
  const db = getLedgerDb();
  return useLiveQuery(async () => {
    const reports = await db.activities.where('kind').equals('partyReport').toArray();
    return reports.map((r) => r.date);
  }, [db]).data;
}
