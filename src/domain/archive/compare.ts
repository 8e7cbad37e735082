// The city's comparison of township archives: every duty of the catalogue as a row, every archive
// as a column, plus the overall and chapter scores. Every township is evaluated under ONE settings
// profile the city chooses (the catalogue's defaults unless it loads its own); a township whose own
// settings differ is marked, and its score under its own settings is a row of its own. Pure:
// computed from the archives' records by the compliance engine. The one comparison of the project:
// the /city/ page (src/ui/features/city/) draws it and the CLI's `compare` prints it.
import { toCsvRows } from '../utils/csv';
import { evaluate } from '../compliance/engine';
import type { Evaluation, Selection, Status } from '../compliance/types';
import { badgeOf, chapterHeading, type Badge } from '../compliance/dashboard';
import {
  defaultProfile,
  settingDifferences,
  type SettingDifference,
  type SettingsProfile,
} from '../compliance/profile';
import { scoreStanding, standingScoreText, type Standing } from '../compliance/standing';
import type { IsoDate } from '../dates';
import type { LedgerData, Settings } from '../ledger';
import type { Catalogue } from '../schemas/duty';

/** One archive read into memory: what the comparison needs of it. */
export interface ComparedArchive {
  /** Unique within the comparison (the file's name and position). */
  key: string;
  townshipName: string;
  data: LedgerData;
  /**
   * The township's own settings. Its values are compared with the profile; its 履职积分 tables
   * (township records, not a setting the city chooses) count under the profile and its own.
   */
  settings: Settings | undefined;
}

/** One column: an archive's evaluation, or why it could not be evaluated. */
export interface ComparisonColumn {
  key: string;
  townshipName: string;
  /** The evaluation under the comparison's settings profile. */
  evaluation?: Evaluation;
  /** The evaluation under the township's own settings, when they differ from the profile. */
  own?: Evaluation;
  /** The settings in which the township's own values differ from the profile. */
  differences?: SettingDifference[];
  /** Chinese reason the engine could not evaluate this archive. */
  error?: string;
}

/** One cell: a status (with the dashboard's badge) and/or a score, and the text that says it. */
export interface ComparisonCell {
  status?: Status;
  /** The badge the 考评 dashboard shows for the same result (tone, text, icon). */
  badge?: Badge;
  /** 0–1. */
  score?: number;
  /** For score cells: whether the score is final, provisional or withheld (standing.ts). */
  standing?: Standing;
  text: string;
}

/** One row of the comparison. */
export interface ComparisonRow {
  /**
   * `settings`: how each township's own settings differ from the profile; `ownOverall`: the
   * overall score under the township's own settings (shown on request).
   */
  kind: 'settings' | 'overall' | 'ownOverall' | 'chapter' | 'duty';
  /** Stable key: `settings`, `overall`, `own-overall`, `chapter-3`, the duty's id. */
  key: string;
  /** Chinese label of the row: `总分`, `第三章`, `5(1) 每年至少召开两次人代会`. */
  label: string;
  /** For duty rows: the chapter it is scored under. */
  chapter?: number;
  cells: ComparisonCell[];
}

/** The whole comparison table. */
export interface Comparison {
  selection: Selection;
  asOf: IsoDate;
  /** The settings every township is evaluated under. */
  profile: SettingsProfile;
  columns: ComparisonColumn[];
  rows: ComparisonRow[];
}

/** Evaluates one archive under some settings; a failure of the engine becomes an error instead of a throw. */
function evaluateUnder(
  archive: ComparedArchive,
  values: Readonly<Record<string, number | string>>,
  catalogue: Catalogue,
  selection: Selection,
  asOf: IsoDate,
): { evaluation: Evaluation } | { error: string } {
  try {
    return {
      evaluation: evaluate({
        data: archive.data,
        settings: {
          values: { ...values },
          ...(archive.settings?.pointsTables ? { pointsTables: archive.settings.pointsTables } : {}),
        },
        catalogue,
        selection,
        asOf,
      }),
    };
  } catch (error) {
    return { error: `无法考评：${error instanceof Error ? error.message : String(error)}` };
  }
}

/** One column: the archive under the profile, and under its own settings when they differ. */
function evaluateColumn(
  archive: ComparedArchive,
  catalogue: Catalogue,
  selection: Selection,
  asOf: IsoDate,
  profile: SettingsProfile,
): ComparisonColumn {
  const column = { key: archive.key, townshipName: archive.townshipName };
  const differences = settingDifferences(archive.settings, profile.values, catalogue);
  const underProfile = evaluateUnder(archive, profile.values, catalogue, selection, asOf);
  if ('error' in underProfile) return { ...column, differences, error: underProfile.error };
  if (differences.length === 0) return { ...column, differences, evaluation: underProfile.evaluation };
  const own = evaluateUnder(archive, archive.settings?.values ?? {}, catalogue, selection, asOf);
  return {
    ...column,
    differences,
    evaluation: underProfile.evaluation,
    ...('evaluation' in own ? { own: own.evaluation } : {}),
  };
}

/**
 * A column's evaluation under the township's own settings (the same as under the profile when they
 * do not differ); undefined when the engine could not evaluate it.
 */
