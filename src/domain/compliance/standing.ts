// How much a score knows (issue 15, "an honest score"): beside every score, how many duties were
// scored, pending, unknown and not applicable, and whether the number is final, provisional or
// withheld. Pending and unknown duties drop out of the weighted mean (status.ts), so a score made
// of a handful of duties reads like a whole year's work unless it says so. The thresholds below are
// this tool's own reading, not the bylaw's: the bylaw gives no rule for scoring at all.
import { isAfter, type DateRange, type IsoDate } from '../dates';
import type { Status } from './types';

/** How many duties of an evaluation (or of one chapter) had each kind of outcome. */
export interface Coverage {
  /** Every duty evaluated. */
  total: number;
  /** Duties with a score: met, partial or missed. */
  scored: number;
  pending: number;
  unknown: number;
  notApplicable: number;
  /** Duties that apply in the period: scored + pending + unknown. */
  applicable: number;
  /** scored ÷ applicable (0–1); undefined when no duty applies. */
  share?: number;
}

/** The counts of {@link Coverage} from the results' statuses. */
export function coverageOf(results: readonly { status: Status }[]): Coverage {
  let scored = 0;
  let pending = 0;
  let unknown = 0;
  let notApplicable = 0;
  for (const r of results) {
    if (r.status === 'met' || r.status === 'partial' || r.status === 'missed') scored += 1;
    else if (r.status === 'pending') pending += 1;
    else if (r.status === 'unknown') unknown += 1;
    else notApplicable += 1;
  }
  const applicable = scored + pending + unknown;
  return {
    total: results.length,
    scored,
    pending,
    unknown,
    notApplicable,
    applicable,
    ...(applicable > 0 ? { share: scored / applicable } : {}),
  };
}

/**
 * Below this share of applicable duties scored, a score is only provisional (暂定). The tool's own
 * reading: four in five duties measured before a number is taken as the period's result.
 */
export const PROVISIONAL_SHARE = 0.8;

/**
 * Below this share, or with no duty scored, no number is shown as the score unless asked for: it
 * would rest on too few duties to say anything (the tool's own reading).
 */
export const WITHHOLD_SHARE = 0.5;

/**
 * The tables the first-run setup fills (township, term, officers, presidium): records there show
 * that a ledger exists, not that any work of the period was recorded.
 */
const SETUP_TABLES = new Set(['township', 'terms', 'officers', 'presidiumMembers', 'credentialsCommittees']);

/** `final`: shown as the period's score; `provisional`: shown, labelled 暂定; `withheld`: not shown unless asked. */
export type Standing = 'final' | 'provisional' | 'withheld';

/** The standing of a score with the reasons for it, in Chinese. */
export interface ScoreStanding {
  standing: Standing;
  coverage: Coverage;
  /** Why the score is provisional or withheld (empty when final). */
  reasons: string[];
}

/** `62%`. */
const percent = (share: number) => `${Math.round(share * 100)}%`;

/**
 * Whether a score is final, provisional or withheld: provisional while the period is still open on
 * the as-of date or fewer than {@link PROVISIONAL_SHARE} of the applicable duties are scored;
 * withheld when nothing is scored, fewer than {@link WITHHOLD_SHARE} are, or no record of the
 * period's work counts anywhere (only setup records such as the term and officers, or none:
 * results without `evidence` count as having none).
 */
export function scoreStanding(
  results: readonly { status: Status; evidence?: readonly { table: string }[] }[],
  period?: { range: DateRange; asOf: IsoDate },
): ScoreStanding {
  const coverage = coverageOf(results);
  const reasons: string[] = [];
  const open = period !== undefined && isAfter(period.range.end, period.asOf);
  if (open) reasons.push(`考评期间到 ${period.range.end} 才结束，截至 ${period.asOf} 的结果还会变化`);
  const share = coverage.share ?? 0;
  const noRecords = results.every((r) => !(r.evidence ?? []).some((e) => !SETUP_TABLES.has(e.table)));
  if (coverage.scored === 0) reasons.push('还没有可以计分的义务');
  else if (noRecords) reasons.push('本期没有任何台账记录计入考评，得分并非来自登记的工作');
  else if (share < PROVISIONAL_SHARE)
    reasons.push(
      `适用的 ${coverage.applicable} 项义务中只有 ${coverage.scored} 项可以计分（${percent(share)}，本工具以 ${percent(PROVISIONAL_SHARE)} 为界）`,
    );
  const standing: Standing =
    coverage.scored === 0 || noRecords || share < WITHHOLD_SHARE
      ? 'withheld'
      : reasons.length > 0
        ? 'provisional'
        : 'final';
  return { standing, coverage, reasons };
}

/** `计分 41 项 · 待完成 5 项 · 数据不足 2 项 · 不适用 8 项`. */
export function coverageLine(coverage: Coverage): string {
  return [
    `计分 ${coverage.scored} 项`,
    `待完成 ${coverage.pending} 项`,
    `数据不足 ${coverage.unknown} 项`,
    `不适用 ${coverage.notApplicable} 项`,
  ].join(' · ');
}

/** The label of a standing: `暂定`, `暂不计分`, or empty for a final score. */
export const STANDING_LABELS: Record<Standing, string> = {
  final: '',
  provisional: '暂定',
  withheld: '暂不计分',
};

/**
 * A score as text with its standing: `86.4 分`, `72.0 分（暂定）`, or `暂不计分` (the number is
 * given only when `showWithheld` asks for it, as `暂不计分（试算 12.5 分）`).
 */
export function standingScoreText(
  value: number | undefined,
  standing: Standing,
  showWithheld = false,
): string {
  const number = value === undefined ? undefined : `${(Math.round(value * 1000) / 10).toFixed(1)} 分`;
  if (standing === 'withheld')
    return showWithheld && number ? `暂不计分（试算 ${number}）` : STANDING_LABELS.withheld;
  if (number === undefined) return '—';
  return standing === 'provisional' ? `${number}（暂定）` : number;
}
