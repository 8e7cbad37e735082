// The live 考评 dashboard: choose a year or a term and an as-of date; see the overall and chapter
// scores, every duty with its status and workings, what falls due in the next 30 or 90 days, and
// charts; close a period into a frozen snapshot. Everything shown is computed by pure functions of
// src/domain/compliance/ and recomputed live when the records change. Loaded by CompliancePage
// only once the ledger has a township, so an empty browser never downloads the engine.
import { Fragment, type ComponentChildren } from 'preact';
import { useMemo, useState } from 'preact/hooks';
import { catalogue } from '../../../domain/catalogue';
import {
  chapterScoresChart,
  deputyPointsInRange,
  livelihoodPipelineChart,
  pointsDistributionChart,
  quarterTimelineChart,
  suggestionFunnelChart,
} from '../../../domain/compliance/charts';
import {
  daysLeftText,
  dueWithin,
  groupByChapter,
  recordLookup,
  scoreText,
  statusCounts,
} from '../../../domain/compliance/dashboard';
import { evaluate } from '../../../domain/compliance/engine';
import { periodLabel } from '../../../domain/compliance/snapshot';
import {
  coverageLine,
  scoreStanding,
  standingScoreText,
  STANDING_LABELS,
} from '../../../domain/compliance/standing';
import { toChineseNumeral } from '../../../domain/rules/numerals';
import { STATUSES, type Evaluation, type Selection, type Status } from '../../../domain/compliance/types';
import { isIsoDate, today, type IsoDate } from '../../../domain/dates';
import { ChartFigure } from './Charts';
import type { ChartLook } from './chart-draw';
import { DutyList, StatusBadge, StatusLegend } from './DutyList';
import { CloseButton, SnapshotList } from './Snapshots';
import { useEvaluationData, usePeriods } from './use-compliance-data';
import type { LedgerBasics } from './use-ledger-basics';
import type { Township } from '../../../domain/ledger';
import { READ_ONLY_MESSAGE } from '../../../domain/safety';
import { useWriterState } from '../safety/use-storage-state';
import { YearSelect } from '../../kit/YearSelect';
import { WordButton } from '../word/WordButton';

/** Chapter titles by number (`2: 职权与职责`), passed from the page at build time. */
export type ChapterTitles = Readonly<Record<number, string>>;

const SCORE_LOOK: ChartLook = { max: 100 };
const TIMELINE_LOOK: ChartLook = { stacked: true };
const FUNNEL_LOOK: ChartLook = { horizontal: true };
const PLAIN_LOOK: ChartLook = {};

/**
 * The period the URL asks for: `?year=2025`, `?term=<termId>`, `?asOf=2025-06-30` (links from the
 * handbook's live duty status and shared links); anything unreadable is ignored.
 */
function periodFromUrl(): { kind?: Selection['kind']; year?: number; termId?: string; asOf?: IsoDate } {
  const params = new URLSearchParams(window.location.search);
  const year = Number(params.get('year'));
  const termId = params.get('term');
  const asOf = params.get('asOf');
  return {
    ...(termId ? { kind: 'term' as const, termId } : {}),
    ...(Number.isInteger(year) && year >= 2000 && year <= 2100 ? { kind: 'year' as const, year } : {}),
    ...(asOf && isIsoDate(asOf) ? { asOf } : {}),
  };
}