export function ownSettingsEvaluation(column: ComparisonColumn): Evaluation | undefined {
  return column.differences && column.differences.length > 0 ? column.own : column.evaluation;
}

/**
 * The cell of a score (overall or chapter) with its standing and coverage:
 * `86.4 分（计分 41/50 项）`, `72.0 分（暂定）（计分 30/45 项）`, `暂不计分（试算 12.5 分）（计分 3/40 项）`.
 */
function scoreCell(
  score: { value?: number; scored: number } | undefined,
  results: readonly Evaluation['results'][number][],
  evaluation: Evaluation,
): ComparisonCell {
  if (!score) return { text: '—' };
  const standing = scoreStanding(results, { range: evaluation.range, asOf: evaluation.asOf });
  return {
    ...(score.value !== undefined ? { score: score.value } : {}),
    standing: standing.standing,
    text: `${standingScoreText(score.value, standing.standing, true)}（计分 ${standing.coverage.scored}/${standing.coverage.applicable} 项）`,
  };
}

/** What a township's own settings change, in one cell: `与所选设置相同`, or each difference. */
function settingsCell(column: ComparisonColumn): ComparisonCell {
  if (!column.differences || column.differences.length === 0) return { text: '与所选设置相同' };
  return {
    text: `有 ${column.differences.length} 项不同：${column.differences
      .map((d) => `${d.label} ${d.own}（所选 ${d.profile}）`)
      .join('；')}`,
  };
}

/**
 * Compares archives for one selection (a year, usually) as of a date, every township under the
 * same settings profile (the catalogue's defaults unless given): rows for how each township's own
 * settings differ, the overall score, the overall score under its own settings, each chapter's
 * score, then every duty of the catalogue in catalogue order.
 */
export function compareTownships(
  archives: readonly ComparedArchive[],
  catalogue: Catalogue,
  selection: Selection,
  asOf: IsoDate,
  profile: SettingsProfile = defaultProfile(catalogue),
): Comparison {
  const columns = archives.map((a) => evaluateColumn(a, catalogue, selection, asOf, profile));
  const unavailable = (c: ComparisonColumn): ComparisonCell => ({ text: c.error ? '无法考评' : '—' });
  const chapters = [...new Set(catalogue.duties.map((d) => d.chapter))].sort((a, b) => a - b);
  const chapterOf = new Map(catalogue.duties.map((d) => [d.id, d.chapter]));
  const rows: ComparisonRow[] = [
    {
      kind: 'settings',
      key: 'settings',
      label: '本乡镇设置与所选考评设置的差异',
      cells: columns.map(settingsCell),
    },
    {
      kind: 'overall',
      key: 'overall',
      label: '总分',
      cells: columns.map((c) =>
        c.evaluation ? scoreCell(c.evaluation.overall, c.evaluation.results, c.evaluation) : unavailable(c),
      ),
    },
    {
      kind: 'ownOverall',
      key: 'own-overall',
      label: '总分（按本乡镇自身设置）',
      cells: columns.map((c) => {
        if (c.own) return scoreCell(c.own.overall, c.own.results, c.own);
        return c.evaluation ? { text: '同上（设置相同）' } : unavailable(c);
      }),
    },
    ...chapters.map((chapter): ComparisonRow => ({
      kind: 'chapter',
      key: `chapter-${chapter}`,
      label: `${chapterHeading(chapter)}得分`,
      chapter,
      cells: columns.map((c) =>
        c.evaluation
          ? scoreCell(
              c.evaluation.chapters[chapter],
              c.evaluation.results.filter((r) => chapterOf.get(r.id) === chapter),
              c.evaluation,
            )
          : unavailable(c),
      ),
    })),
    ...catalogue.duties.map((duty): ComparisonRow => ({
      kind: 'duty',
      key: duty.id,
      label: `${duty.sourceLabel} ${duty.title}`,
      chapter: duty.chapter,
      cells: columns.map((c) => {
        const result = c.evaluation?.results.find((r) => r.id === duty.id);
        if (!result) return unavailable(c);
        const badge = badgeOf(result, duty);
        return {
          status: result.status,
          badge,
          ...(result.score !== undefined ? { score: result.score } : {}),
          text: badge.text,
        };
      }),
    })),
  ];
  return { selection, asOf, profile, columns, rows };
}

/**
 * The comparison as CSV for Excel: UTF-8 with a byte-order mark (so Excel reads the Chinese),
 * CRLF line ends, one column per township, status words and scores as shown on the page.
 */
export function comparisonCsv(comparison: Comparison): string {
  const period =
    comparison.selection.kind === 'year'
      ? `${comparison.selection.year}年`
      : `届 ${comparison.selection.termId}`;
  const header = [
    `项目（${period}，截至${comparison.asOf}，按${comparison.profile.name}）`,
    ...comparison.columns.map((c) => c.townshipName),
  ];
  // The project's one CSV writer: a township name such as `=HYPERLINK(…)` is not run by Excel.
  return toCsvRows(
    header,
    comparison.rows.map((r) => [r.label, ...r.cells.map((c) => c.text)]),
  );
}
