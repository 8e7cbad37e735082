// The life of a deputy's suggestion (代表建议, 第十六条 and 代表法 51): 登记 → 交办 → 办理 → 见面沟通 →
// 答复 → 代表评价 (不满意 sends it back for re-handling) → 办结. Each step is a pure function that
// returns the new record or a failure value; saving it is the storage layer's business.
import { addMonths, formatChineseDate, isAfter, isBefore, isIsoDate, type IsoDate } from '../../dates';
import type { LivelihoodProject } from '../livelihood/schema';
import {
  ANSWER_RESULTS,
  EVALUATIONS,
  type AnswerResult,
  type Evaluation,
  type PromisedItem,
  type Suggestion,
} from '../suggestions/schema';
import {
  fail,
  integerSetting,
  succeed,
  type SettingValues,
  type WorkflowFailure,
  type WorkflowResult,
} from './steps';

/** Where a suggestion stands, in lifecycle order, with the Chinese label shown in lists. */
export const SUGGESTION_STAGES = {
  submitted: '已登记',
  assigned: '已交办',
  handling: '办理中',
  faceToFace: '已见面沟通',
  answered: '已答复',
  evaluated: '已评价',
  rehandling: '重新办理',
  closed: '已办结',
} as const;
/** One of the keys of SUGGESTION_STAGES. */
export type SuggestionStage = keyof typeof SUGGESTION_STAGES;

/** The defaults of the `suggestionAnswerMonths` and `suggestionComplexAnswerMonths` settings (代表法 51). */
export const DEFAULT_ANSWER_MONTHS = { normal: 3, complex: 6 } as const;

/** The furthest stage a suggestion has reached; an unsatisfied evaluation means re-handling. */
export function stageOf(s: Suggestion): SuggestionStage {
  if (s.closedOn) return 'closed';
  if (s.evaluation === 'unsatisfied') return 'rehandling';
  if (s.evaluation) return 'evaluated';
  if (s.answeredOn) return 'answered';
  // Sent back: the answer was cleared, and the count remembers that it was ever given.
  if (s.rehandledCount > 0) return 'rehandling';
  if (s.faceToFaceOn) return 'faceToFace';
  if (s.handlingStartedOn) return 'handling';
  if (s.assignedOn) return 'assigned';
  return 'submitted';
}

/**
 * The last day to answer: 交办 plus 3 months, or 6 when marked complex (the township's settings
 * may shorten them); undefined before 交办. A suggestion sent back for re-handling keeps the same
 * day, since the law starts no new clock.
 */
export function answerDueDate(s: Suggestion, settings?: SettingValues): IsoDate | undefined {
  if (!s.assignedOn) return undefined;
  const months = s.complex
    ? integerSetting(settings, 'suggestionComplexAnswerMonths', DEFAULT_ANSWER_MONTHS.complex)
    : integerSetting(settings, 'suggestionAnswerMonths', DEFAULT_ANSWER_MONTHS.normal);
  return addMonths(s.assignedOn, months);
}

/** Whether an assigned suggestion still awaits its answer after the due date (the due day itself is in time). */
export function isOverdue(s: Suggestion, asOf: IsoDate, settings?: SettingValues): boolean {
  const due = answerDueDate(s, settings);
  return due !== undefined && !s.answeredOn && !s.closedOn && isAfter(asOf, due);
}

// Stage ranks decide between the two refusals: a step asked for too early is out of order, one asked
// for too late (or twice) is not allowed. Re-handling waits for a new answer, so it ranks with 见面沟通.
const STAGE_RANK: Record<SuggestionStage, number> = {
  submitted: 0,
  assigned: 1,
  handling: 2,
  faceToFace: 3,
  rehandling: 3,
  answered: 4,
  evaluated: 5,
  closed: 6,
};

type Step = 'assign' | 'startHandling' | 'recordFaceToFace' | 'answer' | 'evaluate' | 'close';

/** Each step: its Chinese name, the stages it may start from, and what must come first. */
const STEPS: Record<Step, { label: string; from: readonly SuggestionStage[]; requires: string }> = {
  assign: { label: '交办', from: ['submitted'], requires: '' },
  startHandling: { label: '开始办理', from: ['assigned'], requires: '须先交办' },
  recordFaceToFace: {
    label: '记录见面沟通',
    from: ['assigned', 'handling', 'rehandling'],
    requires: '须先交办',
  },
  answer: { label: '答复', from: ['assigned', 'handling', 'faceToFace', 'rehandling'], requires: '须先交办' },
  evaluate: { label: '评价', from: ['answered'], requires: '须先答复' },
  close: { label: '办结', from: ['evaluated'], requires: '须先答复并经代表评价' },
};

