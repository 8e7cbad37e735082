import { z } from 'zod';
import { idRef, IsoDateSchema, NoteSchema, RecordBaseSchema } from './field-schemas';

/** The six statuses of the compliance engine (see src/domain/compliance/types.ts). */
const StatusSchema = z.enum(['met', 'partial', 'missed', 'pending', 'not_applicable', 'unknown']);

const EvidenceRefSchema = z.object({ table: z.string().min(1), id: z.string().min(1) });

const SubjectResultSchema = z.object({
  key: z.string(),
  label: z.string(),
  status: StatusSchema,
  dueDate: IsoDateSchema.optional(),
  note: z.string(),
  evidence: z.array(EvidenceRefSchema),
});

/** One duty's frozen result: exactly what the engine returned when the period was closed. */
export const FrozenResultSchema = z.object({
  id: z.string().min(1),
  status: StatusSchema,
  score: z.number().min(0).max(1).optional(),
  dueDate: IsoDateSchema.optional(),
  subjects: z.array(SubjectResultSchema),
  shortfall: z.array(z.string()),
  evidence: z.array(EvidenceRefSchema),
});

const ScoreSchema = z.object({ value: z.number().min(0).max(1).optional(), scored: z.number().int().min(0) });

/** The period a snapshot freezes: a calendar year, or a term. */
export const SnapshotPeriodSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('year'), year: z.number().int().min(1980).max(2200) }),
  z.object({ kind: z.literal('term'), termId: idRef('terms') }),
]);

/**
 * A closed period's compliance results, frozen (年度考评快照): listed and printed as they were,
 * never silently recomputed. The catalogue's version and hash say which rules they were scored by.
 */
export const SnapshotSchema = RecordBaseSchema.extend({
  /** `year:2025` or `term:<termId>`: one snapshot per period is current (the latest closed). */
  periodKey: z.string().regex(/^(year:\d{4}|term:[0-9a-f-]{36})$/),
  period: SnapshotPeriodSchema,
  /** Chinese name of the period: `2025年度`, `第七届`. */
  label: z.string().min(1).max(40),
  /** The dates the period covers. */
  range: z.object({ start: IsoDateSchema, end: IsoDateSchema }),
  /** The as-of date the results were computed for. */
  asOf: IsoDateSchema,
  /** Township name at closing, for the printed report. */
  townshipName: z.string().min(1).max(20),
  catalogueVersion: z.string().regex(/^\d+\.\d+\.\d+$/),
  /** SHA-256 (hex) of the catalogue as used, so a later catalogue of the same version is noticed. */
  catalogueHash: z.string().regex(/^[0-9a-f]{64}$/),
  /** The setting values in force when closing (missing keys took the catalogue's defaults). */
  settingsValues: z.record(z.string(), z.union([z.number(), z.string()])).default({}),
  results: z.array(FrozenResultSchema),
  overall: ScoreSchema,
  /** Scores by chapter, keyed by chapter number as a string. */
  chapters: z.record(z.string(), ScoreSchema),
  /** Who closed the period (the user name of the settings). */
  closedBy: z.string().max(40).default(''),
  note: NoteSchema,
});

export type FrozenResult = z.output<typeof FrozenResultSchema>;
export type SnapshotPeriod = z.output<typeof SnapshotPeriodSchema>;
export type Snapshot = z.output<typeof SnapshotSchema>;
