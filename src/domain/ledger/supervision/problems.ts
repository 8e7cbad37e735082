// What the 监督 page shows of an inspection problem (第八条(二)): its stage, its loop deadline and
// whether it is past it, and what is out of order in its dates. Built only from the workflow's
// own functions (workflows/inspection.ts), so the list and the compliance view cannot disagree.
import { compareDates, formatChineseDate, isAfter, type IsoDate } from '../../dates';
import type { InspectionProblem } from '../activities/schema';
import type { SettingValues } from '../workflows/steps';
import {
  INSPECTION_PROBLEM_STAGES,
  isLoopOverdue,
  loopDueDate,
  stageOf,
  stageProblems,
  type InspectionProblemStage,
} from '../workflows/inspection';
import { SATISFACTION_GRADES } from '../workflows/satisfaction';

/** One problem as a row of the list. */
export interface ProblemView {
  stage: InspectionProblemStage;
  /** The stage in words, with the evaluation once given: `已评价（基本满意）`. */
  stageLabel: string;
  /** The last day to reach 评价; undefined when the inspection's record is missing. */
  dueDate: IsoDate | undefined;
  /** Still without 评价 and past the due date. */
  overdue: boolean;
  /** 评价 was recorded, but after the due date. */
  closedLate: boolean;
  /** What is out of order in the dates, in Chinese; shown, never refused. */
  warnings: string[];
}

/** The row of a problem, as of a day, under the township's settings. */
export function problemView(
  problem: InspectionProblem,
  inspectionDate: IsoDate | undefined,
  asOf: IsoDate,
  settings?: SettingValues,
): ProblemView {
  const stage = stageOf(problem);
  const evaluation = problem.evaluation && SATISFACTION_GRADES[problem.evaluation];
  const stageLabel = `${INSPECTION_PROBLEM_STAGES[stage]}${evaluation ? `（${evaluation}）` : ''}`;
  const warnings = stageProblems(problem, inspectionDate).map((p) => p.message);
  if (inspectionDate === undefined)
    return {
      stage,
      stageLabel,
      dueDate: undefined,
      overdue: false,
      closedLate: false,
      warnings: ['找不到发现这个问题的执法检查记录，无法计算闭环期限', ...warnings],
    };
  const dueDate = loopDueDate(problem, inspectionDate, settings);
  return {
    stage,
    stageLabel,
    dueDate,
    overdue: isLoopOverdue(problem, inspectionDate, asOf, settings),
    closedLate: problem.evaluatedOn !== undefined && isAfter(problem.evaluatedOn, dueDate),
    warnings,
  };
}

/** The words of the deadline column: `2025年11月15日前`, with what is wrong with it. */
export function dueLabel(view: Pick<ProblemView, 'dueDate' | 'overdue' | 'closedLate'>): {
  date: string;
  flag: '已超期' | '评价晚于期限' | undefined;
} {
  return {
    date: view.dueDate ? `${formatChineseDate(view.dueDate)}前` : '—',
    flag: view.overdue ? '已超期' : view.closedLate ? '评价晚于期限' : undefined,
  };
}

/**
 * The list's order: problems not yet fed back first (they wait for the first step), then by
 * 反馈 date, newest first; problems fed back on the same day keep the order they were entered in.
 */
export function compareProblems(
  a: Pick<InspectionProblem, 'feedbackOn' | 'createdAt'>,
  b: Pick<InspectionProblem, 'feedbackOn' | 'createdAt'>,
): number {
  if (a.feedbackOn !== b.feedbackOn) {
    if (a.feedbackOn === undefined) return -1;
    if (b.feedbackOn === undefined) return 1;
    return compareDates(b.feedbackOn, a.feedbackOn);
  }
  return a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0;
}

/**
 * Problems of several inspections in list order: grouped by inspection, the latest inspection
 * first (problems whose inspection record is missing last), each group in {@link compareProblems}
 * order.
 */
export function orderProblems<P extends Pick<InspectionProblem, 'inspectionId' | 'feedbackOn' | 'createdAt'>>(
  problems: readonly P[],
  inspectionDate: (inspectionId: string) => IsoDate | undefined,
): P[] {
  const key = (p: P) => inspectionDate(p.inspectionId);
  return [...problems].sort((a, b) => {
    const da = key(a);
    const db = key(b);
    if (da !== db) {
      if (da === undefined) return 1;
      if (db === undefined) return -1;
      return compareDates(db, da);
    }
    if (a.inspectionId !== b.inspectionId) return a.inspectionId < b.inspectionId ? -1 : 1;
    return compareProblems(a, b);
  });
}

/** How an inspection's problems stand: found, evaluated, open past their deadline. */
export function summarizeProblems(
  problems: readonly InspectionProblem[],
  inspectionDate: IsoDate,
  asOf: IsoDate,
  settings?: SettingValues,
): { total: number; evaluated: number; overdue: number } {
  return {
    total: problems.length,
    evaluated: problems.filter((p) => p.evaluatedOn !== undefined).length,
    overdue: problems.filter((p) => isLoopOverdue(p, inspectionDate, asOf, settings)).length,
  };
}

/**
 * The words of an inspection's row: `发现问题3个，已评价1个，1个超期未评价`; `ok` when none is
 * overdue, undefined when no problem is recorded.
 */
export function problemsSummaryStatus(summary: ReturnType<typeof summarizeProblems>): {
  ok: boolean | undefined;
  text: string;
} {
  if (summary.total === 0) return { ok: undefined, text: '未记录问题' };
  const overdue = summary.overdue > 0 ? `，${summary.overdue}个超期未评价` : '';
  return {
    ok: summary.overdue === 0,
    text: `发现问题${summary.total}个，已评价${summary.evaluated}个${overdue}`,
  };
}
