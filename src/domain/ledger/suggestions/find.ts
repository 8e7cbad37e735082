// Finding suggestions (代表建议): full-text search over what a suggestion says (title, content, the
// answer's result and promises, notes), filters by step and 已超期; and each suggestion's history of
// steps from the dates recorded on it. Pure: the page reads the table once (an indexed read) and
// filters in memory, as a township has tens to a few hundred suggestions a year.
import type { IsoDate } from '../../dates';
import { ANSWER_RESULTS, EVALUATIONS, promisedItemsOf, type Suggestion } from './schema';
import type { SettingValues } from '../workflows/steps';
import { isOverdue, stageOf, type SuggestionStage } from '../workflows/suggestion';

/** What the finder asks for; empty fields do not filter. */
export interface SuggestionQuery {
  /** Words to find (all of them, anywhere in the suggestion's text), separated by spaces. */
  text?: string;
  stage?: SuggestionStage | '';
  /** Only those past their answer deadline. */
  overdue?: boolean;
}

/** Everything a suggestion says, as one text to search. */
export function suggestionText(s: Suggestion): string {
  return [
    s.number,
    s.title,
    s.content,
    s.leadUnit,
    ...s.coUnits,
    s.answerResult ? ANSWER_RESULTS[s.answerResult] : undefined,
    ...promisedItemsOf(s).map((p) => p.content),
    s.evaluation ? EVALUATIONS[s.evaluation] : undefined,
    s.note,
  ]
    .filter(Boolean)
    .join('\n')
    .toLowerCase();
}

/** Whether a query is empty (nothing to filter by). */
export const isEmptyQuery = (q: SuggestionQuery) => !q.text?.trim() && !q.stage && !q.overdue;

/** The suggestions that match the query on a day, in the order given. */
export function findSuggestions(
  suggestions: readonly Suggestion[],
  query: SuggestionQuery,
  asOf: IsoDate,
  settings?: SettingValues,
): Suggestion[] {
  const words = (query.text ?? '').toLowerCase().split(/\s+/).filter(Boolean);
  return suggestions.filter((s) => {
    if (query.stage && stageOf(s) !== query.stage) return false;
    if (query.overdue && !isOverdue(s, asOf, settings)) return false;
    if (words.length === 0) return true;
    const text = suggestionText(s);
    return words.every((w) => text.includes(w));
  });
}

/** One step in a suggestion's history. */
export interface HistoryStep {
  date: IsoDate;
  /** `交办`, `答复：已解决`, `代表评价：不满意`. */
  label: string;
}

/**
 * The steps a suggestion went through, oldest first, from the dates recorded on it. A suggestion
 * sent back keeps its first answer's date and the count of returns (`rehandledCount`, shown
 * beside); the dates of the answers in between are not kept by the record.
 */
export function suggestionHistory(s: Suggestion): HistoryStep[] {
  const steps: HistoryStep[] = [{ date: s.submittedOn, label: '登记' }];
  const add = (date: IsoDate | undefined, label: string) => {
    if (date) steps.push({ date, label });
  };
  add(s.assignedOn, `交办${s.leadUnit ? `（${s.leadUnit}）` : ''}`);
  add(s.handlingStartedOn, '开始办理');
  add(s.faceToFaceOn, '见面沟通');
  if (s.firstAnsweredOn && s.firstAnsweredOn !== s.answeredOn) add(s.firstAnsweredOn, '首次答复');
  add(s.answeredOn, `答复${s.answerResult ? `：${ANSWER_RESULTS[s.answerResult]}` : ''}`);
  add(s.evaluatedOn, `代表评价${s.evaluation ? `：${EVALUATIONS[s.evaluation]}` : ''}`);
  add(s.closedOn, '办结');
  return steps.sort((a, b) => a.date.localeCompare(b.date));
}
