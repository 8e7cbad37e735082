// The city's comparison of township archives: every duty of the catalogue as a row, every archive
// as a column, plus the overall and chapter scores. Pure: computed from the archives' records by
// the compliance engine, then drawn by CityPage and written as CSV.
import { toCsvRows } from '../../../domain/archive/util';
import { evaluate, type Evaluation, type Selection, type Status } from '../../../domain/compliance';
import { badgeOf, chapterHeading, scoreLine, type Badge } from '../../../domain/compliance/dashboard';
import type { IsoDate } from '../../../domain/dates';
import type { LedgerData, Settings } from '../../../domain/ledger';
import type { Catalogue } from '../../../domain/schemas/duty';

/** One archive read into memory: what the comparison needs of it. */
export interface ComparedArchive {
  /** Unique within the comparison (the file's name and position). */
  key: string;
  townshipName: string;
  data: LedgerData;
  settings: Settings | undefined;
}

/** One column: an archive's evaluation, or why it could not be evaluated. */
export interface ComparisonColumn {
  key: string;
  townshipName: string;
  evaluation?: Evaluation;
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
  text: string;
}

/** One row of the comparison. */
export interface ComparisonRow {
  kind: 'overall' | 'chapter' | 'duty';
  /** Stable key: `overall`, `chapter-3`, the duty's id. */
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
  columns: ComparisonColumn[];
  rows: ComparisonRow[];
}

/** Evaluates one archive; a failure of the engine becomes the column's error instead of a throw. */
function evaluateColumn(
  archive: ComparedArchive,
  catalogue: Catalogue,
  selection: Selection,
  asOf: IsoDate,
): ComparisonColumn {
  const column = { key: archive.key, townshipName: archive.townshipName };
  try {
    const evaluation = evaluate({
      data: archive.data,
      ...(archive.settings ? { settings: archive.settings } : {}),
      catalogue,
      selection,
      asOf,
    });
    return { ...column, evaluation };
  } catch (error) {
    return { ...column, error: `无法考评：${error instanceof Error ? error.message : String(error)}` };
  }
}

/** The cell of a score (overall or chapter), written as the dashboard writes it (`86.4 分（计分义务 41 项）`). */
function scoreCell(score: { value?: number; scored: number } | undefined): ComparisonCell {
  if (!score) return { text: '—' };
  return { ...(score.value !== undefined ? { score: score.value } : {}), text: scoreLine(score) };
}

/**
 * Compares archives for one selection (a year, usually) as of a date: rows for the overall score,
 * each chapter's score, then every duty of the catalogue in catalogue order.
 */
export function compareTownships(
  archives: readonly ComparedArchive[],
  catalogue: Catalogue,
  selection: Selection,
  asOf: IsoDate,
): Comparison {
  const columns = archives.map((a) => evaluateColumn(a, catalogue, selection, asOf));
  const unavailable = (c: ComparisonColumn): ComparisonCell => ({ text: c.error ? '无法考评' : '—' });
  const chapters = [...new Set(catalogue.duties.map((d) => d.chapter))].sort((a, b) => a - b);
  const rows: ComparisonRow[] = [
    {
      kind: 'overall',
      key: 'overall',
      label: '总分',
      cells: columns.map((c) => (c.evaluation ? scoreCell(c.evaluation.overall) : unavailable(c))),
    },
    ...chapters.map((chapter): ComparisonRow => ({
      kind: 'chapter',
      key: `chapter-${chapter}`,
      label: `${chapterHeading(chapter)}得分`,
      chapter,
      cells: columns.map((c) => (c.evaluation ? scoreCell(c.evaluation.chapters[chapter]) : unavailable(c))),
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
  return { selection, asOf, columns, rows };
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
    `项目（${period}，截至${comparison.asOf}）`,
    ...comparison.columns.map((c) => c.townshipName),
  ];
  // The project's one CSV writer: a township name such as `=HYPERLINK(…)` is not run by Excel.
  return toCsvRows(
    header,
    comparison.rows.map((r) => [r.label, ...r.cells.map((c) => c.text)]),
  );
}
