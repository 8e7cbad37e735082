// What the suggestions list shows of a record and of the records it points at: the stage in words,
// the answer deadline and whether it has passed, the lead proposer, and the labels of the sessions
// and officers offered in its forms.
import { isAfter, isBefore, type IsoDate } from '../../dates';
import type { Session } from '../meetings/schema';
import type { Suggestion } from './schema';
import { OFFICER_ROLES, type Officer, type OfficerRole } from '../township/schema';
import type { SettingValues } from '../workflows/steps';
import {
  SUGGESTION_STAGES,
  answerDueDate,
  isOverdue,
  stageOf,
  type SuggestionStage,
} from '../workflows/suggestion';

/** Where a suggestion stands, as its row shows it. */
export interface SuggestionStatus {
  stage: SuggestionStage;
  /** The stage's Chinese label (已交办, 重新办理 …). */
  label: string;
  /** The last day to answer; undefined before 交办. */
  dueDate: IsoDate | undefined;
  /** Assigned, not answered, and past the due date on `asOf`. */
  overdue: boolean;
  /** Answered, but after the due date (代表法 51 was missed even though the answer came). */
  answeredLate: boolean;
  /** How many times an unsatisfied answer sent it back. */
  rehandledCount: number;
}

/** The status of a suggestion on a day, with the township's deadline settings. */
export function suggestionStatus(s: Suggestion, asOf: IsoDate, settings?: SettingValues): SuggestionStatus {
  const stage = stageOf(s);
  const dueDate = answerDueDate(s, settings);
  return {
    stage,
    label: SUGGESTION_STAGES[stage],
    dueDate,
    overdue: isOverdue(s, asOf, settings),
    answeredLate: dueDate !== undefined && s.answeredOn !== undefined && isAfter(s.answeredOn, dueDate),
    rehandledCount: s.rehandledCount,
  };
}

/**
 * The lead proposer (领衔, the first) and how many proposed it: `张红梅`, `张红梅等3人`. A deputy no
 * longer in the register is named as such rather than left blank.
 */
export function proposerSummary(ids: readonly string[], nameOf: (id: string) => string | undefined): string {
  const first = ids[0];
  if (first === undefined) return '';
  const name = nameOf(first) ?? '（已删除的代表）';
  return ids.length > 1 ? `${name}等${ids.length}人` : name;
}

/** A session as a select shows it: `第7届第3次会议（2026-01-12）`. */
export function sessionLabel(session: Pick<Session, 'number' | 'startDate'>, termNumber?: number): string {
  const term = termNumber === undefined ? '' : `第${termNumber}届`;
  return `${term}第${session.number}次会议（${session.startDate}）`;
}

/** An officer offered as a lead or supervisor. */
export interface OfficerChoice {
  value: string;
  label: string;
}

/**
 * The officers holding one of `roles`, as choices for 督办 or 领办: those in office on `asOf` first
 * (latest appointed first), then former ones marked 已离任, since a suggestion may be entered late.
 */
export function officerChoices(
  officers: readonly Officer[],
  roles: readonly OfficerRole[],
  asOf: IsoDate,
): OfficerChoice[] {
  const isFormer = (o: Officer) => o.to !== undefined && isBefore(o.to, asOf);
  return officers
    .filter((o) => roles.includes(o.role))
    .toSorted((a, b) => Number(isFormer(a)) - Number(isFormer(b)) || b.from.localeCompare(a.from))
    .map((o) => ({
      value: o.id,
      label: `${o.name}（${OFFICER_ROLES[o.role]}${isFormer(o) ? '，已离任' : ''}）`,
    }));
}
