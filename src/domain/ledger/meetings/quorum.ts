// Quorums of the township congress's meetings: a session needs two thirds of the deputies in office
// (地方组织法 14), a presidium meeting more than half of the presidium's members (第六条第（二）项).
// Integer arithmetic only, so 40 of 60 is exactly two thirds and never a rounding accident.
import { isAfter, isBefore, type IsoDate } from '../../dates';
import type { PresidiumMember, Session } from '..';

/** Whether a meeting had the members its rule requires; `unknown` when the numbers are not recorded. */
export type QuorumStatus = 'met' | 'short' | 'unknown';

/** A quorum judged, with the words the ledger shows for it. */
export interface Quorum {
  status: QuorumStatus;
  /** The Chinese mark shown beside the numbers: `达到法定人数`. */
  label: string;
  /** The fewest present that meet the quorum; absent when the base is unknown. */
  needed?: number;
}

/** The marks of a session's quorum. */
export const SESSION_QUORUM_LABELS = {
  met: '达到法定人数',
  short: '未达到法定人数',
  unknown: '人数未记录',
} as const satisfies Record<QuorumStatus, string>;

/** The marks of a presidium meeting's quorum. */
export const PRESIDIUM_QUORUM_LABELS = {
  met: '过半数出席',
  short: '未过半数',
  unknown: '主席团成员未登记',
} as const satisfies Record<QuorumStatus, string>;

/** Said when more members are recorded present than the presidium had: the membership list is incomplete. */
export const PRESIDIUM_OVERCOUNT_LABEL = '出席人数多于登记的成员数，请核对主席团成员';

/** A session's quorum: deputies present ≥ 2/3 of the deputies in office (地方组织法 14). */
export function sessionQuorum(session: Pick<Session, 'deputiesInOffice' | 'deputiesPresent'>): Quorum {
  const { deputiesInOffice: inOffice, deputiesPresent: present } = session;
  if (inOffice === undefined || present === undefined || inOffice === 0)
    return { status: 'unknown', label: SESSION_QUORUM_LABELS.unknown };
  const needed = Math.ceil((2 * inOffice) / 3);
  const status = present >= needed ? 'met' : 'short';
  return { status, label: SESSION_QUORUM_LABELS[status], needed };
}

/** Whether a presidium member served on a date (both ends of the membership included). */
export function isPresidiumMemberOn(member: Pick<PresidiumMember, 'from' | 'to'>, date: IsoDate): boolean {
  return !isBefore(date, member.from) && (member.to === undefined || !isAfter(date, member.to));
}

/** The number of presidium members on a date: those whose membership runs from ≤ date ≤ to. */
export function presidiumMembersOn(
  members: readonly Pick<PresidiumMember, 'from' | 'to'>[],
  date: IsoDate,
): number {
  return members.filter((m) => isPresidiumMemberOn(m, date)).length;
}

/**
 * A presidium meeting's quorum: members present > half of the members on that date (5 of 9 passes,
 * 5 of 10 fails). `unknown` when no member is recorded for the date, or when more are present than
 * recorded (the membership list, not the meeting, is then what needs fixing).
 */
export function presidiumQuorum(membersPresent: number, membersOnDate: number): Quorum {
  if (membersOnDate === 0) return { status: 'unknown', label: PRESIDIUM_QUORUM_LABELS.unknown };
  const needed = Math.floor(membersOnDate / 2) + 1;
  if (membersPresent > membersOnDate) return { status: 'unknown', label: PRESIDIUM_OVERCOUNT_LABEL, needed };
  const status = membersPresent >= needed ? 'met' : 'short';
  return { status, label: PRESIDIUM_QUORUM_LABELS[status], needed };
}
