// What the meetings page reads besides its paged lists: terms and deputies for the session form,
// and the small sets the list columns compare a row with (the other sessions of its year, the
// presidium's members over time, the meeting before), read by src/storage/queries/meetings.ts.
import type { Deputy, PresidiumMember, Session, Term } from '../../../domain/ledger';
import {
  partyReportDates,
  readPresidiumContext,
  readSessionsContext,
} from '../../../storage/queries/meetings';
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
  return useLiveQuery(() => readSessionsContext(), []).data;
}

/** The data of the presidium meetings list; undefined until read. */
export interface PresidiumData {
  members: PresidiumMember[];
  /** Every meeting's id and date, for the stretch since the meeting before. */
  meetings: { id: string; date: string }[];
}

/** Presidium members and every presidium meeting's date, kept live. */
export function usePresidiumData(): PresidiumData | undefined {
  return useLiveQuery(async () => {
    const { members, meetings } = await readPresidiumContext();
    return { members, meetings: meetings.map(({ id, date }) => ({ id, date })) };
  }, []).data;
}

/** The dates of every 向党委汇报, kept live. */
export function usePartyReportDates(): string[] | undefined {
  return useLiveQuery(() => partyReportDates(), []).data;
}
