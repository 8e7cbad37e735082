// The compliance engine: (records, settings, catalogue, period, as-of) → a result for every duty
// of the catalogue. Pure: runs the same in the browser, in Node and in the command-line tool.
import { isAfter, isBefore, maxDate, minDate, yearRange, type DateRange } from '../dates';
import type { Duty } from '../schemas/duty';
import { evaluationContext, type EvaluationContext } from './context';
import { EVALUATORS } from './evaluators';
import { dutyResult, weightedScore } from './status';
import type { DutyResult, Evaluation, EvaluationInput, Selection, SubjectResult, Unit } from './types';

/** The dates a selection covers: the calendar year, or the term from its start to its end. */
export function selectionRange(
  selection: Selection,
  ctx: Pick<EvaluationContext, 'terms' | 'termEnd'>,
): DateRange | undefined {
  if (selection.kind === 'year') return yearRange(selection.year);
  const term = ctx.terms.find((t) => t.id === selection.termId);
  return term ? { start: term.startDate, end: ctx.termEnd(term) } : undefined;
}

/** The units a duty is evaluated over within the selected range (see `Unit`). */
export function unitsOf(
  duty: Duty,
  range: DateRange,
  ctx: Pick<EvaluationContext, 'terms' | 'termEnd'>,
): Unit[] {
  switch (duty.period) {
    case 'event':
      return [{ kind: 'event', range }];
    case 'term':
      return ctx.terms
        .map((t) => ({
          kind: 'term' as const,
          termId: t.id,
          range: { start: t.startDate, end: ctx.termEnd(t) },
        }))
        .filter((u) => !isAfter(u.range.start, range.end) && !isBefore(u.range.end, range.start));
    default: {
      const units: Unit[] = [];
      const first = Number(range.start.slice(0, 4));
      const last = Number(range.end.slice(0, 4));
      for (let year = first; year <= last; year++) units.push({ kind: 'year', year, range: yearRange(year) });
      return units;
    }
  }
}

/** Prefix of a subject's label and key when a term selection spans several units. */
function unitPrefix(unit: Unit): { key: string; label: string } {
  return unit.kind === 'year' ? { key: `${unit.year}`, label: `${unit.year}年` } : { key: '', label: '' };
}

const NO_TERM: SubjectResult = {
  key: 'no-term',
  label: '届次',
  status: 'unknown',
  note: '台账中没有登记届次，无法按届衡量。请在“乡镇与届次”中登记。',
  evidence: [],
};

/** Evaluates one duty over the selected range: every unit, every subject, then the combination. */
export function evaluateDuty(duty: Duty, range: DateRange, ctx: EvaluationContext): DutyResult {
  const evaluator = EVALUATORS[duty.id];
  if (!evaluator) throw new Error(`no evaluator for duty ${duty.id}`);
  const units = unitsOf(duty, range, ctx);
  if (duty.period === 'term' && units.length === 0) return dutyResult(duty.id, [NO_TERM]);
  const subjects = units.flatMap((unit) => {
    const found = evaluator(duty, unit, ctx);
    if (units.length === 1) return found;
    const prefix = unitPrefix(unit);
    return found.map((s) => ({
      ...s,
      key: prefix.key ? `${prefix.key}:${s.key}` : s.key,
      label: prefix.label && !s.label.startsWith(prefix.label) ? `${prefix.label} ${s.label}` : s.label,
    }));
  });
  return dutyResult(duty.id, subjects);
}

/** Evaluates every duty of the catalogue for a selection as of a date, with overall and chapter scores. */
export function evaluate(input: EvaluationInput): Evaluation {
  const ctx = evaluationContext(input.data, input.settings, input.catalogue, input.asOf);
  const range = selectionRange(input.selection, ctx);
  if (!range)
    throw new Error(`unknown term ${input.selection.kind === 'term' ? input.selection.termId : ''}`);
  const results = input.catalogue.duties.map((duty) => evaluateDuty(duty, range, ctx));
  const weightOf = (id: string) => input.catalogue.duties.find((d) => d.id === id)?.weight ?? 1;
  const chapters: Evaluation['chapters'] = {};
  for (const chapter of new Set(input.catalogue.duties.map((d) => d.chapter))) {
    const ids = new Set(input.catalogue.duties.filter((d) => d.chapter === chapter).map((d) => d.id));
    chapters[chapter] = weightedScore(
      results.filter((r) => ids.has(r.id)),
      weightOf,
    );
  }
  return {
    selection: input.selection,
    range,
    asOf: input.asOf,
    catalogueVersion: input.catalogue.version,
    results,
    overall: weightedScore(results, weightOf),
    chapters,
  };
}

/** The years a ledger has records for, oldest first: the choices of the dashboard's year picker. */
export function yearsWithRecords(ctx: Pick<EvaluationContext, 'terms' | 'termEnd' | 'asOf'>): number[] {
  const start = minDate(...ctx.terms.map((t) => t.startDate));
  const end = maxDate(...ctx.terms.map((t) => ctx.termEnd(t)));
  if (!start || !end) return [Number(ctx.asOf.slice(0, 4))];
  const years: number[] = [];
  const last = Math.min(Number(end.slice(0, 4)), Number(ctx.asOf.slice(0, 4)));
  for (let y = Number(start.slice(0, 4)); y <= last; y++) years.push(y);
  return years;
}
