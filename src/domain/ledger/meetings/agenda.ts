// What 第五条第（二）项 puts on the agenda of the year's first and second session, and which of those
// items a recorded session lacks. The engine's duties art05-first-session-agenda and
// art05-second-session-agenda read the same lists.
import { compareDates, dateParts, type IsoDate } from '../../dates';
import type { AgendaItem, Session } from '..';

/** Short names of the agenda items, for hints and for the list's "缺" note. */
export const AGENDA_SHORT_LABELS = {
  governmentReport: '政府工作报告',
  presidiumReport: '主席团工作报告',
  budgetApproval: '预算审查批准',
  constructionPlan: '建设计划和项目',
  livelihoodReport: '上年度民生实事实施情况报告',
  specialReport: '政府专项工作报告',
  supervisionReport: '执法检查、视察调研、工作评议情况报告',
  budgetExecution: '预算执行情况报告',
  budgetAdjustment: '预算调整方案',
  finalAccounts: '上年度决算',
  suggestionReport: '代表建议办理情况报告',
  livelihoodVote: '票决下年度民生实事',
  appraisalReport: '工作评议结果报告',
  election: '选举',
} as const satisfies Record<AgendaItem, string>;

/**
 * The items 第五条第（二）项 requires: at the year's first session and at its second. A budget
 * adjustment is heard at the second session only when there is one, so it is not required.
 */
export const REQUIRED_AGENDA = {
  first: ['governmentReport', 'presidiumReport', 'budgetApproval', 'constructionPlan', 'livelihoodReport'],
  second: [
    'specialReport',
    'supervisionReport',
    'budgetExecution',
    'finalAccounts',
    'suggestionReport',
    'livelihoodVote',
  ],
} as const satisfies Record<'first' | 'second', readonly AgendaItem[]>;

const names = (items: readonly AgendaItem[]) => items.map((item) => AGENDA_SHORT_LABELS[item]).join('、');

/** The form's hint: which items the year's first and second session should carry. */
export const AGENDA_HINT =
  `第五条第（二）项：每年第一次会议应有${names(REQUIRED_AGENDA.first)}；` +
  `第二次会议应有${names(REQUIRED_AGENDA.second)}（有预算调整的，还应审查批准预算调整方案）。`;

/**
 * The place of a session among the sessions that open in the same calendar year: 1 for the year's
 * first. Sessions on the same day are ordered by id, so the answer is stable. `session` need not be
 * in `sessions`: a session being added (no id yet) comes after those recorded on its day.
 */
export function sessionOrdinalInYear(
  sessions: readonly Pick<Session, 'id' | 'startDate'>[],
  session: { id?: string; startDate: IsoDate },
): number {
  const { year } = dateParts(session.startDate);
  const earlier = sessions.filter(
    (s) =>
      s.id !== session.id &&
      dateParts(s.startDate).year === year &&
      (compareDates(s.startDate, session.startDate) < 0 ||
        (s.startDate === session.startDate && (session.id === undefined || s.id < session.id))),
  );
  return earlier.length + 1;
}

/** The required items missing from the agenda of the year's `ordinal`-th session; none after the second. */
export function missingAgendaItems(agenda: readonly AgendaItem[], ordinal: number): AgendaItem[] {
  const required = ordinal === 1 ? REQUIRED_AGENDA.first : ordinal === 2 ? REQUIRED_AGENDA.second : [];
  return required.filter((item) => !agenda.includes(item));
}

/** Agenda items that approve a budget document, which deputies review in advance (第四条第（十一）项). */
export const BUDGET_AGENDA_ITEMS = [
  'budgetApproval',
  'budgetAdjustment',
  'finalAccounts',
] as const satisfies readonly AgendaItem[];

/** Whether a session's agenda approves a budget, a budget adjustment or final accounts. */
export function approvesBudget(agenda: readonly AgendaItem[]): boolean {
  return BUDGET_AGENDA_ITEMS.some((item) => agenda.includes(item));
}
