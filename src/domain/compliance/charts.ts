// The series of the 考评 dashboard's charts, computed here and only drawn by chart.js (compute,
// then draw): each chart is labels plus datasets of numbers, which the island also shows as a
// table for screen readers and for print.
import { isWithin, quarterRange, type DateRange, type IsoDate } from '../dates';
import type { Activity, Deputy, LedgerData, LivelihoodProject, PointsTable, Suggestion } from '../ledger';
import { LIVELIHOOD_STAGES } from '../ledger';
import { STATION_ACTIVITY_KINDS } from '../ledger/activities/groups';
import { SUPERVISION_KINDS } from '../ledger/supervision/activity-status';
import { buildDutyFile } from '../points/deputy-file';
import { servedHalfOf } from './context';
import type { ChapterGroup } from './dashboard';
import { chapterHeading } from './dashboard';
import { scoreStanding, STANDING_LABELS } from './standing';

/** One series of a chart. */
export interface ChartDataset {
  label: string;
  /** One value per label; `null` where there is nothing to show (a chapter with no scored duty). */
  data: (number | null)[];
}

/** A chart's data, independent of how it is drawn. */
export interface ChartData {
  /** Chinese title, also the caption of the table alternative. */
  title: string;
  /** Unit of the values (`分`, `次`, `人`, `件`, `项`). */
  unit: string;
  labels: string[];
  datasets: ChartDataset[];
}

/**
 * Scores by chapter on a 0–100 scale (one decimal), each chapter judged as the dashboard's chapter
 * table judges it ({@link scoreStanding} over the chapter's duties and the period): a withheld
 * chapter gets `null` and the label `第三章（暂不计分）`, so no bar stands for a number the tool
 * does not vouch for; a provisional one keeps its bar with the label `第二章（暂定）`; a chapter with
 * no scored duty gets `null`.
 */
export function chapterScoresChart(
  groups: readonly Pick<ChapterGroup, 'chapter' | 'score' | 'rows'>[],
  period?: { range: DateRange; asOf: IsoDate },
): ChartData {
  const standings = groups.map(
    (g) =>
      scoreStanding(
        g.rows.map((r) => r.result),
        period,
      ).standing,
  );
  const suffix = {
    final: '',
    provisional: `（${STANDING_LABELS.provisional}）`,
    withheld: `（${STANDING_LABELS.withheld}）`,
  };
  return {
    title: '各章得分',
    unit: '分',
    labels: groups.map((g, i) => `${chapterHeading(g.chapter)}${suffix[standings[i] ?? 'final']}`),
    datasets: [
      {
        label: '得分',
        data: groups.map((g, i) =>
          g.score.value === undefined || standings[i] === 'withheld'
            ? null
            : Math.round(g.score.value * 1000) / 10,
        ),
      },
    ],
  };
}

/** The quarters a range covers, as `{ label: '2025年一季度', range }`, oldest first. */
export function quartersOf(range: DateRange): { label: string; range: DateRange }[] {
  const names = ['一', '二', '三', '四'];
  const quarters: { label: string; range: DateRange }[] = [];
  const first = Number(range.start.slice(0, 4));
  const last = Number(range.end.slice(0, 4));
  for (let year = first; year <= last; year++)
    for (const q of [1, 2, 3, 4] as const) {
      const r = quarterRange(year, q);
      if (r.end < range.start || r.start > range.end) continue;
      quarters.push({ label: `${year}年${names[q - 1]}季度`, range: r });
    }
  return quarters;
}

/** Which group of the timeline an activity counts in. */
function activityGroup(kind: Activity['kind']): 'supervision' | 'station' | 'other' {
  if ((SUPERVISION_KINDS as readonly string[]).includes(kind)) return 'supervision';
  if ((STATION_ACTIVITY_KINDS as readonly string[]).includes(kind)) return 'station';
  return 'other';
}

/**
 * Meetings and activities per quarter of the range: 人代会, 主席团会议, 监督活动 (执法检查, 专项报告,
 * 视察, 调研, 评议 …), 联络站活动 (接待, 主题活动, 领导干部进站) and 其他代表活动.
 */
export function quarterTimelineChart(
  data: Pick<LedgerData, 'sessions' | 'presidiumMeetings' | 'activities'>,
  range: DateRange,
): ChartData {
  const quarters = quartersOf(range);
  const countIn = (dates: readonly string[]) =>
    quarters.map((q) => dates.filter((d) => isWithin(d, q.range)).length);
  const ofGroup = (group: ReturnType<typeof activityGroup>) =>
    data.activities.filter((a) => activityGroup(a.kind) === group).map((a) => a.date);
  return {
    title: '各季度会议与活动',
    unit: '次',
    labels: quarters.map((q) => q.label),
    datasets: [
      { label: '人代会', data: countIn(data.sessions.map((s) => s.startDate)) },
      { label: '主席团会议', data: countIn(data.presidiumMeetings.map((m) => m.date)) },
      { label: '监督活动', data: countIn(ofGroup('supervision')) },
      { label: '联络站活动', data: countIn(ofGroup('station')) },
      { label: '其他代表活动', data: countIn(ofGroup('other')) },
    ],
  };
}

/** One deputy's 履职积分 earned within a range. */
export interface DeputyPoints {
  deputyId: string;
  name: string;
  points: number;
}

/**
 * The 履职积分 each township deputy measured in the range (served at least half of it) earned from
 * records dated within it, under the points table in force on each record's date; highest first.
 */
