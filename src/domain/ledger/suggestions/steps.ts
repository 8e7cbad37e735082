// The steps a user can take on a suggestion from its list (代表建议页): which steps are open at the
// current stage, how a step form's values become a call of the pure workflow, what to tell the user
// afterwards, and turning a suggestion into a 民生实事 candidate. The workflow itself decides; this
// module only reads forms and words the outcome.
import { dateParts, formatChineseDate, isIsoDate, type IsoDate } from '../../dates';
import type { LivelihoodProject } from '../livelihood/schema';
import {
  ANSWER_RESULTS,
  EVALUATIONS,
  type AnswerResult,
  type Evaluation,
  type PromisedItem,
  type Suggestion,
} from './schema';
import { fail, succeed, type SettingValues, type WorkflowResult } from '../workflows/steps';
import {
  answer,
  answerDueDate,
  assign,
  close,
  evaluate,
  recordFaceToFace,
  stageOf,
  startHandling,
  toLivelihoodCandidate,
  trackPromises,
  type SuggestionStage,
} from '../workflows/suggestion';

/** The lifecycle steps in order, named after the workflow functions, with their button labels. */
export const SUGGESTION_STEPS = {
  assign: '交办',
  startHandling: '办理',
  recordFaceToFace: '见面沟通',
  answer: '答复',
  evaluate: '评价',
  close: '办结',
} as const;
/** One of the keys of SUGGESTION_STEPS. */
export type SuggestionStep = keyof typeof SUGGESTION_STEPS;

/**
 * Everything a user can do to a suggestion from its row: a lifecycle step, 转为民生实事候选, or
 * 承诺事项 (keeping the answer's promised items: their promised and done-or-reported dates).
 */
export type SuggestionAction = SuggestionStep | 'toLivelihood' | 'trackPromises';

/** The label of the 承诺事项清单 action. */
export const TRACK_PROMISES_LABEL = '承诺事项';

/** Whether the answer's promised items can be kept up: the suggestion has been answered. */
export function canTrackPromises(s: Suggestion): boolean {
  return (s.firstAnsweredOn ?? s.answeredOn) !== undefined;
}

const DATE_AT_END = /(?:^|[\s|｜]+)(\d{4}-\d{2}-\d{2})$/;

/**
 * Reads the promised items written one per line as `内容 期限 [落实或反馈日期]` (dates as
 * 年-月-日 at the end of the line, after a space or 「｜」). Returns the items, or a Chinese message
 * naming the first line that has no promised date or a date that does not exist.
 */
export function parsePromiseLines(
  lines: readonly string[],
): { ok: true; items: PromisedItem[] } | { ok: false; message: string } {
  const items: PromisedItem[] = [];
  for (const [index, raw] of lines.entries()) {
    let rest = raw.trim();
    if (!rest) continue;
    const dates: string[] = [];
    for (let match = DATE_AT_END.exec(rest); match && dates.length < 2; match = DATE_AT_END.exec(rest)) {
      dates.unshift(match[1]!);
      rest = rest.slice(0, match.index).trim();
    }
    const line = `第${index + 1}行`;
    if (!rest) return { ok: false, message: `${line}只有日期，请写明承诺内容` };
    if (dates.length === 0)
      return { ok: false, message: `${line}「${rest}」缺少承诺完成期限，请在行末写日期，如 2025-06-30` };
    const bad = dates.find((d) => !isIsoDate(d));
    if (bad) return { ok: false, message: `${line}的日期 ${bad} 不存在，请写有效日期（年-月-日）` };
    const [dueOn, doneOn] = dates as [IsoDate, IsoDate | undefined];
    items.push(doneOn ? { content: rest, dueOn, doneOn } : { content: rest, dueOn });
  }
  return { ok: true, items };
}

/** The promised items as lines of `parsePromiseLines`: content, promised date, done date when any. */
export function promiseLines(items: readonly PromisedItem[]): string {
  return items.map((p) => [p.content, p.dueOn, p.doneOn].filter(Boolean).join(' ')).join('\n');
}

