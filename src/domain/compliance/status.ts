// How subjects' statuses combine into a duty's status and score (obligations.md, "Duties over
// several subjects" and "Score"), and the small rules every evaluator shares.
import { isAfter, isBefore, minDate, type DateRange, type IsoDate } from '../dates';
import type { DutyResult, EvidenceRef, Score, Status, SubjectResult } from './types';

/** Where a period stands on the as-of date. */
export type PeriodState = 'closed' | 'open' | 'notStarted';

/** A period that ended on or before the as-of date is closed; one containing it is open; a later one has not started. */
export function periodState(range: DateRange, asOf: IsoDate): PeriodState {
  if (!isAfter(range.end, asOf)) return 'closed';
  if (isBefore(asOf, range.start)) return 'notStarted';
  return 'open';
}

/**
 * A duty's status from its subjects' statuses: `met` when every subject is met, `missed` when
 * none is met and one is missed, `partial` when some are met and some missed, else `unknown` when
 * one is unknown, else `pending` when one is pending; `not_applicable` when there is nothing to
 * measure. Subjects that are `not_applicable` are left out.
 */
export function combineStatuses(statuses: readonly Status[]): Status {
  const count = (s: Status) => statuses.filter((x) => x === s).length;
  if (count('missed') > 0) return count('met') > 0 ? 'partial' : 'missed';
  if (count('unknown') > 0) return 'unknown';
  if (count('pending') > 0) return 'pending';
  return count('met') > 0 ? 'met' : 'not_applicable';
}

/**
 * Score of a duty from its subjects: the share of met among met and missed subjects (pending,
 * unknown and not applicable subjects are left out). Undefined when nothing is scored.
 */
export function subjectsScore(subjects: readonly Pick<SubjectResult, 'status'>[]): number | undefined {
  const scored = subjects.filter((s) => s.status === 'met' || s.status === 'missed');
  if (scored.length === 0) return undefined;
  return scored.filter((s) => s.status === 'met').length / scored.length;
}

/** Evidence references without repeats, in first-seen order. */
export function uniqueEvidence(refs: Iterable<EvidenceRef>): EvidenceRef[] {
  const seen = new Map<string, Set<string>>(); // ids by table
  const unique: EvidenceRef[] = [];
  for (const ref of refs) {
    let ids = seen.get(ref.table);
    if (!ids) seen.set(ref.table, (ids = new Set()));
    if (!ids.has(ref.id)) {
      ids.add(ref.id);
      unique.push(ref);
    }
  }
  return unique;
}

/** The result of a duty from its subjects: status, score, due date, shortfall and evidence. */
export function dutyResult(id: string, subjects: SubjectResult[]): DutyResult {
  const status = combineStatuses(subjects.map((s) => s.status));
  const scored = status === 'met' || status === 'missed' || status === 'partial';
  const dueDate =
    status === 'pending'
      ? minDate(...subjects.filter((s) => s.status === 'pending').map((s) => s.dueDate))
      : undefined;
  return {
    id,
    status,
    ...(scored ? { score: subjectsScore(subjects) ?? 0 } : {}),
    ...(dueDate ? { dueDate } : {}),
    subjects,
    shortfall: subjects.filter((s) => s.status === 'missed').map((s) => s.label),
    evidence: uniqueEvidence(subjects.flatMap((s) => s.evidence)),
  };
}

/** Weighted mean of the scored results; `weightOf` gives each duty's weight (default 1). */
export function weightedScore(
  results: readonly Pick<DutyResult, 'id' | 'score'>[],
  weightOf: (id: string) => number = () => 1,
): Score {
  let total = 0;
  let weights = 0;
  let scored = 0;
  for (const r of results) {
    if (r.score === undefined) continue;
    total += r.score * weightOf(r.id);
    weights += weightOf(r.id);
    scored += 1;
  }
  return weights > 0 ? { value: total / weights, scored } : { scored };
}

/**
 * The status of "at least `min` by the end of `range`": met once reached; otherwise missed in a
 * closed period and pending (due on the period's last day) while it is open or not started.
 */
export function countStatus(
  count: number,
  min: number,
  range: DateRange,
  asOf: IsoDate,
): Pick<SubjectResult, 'status' | 'dueDate'> {
  if (count >= min) return { status: 'met' };
  return periodState(range, asOf) === 'closed'
    ? { status: 'missed' }
    : { status: 'pending', dueDate: range.end };
}

/**
 * The status of "by `due`": met when done on or before it, missed when done late or when the
 * due date has passed undone, else pending until it.
 */
export function deadlineStatus(
  doneOn: IsoDate | undefined,
  due: IsoDate,
  asOf: IsoDate,
): Pick<SubjectResult, 'status' | 'dueDate'> {
  if (doneOn !== undefined) return isAfter(doneOn, due) ? { status: 'missed' } : { status: 'met' };
  return isBefore(due, asOf) ? { status: 'missed' } : { status: 'pending', dueDate: due };
}
