import { z } from 'zod';
import {
  CountSchema,
  idRef,
  IsoDateSchema,
  NoteSchema,
  RecordBaseSchema,
  TextSchema,
} from '../field-schemas';
import { SatisfactionTestSchema } from '../activities/schema';

/** The five stages (五单) in their order (第二十条(一)). */
export const LIVELIHOOD_STAGES = {
  pointedOn: '群众点单',
  screenedOn: '论证议单',
  votedOn: '票决定单',
  publishedOn: '公开晒单',
  acceptedOn: '验收评单',
} as const;
export type LivelihoodStage = keyof typeof LIVELIHOOD_STAGES;

/** A 民生实事 project through the five stages. */
export const LivelihoodProjectSchema = RecordBaseSchema.extend({
  /** The year the project is carried out (voted at the previous year's second session). */
  year: z.number({ message: '请填写实施年度' }).int().min(2000).max(2100),
  title: TextSchema('项目名称', 200),
  /** Implementing unit, budget (万元) and promised completion date, as published. */
  unit: z.string().trim().max(60).optional(),
  budgetWan: z.number().min(0, { message: '预算不能为负数' }).optional(),
  dueDate: IsoDateSchema.optional(),
  pointedOn: IsoDateSchema.optional(),
  screenedOn: IsoDateSchema.optional(),
  votedOn: IsoDateSchema.optional(),
  /** The session that voted. */
  sessionId: idRef('sessions').optional(),
  /** The ballot's tally; the pass rule (a setting) compares yes with the deputies in office. */
  tally: z
    .object({ inOffice: CountSchema, yes: CountSchema, no: CountSchema, abstain: CountSchema })
    .optional(),
  publishedOn: IsoDateSchema.optional(),
  acceptedOn: IsoDateSchema.optional(),
  acceptance: SatisfactionTestSchema.optional(),
  /** Supervised by the presidium as the year's featured project (第二十条(二)). */
  supervised: z.boolean().default(false),
  /** The suggestion it came from (第十六条(四)). */
  suggestionId: idRef('suggestions').optional(),
  note: NoteSchema,
});

export type LivelihoodProject = z.output<typeof LivelihoodProjectSchema>;