/** The live dashboard of a ledger that has a township (the page shows the empty state itself). */
export function Dashboard({
  basics,
  chapterTitles,
}: {
  basics: LedgerBasics & { township: Township };
  chapterTitles: ChapterTitles;
}) {
  const [fromUrl] = useState(periodFromUrl);
  const [asOf, setAsOf] = useState<IsoDate>(() => fromUrl.asOf ?? today());
  const [kind, setKind] = useState<Selection['kind']>(fromUrl.kind ?? 'year');
  const [year, setYear] = useState<number | undefined>(fromUrl.year);
  const [termId, setTermId] = useState<string | undefined>(fromUrl.termId);

  const { township, settings, snapshots, terms } = basics;
  // Closing a period writes a snapshot: like a ledger page, this tab asks to be the ledger's one
  // writer, and says so when another tab is (its writes are then refused by the storage layer).
  const writer = useWriterState(true);
  const currentYear = Number(asOf.slice(0, 4));
  const chosenYear = year ?? Math.min(basics.lastSessionYear ?? currentYear, currentYear);
  const chosenTerm =
    (termId && terms.some((t) => t.id === termId) ? termId : undefined) ??
    [...terms].reverse().find((t) => t.startDate <= asOf)?.id ??
    terms.at(-1)?.id;
  const selection = useMemo((): Selection | undefined => {
    if (kind === 'year') return { kind: 'year', year: chosenYear };
    return chosenTerm ? { kind: 'term', termId: chosenTerm } : undefined;
  }, [kind, chosenYear, chosenTerm]);
  const periods = usePeriods(terms, selection, asOf);
  const records = useEvaluationData(periods.range);

  const computed = useComputedEvaluation(records.data, settings, selection, asOf);

  const label = selection ? periodLabel(selection, terms) : '';
  const years = periods.years.includes(chosenYear) ? periods.years : [...periods.years, chosenYear].sort();

  return (
    <div class="compliance-page">
      {writer === 'reader' && (
        <p class="notice" role="status">
          {READ_ONLY_MESSAGE}考评结果照常显示；封存和删除考评快照需在那个标签页里进行。
        </p>
      )}
      {township.isDemo && (
        <div class="demo-banner" role="note">
          <strong>当前显示的是示例乡镇的虚构数据</strong>，考评结果仅供演示。
        </div>
      )}
      <PeriodControls
        kind={kind}
        setKind={setKind}
        hasTerms={terms.length > 0}
        years={years}
        chosenYear={chosenYear}
        setYear={setYear}
        chosenTerm={chosenTerm}
        setTermId={setTermId}
        termOptions={terms.map((t) => ({
          id: t.id,
          label: `第${toChineseNumeral(t.number)}届（${t.startDate} 至 ${periods.termEnd(t)}）`,
        }))}
        asOf={asOf}
        setAsOf={setAsOf}
      />

      {periods.range && (
        <p class="period-line">
          {township.name} · {label} · {periods.range.start} 至 {periods.range.end} · 结果截至 {asOf}
        </p>
      )}
      {computed?.evaluation && (
        <WordDownloads
          evaluation={computed.evaluation}
          townshipName={township.name}
          label={label}
          asOf={asOf}
          chapterTitles={chapterTitles}
          annualYear={kind === 'year' ? chosenYear : undefined}
        />
      )}

      {!selection && (
        <p class="notice">台账中还没有登记届次，无法按届期考评。请改为按年度，或到“乡镇与届次”登记届次。</p>
      )}
      {records.error !== undefined && (
        <p class="notice notice-error" role="alert">
          读取台账失败：{String((records.error as Error)?.message ?? records.error)}
        </p>
      )}
      {computed?.error && (
        <p class="notice notice-error" role="alert">
          考评未能完成：{computed.error}
        </p>
      )}
      {selection && !computed && <p role="status">正在考评…</p>}
      {computed?.evaluation && (
        <Results
          evaluation={computed.evaluation}
          data={records.data!}
          chapterTitles={chapterTitles}
          pointsTables={settings.pointsTables}
          closeButton={
            <CloseButton
              evaluation={computed.evaluation}
              label={label}
              townshipName={township.name}
              settings={settings}
              existing={snapshots}
            />
          }
        />
      )}
      <SnapshotList snapshots={snapshots} />
    </div>
  );
}

/** The evaluation of the records read for a period, or why it failed; undefined until there is one to make. */
function useComputedEvaluation(
  data: EvaluationData | undefined,
  settings: LedgerBasics['settings'],
  selection: Selection | undefined,
  asOf: IsoDate,
): { evaluation: Evaluation; error?: undefined } | { evaluation?: undefined; error: string } | undefined {
  return useMemo(() => {
    if (!data || !selection) return undefined;
    try {
      const evaluation = evaluate({
        data,
        settings,
        catalogue,
        selection,
        asOf,
      });
      return { evaluation };
    } catch (error) {
      return { error: String((error as Error)?.message ?? error) };
    }
  }, [data, settings, selection, asOf]);
}

