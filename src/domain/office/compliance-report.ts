// The 年度考评报告 as an office document: the same title, summary, chapter table, duty-by-duty
// workings and shortfalls as the printed report (src/ui/features/compliance/Report.tsx), from a
// frozen snapshot or a live evaluation.
import {
  badgeOf,
  groupByChapter,
  scoreText,
  shortfallSubjects,
  statusCounts,
  unlistedResults,
  workingsLine,
  type ShownEvaluation,
} from '../compliance/dashboard';
import { coverageLine, scoreStanding, standingScoreText, type ScoreStanding } from '../compliance/standing';
import { STATUSES, type Status } from '../compliance/types';
import { formatChineseDate, type DateRange, type IsoDate } from '../dates';
import type { Catalogue } from '../schemas/duty';
import {
  SIZES,
  cell,
  officeDocument,
  para,
  type OfficeBlock,
  type OfficeDocument,
  type OfficeRow,
} from './model';

/** What the report says about where its results come from. */
export interface ComplianceReportMeta {
  townshipName: string;
  /** `2025年度`, `第七届`. */
  label: string;
  range: DateRange;
  asOf: IsoDate;
  catalogueVersion: string;
  /** A frozen snapshot: when and by whom it was closed, and the catalogue hash it was scored by. */
  closed?: { on: IsoDate; by: string; catalogueHash: string };
  /** A note that the catalogue changed since closing. */
  changeNote?: string;
}

/** `《示例镇2025年度人大工作考评报告》`. */
export const complianceReportTitle = (meta: Pick<ComplianceReportMeta, 'townshipName' | 'label'>) =>
  `${meta.townshipName}${meta.label}人大工作考评报告`;

const h1 = (text: string): OfficeBlock =>
  para(text, { font: 'heading', spaceBefore: 6, keepNext: true, outline: 0, indent: true });
const h2 = (text: string): OfficeBlock =>
  para(text, { font: 'subheading', spaceBefore: 6, keepNext: true, outline: 1, indent: true });
const body = (text: string): OfficeBlock => para(text, { indent: true, align: 'justify' });

/** The report as an office document. */
export function complianceReportDocument(
  shown: ShownEvaluation,
  meta: ComplianceReportMeta,
  catalogue: Catalogue,
  chapterTitles: Readonly<Record<number, string>> = {},
): OfficeDocument {
  const groups = groupByChapter(shown, catalogue, chapterTitles);
  // The same standing as the screen and the printed report: coverage beside the score, 暂定 while
  // the period is open or coverage is low, no number as if earned when it is withheld.
  const period = { range: meta.range, asOf: meta.asOf };
  const standing = scoreStanding(shown.results, period);
  const chapterScore = (g: ChapterGroup) =>
    standingScoreText(
      g.score.value,
      scoreStanding(
        g.rows.map((r) => r.result),
        period,
      ).standing,
      true,
    );
  const signedOn = meta.closed?.on ?? meta.asOf;
  const blocks: OfficeBlock[] = [
    ...reportOpening(shown, meta, standing),
    chapterScoreTable(groups, shown, standing, chapterScore),
    ...dutyTables(groups, unlistedResults(shown, catalogue), chapterScore),
    ...shortfallSection(shown, catalogue),
    para(`${meta.townshipName}人大主席团`, { align: 'right', spaceBefore: 24 }),
    para(formatChineseDate(signedOn), { align: 'right' }),
  ];
  return officeDocument(complianceReportTitle(meta), blocks);
}

/** One chapter's group of results, as groupByChapter gives it. */
type ChapterGroup = ReturnType<typeof groupByChapter>[number];

/** The title, where the results come from, 一、总体情况 (score, counts, coverage) and 二's heading. */
function reportOpening(
  shown: ShownEvaluation,
  meta: ComplianceReportMeta,
  standing: ScoreStanding,
): OfficeBlock[] {
  const counts = statusCounts(shown.results);
  const countText = (Object.keys(STATUSES) as Status[])
    .filter((s) => counts[s] > 0)
    .map((s) => `${STATUSES[s]} ${counts[s]} 项`)
    .join('，');
  return [
    para(complianceReportTitle(meta), { font: 'title', size: SIZES.er, align: 'center', spaceBefore: 12 }),
    para(meta.closed ? '（封存结果）' : `（实时考评结果，截至${formatChineseDate(meta.asOf)}）`, {
      font: 'subheading',
      align: 'center',
    }),
    body(
      `考评期间 ${meta.range.start} 至 ${meta.range.end}，结果截至${formatChineseDate(meta.asOf)}。按义务清单 ${meta.catalogueVersion} 版考评` +
        (meta.closed
          ? `（清单校验码 ${meta.closed.catalogueHash.slice(0, 12)}）。${meta.closed.by ? `封存人：${meta.closed.by}，` : ''}封存于${formatChineseDate(meta.closed.on)}。`
          : '。本结果未封存，台账记录变化后会随之变化。'),
    ),
    ...(meta.changeNote ? [body(meta.changeNote)] : []),
    h1('一、总体情况'),
    body(
      `总分 ${standingScoreText(shown.overall.value, standing.standing, true)}（满分 100 分，计入 ${shown.overall.scored} 项义务；待完成、不适用和数据不足的义务不计分）。共考评 ${shown.results.length} 项义务：${countText}。`,
    ),
    body(
      `覆盖情况：${coverageLine(standing.coverage)}。${standing.reasons.length > 0 ? `${standing.reasons.join('；')}。` : ''}`,
    ),
    h1('二、各章得分'),
  ];
}