/** The label of 转为民生实事候选, the action outside the lifecycle. */
export const TO_LIVELIHOOD_LABEL = '转为民生实事候选';

/**
 * The steps the workflow accepts at each stage, the usual next step first. They mirror the stages
 * each workflow function starts from (a unit test holds the two together): 办理 and 见面沟通 may be
 * skipped on paper, since records are often entered afterwards, and the compliance page then says
 * that a 见面沟通 is missing.
 */
const OPEN_STEPS: Record<SuggestionStage, readonly SuggestionStep[]> = {
  submitted: ['assign'],
  assigned: ['startHandling', 'recordFaceToFace', 'answer'],
  handling: ['recordFaceToFace', 'answer'],
  faceToFace: ['answer'],
  rehandling: ['answer', 'recordFaceToFace'],
  answered: ['evaluate'],
  evaluated: ['close'],
  closed: [],
};

/** The lifecycle steps open for this suggestion now, the usual next one first. */
export function openSteps(s: Suggestion): readonly SuggestionStep[] {
  return OPEN_STEPS[stageOf(s)];
}

/** Whether the suggestion can still become a 民生实事 candidate (it is not linked to a project yet). */
export function canBecomeLivelihood(s: Suggestion): boolean {
  return s.projectId === undefined;
}

/** A step form's values as its inputs hold them: text, checkbox, or one item per line in a text. */
export type StepFormValues = Readonly<Record<string, string | boolean | readonly string[] | undefined>>;

/** The trimmed text of a field; empty when absent or not text. */
function text(values: StepFormValues, name: string): string {
  const value = values[name];
  return typeof value === 'string' ? value.trim() : '';
}

/** The non-blank lines of a field written one item per line (or already split into items). */
function lines(values: StepFormValues, name: string): string[] {
  const value = values[name];
  const items = typeof value === 'string' ? value.split('\n') : Array.isArray(value) ? value : [];
  return items.map((line: string) => line.trim()).filter(Boolean);
}

const isAnswerResult = (value: string): value is AnswerResult => Object.hasOwn(ANSWER_RESULTS, value);
const isEvaluation = (value: string): value is Evaluation => Object.hasOwn(EVALUATIONS, value);

/**
 * Runs one lifecycle step with the values of its form: `on` (the step's date) for every step;
 * `leadUnit`, `coUnits` (lines), `complex`, `supervisorOfficerId`, `leadOfficerId` for 交办;
 * `result` and `promisedItems` (lines) for 答复; `evaluation` for 评价. Returns the new record or
 * the workflow's refusal, in Chinese.
 */
export function runStep(
  s: Suggestion,
  step: SuggestionStep,
  values: StepFormValues,
): WorkflowResult<Suggestion> {
  const on: IsoDate = text(values, 'on');
  switch (step) {
    case 'assign': {
      const supervisorOfficerId = text(values, 'supervisorOfficerId');
      const leadOfficerId = text(values, 'leadOfficerId');
      return assign(s, {
        on,
        leadUnit: text(values, 'leadUnit'),
        coUnits: lines(values, 'coUnits'),
        complex: values['complex'] === true,
        ...(supervisorOfficerId ? { supervisorOfficerId } : {}),
        ...(leadOfficerId ? { leadOfficerId } : {}),
      });
    }
    case 'startHandling':
      return startHandling(s, { on });
    case 'recordFaceToFace':
      return recordFaceToFace(s, { on });
    case 'answer': {
      const result = text(values, 'result');
      const promised = parsePromiseLines(lines(values, 'promisedItems'));
      if (!promised.ok) return fail('missing-field', promised.message, 'promisedItems');
      return answer(s, {
        on,
        result: isAnswerResult(result) ? result : undefined,
        promisedItems: promised.items,
      });
    }
    case 'evaluate': {
      const evaluation = text(values, 'evaluation');
      return evaluate(s, { on, evaluation: isEvaluation(evaluation) ? evaluation : undefined });
    }
    case 'close':
      return close(s, on);
  }
}