function checkStage(s: Suggestion, step: Step): WorkflowFailure | undefined {
  const { label, from, requires } = STEPS[step];
  const stage = stageOf(s);
  if (from.includes(stage)) return undefined;
  const now = `该建议目前为「${SUGGESTION_STAGES[stage]}」`;
  const earliest = Math.min(...from.map((f) => STAGE_RANK[f]));
  return STAGE_RANK[stage] < earliest
    ? fail('out-of-order', `${now}，${requires}才能${label}`)
    : fail('not-allowed', `${now}，这时不能${label}`);
}

/** The lifecycle's date fields with their Chinese names. */
const DATE_LABELS = {
  submittedOn: '提出日期',
  assignedOn: '交办日期',
  handlingStartedOn: '开始办理日期',
  faceToFaceOn: '见面沟通日期',
  answeredOn: '答复日期',
  evaluatedOn: '评价日期',
  closedOn: '办结日期',
} as const;
type DateField = keyof typeof DATE_LABELS;

/**
 * Dates never go backwards: a step may not be dated before any lifecycle date already recorded
 * (including the unsatisfied evaluation that sent it back), and must be a real date.
 */
function checkDate(s: Suggestion, on: IsoDate, field: DateField): WorkflowFailure | undefined {
  if (!isIsoDate(on)) return fail('missing-field', `请填写有效的${DATE_LABELS[field]}`, 'on');
  let latest: { date: IsoDate; field: DateField } | undefined;
  for (const other of Object.keys(DATE_LABELS) as DateField[]) {
    const date = s[other];
    if (other !== field && date && (!latest || isAfter(date, latest.date))) latest = { date, field: other };
  }
  if (latest && isBefore(on, latest.date))
    return fail(
      'out-of-order',
      `${DATE_LABELS[field]}（${formatChineseDate(on)}）不能早于${DATE_LABELS[latest.field]}（${formatChineseDate(latest.date)}）`,
      'on',
    );
  return undefined;
}

/** What 交办 records: the date, the lead unit, the co-units, and whether the suggestion is complex. */
export interface AssignInput {
  on: IsoDate;
  leadUnit: string;
  coUnits?: readonly string[];
  /** Complex suggestions get 6 months instead of 3. */
  complex?: boolean;
  /** 乡镇长 or 副乡镇长 leading the handling (领办). */
  leadOfficerId?: string;
  /** 党委书记 supervising it (督办). */
  supervisorOfficerId?: string;
}

/** 交办: hands a registered suggestion to its lead unit (and co-units) on a date. */
export function assign(s: Suggestion, input: AssignInput): WorkflowResult<Suggestion> {
  const refused = checkStage(s, 'assign') ?? checkDate(s, input.on, 'assignedOn');
  if (refused) return refused;
  const leadUnit = input.leadUnit.trim();
  if (!leadUnit) return fail('missing-field', '请填写主办单位', 'leadUnit');
  const coUnits = [...new Set((input.coUnits ?? []).map((u) => u.trim()))].filter((u) => u && u !== leadUnit);
  const next: Suggestion = {
    ...s,
    assignedOn: input.on,
    leadUnit,
    coUnits,
    complex: input.complex ?? s.complex,
  };
  if (input.leadOfficerId) next.leadOfficerId = input.leadOfficerId;
  if (input.supervisorOfficerId) next.supervisorOfficerId = input.supervisorOfficerId;
  return succeed(next);
}

/** 办理: records the day the lead unit started handling an assigned suggestion. */
export function startHandling(s: Suggestion, input: { on: IsoDate }): WorkflowResult<Suggestion> {
  const refused = checkStage(s, 'startHandling') ?? checkDate(s, input.on, 'handlingStartedOn');
  return refused ?? succeed({ ...s, handlingStartedOn: input.on });
}

/** 见面沟通: records the meeting with the proposers before the answer (第十六条(三)), again when re-handling. */
export function recordFaceToFace(s: Suggestion, input: { on: IsoDate }): WorkflowResult<Suggestion> {
  const refused = checkStage(s, 'recordFaceToFace') ?? checkDate(s, input.on, 'faceToFaceOn');
  return refused ?? succeed({ ...s, faceToFaceOn: input.on });
}

