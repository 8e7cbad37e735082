// The ledger home's 「待办」: what falls due within the next days and what is already overdue —
// suggestions awaiting their answer (代表法第五十一条's deadline as the township set it), 民生实事
// projects not accepted by their promised date, inspection problems whose loop is not closed in time.
// Pure: the home page reads the open records and draws these items, each linking to its record.
import { addDays, diffDays, isAfter, type IsoDate } from '../dates';
import type { InspectionProblem } from './activities/schema';
import type { LivelihoodProject } from './livelihood/schema';
import type { Suggestion } from './suggestions/schema';
import type { SettingValues } from './workflows/steps';
import { loopDueDate } from './workflows/inspection';
import { answerDueDate } from './workflows/suggestion';

/** One thing to do, with where its record lives. */
export interface TodoItem {
  /** The table of the record the item links to, and the record's id (an inspection for a problem). */
  table: 'suggestions' | 'livelihoodProjects' | 'activities';
  id: string;
  /** `答复代表建议 2026-03 修缮村道`. */
  label: string;
  dueDate: IsoDate;
  /** Days from the as-of date to the due date; negative when overdue. */
  daysLeft: number;
  overdue: boolean;
}

/** What the list is made from: the open records, the inspections' dates, the settings. */
export interface TodoInput {
  suggestions: readonly Suggestion[];
  projects: readonly LivelihoodProject[];
  problems: readonly InspectionProblem[];
  /** The date of each inspection, by its activity id. */
  inspectionDates: ReadonlyMap<string, IsoDate>;
  settings?: SettingValues | undefined;
  asOf: IsoDate;
  /** How far ahead to look (30 days on the home page). */
  days: number;
}

/** The items overdue or due within `days` of the as-of date, overdue first, then soonest first. */
export function todoItems(input: TodoInput): TodoItem[] {
  const last = addDays(input.asOf, input.days);
  const items: TodoItem[] = [];
  const consider = (item: Omit<TodoItem, 'daysLeft' | 'overdue'>) => {
    if (isAfter(item.dueDate, last)) return;
    const daysLeft = diffDays(input.asOf, item.dueDate);
    items.push({ ...item, daysLeft, overdue: daysLeft < 0 });
  };
  for (const s of input.suggestions) {
    const due = answerDueDate(s, input.settings);
    if (!due || s.answeredOn || s.closedOn) continue;
    consider({ table: 'suggestions', id: s.id, label: `答复代表建议 ${s.number} ${s.title}`, dueDate: due });
  }
  for (const p of input.projects) {
    if (!p.dueDate || p.acceptedOn) continue;
    consider({
      table: 'livelihoodProjects',
      id: p.id,
      label: `完成民生实事 ${p.year}年 ${p.title}`,
      dueDate: p.dueDate,
    });
  }
  for (const problem of input.problems) {
    const date = input.inspectionDates.get(problem.inspectionId);
    if (!date || problem.evaluatedOn) continue;
    consider({
      table: 'activities',
      id: problem.inspectionId,
      label: `执法检查问题整改评价：${problem.description}`,
      dueDate: loopDueDate(problem, date, input.settings),
    });
  }
  return items.sort(
    (a, b) =>
      Number(b.overdue) - Number(a.overdue) ||
      a.dueDate.localeCompare(b.dueDate) ||
      a.label.localeCompare(b.label),
  );
}

/** `已超期 12 天`, `今天到期`, `还有 5 天`. */
export function todoWhen(item: Pick<TodoItem, 'daysLeft'>): string {
  if (item.daysLeft < 0) return `已超期 ${-item.daysLeft} 天`;
  return item.daysLeft === 0 ? '今天到期' : `还有 ${item.daysLeft} 天`;
}

/** Whether a 民生实事 project is past its promised date without 验收 on a day (the due day is in time). */
export function isProjectOverdue(
  p: Pick<LivelihoodProject, 'dueDate' | 'acceptedOn'>,
  asOf: IsoDate,
): boolean {
  return p.dueDate !== undefined && p.acceptedOn === undefined && isAfter(asOf, p.dueDate);
}