/**
 * What to tell the user after a step went through: what was recorded and what comes next. An
 * unsatisfied evaluation says plainly that the suggestion went back for re-handling.
 */
export function stepNotice(after: Suggestion, step: SuggestionStep, settings?: SettingValues): string {
  const head = `建议 ${after.number} `;
  const due = answerDueDate(after, settings);
  const dueText = due ? `答复期限为${formatChineseDate(due)}` : '';
  switch (step) {
    case 'assign':
      return `${head}已交办，主办单位为${after.leadUnit ?? ''}${after.complex ? '（复杂建议）' : ''}，${dueText}。`;
    case 'startHandling':
      return `${head}已开始办理，${dueText}。`;
    case 'recordFaceToFace':
      return `${head}已记录见面沟通（${formatChineseDate(after.faceToFaceOn!)}）。`;
    case 'answer':
      return `${head}已答复（${ANSWER_RESULTS[after.answerResult!]}），下一步请代表评价。`;
    case 'evaluate':
      return after.evaluation
        ? `${head}代表评价为“${EVALUATIONS[after.evaluation]}”，下一步可以办结。`
        : `${head}代表评价为“不满意”，已退回重新办理（第${after.rehandledCount}次），须重新答复；${dueText}。`;
    case 'close':
      return `${head}已办结（${formatChineseDate(after.closedOn!)}）。`;
  }
}

/** 承诺事项: reads the list typed in its form (`promisedItems`, lines) and keeps it on the suggestion. */
export function runTrackPromises(s: Suggestion, values: StepFormValues): WorkflowResult<Suggestion> {
  const promised = parsePromiseLines(lines(values, 'promisedItems'));
  if (!promised.ok) return fail('missing-field', promised.message, 'promisedItems');
  return trackPromises(s, promised.items);
}

/** What to tell the user after the promised items were saved: how many are done or reported. */
export function promisesNotice(after: Suggestion): string {
  const done = after.promisedItems.filter((p) => p.doneOn).length;
  return `建议 ${after.number} 的承诺事项已保存：共${after.promisedItems.length}项，已落实或反馈${done}项。`;
}

/** A new 民生实事 project's fields, from a suggestion and the year typed in its form. */
export type LivelihoodCandidate = Pick<LivelihoodProject, 'title' | 'year'> & { suggestionId: string };

/**
 * 转为民生实事候选 (第十六条(四)): the project to create for the suggestion, for the year in the
 * form's `year` field. Refused when the suggestion is already linked or the year is not a year.
 */
export function livelihoodCandidate(
  s: Suggestion,
  values: StepFormValues,
): WorkflowResult<LivelihoodCandidate> {
  if (!canBecomeLivelihood(s)) return fail('not-allowed', `建议 ${s.number} 已转为民生实事项目`);
  const year = Number(text(values, 'year'));
  if (!Number.isInteger(year) || year < 2000 || year > 2100)
    return fail('missing-field', '请填写民生实事的实施年度，如 2027', 'year');
  return succeed(toLivelihoodCandidate(s, year));
}

/** What to tell the user once the candidate project exists. */
export function livelihoodNotice(s: Suggestion, candidate: LivelihoodCandidate): string {
  return `建议 ${s.number} 已转为${candidate.year}年度民生实事候选项目“${candidate.title}”，可到“民生实事”页继续论证、票决。`;
}

/** The suggestion linked to the project it became. */
export function linkProject(s: Suggestion, projectId: string): Suggestion {
  return { ...s, projectId };
}

/** The year a new 民生实事 candidate is put in by default: the next one, voted at this year's second session. */
export function defaultCandidateYear(asOf: IsoDate): number {
  return dateParts(asOf).year + 1;
}
