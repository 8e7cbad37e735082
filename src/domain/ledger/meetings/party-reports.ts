// 第二十二条第（一）项: the presidium reports to the party committee once a quarter. This counts the
// reports of each quarter of a year and says which quarters are covered, as of a date.
import { dateParts, isAfter, isWithin, quarterRange, type IsoDate } from '../../dates';
import { toChineseNumeral } from '../../rules/numerals';

/** A quarter's standing as of a date: reported; closed without a report; running; not begun. */
export type QuarterState = 'reported' | 'missed' | 'open' | 'not-started';

export const QUARTER_STATE_LABELS = {
  reported: '已汇报',
  missed: '未汇报',
  open: '本季度尚未汇报',
  'not-started': '未到',
} as const satisfies Record<QuarterState, string>;

/** One quarter of a year and the reports in it. */
export interface QuarterReports {
  quarter: 1 | 2 | 3 | 4;
  /** `第一季度`. */
  label: string;
  count: number;
  state: QuarterState;
}

/** The quarter (1–4) a date falls in. */
export function quarterOf(date: IsoDate): 1 | 2 | 3 | 4 {
  return (Math.floor((dateParts(date).month - 1) / 3) + 1) as 1 | 2 | 3 | 4;
}

/** A date's quarter in words: `2025年第三季度`. */
export function quarterLabel(date: IsoDate): string {
  return `${dateParts(date).year}年第${toChineseNumeral(quarterOf(date))}季度`;
}

/** The reports of each quarter of `year`, given the dates of all reports, as of `asOf` (a closed quarter without one is missed). */
export function partyReportQuarters(
  dates: readonly IsoDate[],
  year: number,
  asOf: IsoDate,
): QuarterReports[] {
  return ([1, 2, 3, 4] as const).map((quarter) => {
    const range = quarterRange(year, quarter);
    const count = dates.filter((d) => isWithin(d, range)).length;
    const state: QuarterState =
      count > 0
        ? 'reported'
        : // A period that ended on or before the as-of date is closed (obligations.md).
          !isAfter(range.end, asOf)
          ? 'missed'
          : isAfter(range.start, asOf)
            ? 'not-started'
            : 'open';
    return { quarter, label: `第${toChineseNumeral(quarter)}季度`, count, state };
  });
}