/** The period form: by year or by term, and the as-of date. */
function PeriodControls({
  kind,
  setKind,
  hasTerms,
  years,
  chosenYear,
  setYear,
  chosenTerm,
  setTermId,
  termOptions,
  asOf,
  setAsOf,
}: {
  kind: Selection['kind'];
  setKind: (kind: Selection['kind']) => void;
  hasTerms: boolean;
  years: number[];
  chosenYear: number;
  setYear: (year: number) => void;
  chosenTerm: string | undefined;
  setTermId: (termId: string) => void;
  termOptions: { id: string; label: string }[];
  asOf: IsoDate;
  setAsOf: (asOf: IsoDate) => void;
}) {
  return (
    <form class="compliance-controls" aria-label="考评期间" onSubmit={(e) => e.preventDefault()}>
      <fieldset class="period-kind">
        <legend>考评期间</legend>
        <label>
          <input type="radio" name="period-kind" checked={kind === 'year'} onChange={() => setKind('year')} />
          按年度
        </label>
        <label>
          <input
            type="radio"
            name="period-kind"
            checked={kind === 'term'}
            disabled={!hasTerms}
            onChange={() => setKind('term')}
          />
          按届期
        </label>
      </fieldset>
      {kind === 'year' ? (
        <YearSelect id="compliance-year" label="年度" years={years} value={chosenYear} onChange={setYear} />
      ) : (
        <div class="toolbar-field">
          <label for="compliance-term">届期</label>
          <select id="compliance-term" value={chosenTerm} onChange={(e) => setTermId(e.currentTarget.value)}>
            {termOptions.map((t) => (
              <option key={t.id} value={t.id}>
                {t.label}
              </option>
            ))}
          </select>
        </div>
      )}
      <div class="toolbar-field">
        <label for="compliance-as-of">截至日期</label>
        <input
          id="compliance-as-of"
          type="date"
          value={asOf}
          onChange={(e) => {
            const value = e.currentTarget.value;
            if (isIsoDate(value)) setAsOf(value);
          }}
        />
      </div>
      <button type="button" onClick={() => setAsOf(today())} disabled={asOf === today()}>
        截至今天
      </button>
    </form>
  );
}

/** The Word downloads of an evaluation: the 考评 report, and for a year the presidium's draft report. */
function WordDownloads({
  evaluation,
  townshipName,
  label,
  asOf,
  chapterTitles,
  annualYear,
}: {
  evaluation: Evaluation;
  townshipName: string;
  label: string;
  asOf: IsoDate;
  chapterTitles: ChapterTitles;
  /** The year of the draft report, when the period is a year. */
  annualYear: number | undefined;
}) {
  return (
    <p class="word-downloads print-hidden">
      <WordButton
        label="下载考评报告（Word）"
        run={(word) =>
          word.downloadComplianceDocx(
            evaluation,
            {
              townshipName,
              label,
              range: evaluation.range,
              asOf,
              catalogueVersion: evaluation.catalogueVersion,
            },
            chapterTitles,
          )
        }
      />
      {annualYear !== undefined && (
        <WordButton
          label={`下载${annualYear}年主席团工作报告草稿（Word）`}
          run={(word) => word.downloadAnnualDraftDocx(annualYear, asOf)}
        />
      )}
    </p>
  );
}

/** `（待完成 2，数据不足 1）` beside a chapter's count, naming only what there is. */
function chapterNote(coverage: { pending: number; unknown: number }): string {
  const parts = [
    coverage.pending > 0 ? `待完成 ${coverage.pending}` : '',
    coverage.unknown > 0 ? `数据不足 ${coverage.unknown}` : '',
  ].filter(Boolean);
  return parts.length > 0 ? `（${parts.join('，')}）` : '';
}

/** The records an evaluation read. */
type EvaluationData = NonNullable<ReturnType<typeof useEvaluationData>['data']>;
/** The chapters of an evaluation, as groupByChapter gives them. */
type ChapterGroups = ReturnType<typeof groupByChapter>;

