// 主席团成员: who sits on the presidium on a date, and the attendance its meetings need
// (第六条(二): more than half of the members, so 5 of 9 and 6 of 10).
import type { IsoDate } from '../../dates';
import type { PresidiumMember } from './schema';
import { isInOffice } from './officers';

/** The members on a date (first and last day included). */
export function presidiumOn<M extends Pick<PresidiumMember, 'from' | 'to'>>(
  members: readonly M[],
  date: IsoDate,
): M[] {
  return members.filter((m) => isInOffice(m, date));
}

/** The fewest members present for a quorum: more than half of `members`. */
export function presidiumQuorum(members: number): number {
  return Math.floor(members / 2) + 1;
}