/** What 答复 records: the date, the result and the promises made. */
export interface AnswerInput {
  on: IsoDate;
  /** Undefined when the form was left empty; refused as a missing field. */
  result: AnswerResult | undefined;
  /** Promises made in the answer; when omitted, those already recorded are kept. */
  promisedItems?: readonly PromisedItem[];
}

/** 答复: records the answer to an assigned (or sent-back) suggestion. */
export function answer(s: Suggestion, input: AnswerInput): WorkflowResult<Suggestion> {
  const refused = checkStage(s, 'answer') ?? checkDate(s, input.on, 'answeredOn');
  if (refused) return refused;
  if (!input.result || !Object.hasOwn(ANSWER_RESULTS, input.result))
    return fail('missing-field', '请选择答复结果', 'result');
  // Blank rows are what an unfilled line of the promises list leaves behind, not promises.
  const promisedItems = input.promisedItems
    ?.map((item) => ({ ...item, content: item.content.trim() }))
    .filter((item) => item.content);
  const undated = promisedItems?.find((item) => !item.dueOn);
  if (undated)
    return fail('missing-field', `请写明承诺事项「${undated.content}」的承诺完成期限`, 'promisedItems');
  return succeed({
    ...s,
    answeredOn: input.on,
    firstAnsweredOn: s.firstAnsweredOn ?? input.on,
    answerResult: input.result,
    promisedItems: promisedItems ?? s.promisedItems,
  });
}

/**
 * 代表评价: records the proposers' evaluation of the answer. 不满意 sends the suggestion back: the
 * answer and its evaluation are cleared, the re-handling count goes up and the evaluation's date is
 * kept, so that the new answer cannot be dated before it.
 */
export function evaluate(
  s: Suggestion,
  input: { on: IsoDate; evaluation: Evaluation | undefined },
): WorkflowResult<Suggestion> {
  const refused = checkStage(s, 'evaluate') ?? checkDate(s, input.on, 'evaluatedOn');
  if (refused) return refused;
  if (!input.evaluation || !Object.hasOwn(EVALUATIONS, input.evaluation))
    return fail('missing-field', '请选择代表的评价：满意、基本满意或不满意', 'evaluation');
  if (input.evaluation !== 'unsatisfied')
    return succeed({ ...s, evaluation: input.evaluation, evaluatedOn: input.on });
  const next: Suggestion = { ...s, evaluatedOn: input.on, rehandledCount: s.rehandledCount + 1 };
  delete next.answeredOn;
  delete next.answerResult;
  delete next.evaluation;
  return succeed(next);
}

/** 办结: closes a suggestion whose answer the proposers evaluated as 满意 or 基本满意. */
export function close(s: Suggestion, on: IsoDate): WorkflowResult<Suggestion> {
  const refused = checkStage(s, 'close') ?? checkDate(s, on, 'closedOn');
  return refused ?? succeed({ ...s, closedOn: on });
}

/** The start of a 民生实事 project from a suggestion (第十六条(四)): its title, the link back, the year. */
export function toLivelihoodCandidate(
  s: Suggestion,
  year: number,
): Pick<LivelihoodProject, 'title' | 'year'> & { suggestionId: string } {
  return { title: s.title, suggestionId: s.id, year };
}

/**
 * 承诺事项清单 (第十六条第（三）项): replaces the answer's promised items with the list as now kept —
 * each with its promised date and, once done or reported back, that date. Only after an answer;
 * a done date may not be before the first answer.
 */
export function trackPromises(s: Suggestion, items: readonly PromisedItem[]): WorkflowResult<Suggestion> {
  const answered = s.firstAnsweredOn ?? s.answeredOn;
  if (!answered) return fail('not-allowed', '建议尚未答复，没有承诺事项可以跟踪');
  const kept = items.map((item) => ({ ...item, content: item.content.trim() })).filter((i) => i.content);
  for (const item of kept) {
    if (!item.dueOn)
      return fail('missing-field', `请写明承诺事项「${item.content}」的承诺完成期限`, 'promisedItems');
    if (item.doneOn && isBefore(item.doneOn, answered))
      return fail(
        'out-of-order',
        `承诺事项「${item.content}」的落实或反馈日期不能早于答复日期（${formatChineseDate(answered)}）`,
        'promisedItems',
      );
  }
  return succeed({ ...s, promisedItems: kept });
}
