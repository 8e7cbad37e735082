// Small helpers every chapter's evaluators share: evidence references, the Chinese wording of
// dates, targets, counts and deadlines, sessions and terms as documents name them, and the
// township's yearly counting duty.
import { formatChineseDate, isAfter, isWithin, type DateRange, type IsoDate } from '../../dates';
import type { Activity, ActivityKind, RecordTable, Session, Term } from '../../ledger';
import { sessionTitle } from '../../ledger/meetings/titles';
import { toChineseNumeral } from '../../rules/numerals';
import type { Duty } from '../../schemas/duty';
import type { EvaluationContext } from '../context';
import { countStatus, periodState } from '../status';
import type { EvidenceRef, Status, SubjectResult, Unit } from '../types';

/** An evidence reference to one record. */
export const ref = (table: RecordTable, id: string): EvidenceRef => ({ table, id });

/** A text cut to `max` characters with an ellipsis, for labels. */
export function shortText(text: string, max = 16): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

/** `至少应3次（目标3—4次）`: the lower bound, with the full target when the rules give a range. */
export function targetWords(target: Duty['target'], unit = '次'): string {
  const min = target?.min ?? 1;
  const full = target?.full ?? min;
  return `至少应${min}${unit}${full > min ? `（目标${min}—${full}${unit}）` : ''}`;
}

/**
 * The workings of a counting duty: `全年开展执法检查1次，至少应1次（目标1—2次）。` for a closed
 * period, `截至2025年6月30日，本年已开展…` while it is open (`本届` for a term).
 */
export function countNote(options: {
  range: DateRange;
  asOf: IsoDate;
  period: 'year' | 'term';
  /** What was done: `开展执法检查`, `参加集中学习`. */
  what: string;
  count: number;
  target: Duty['target'];
  unit?: string;
}): string {
  const { range, asOf, period, what, count, target, unit = '次' } = options;
  const counted = `${what}${count}${unit}，${targetWords(target, unit)}。`;
  if (periodState(range, asOf) === 'closed') return `${period === 'term' ? '届内' : '全年'}${counted}`;
  return `截至${formatChineseDate(asOf)}，${period === 'term' ? '本届' : '本年'}已${counted}`;
}

/**
 * The workings of a deadline: `交办日2025年3月10日，应于2025年6月10日前答复，实际2025年7月2日答复，逾期。`
 * `start` names the day the clock starts, `act` what must be done by the due date.
 */
export function deadlineNote(
  start: string,
  due: IsoDate,
  act: string,
  doneOn: IsoDate | undefined,
  status: Status,
): string {
  const head = `${start}，应于${formatChineseDate(due)}前${act}`;
  if (doneOn)
    return `${head}，实际${formatChineseDate(doneOn)}${act}${status === 'missed' ? '，逾期' : ''}。`;
  return status === 'missed' ? `${head}，至今未${act}，已逾期。` : `${head}，尚未${act}。`;
}

/** The one subject of a township duty over a year. */
export const TOWNSHIP = { key: 'township', label: '乡镇' } as const;

/** A township's yearly counting duty over some activities: met at the duty's target minimum. */
export function townshipCount(
  duty: Duty,
  unit: Unit,
  ctx: EvaluationContext,
  what: string,
  counted: readonly Activity[],
  extraNote = '',
): SubjectResult {
  const status = countStatus(counted.length, duty.target?.min ?? 1, unit.range, ctx.asOf);
  const note = countNote({
    range: unit.range,
    asOf: ctx.asOf,
    period: 'year',
    what,
    count: counted.length,
    target: duty.target,
  });
  return {
    ...TOWNSHIP,
    ...status,
    note: extraNote ? `${note}${extraNote}` : note,
    evidence: counted.map((a) => ref('activities', a.id)),
  };
}

/** Activities of several kinds within a range, oldest first. */
export function activitiesOfKinds(
  ctx: EvaluationContext,
  kinds: readonly ActivityKind[],
  range: DateRange,
): Activity[] {
  return kinds
    .flatMap((kind) => ctx.activitiesIn(kind, range))
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/** A date as the notes write it: `2025年3月10日`. */
export const cn = formatChineseDate;

/** A session as documents name it: `第七届第二次会议`. */
export function sessionLabel(session: Session, ctx: EvaluationContext): string {
  return sessionTitle(ctx.terms.find((t) => t.id === session.termId)?.number, session.number);
}

/** The sessions that open within a range, oldest first. */
export function sessionsIn(range: DateRange, ctx: EvaluationContext): Session[] {
  return ctx.sessions.filter((s) => isWithin(s.startDate, range));
}

/** The evidence reference of a session. */
export const sessionRef = (session: Session): EvidenceRef => ({ table: 'sessions', id: session.id });

/**
 * The subject of a session that has not opened by the as-of date: what is measured about it
 * (attendance, agenda, length) is not known yet, so it is pending until its opening day.
 */
export function notYetHeld(session: Session, ctx: EvaluationContext): SubjectResult | undefined {
  if (!isAfter(session.startDate, ctx.asOf)) return undefined;
  return {
    key: session.id,
    label: sessionLabel(session, ctx),
    status: 'pending',
    dueDate: session.startDate,
    note: `该次会议定于${cn(session.startDate)}开幕，尚未召开。`,
    evidence: [sessionRef(session)],
  };
}

/** A term as documents name it: `第七届`. */
export const termLabel = (term: Term) => `第${toChineseNumeral(term.number)}届`;
