import { z } from 'zod';
import { BlockIdSchema } from './rules';
import { LawReferenceSchema } from './law';

/** The ids of obligations.md are a public contract: kebab-case, prefixed by article or `law`. */
export const DutyIdSchema = z.string().regex(/^(art\d{2}|law)-[a-z0-9-]+$/);

/** Keys of the township settings a duty's rule reads (the numbers marked *(setting)*). */
export const SettingKeySchema = z.string().regex(/^[a-z][a-zA-Z0-9]*$/);

/** One township setting: a number or date the rules leave open, with this tool's default. */
export const SettingSchema = z.object({
  key: SettingKeySchema,
  /** Chinese label shown in the ledger's settings and in the handbook. */
  label: z.string().min(1),
  /** `integer` counts (days, months, people); `monthDay` is `MM-DD`; `ratio` is a fraction 0–1. */
  type: z.enum(['integer', 'monthDay', 'ratio', 'choice']),
  /** This tool's default, used until the township changes it. */
  default: z.union([z.number(), z.string()]),
  /** Unit shown after the value (天, 个月, 次, 人). */
  unit: z.string().default(''),
  /** For `choice` settings: the allowed values with their Chinese labels. */
  choices: z.array(z.object({ value: z.string(), label: z.string() })).default([]),
  /** Why the setting exists and what the default means. */
  description: z.string().min(1),
  /** Where the default is the tool's own reading (no bylaw or law gives the number): says so. */
  interpretation: z.string().min(1).optional(),
});

export const DutySubjectSchema = z.enum([
  'township',
  'term',
  'session',
  'firstSessionOfYear',
  'secondSessionOfYear',
  'presidiumMeeting',
  'deputy',
  'deputyAllLevels',
  'leaderDeputy',
  'partySecretary',
  'governmentHead',
  'station',
  'townshipStation',
  'stationMonth',
  'inspectionProblem',
  'specialReport',
  'visit',
  'appraisal',
  'normativeResolution',
  'budgetSession',
  'budgetDocument',
  'suggestion',
  'livelihoodProject',
]);

export const DutyPeriodSchema = z.enum(['year', 'halfYear', 'quarter', 'month', 'term', 'event']);

export const DutySchema = z.object({
  /** Stable id from obligations.md; never renamed. */
  id: DutyIdSchema,
  /** Chapter of the rules the duty is scored under (2–8); law duties sit with the chapter they serve. */
  chapter: z.number().int().min(1).max(8),
  /** The items (项/款) of the rules this duty comes from or serves; the first is the main one. */
  refs: z.array(BlockIdSchema).min(1),
  /** For duties from national law: the article they come from. */
  law: LawReferenceSchema.optional(),
  /** How the source is cited in tables: `5(1)`, `4(11), 12(2)`, `代表法 51`. */
  sourceLabel: z.string().min(1),
  /** Chinese title (the project's own wording). */
  title: z.string().min(1),
  /** Who or what is measured; each subject gets its own status. */
  subject: DutySubjectSchema,
  /** Chinese wording of the subject for tables: `每名代表`, `乡镇`. */
  subjectLabel: z.string().min(1),
  /** The period the duty is measured over. */
  period: DutyPeriodSchema,
  /** `required` (应当/须/至少/不得少于) fails when missed; `normally` (一般/可以/力求) only warns. */
  strength: z.enum(['required', 'normally']),
  /** The rule in words, as the engine applies it. */
  rule: z.string().min(1),
  /** Minimum count for counting duties, with the upper bound of a range shown as the full target. */
  target: z.object({ min: z.number().int().positive(), full: z.number().int().positive() }).optional(),
  /** Settings the rule reads. */
  settings: z.array(SettingKeySchema).default([]),
  /** Weight in period and chapter scores. */
  weight: z.number().positive().default(1),
  /**
   * 本工具的理解: how this tool reads the text where it leaves room (ranges, 一般, open deadlines,
   * defaults, inferences). Required in effect for every duty with a setting, a range target, a
   * `normally` strength or a default in its rule (tested in content-readings.test.ts).
   */
  interpretation: z.string().optional(),
  /** The records that count as evidence, in Chinese. */
  evidence: z.string().min(1),
  /**
   * Months (1–12) in which the duty falls due in a calendar year, for the 工作日历; empty for
   * duties that fall due with an event rather than on a date.
   */
  dueMonths: z.array(z.number().int().min(1).max(12)).default([]),
  /** A line for the calendar: when exactly within those months, or which event triggers it. */
  dueNote: z.string().min(1),
});

export const CatalogueSchema = z
  .object({
    /** Semantic version of the catalogue; archives and snapshots record it. */
    version: z.string().regex(/^\d+\.\d+\.\d+$/),
    settings: z.array(SettingSchema),
    duties: z.array(DutySchema).min(1),
  })
  .superRefine((c, ctx) => {
    const keys = new Set(c.settings.map((s) => s.key));
    const ids = new Set<string>();
    for (const duty of c.duties) {
      if (ids.has(duty.id)) ctx.addIssue({ code: 'custom', message: `duplicate duty id ${duty.id}` });
      ids.add(duty.id);
      for (const key of duty.settings)
        if (!keys.has(key))
          ctx.addIssue({ code: 'custom', message: `${duty.id} reads unknown setting ${key}` });
    }
  });

export type Setting = z.output<typeof SettingSchema>;
export type Duty = z.output<typeof DutySchema>;
export type DutyPeriod = z.output<typeof DutyPeriodSchema>;
export type DutySubject = z.output<typeof DutySubjectSchema>;
export type Catalogue = z.output<typeof CatalogueSchema>;
