// The loop of a problem found by a 执法检查 (第八条(二)): 反馈 → 交办 → 督办 → 评价, then 回头看.
import { addMonths, formatChineseDate, isAfter, isBefore, type IsoDate } from '../../dates';
import type { InspectionProblem } from '../activities/schema';
import {
  integerSetting,
  lastRecordedStage,
  orderedStageProblems,
  type DatedStage,
  type SettingValues,
  type StageProblem,
} from './steps';

/** The date fields of the loop, in order. */
export type InspectionLoopStage = 'feedbackOn' | 'assignedOn' | 'supervisedOn' | 'evaluatedOn' | 'revisitOn';

/** The loop's dated stages in order, with their Chinese names. */
export const INSPECTION_LOOP_STAGES: readonly DatedStage<InspectionLoopStage>[] = [
  { key: 'feedbackOn', label: '反馈' },
  { key: 'assignedOn', label: '交办' },
  { key: 'supervisedOn', label: '督办' },
  { key: 'evaluatedOn', label: '评价' },
  { key: 'revisitOn', label: '回头看' },
];

/** Where a problem stands, with the Chinese label shown in lists. */
export const INSPECTION_PROBLEM_STAGES = {
  found: '已发现',
  feedback: '已反馈',
  assigned: '已交办',
  supervised: '已督办',
  evaluated: '已评价',
  revisited: '已回头看',
} as const;
/** One of the keys of INSPECTION_PROBLEM_STAGES. */
export type InspectionProblemStage = keyof typeof INSPECTION_PROBLEM_STAGES;

const STAGE_OF_FIELD: Record<InspectionLoopStage, InspectionProblemStage> = {
  feedbackOn: 'feedback',
  assignedOn: 'assigned',
  supervisedOn: 'supervised',
  evaluatedOn: 'evaluated',
  revisitOn: 'revisited',
};

/** The default of the `inspectionLoopMonths` setting: 评价 within 6 months of the inspection. */
export const DEFAULT_INSPECTION_LOOP_MONTHS = 6;

/** The furthest stage recorded; a problem with no date yet is `found`. */
export function stageOf(problem: InspectionProblem): InspectionProblemStage {
  const field = lastRecordedStage(problem, INSPECTION_LOOP_STAGES);
  return field ? STAGE_OF_FIELD[field] : 'found';
}

/**
 * What is out of order in a problem's loop, in stage order: a stage dated before an earlier one, a
 * stage recorded while an earlier one is missing, and (given the inspection's date) a 反馈 dated
 * before the inspection that found the problem. Shown to the user, never refused.
 */
export function stageProblems(
  problem: InspectionProblem,
  inspectionDate?: IsoDate,
): StageProblem<InspectionLoopStage>[] {
  const problems = orderedStageProblems(problem, INSPECTION_LOOP_STAGES);
  const first = INSPECTION_LOOP_STAGES.find((s) => problem[s.key] !== undefined);
  const firstDate = first && problem[first.key];
  if (first && firstDate && inspectionDate && isBefore(firstDate, inspectionDate))
    problems.unshift({
      stage: first.key,
      message: `「${first.label}」的日期（${formatChineseDate(firstDate)}）早于执法检查日期（${formatChineseDate(inspectionDate)}）`,
    });
  return problems;
}

/**
 * The last day the loop can close (reach 评价): the inspection's date plus the `inspectionLoopMonths`
 * setting (default 6). The problem is taken so that the signature stays put if a per-problem
 * deadline is ever recorded; today every problem of an inspection shares the same date.
 */
export function loopDueDate(
  _problem: InspectionProblem,
  inspectionDate: IsoDate,
  settings?: SettingValues,
): IsoDate {
  return addMonths(
    inspectionDate,
    integerSetting(settings, 'inspectionLoopMonths', DEFAULT_INSPECTION_LOOP_MONTHS),
  );
}

/** Whether a problem still without 评价 is past its loop due date on `asOf` (the due day itself is in time). */
export function isLoopOverdue(
  problem: InspectionProblem,
  inspectionDate: IsoDate,
  asOf: IsoDate,
  settings?: SettingValues,
): boolean {
  return problem.evaluatedOn === undefined && isAfter(asOf, loopDueDate(problem, inspectionDate, settings));
}
