// The compliance engine's vocabulary: statuses, the period chosen, and what each duty's result
// carries (obligations.md, "How a duty is evaluated").
import type { Catalogue } from '../schemas/duty';
import type { DateRange, IsoDate } from '../dates';
import type { LedgerData, RecordTable, Settings } from '../ledger';

/** The six statuses of obligations.md, in the order the dashboard lists them. */
export const STATUSES = {
  missed: '未达标',
  partial: '部分达标',
  pending: '待完成',
  unknown: '数据不足',
  met: '已达标',
  not_applicable: '不适用',
} as const;
export type Status = keyof typeof STATUSES;

/** The period chosen for an evaluation: a calendar year, or a whole term (届). */
export type Selection = { kind: 'year'; year: number } | { kind: 'term'; termId: string };

/** A record that counts as evidence (or as the reason for a shortfall). */
export interface EvidenceRef {
  table: RecordTable;
  id: string;
}

/**
 * One subject of a duty (the township in a year, a deputy, a station-month, a session …) with
 * its own status. Single-subject duties have exactly one.
 */
export interface SubjectResult {
  /** Stable key within the duty (`2025`, `2025:deputy-id`, `2025-03:station-id`). */
  key: string;
  /** Chinese label: `2025年`, `张三`, `2025年第一季度`, `第七届第三次会议`. */
  label: string;
  status: Status;
  /** Where pending: the last day on which the subject can still be met. */
  dueDate?: IsoDate;
  /** The workings in Chinese: counts against the target, the date found, what is missing. */
  note: string;
  /** Records that count (met) or that the note speaks of (missed: the late answer, the short meeting). */
  evidence: EvidenceRef[];
}

/** The result of one duty for the period, as the dashboard, the handbook and the archive show it. */
export interface DutyResult {
  id: string;
  status: Status;
  /** 0–1; absent for pending, not_applicable and unknown duties, which are left out of scores. */
  score?: number;
  /** Where pending: the earliest due date among its pending subjects. */
  dueDate?: IsoDate;
  subjects: SubjectResult[];
  /** Labels of the subjects that are missed (what falls short). */
  shortfall: string[];
  /** Every record counted, over all subjects. */
  evidence: EvidenceRef[];
}

/** A score and the number of duties it is made of. */
export interface Score {
  /** Weighted mean 0–1; absent when no duty was scored. */
  value?: number;
  scored: number;
}

/** A whole evaluation: every duty of the catalogue for one period, as of one date. */
export interface Evaluation {
  selection: Selection;
  /** The dates the selection covers. */
  range: DateRange;
  asOf: IsoDate;
  catalogueVersion: string;
  results: DutyResult[];
  overall: Score;
  /** Score by chapter of the rules (2–8). */
  chapters: Record<number, Score>;
}

/** What the engine reads: the records, the township's settings and the catalogue. */
export interface EvaluationInput {
  data: LedgerData;
  /** The setting values; `pointsTables` (read by art15-points-scheme) when the caller has them. */
  settings?: Pick<Settings, 'values'> & Partial<Pick<Settings, 'pointsTables'>>;
  catalogue: Catalogue;
  selection: Selection;
  asOf: IsoDate;
}

/**
 * The span one evaluator call covers. Yearly, half-yearly, quarterly and monthly duties are
 * evaluated one calendar year at a time (a term selection evaluates each of its years); term
 * duties one term at a time; event duties once, over the whole selected range.
 */
export type Unit =
  | { kind: 'year'; year: number; range: DateRange }
  | { kind: 'term'; termId: string; range: DateRange }
  | { kind: 'event'; range: DateRange };
