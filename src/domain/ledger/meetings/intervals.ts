// The stretch between presidium meetings: 第六条第（一）项 wants one at least every 3 months. A stretch
// counts in calendar months the way obligations.md counts deadlines (addMonths clamps to the month's
// end), so 10 Jan → 10 Apr is exactly 3 months and allowed, and 10 Jan → 11 Apr is too long.
import { addMonths, compareDates, dateParts, diffDays, isAfter, type IsoDate } from '../../dates';

/** The default longest stretch between two presidium meetings, in months (a township setting). */
export const PRESIDIUM_MAX_GAP_MONTHS = 3;

/** Whole months and the days left over from one date to a later one (1 Jan → 3 Apr: 3 months 2 days). */
export interface MonthsAndDays {
  months: number;
  days: number;
}

/** The stretch from a meeting back to the one before it. */
export interface MeetingGap extends MonthsAndDays {
  /** The date of the meeting before. */
  previous: IsoDate;
  /** Days from the previous meeting to this one. */
  totalDays: number;
  /** Longer than the allowed months: this date is after `addMonths(previous, maxMonths)`. */
  tooLong: boolean;
}

/**
 * The whole months from `from` to `to` (the largest m with addMonths(from, m) ≤ to) and the days
 * after them. `to` must not be before `from`.
 */
export function monthsAndDays(from: IsoDate, to: IsoDate): MonthsAndDays {
  if (isAfter(from, to)) throw new RangeError(`${from} is after ${to}`);
  const start = dateParts(from);
  const end = dateParts(to);
  // The month difference is exact or one too many (when to's day is before from's day).
  let months = (end.year - start.year) * 12 + (end.month - start.month);
  if (isAfter(addMonths(from, months), to)) months -= 1;
  return { months, days: diffDays(addMonths(from, months), to) };
}

/** The stretch from `previous` to `date`, and whether it is longer than `maxMonths`. */
export function meetingGap(
  previous: IsoDate,
  date: IsoDate,
  maxMonths = PRESIDIUM_MAX_GAP_MONTHS,
): MeetingGap {
  return {
    previous,
    totalDays: diffDays(previous, date),
    ...monthsAndDays(previous, date),
    tooLong: isAfter(date, addMonths(previous, maxMonths)),
  };
}

/**
 * The stretch before each meeting since the one before it, by meeting id; the first meeting on
 * record has none. Meetings on the same date are ordered by id, so the result does not depend on
 * the order they are given in.
 */
export function presidiumGaps(
  meetings: readonly { id: string; date: IsoDate }[],
  maxMonths = PRESIDIUM_MAX_GAP_MONTHS,
): Map<string, MeetingGap> {
  const sorted = [...meetings].sort((a, b) => compareDates(a.date, b.date) || (a.id < b.id ? -1 : 1));
  const gaps = new Map<string, MeetingGap>();
  sorted.forEach((meeting, i) => {
    const before = sorted[i - 1];
    if (before) gaps.set(meeting.id, meetingGap(before.date, meeting.date, maxMonths));
  });
  return gaps;
}

/** A stretch in words: `同一天`, `20天`, `92天（3个月又1天）`, `90天（3个月）`. */
export function describeGap(gap: Pick<MeetingGap, 'totalDays' | 'months' | 'days'>): string {
  if (gap.totalDays === 0) return '同一天';
  if (gap.months === 0) return `${gap.totalDays}天`;
  const months = `${gap.months}个月${gap.days > 0 ? `又${gap.days}天` : ''}`;
  return `${gap.totalDays}天（${months}）`;
}
