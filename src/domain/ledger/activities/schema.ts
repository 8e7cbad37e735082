import { z } from 'zod';
import {
  CountSchema,
  EVEN_WITH_FIELD_ERRORS,
  idRef,
  IsoDateSchema,
  NoteSchema,
  RecordBaseSchema,
  TextSchema,
  endNotBeforeStart,
} from '../field-schemas';

/** Every kind of activity the duties count (obligations.md, "Evidence"). */
export const ACTIVITY_KINDS = {
  lawInspection: '执法检查',
  specialReport: '听取专项工作报告',
  inspectionVisit: '视察',
  research: '调研',
  appraisal: '工作评议',
  fiscalProjectVisit: '财政资金项目视察',
  training: '集中学习培训',
  legislation: '立法相关活动',
  lawPopularization: '普法宣传',
  stationReception: '进站接待群众',
  stationTheme: '集中进站主题活动',
  leaderStationVisit: '领导干部进站',
  practicalDeed: '为民办实事',
  voterReport: '向选民报告履职',
  partyReport: '向党委汇报',
  budgetReview: '预算初步审查',
  /** 预算法 45: deputies hear voters' and the public's views on the draft budget before the session. */
  budgetVoterViews: '听取选民对预算草案的意见',
} as const;
export const ActivityKindSchema = z.enum(Object.keys(ACTIVITY_KINDS) as [keyof typeof ACTIVITY_KINDS], {
  message: '请选择活动类型',
});

/** Tags of 第二十一条 (五+, 五进, channels): recorded, not scored. */
export const ACTIVITY_TAGS = [
  '工作监督员',
  '法治宣传员',
  '民情信息员',
  '纠纷调解员',
  '群众服务员',
  '进站点',
  '进机关',
  '进选区',
  '进园区',
  '进企业',
  '两官一长一员同步进站',
  '码上找代表',
  '随手拍',
  '12345',
] as const;

/** A satisfaction test (满意度测评): counts per grade and the number entitled to vote. */
export const SatisfactionTestSchema = z
  .object({
    entitled: CountSchema,
    satisfied: CountSchema,
    basic: CountSchema,
    unsatisfied: CountSchema,
    abstain: CountSchema.default(0),
    /** Whether the result was made public (第十五条(二)). */
    published: z.boolean().default(false),
  })
  .refine((t) => t.satisfied + t.basic + t.unsatisfied + t.abstain <= t.entitled, {
    message: '各项票数之和不能超过应参加测评人数',
    path: ['entitled'],
    ...EVEN_WITH_FIELD_ERRORS,
  });

/** An opinion raised on a special report and its answer (第九条(三)). */
export const OpinionSchema = z.object({
  text: TextSchema('意见内容', 500),
  answeredOn: IsoDateSchema.optional(),
});

/**
 * A problem collected on a 视察 or 调研, forwarded to the responsible body and fed back to the
 * deputies (第十条第（三）项). Both dates are optional: an open problem has neither yet.
 */
export const VisitProblemSchema = z
  .object({
    /** What the deputies found or were told (问题内容). */
    description: TextSchema('问题内容', 300),
    /** The body or unit it was forwarded to for handling (转交单位). */
    forwardedTo: z.string().trim().max(60).optional(),
    /** The day it was forwarded to that body (转交处理日期). */
    forwardedOn: IsoDateSchema.optional(),
    /** The day the handling was reported back to the deputies (向代表反馈日期). */
    fedBackOn: IsoDateSchema.optional(),
  })
  .superRefine(
    endNotBeforeStart('forwardedOn', 'fedBackOn', '反馈日期不能早于转交日期'),
    EVEN_WITH_FIELD_ERRORS,
  );

/** A supervision activity or a deputies' activity. */
export const ActivitySchema = RecordBaseSchema.extend({
  kind: ActivityKindSchema,
  date: IsoDateSchema,
  /** Topic or title (主题). */
  topic: TextSchema('主题', 200),
  /** Deputies who took part. */
  deputyIds: z.array(idRef('deputies')).default([]),
  /** Number of participants when not every one is a registered deputy. */
  participants: CountSchema.optional(),
  /** The station where it took place (receptions, themed activities, leader visits). */
  stationId: idRef('stations').optional(),
  /** Links to other activities: a special report names the visit or research before it. */
  linkedActivityIds: z.array(idRef('activities')).default([]),
  /** The 民生实事 project a visit supervised. */
  projectId: idRef('livelihoodProjects').optional(),
  tags: z.array(z.string().trim().min(1).max(30)).default([]),
  /**
   * 视察、调研: the problems collected, each with its forwarded-on and feedback dates (第十条第（三）项).
   * Added with catalogue 1.1; absent in older records and on other kinds, read as none.
   */
  problems: z.array(VisitProblemSchema).optional(),
  /** Special reports: the opinions raised and when each was answered. */
  opinions: z.array(OpinionSchema).default([]),
  /** Appraisals (工作评议): when the result was reported to the party committee (第十一条(二)). */
  reportedToPartyOn: IsoDateSchema.optional(),
  /** Appraisals: the session whose agenda carried the result. */
  reportedToSessionId: idRef('sessions').optional(),
  /** Fiscal project visits held outside session days (第十二条(三)). */
  outsideSession: z.boolean().default(true),
  /** Reports to voters, appraisals: the satisfaction test. */
  test: SatisfactionTestSchema.optional(),
  /** Receptions: visitors received and issues registered. */
  visitors: CountSchema.optional(),
  issues: CountSchema.optional(),
  note: NoteSchema,
});

/** The stages of an inspection problem's loop (第八条(二)): 反馈 → 交办 → 督办 → 评价, then 回头看. */
export const InspectionProblemSchema = RecordBaseSchema.extend({
  /** The 执法检查 activity that found the problem. */
  inspectionId: idRef('activities', ['lawInspection']),
  description: TextSchema('问题描述', 500),
  /** The unit responsible for fixing it. */
  unit: z.string().trim().max(60).optional(),
  feedbackOn: IsoDateSchema.optional(),
  assignedOn: IsoDateSchema.optional(),
  supervisedOn: IsoDateSchema.optional(),
  evaluatedOn: IsoDateSchema.optional(),
  /** 评价 result. */
  evaluation: z.enum(['satisfied', 'basic', 'unsatisfied']).optional(),
  revisitOn: IsoDateSchema.optional(),
  note: NoteSchema,
});

export type ActivityKind = z.output<typeof ActivityKindSchema>;
export type SatisfactionTest = z.output<typeof SatisfactionTestSchema>;
export type Activity = z.output<typeof ActivitySchema>;
export type VisitProblem = z.output<typeof VisitProblemSchema>;
export type InspectionProblem = z.output<typeof InspectionProblemSchema>;
