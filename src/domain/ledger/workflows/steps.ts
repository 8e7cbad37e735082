// What the workflow modules share: the result of a step (a new record or a failure from a closed set
// of reasons), reading a number from the township's settings, and the check that dated stages follow
// one another in order.
import { formatChineseDate, isAfter, isBefore, type IsoDate } from '../../dates';

/** Why a workflow step was refused: the closed set every caller can switch on. */
export const FAILURE_REASONS = {
  'out-of-order': '步骤顺序不对：须先完成前面的步骤，或日期早于前面的步骤',
  'missing-field': '缺少必填内容',
  'not-allowed': '当前状态不允许这一步',
} as const;
/** One of the reasons in FAILURE_REASONS. */
export type FailureReason = keyof typeof FAILURE_REASONS;

/** A refused step: the reason for code, a Chinese sentence for people. */
export interface WorkflowFailure {
  ok: false;
  reason: FailureReason;
  message: string;
  /** The input field at fault (the step form's field key, e.g. `on`, `leadUnit`), when one is. */
  field?: string;
}

/** The outcome of a workflow step: the new record, or why the step was refused. */
export type WorkflowResult<T> = { ok: true; value: T } | WorkflowFailure;

/** A refused step; `field` names the input at fault, when one is. */
export const fail = (reason: FailureReason, message: string, field?: string): WorkflowFailure =>
  field === undefined ? { ok: false, reason, message } : { ok: false, reason, message, field };

/** A successful step. */
export const succeed = <T>(value: T): WorkflowResult<T> => ({ ok: true, value });

/** The township's setting values as stored (`Settings['values']`), or any subset of them. */
export type SettingValues = Readonly<Partial<Record<string, number | string>>>;

/**
 * A whole-number setting (months, days) from the township's values, else the catalogue's default.
 * A value that is not a positive whole number is ignored rather than trusted, since a deadline of
 * 0 or -3 months would silently turn every record overdue.
 */
export function integerSetting(values: SettingValues | undefined, key: string, fallback: number): number {
  const value = values?.[key];
  return typeof value === 'number' && Number.isInteger(value) && value > 0 ? value : fallback;
}

/** A date field that marks a stage, with the stage's Chinese name. */
export interface DatedStage<K extends string> {
  key: K;
  label: string;
}

/** A stage recorded out of order: the stage the problem is shown at, and why. */
export interface StageProblem<K extends string> {
  stage: K;
  message: string;
}

/**
 * The problems in a record's dated stages, listed in stage order: a later stage dated before an
 * earlier one, or a later stage recorded while an earlier one is missing. Problems are reported,
 * not refused, because records are often entered after the fact and from incomplete papers.
 */
export function orderedStageProblems<K extends string>(
  dates: Partial<Record<K, IsoDate | undefined>>,
  stages: readonly DatedStage<K>[],
): StageProblem<K>[] {
  const problems: StageProblem<K>[] = [];
  const lastRecorded = stages.findLastIndex((s) => dates[s.key] !== undefined);
  // The latest date seen so far and the stage it belongs to.
  let latest: { date: IsoDate; label: string } | undefined;
  stages.forEach((stage, index) => {
    const date = dates[stage.key];
    if (date === undefined) {
      if (index < lastRecorded) {
        const later = stages[lastRecorded]!;
        problems.push({
          stage: stage.key,
          message: `缺少「${stage.label}」的日期，但后面的「${later.label}」已经记录`,
        });
      }
      return;
    }
    if (latest && isBefore(date, latest.date))
      problems.push({
        stage: stage.key,
        message: `「${stage.label}」的日期（${formatChineseDate(date)}）早于「${latest.label}」的日期（${formatChineseDate(latest.date)}）`,
      });
    if (!latest || isAfter(date, latest.date)) latest = { date, label: stage.label };
  });
  return problems;
}

/** The last stage recorded, in stage order; undefined when no stage has a date. */
export function lastRecordedStage<K extends string>(
  dates: Partial<Record<K, IsoDate | undefined>>,
  stages: readonly DatedStage<K>[],
): K | undefined {
  return stages.findLast((s) => dates[s.key] !== undefined)?.key;
}
