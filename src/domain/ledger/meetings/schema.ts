import { z } from 'zod';
import {
  CountSchema,
  EVEN_WITH_FIELD_ERRORS,
  idRef,
  IsoDateSchema,
  NoteSchema,
  RecordBaseSchema,
  TextSchema,
} from '../field-schemas';

/** The agenda items 第五条第（二）项 requires, for the first and the second session of a year. */
export const AGENDA_ITEMS = {
  governmentReport: '听取和审议政府工作报告',
  presidiumReport: '听取和审议主席团工作报告',
  budgetApproval: '审查和批准预算',
  constructionPlan: '讨论、决定经济、文化事业和公共事业建设计划和项目',
  livelihoodReport: '听取和审议上年度民生实事实施情况的报告',
  specialReport: '听取和审议政府专项工作报告',
  supervisionReport: '听取和审议执法检查、视察调研、工作评议等情况的报告',
  budgetExecution: '审查和批准预算执行情况的报告',
  budgetAdjustment: '审查和批准预算调整方案',
  finalAccounts: '审查和批准上年度决算',
  suggestionReport: '听取和审议代表建议、批评和意见办理情况的报告',
  livelihoodVote: '票决下年度民生实事',
  appraisalReport: '听取工作评议结果的报告',
  election: '选举',
} as const;
export const AgendaItemSchema = z.enum(Object.keys(AGENDA_ITEMS) as [keyof typeof AGENDA_ITEMS]);

/** A vote taken at a session. */
export const VoteSchema = z.object({
  subject: TextSchema('表决事项', 100),
  yes: CountSchema,
  no: CountSchema,
  abstain: CountSchema,
});

/** A deputy's absence from a session; two unapproved absences end the qualification (代表法 62). */
export const AbsenceSchema = z.object({
  deputyId: idRef('deputies'),
  /** Leave approved (请假) or not. */
  approved: z.boolean(),
});

/** A session (人代会会议) of the township congress. */
export const SessionSchema = RecordBaseSchema.extend({
  termId: idRef('terms'),
  /** 第几次会议 within the term. */
  number: z.number({ message: '请填写会次' }).int().min(1, { message: '会次至少为1' }),
  /** Opening day. */
  startDate: IsoDateSchema,
  /** Length in days, in half-day steps (会期不得少于1天). */
  lengthDays: z
    .number({ message: '请填写会期' })
    .positive({ message: '会期必须大于0' })
    .multipleOf(0.5, { message: '会期按半天计，如 1 或 1.5' }),
  /** Deputies in office on the opening day (the 2/3 quorum's base). */
  deputiesInOffice: CountSchema.optional(),
  /** Deputies present at the opening. */
  deputiesPresent: CountSchema.optional(),
  /** The required agenda items on this session's agenda. */
  agenda: z.array(AgendaItemSchema).default([]),
  /** Further agenda items in words. */
  otherAgenda: z.array(TextSchema('议程', 100)).default([]),
  votes: z.array(VoteSchema).default([]),
  absences: z.array(AbsenceSchema).default([]),
  /** The date deputies carried out the budget's preliminary review before this session (第四条(十一)). */
  preliminaryReviewDate: IsoDateSchema.optional(),
  note: NoteSchema,
}).superRefine((s, ctx) => {
  if (
    s.deputiesPresent !== undefined &&
    s.deputiesInOffice !== undefined &&
    s.deputiesPresent > s.deputiesInOffice
  )
    ctx.addIssue({ code: 'custom', path: ['deputiesPresent'], message: '出席人数不能多于在任代表数' });
  if (s.preliminaryReviewDate && s.preliminaryReviewDate > s.startDate)
    ctx.addIssue({ code: 'custom', path: ['preliminaryReviewDate'], message: '初步审查应在开会之前' });
}, EVEN_WITH_FIELD_ERRORS);

/** A meeting of the presidium (主席团会议). */
export const PresidiumMeetingSchema = RecordBaseSchema.extend({
  date: IsoDateSchema,
  /** Members present; the quorum compares it with the members on that date. */
  membersPresent: CountSchema,
  /** Ad hoc meeting (临时会议). */
  adHoc: z.boolean().default(false),
  topics: z.array(TextSchema('议题', 100)).default([]),
  note: NoteSchema,
});

export type AgendaItem = z.output<typeof AgendaItemSchema>;
export type Session = z.output<typeof SessionSchema>;
export type PresidiumMeeting = z.output<typeof PresidiumMeetingSchema>;