/** 二、各章得分: a row per chapter and the total. */
function chapterScoreTable(
  groups: readonly ChapterGroup[],
  shown: ShownEvaluation,
  standing: ScoreStanding,
  chapterScore: (g: ChapterGroup) => string,
): OfficeBlock {
  const counts = statusCounts(shown.results);
  const others = (c: Record<Status, number>) => c.pending + c.unknown + c.not_applicable;
  const header: OfficeRow = {
    header: true,
    cells: ['章', '得分', '计分义务', '已达标', '部分达标', '未达标', '其他'].map((t) =>
      cell(t, { header: true, align: 'center' }),
    ),
  };
  const chapterRows: OfficeRow[] = groups.map((g) => {
    const c = statusCounts(g.rows.map((r) => r.result));
    return {
      cells: [
        cell(g.heading),
        ...[chapterScore(g), g.score.scored, c.met, c.partial, c.missed, others(c)].map((v) =>
          cell(String(v), { align: 'center' }),
        ),
      ],
    };
  });
  chapterRows.push({
    cells: [
      cell('合计', { header: true }),
      ...[
        standingScoreText(shown.overall.value, standing.standing, true),
        shown.overall.scored,
        counts.met,
        counts.partial,
        counts.missed,
        others(counts),
      ].map((v) => cell(String(v), { align: 'center' })),
    ],
  });
  return {
    kind: 'table',
    columns: [34, 11, 11, 11, 11, 11, 11],
    rows: [header, ...chapterRows],
    size: SIZES.xiaosi,
  };
}

/** 三、逐项考评情况: a table of each chapter's duties, and the results no longer in the catalogue. */
function dutyTables(
  groups: readonly ChapterGroup[],
  unlisted: readonly { id: string }[],
  chapterScore: (g: ChapterGroup) => string,
): OfficeBlock[] {
  const blocks: OfficeBlock[] = [h1('三、逐项考评情况')];
  for (const g of groups) {
    blocks.push(h2(`${g.heading}（${chapterScore(g)}）`));
    const rows: OfficeRow[] = [
      {
        header: true,
        cells: ['条款', '义务', '结论', '考评说明'].map((t) => cell(t, { header: true, align: 'center' })),
      },
      ...g.rows.map(({ duty, result }) => ({
        cells: [
          cell(duty.sourceLabel),
          cell(duty.title),
          cell(
            `${badgeOf(result, duty).text}${result.score !== undefined && result.status === 'partial' ? `\n${scoreText({ value: result.score })} 分` : ''}`,
          ),
          cell(workingsLine(result)),
        ],
      })),
    ];
    blocks.push({ kind: 'table', columns: [16, 30, 16, 38], rows, size: SIZES.wu });
  }
  if (unlisted.length > 0)
    blocks.push(
      body(`另有 ${unlisted.length} 项义务已不在现行义务清单中：${unlisted.map((r) => r.id).join('、')}。`),
    );
  return blocks;
}

/** 四、未达标事项: each missed or partial duty with the subjects that fell short. */
function shortfallSection(shown: ShownEvaluation, catalogue: Catalogue): OfficeBlock[] {
  const dutyOf = (id: string) => catalogue.duties.find((d) => d.id === id);
  const short = shown.results.filter((r) => r.status === 'missed' || r.status === 'partial');
  const blocks: OfficeBlock[] = [h1('四、未达标事项')];
  if (short.length === 0) blocks.push(body('本期没有未达标的义务。'));
  short.forEach((r, index) => {
    const duty = dutyOf(r.id);
    blocks.push(
      body(
        `${index + 1}. ${duty ? `${duty.title}（${duty.sourceLabel}）` : r.id}：${badgeOf(r, duty).text}。`,
      ),
    );
    for (const s of shortfallSubjects(r))
      blocks.push(para(`${s.label}：${s.note}`, { indent: true, size: SIZES.si }));
  });
  return blocks;
}
