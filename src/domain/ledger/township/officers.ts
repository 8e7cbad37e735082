// 人大与政府负责人: the officers list (filtered by role, ordered by first day in office), who is in
// office on a date, and an officer change — a successor takes over and the predecessor's term ends
// the day before.
import { addDays, isAfter, isBefore, type IsoDate } from '../../dates';
import { OFFICER_ROLES, type Officer, type OfficerRole } from './schema';

const ROLE_ORDER = Object.keys(OFFICER_ROLES) as OfficerRole[];

/**
 * The officers shown in the list: of one role when given, ordered by first day in office, then by
 * the order of OFFICER_ROLES, then by name (so that a list read twice looks the same).
 */
export function officersList(officers: readonly Officer[], role?: OfficerRole): Officer[] {
  return officers
    .filter((o) => !role || o.role === role)
    .sort(
      (a, b) =>
        a.from.localeCompare(b.from) ||
        ROLE_ORDER.indexOf(a.role) - ROLE_ORDER.indexOf(b.role) ||
        a.name.localeCompare(b.name, 'zh-CN'),
    );
}

/** Whether an officer is in office on a date (first and last day included). */
export function isInOffice(officer: Pick<Officer, 'from' | 'to'>, date: IsoDate): boolean {
  return !isAfter(officer.from, date) && (!officer.to || !isBefore(officer.to, date));
}

/** The officers in office on a date, in the order of OFFICER_ROLES. */
export function officersInOffice(officers: readonly Officer[], date: IsoDate): Officer[] {
  return officers
    .filter((o) => isInOffice(o, date))
    .sort((a, b) => ROLE_ORDER.indexOf(a.role) - ROLE_ORDER.indexOf(b.role) || a.from.localeCompare(b.from));
}

/**
 * Who holds each office on a date, one line per role in the order of OFFICER_ROLES:
 * `人大副主席：彭淑华（兼职）、易长青（专职）`.
 */
export function inOfficeSummary(officers: readonly Officer[], date: IsoDate): string[] {
  const inOffice = officersInOffice(officers, date);
  return ROLE_ORDER.flatMap((role) => {
    const holders = inOffice.filter((o) => o.role === role);
    if (holders.length === 0) return [];
    const names = holders.map((o) =>
      role === 'viceChair' ? `${o.name}（${o.fullTime ? '专职' : '兼职'}）` : o.name,
    );
    return [`${OFFICER_ROLES[role]}：${names.join('、')}`];
  });
}

/** An officer's role as shown, with 专职/兼职 for a vice-chair. */
export function officerRoleLabel(officer: Pick<Officer, 'role' | 'fullTime'>): string {
  const label = OFFICER_ROLES[officer.role];
  return officer.role === 'viceChair' ? `${label}（${officer.fullTime ? '专职' : '兼职'}）` : label;
}

/**
 * The predecessor as it is after a successor takes over on `from`: in office until the day before.
 * A predecessor who already left before that day is returned unchanged. Refused when the successor
 * would start on or before the predecessor's first day.
 */
export function endForSuccessor(
  predecessor: Officer,
  from: IsoDate,
): { ok: true; predecessor: Officer } | { ok: false; message: string } {
  if (!isAfter(from, predecessor.from))
    return {
      ok: false,
      message: `接任日期须晚于${predecessor.name}的任职日期（${predecessor.from}）`,
    };
  const lastDay = addDays(from, -1);
  if (predecessor.to && !isAfter(predecessor.to, lastDay)) return { ok: true, predecessor };
  return { ok: true, predecessor: { ...predecessor, to: lastDay } };
}