/** The results of one evaluation: scores, due soon, duties, charts. */
function Results({
  evaluation,
  data,
  chapterTitles,
  pointsTables,
  closeButton,
}: {
  evaluation: Evaluation;
  data: EvaluationData;
  chapterTitles: ChapterTitles;
  pointsTables: Parameters<typeof deputyPointsInRange>[2];
  closeButton: ComponentChildren;
}) {
  const groups = useMemo(
    () => groupByChapter(evaluation, catalogue, chapterTitles),
    [evaluation, chapterTitles],
  );
  const lookup = useMemo(() => recordLookup(data), [data]);

  return (
    <>
      <ScoreSummary evaluation={evaluation} groups={groups} closeButton={closeButton} />

      <DueSoon evaluation={evaluation} />

      <section class="duty-results" aria-labelledby="duties-title">
        <h2 id="duties-title">逐项考评</h2>
        <p class="muted">点开每项义务，查看规则、各对象的说明和计入的台账记录。</p>
        <StatusLegend />
        <DutyList groups={groups} lookup={lookup} />
      </section>

      <ComplianceCharts evaluation={evaluation} data={data} groups={groups} pointsTables={pointsTables} />
    </>
  );
}

/** 考评得分: the overall score, its standing and coverage, the status counts and the chapters' scores. */
function ScoreSummary({
  evaluation,
  groups,
  closeButton,
}: {
  evaluation: Evaluation;
  groups: ChapterGroups;
  closeButton: ComponentChildren;
}) {
  const counts = statusCounts(evaluation.results);
  const standing = useMemo(
    () => scoreStanding(evaluation.results, { range: evaluation.range, asOf: evaluation.asOf }),
    [evaluation],
  );
  const [showWithheld, setShowWithheld] = useState(false);
  return (
    <section class="score-summary" aria-labelledby="score-title">
      <h2 id="score-title">考评得分</h2>
      <div class="score-overall">
        <p class="score-big">
          {standing.standing === 'withheld' && !showWithheld ? (
            <span class="score-number score-withheld">{STANDING_LABELS.withheld}</span>
          ) : (
            <>
              <span class="score-number">{scoreText(evaluation.overall)}</span>
              <span class="score-unit">分</span>
              {standing.standing !== 'final' && (
                <span class={`score-standing score-standing-${standing.standing}`}>
                  {standing.standing === 'withheld' ? '试算' : STANDING_LABELS.provisional}
                </span>
              )}
            </>
          )}
        </p>
        <p class="score-coverage" data-testid="score-coverage">
          {coverageLine(standing.coverage)
            .split(' · ')
            .map((part, i) => (
              // The separator outside the unbreakable part: a phone breaks the line there.
              <Fragment key={part}>
                {i > 0 && ' · '}
                <span class="nowrap">{part}</span>
              </Fragment>
            ))}
        </p>
        {standing.reasons.length > 0 && (
          <ul
            class="score-reasons"
            aria-label={standing.standing === 'withheld' ? '暂不计分的原因' : '暂定的原因'}
          >
            {standing.reasons.map((r) => (
              <li key={r}>{r}。</li>
            ))}
          </ul>
        )}
        {standing.standing === 'withheld' && evaluation.overall.value !== undefined && (
          <button type="button" aria-pressed={showWithheld} onClick={() => setShowWithheld((v) => !v)}>
            {showWithheld ? '隐藏试算分数' : '仍要查看试算分数'}
          </button>
        )}
        <p class="muted">
          总分（满分
          100）为计分义务的加权达标率；待完成、不适用和数据不足的义务不计分。考评期间未结束或计分义务不足适用义务的八成时标为“暂定”，不足一半或没有台账记录计入时暂不计分（本工具的做法，细则未规定计分方法）。
        </p>
        <ul class="status-counts" aria-label="各结论的义务数">
          {(Object.keys(STATUSES) as Status[]).map((s) => (
            <li key={s}>
              <StatusBadge result={{ status: s }} /> {counts[s]} 项
            </li>
          ))}
        </ul>
        {closeButton}
      </div>
      <div class="table-wrap">
        <table class="chapter-scores">
          <caption>各章得分</caption>
          <thead>
            <tr>
              <th scope="col">章</th>
              <th scope="col">得分</th>
              <th scope="col">计分义务</th>
            </tr>
          </thead>
          <tbody>
            {groups.map((g) => {
              const chapterStanding = scoreStanding(
                g.rows.map((r) => r.result),
                { range: evaluation.range, asOf: evaluation.asOf },
              );
              return (
                <tr key={g.chapter}>
                  <th scope="row">
                    <a href={`#chapter-${g.chapter}`}>{g.heading}</a>
                  </th>
                  <td class="chapter-score">
                    {standingScoreText(g.score.value, chapterStanding.standing, showWithheld)}
                  </td>
                  <td>
                    {g.score.scored} / {g.rows.length} 项{chapterNote(chapterStanding.coverage)}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}

/** 即将到期: the duties that fall due in the next 30 or 90 days. */
function DueSoon({ evaluation }: { evaluation: Evaluation }) {
  const [dueDays, setWindow] = useState<30 | 90>(30);
  const due = useMemo(
    () => dueWithin(evaluation, catalogue, evaluation.asOf, dueDays),
    [evaluation, dueDays],
  );
  return (
    <section class="due-soon" aria-labelledby="due-title">
      <h2 id="due-title">即将到期</h2>
      <div class="due-switch" role="group" aria-label="到期时间范围">
        {([30, 90] as const).map((days) => (
          <button type="button" key={days} aria-pressed={dueDays === days} onClick={() => setWindow(days)}>
            {days} 天内
          </button>
        ))}
      </div>
      {due.length === 0 ? (
        <p class="muted">
          截至 {evaluation.asOf}，{dueDays} 天内没有到期的义务。
        </p>
      ) : (
        <ul class="due-list">
          {due.map((item) => (
            <li key={item.duty.id}>
              <span class="due-date">{item.dueDate}</span>
              <span class="due-left">{daysLeftText(item.daysLeft)}</span>
              <a href={`#${item.duty.id}`}>
                {item.duty.title}（{item.duty.sourceLabel}）
              </a>
              {item.result.subjects.length > 1 && (
                <span class="due-subjects">
                  {item.subjects.slice(0, 6).join('、')}
                  {item.subjects.length > 6 && ` 等 ${item.subjects.length} 个`}
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** 图表: chapter scores, the quarters' timeline, points, the suggestion funnel, the 民生实事 pipeline. */
function ComplianceCharts({
  evaluation,
  data,
  groups,
  pointsTables,
}: {
  evaluation: Evaluation;
  data: EvaluationData;
  groups: ChapterGroups;
  pointsTables: Parameters<typeof deputyPointsInRange>[2];
}) {
  const charts = useMemo(
    () => ({
      chapters: chapterScoresChart(groups, { range: evaluation.range, asOf: evaluation.asOf }),
      timeline: quarterTimelineChart(data, evaluation.range),
      points: pointsDistributionChart(deputyPointsInRange(data, evaluation.range, pointsTables)),
      funnel: suggestionFunnelChart(data.suggestions, evaluation.range),
      pipeline: livelihoodPipelineChart(data.livelihoodProjects, evaluation.range),
    }),
    [groups, data, evaluation.range, evaluation.asOf, pointsTables],
  );
  return (
    <section class="compliance-charts" aria-labelledby="charts-title">
      <h2 id="charts-title">图表</h2>
      <div class="chart-grid">
        <ChartFigure id="chart-chapters" chart={charts.chapters} look={SCORE_LOOK} />
        <ChartFigure id="chart-timeline" chart={charts.timeline} look={TIMELINE_LOOK} />
        <ChartFigure id="chart-points" chart={charts.points} look={PLAIN_LOOK} />
        <ChartFigure id="chart-funnel" chart={charts.funnel} look={FUNNEL_LOOK} />
        <ChartFigure id="chart-pipeline" chart={charts.pipeline} look={FUNNEL_LOOK} />
      </div>
    </section>
  );
}
