// The reads of the 考评 dashboard, live: the periods the terms allow, and the records one period's
// evaluation needs (read by index). The township, terms and settings come from use-ledger-basics.ts.
import { useMemo } from 'preact/hooks';
import { catalogue } from '../../../domain/catalogue';
import { evaluationContext, type EvaluationContext } from '../../../domain/compliance/context';
import { selectionRange, yearsWithRecords } from '../../../domain/compliance/engine';
import type { Selection } from '../../../domain/compliance/types';
import type { DateRange, IsoDate } from '../../../domain/dates';
import { type LedgerData, type RecordTable, RECORD_TABLE_NAMES } from '../../../domain/ledger';
import { readEvaluationData } from '../../../storage/queries/evaluation';
import { useLiveQuery } from '../../kit/use-live-query';

/** A ledger with no records, to which the small tables read first are added. */
export function emptyLedger(): LedgerData {
  const data = {} as Record<RecordTable, unknown[]>;
  for (const table of RECORD_TABLE_NAMES) data[table] = [];
  return data as LedgerData;
}

/** What the terms alone tell: the range of a selection and the years to choose from. */
export function usePeriods(
  terms: LedgerData['terms'] | undefined,
  selection: Selection | undefined,
  asOf: IsoDate,
) {
  return useMemo(() => {
    const ctx: EvaluationContext = evaluationContext(
      { ...emptyLedger(), terms: terms ?? [] },
      undefined,
      catalogue,
      asOf,
    );
    return {
      years: yearsWithRecords(ctx),
      range: selection ? selectionRange(selection, ctx) : undefined,
      termEnd: ctx.termEnd,
    };
  }, [terms, selection, asOf]);
}

/**
 * The records an evaluation of `range` reads, kept live; undefined while the range's records are
 * loading (records of a previous range are never passed off as this one's) or without a range.
 */
export function useEvaluationData(range: DateRange | undefined): {
  data: LedgerData | undefined;
  error: unknown;
} {
  const key = range ? `${range.start}/${range.end}` : '';
  const state = useLiveQuery(
    async () => ({ key, data: range ? await readEvaluationData(range) : undefined }),
    [key],
  );
  return { data: state.data?.key === key ? state.data.data : undefined, error: state.error };
}