export function deputyPointsInRange(
  data: Pick<LedgerData, 'deputies' | 'sessions' | 'activities' | 'suggestions' | 'livelihoodProjects'>,
  range: DateRange,
  pointsTables: readonly PointsTable[],
): DeputyPoints[] {
  const byDeputy = <T>(items: readonly T[], ids: (item: T) => readonly string[]) => {
    const map = new Map<string, T[]>();
    for (const item of items) for (const id of ids(item)) map.set(id, [...(map.get(id) ?? []), item]);
    return map;
  };
  const activities = byDeputy(data.activities, (a) => a.deputyIds);
  const suggestions = byDeputy(data.suggestions, (s) => s.proposerIds);
  const measured = data.deputies.filter(
    (d: Deputy) => d.levels.includes('township') && servedHalfOf(d, range),
  );
  return measured
    .map((deputy) => {
      const own = suggestions.get(deputy.id) ?? [];
      const ownIds = new Set(own.map((s: Suggestion) => s.id));
      const file = buildDutyFile({
        deputy,
        sessions: data.sessions,
        activities: activities.get(deputy.id) ?? [],
        suggestions: own,
        projects: data.livelihoodProjects.filter(
          (p: LivelihoodProject) => p.suggestionId !== undefined && ownIds.has(p.suggestionId),
        ),
        pointsTables,
      });
      const points = file.years
        .flatMap((y) => y.entries)
        .filter((e) => isWithin(e.date, range))
        .reduce((sum, e) => sum + e.points, 0);
      return { deputyId: deputy.id, name: deputy.name, points };
    })
    .sort((a, b) => b.points - a.points || a.name.localeCompare(b.name, 'zh-CN'));
}

/** Band widths the distribution chooses from: the smallest that keeps it to at most 12 bands. */
const BAND_WIDTHS = [1, 2, 5, 10, 20, 50, 100, 200, 500];

/**
 * How many deputies fall in each band of points (bands of `width`, by default the smallest of
 * 1, 2, 5, 10 … that needs at most 12 bands), from the lowest band that holds a deputy to the
 * highest; negative totals get their own bands.
 */
export function pointsDistributionChart(
  points: readonly Pick<DeputyPoints, 'points'>[],
  width?: number,
): ChartData {
  const chart: ChartData = {
    title: '代表履职积分分布',
    unit: '人',
    labels: [],
    datasets: [{ label: '代表人数', data: [] }],
  };
  if (points.length === 0) return chart;
  const values = points.map((p) => p.points);
  const spread = Math.max(...values) - Math.min(...values);
  const size = width ?? BAND_WIDTHS.find((w) => Math.floor(spread / w) + 2 <= 12) ?? 1000;
  const band = (p: number) => Math.floor(p / size);
  const low = Math.min(...points.map((p) => band(p.points)));
  const high = Math.max(...points.map((p) => band(p.points)));
  for (let b = low; b <= high; b++) {
    chart.labels.push(size === 1 ? `${b} 分` : `${b * size}–${b * size + size - 1} 分`);
    chart.datasets[0]!.data.push(points.filter((p) => band(p.points) === b).length);
  }
  return chart;
}

/** The stages of the suggestion funnel and the date field that says a suggestion reached each. */
const FUNNEL_STAGES: readonly { label: string; reached: (s: Suggestion) => boolean }[] = [
  { label: '提出', reached: () => true },
  { label: '交办', reached: (s) => s.assignedOn !== undefined },
  { label: '见面沟通', reached: (s) => s.faceToFaceOn !== undefined },
  { label: '答复', reached: (s) => s.answeredOn !== undefined },
  { label: '代表评价', reached: (s) => s.evaluation !== undefined },
  { label: '办结', reached: (s) => s.closedOn !== undefined },
  { label: '转为民生实事', reached: (s) => s.projectId !== undefined },
];

/** The suggestions submitted within the range, counted by the stages they reached (提出 → 办结). */
export function suggestionFunnelChart(suggestions: readonly Suggestion[], range: DateRange): ChartData {
  const inRange = suggestions.filter((s) => isWithin(s.submittedOn, range));
  return {
    title: '代表建议办理情况',
    unit: '件',
    labels: FUNNEL_STAGES.map((s) => s.label),
    datasets: [
      { label: '建议件数', data: FUNNEL_STAGES.map((stage) => inRange.filter(stage.reached).length) },
    ],
  };
}

/**
 * The 民生实事 projects carried out in the range's years, counted by the stages (五单) they reached:
 * a project counts at a stage when that stage's date is recorded.
 */
export function livelihoodPipelineChart(projects: readonly LivelihoodProject[], range: DateRange): ChartData {
  const first = Number(range.start.slice(0, 4));
  const last = Number(range.end.slice(0, 4));
  const inRange = projects.filter((p) => p.year >= first && p.year <= last);
  const stages = Object.entries(LIVELIHOOD_STAGES) as [keyof typeof LIVELIHOOD_STAGES, string][];
  return {
    title: '民生实事“五单”进度',
    unit: '项',
    labels: stages.map(([, label]) => label),
    datasets: [
      {
        label: '项目数',
        data: stages.map(([field]) => inRange.filter((p) => p[field] !== undefined).length),
      },
    ],
  };
}

/** Whether a chart has anything to draw (some value above zero). */
export const hasValues = (chart: ChartData): boolean =>
  chart.datasets.some((d) => d.data.some((v) => v !== null && v !== 0));
