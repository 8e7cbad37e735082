// Closing a period (封存): a closed period's results are frozen with the catalogue's version and a
// SHA-256 of the catalogue as used, so that a frozen result is listed and printed as it was and a
// later change of the rules' duty catalogue is noticed rather than silently re-scored.
import { isAfter, type DateRange, type IsoDate } from '../dates';
import type { Settings, Snapshot, SnapshotPeriod, Term } from '../ledger';
import type { Catalogue } from '../schemas/duty';
import { toChineseNumeral } from '../rules/numerals';
import { canonicalJson, sha256Hex } from '../utils/canonical-json';

export { canonicalJson, sha256Hex };
import { periodState } from './status';
import type { Evaluation, Selection } from './types';

/** The hash a snapshot records: SHA-256 of the catalogue's canonical JSON. */
export const catalogueHash = (catalogue: Catalogue): Promise<string> => sha256Hex(canonicalJson(catalogue));

/** The key of a period in the `snapshots` table: `year:2025` or `term:<termId>`. */
export function periodKeyOf(selection: Selection): string {
  return selection.kind === 'year' ? `year:${selection.year}` : `term:${selection.termId}`;
}

/** The Chinese name of a period: `2025年度`, `第七届` (`本届` when the term is unknown). */
export function periodLabel(selection: Selection, terms: readonly Pick<Term, 'id' | 'number'>[]): string {
  if (selection.kind === 'year') return `${selection.year}年度`;
  const term = terms.find((t) => t.id === selection.termId);
  return term ? `第${toChineseNumeral(term.number)}届` : '本届';
}

/** Why a period cannot be closed, as a value (see `canClose`). */
export type CloseRefusal =
  | { ok: false; reason: 'open'; message: string }
  | { ok: false; reason: 'not-started'; message: string }
  | { ok: false; reason: 'future-as-of'; message: string };

/**
 * Whether a period can be closed: only once it has ended on the as-of date, and (when `today` is
 * given) only for an as-of date that is not in the future — results "as of" a day still to come
 * are not final.
 */
export function canClose(range: DateRange, asOf: IsoDate, today?: IsoDate): { ok: true } | CloseRefusal {
  if (today !== undefined && isAfter(asOf, today))
    return {
      ok: false,
      reason: 'future-as-of',
      message: `截至日期 ${asOf} 晚于今天（${today}），结果尚不确定，不能封存。请把截至日期改为今天或更早。`,
    };
  const state = periodState(range, asOf);
  if (state === 'open')
    return {
      ok: false,
      reason: 'open',
      message: `本期（${range.start} 至 ${range.end}）截至 ${asOf} 尚未结束，不能封存。期满后（${range.end} 之后）再封存。`,
    };
  if (state === 'notStarted')
    return {
      ok: false,
      reason: 'not-started',
      message: `本期（${range.start} 至 ${range.end}）截至 ${asOf} 尚未开始，不能封存。`,
    };
  return { ok: true };
}

/** What a snapshot is frozen with besides the evaluation. */
export interface FreezeOptions {
  /** The catalogue the evaluation was scored by (hashed into the snapshot). */
  catalogue: Catalogue;
  /** The township's settings in force (their values are kept with the snapshot). */
  settings?: Pick<Settings, 'values'>;
  townshipName: string;
  /** Who closes the period (the settings' user name); may be empty. */
  closedBy: string;
  /** The period's Chinese name (`2025年度`), see {@link periodLabel}. */
  label: string;
}

/** A snapshot as written: every field but the stamps the repository adds (`id`, `createdAt`, `updatedAt`). */
export type SnapshotInput = Omit<Snapshot, 'id' | 'createdAt' | 'updatedAt' | 'note'> & { note?: string };

/**
 * The snapshot of an evaluation: its results and scores exactly as computed, with the period, the
 * as-of date, the catalogue's version and hash, and the setting values used.
 */
export async function freezeEvaluation(
  evaluation: Evaluation,
  options: FreezeOptions,
): Promise<SnapshotInput> {
  const period: SnapshotPeriod =
    evaluation.selection.kind === 'year'
      ? { kind: 'year', year: evaluation.selection.year }
      : { kind: 'term', termId: evaluation.selection.termId };
  return {
    periodKey: periodKeyOf(evaluation.selection),
    period,
    label: options.label,
    range: { start: evaluation.range.start, end: evaluation.range.end },
    asOf: evaluation.asOf,
    townshipName: options.townshipName,
    catalogueVersion: evaluation.catalogueVersion,
    catalogueHash: await catalogueHash(options.catalogue),
    settingsValues: { ...(options.settings?.values ?? {}) },
    // A deep copy, so that later changes to the evaluation object never reach the frozen record.
    results: structuredClone(evaluation.results),
    overall: { ...evaluation.overall },
    chapters: Object.fromEntries(Object.entries(evaluation.chapters).map(([k, v]) => [String(k), { ...v }])),
    closedBy: options.closedBy.trim().slice(0, 40),
  };
}

/**
 * A note when a snapshot was scored by a catalogue other than the current one (different hash):
 * the frozen results stay as they were, and the note says so. Undefined when the catalogue is the same.
 */
export function catalogueChangeNote(
  snapshot: Pick<Snapshot, 'catalogueHash' | 'catalogueVersion'>,
  current: { hash: string; version: string },
): string | undefined {
  if (snapshot.catalogueHash === current.hash) return undefined;
  const versions =
    snapshot.catalogueVersion === current.version
      ? `版本号同为 ${current.version}，但内容已有改动`
      : `封存时为 ${snapshot.catalogueVersion} 版，现为 ${current.version} 版`;
  return `封存后义务清单已有变化（${versions}）。以下仍是封存时的结果，不按新清单重新计算。`;
}

/** The snapshots of a period, newest closing first; the first is the period's current one. */
export function snapshotsNewestFirst<T extends Pick<Snapshot, 'createdAt'>>(snapshots: readonly T[]): T[] {
  return [...snapshots].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}
