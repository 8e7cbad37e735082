import { z } from 'zod';
import { idRef, IsoDateSchema, NoteSchema, RecordBaseSchema, TextSchema } from '../field-schemas';

/** The answer's result (答复结果). */
export const ANSWER_RESULTS = {
  solved: '已解决',
  planned: '列入计划解决',
  unable: '因条件限制暂不能解决',
} as const;
/** The deputy's evaluation of the answer; 不满意 sends it back for re-handling. */
export const EVALUATIONS = { satisfied: '满意', basic: '基本满意', unsatisfied: '不满意' } as const;

/**
 * One promise made in a suggestion's answer (承诺事项). Records saved before catalogue 1.1 held
 * `{ text, doneOn? }`: `text` is read as `content`, and such an item has no `dueOn`.
 */
export const PromisedItemSchema = z.preprocess(
  (value) => {
    if (value && typeof value === 'object' && !('content' in value) && 'text' in value) {
      const { text, ...rest } = value as Record<string, unknown>;
      return { ...rest, content: text };
    }
    return value;
  },
  z
    .object({
      /** What was promised (承诺内容). */
      content: TextSchema('承诺事项', 200),
      /**
       * The date by which it was promised (承诺完成期限). Required by the answer form; absent only
       * in items saved before catalogue 1.1, which the engine reads as `unknown`.
       */
      dueOn: IsoDateSchema.optional(),
      /** The day it was done or its progress reported back to the deputy (落实或反馈日期). */
      doneOn: IsoDateSchema.optional(),
    })
    .strip(),
);

/** A deputy's suggestion, criticism or opinion (代表建议) through its whole life. */
export const SuggestionSchema = RecordBaseSchema.extend({
  /** Registration number, e.g. `2025-07`. */
  number: TextSchema('建议编号', 30),
  title: TextSchema('建议标题', 200),
  content: z.string().trim().max(5000).optional(),
  /** Proposing deputies (领衔 first). */
  proposerIds: z.array(idRef('deputies')).min(1, { message: '请选择提出建议的代表' }),
  submittedOn: IsoDateSchema,
  /** The session it was submitted at; empty when submitted between sessions. */
  sessionId: idRef('sessions').optional(),
  /** 交办: the date and the units. */
  assignedOn: IsoDateSchema.optional(),
  leadUnit: z.string().trim().max(60).optional(),
  coUnits: z.array(z.string().trim().min(1).max(60)).default([]),
  /** Complex suggestions get 6 months instead of 3 (代表法 51). */
  complex: z.boolean().default(false),
  /** 党委书记 as 督办 lead (第十六条(二)): the officer record. */
  supervisorOfficerId: idRef('officers').optional(),
  /** 乡镇长 or 副乡镇长 as 领办 lead. */
  leadOfficerId: idRef('officers').optional(),
  handlingStartedOn: IsoDateSchema.optional(),
  /** 见面沟通 with the proposers (第十六条(三)). */
  faceToFaceOn: IsoDateSchema.optional(),
  answeredOn: IsoDateSchema.optional(),
  /**
   * The first answer's date. An unsatisfied evaluation clears `answeredOn` for the new answer, but
   * the legal deadline (代表法 51) is met or missed by the first one, so it is kept here.
   */
  firstAnsweredOn: IsoDateSchema.optional(),
  answerResult: z.enum(Object.keys(ANSWER_RESULTS) as [keyof typeof ANSWER_RESULTS]).optional(),
  /** Promises made in the answer, followed as a list (承诺事项清单, 第十六条第（三）项). */
  promisedItems: z.array(PromisedItemSchema).default([]),
  evaluation: z.enum(Object.keys(EVALUATIONS) as [keyof typeof EVALUATIONS]).optional(),
  evaluatedOn: IsoDateSchema.optional(),
  /** How many times an unsatisfied answer was sent back. */
  rehandledCount: z.number().int().min(0).default(0),
  closedOn: IsoDateSchema.optional(),
  /** The 民生实事 project it became (第十六条(四)). */
  projectId: idRef('livelihoodProjects').optional(),
  note: NoteSchema,
});

export type AnswerResult = keyof typeof ANSWER_RESULTS;
export type Evaluation = keyof typeof EVALUATIONS;
export type Suggestion = z.output<typeof SuggestionSchema>;
export type PromisedItem = z.output<typeof PromisedItemSchema>;

/**
 * A suggestion's promised items as the current shape, also when the record was stored in this
 * browser before catalogue 1.1 and not saved since (IndexedDB is not rewritten: its items still
 * hold `text`). Every reader of `promisedItems` goes through this, so nothing saved is lost.
 */
export function promisedItemsOf(s: Pick<Suggestion, 'promisedItems'>): PromisedItem[] {
  return s.promisedItems.map((item) => {
    const legacy = item as PromisedItem & { text?: string };
    if (typeof legacy.content === 'string' || typeof legacy.text !== 'string') return item;
    const { text, ...rest } = legacy;
    return { ...rest, content: text };
  });
}
