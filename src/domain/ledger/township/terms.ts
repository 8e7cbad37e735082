// 届次: whether a term's first session came within 2 months of the election (地方组织法 20), as
// obligations.md counts it (`law-first-session-after-election`): the deadline is the same day two
// months later, clamped to the month's end, and met on that day.
import { addMonths, diffDays, isAfter, type IsoDate } from '../../dates';
import type { Session } from '../meetings/schema';
import type { Term } from './schema';

/** Months from the election within which the term's first session must open. */
export const FIRST_SESSION_MONTHS = 2;

/** How a term's first session stands against the 2-month rule. */
export type FirstSessionStatus =
  /** Opened on or before the deadline. */
  | 'met'
  /** Opened after the deadline. */
  | 'late'
  /** Not recorded, and the deadline has passed. */
  | 'missed'
  /** Not recorded yet, and the deadline has not passed. */
  | 'pending'
  /** The election date is not recorded (nothing to count from), or the dates contradict each other. */
  | 'unknown';

export interface FirstSessionCheck {
  status: FirstSessionStatus;
  /** The term's first session (number 1; the earliest if several are numbered 1). */
  session?: Session | undefined;
  /** The last day the first session may open on. */
  dueDate?: IsoDate;
  /** Days from the election to the first session's opening. */
  days?: number;
  /** A short Chinese sentence for the list. */
  text: string;
}

/** The term's first session: the one numbered 1, the earliest if several are. */
export function firstSessionOf(termId: string, sessions: readonly Session[]): Session | undefined {
  return sessions
    .filter((s) => s.termId === termId && s.number === 1)
    .sort((a, b) => a.startDate.localeCompare(b.startDate))[0];
}

/** Whether the term's first session opened within 2 months of the election, as of `today`. */
export function checkFirstSession(
  term: Pick<Term, 'id' | 'electionDate'>,
  sessions: readonly Session[],
  today: IsoDate,
): FirstSessionCheck {
  const session = firstSessionOf(term.id, sessions);
  if (!term.electionDate)
    return {
      status: 'unknown',
      session,
      text: session
        ? `第一次会议 ${session.startDate} 开幕；未填选举日期，无法判断`
        : '未填选举日期，无法判断',
    };
  const dueDate = addMonths(term.electionDate, FIRST_SESSION_MONTHS);
  if (!session) {
    const missed = isAfter(today, dueDate);
    return {
      status: missed ? 'missed' : 'pending',
      dueDate,
      text: missed
        ? `未记录第一次会议（应在 ${dueDate} 前召开）`
        : `尚未召开第一次会议，应在 ${dueDate} 前召开`,
    };
  }
  const days = diffDays(term.electionDate, session.startDate);
  if (days < 0)
    return {
      status: 'unknown',
      session,
      dueDate,
      text: `第一次会议开幕日期（${session.startDate}）早于选举日期，请核对`,
    };
  const late = isAfter(session.startDate, dueDate);
  return {
    status: late ? 'late' : 'met',
    session,
    dueDate,
    days,
    text: late
      ? `第一次会议 ${session.startDate} 开幕，选举后${days}天，超过2个月（应在 ${dueDate} 前）`
      : `第一次会议 ${session.startDate} 开幕，选举后${days}天，在2个月内`,
  };
}
