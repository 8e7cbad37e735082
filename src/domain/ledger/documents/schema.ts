import { z } from 'zod';
import {
  EVEN_WITH_FIELD_ERRORS,
  idRef,
  IsoDateSchema,
  NoteSchema,
  RecordBaseSchema,
  TextSchema,
} from '../field-schemas';

/** Kinds of documents the duties look for (plans, rules, publications, filings). */
export const DOCUMENT_KINDS = {
  annualWorkPlan: '闭会期间年度工作要点',
  supervisionPlan: '年度监督工作计划',
  termTrainingPlan: '届内代表学习培训规划',
  annualTrainingPlan: '年度代表学习培训计划',
  stationRules: '代表进站操作细则',
  stationPlan: '联络站年度活动计划',
  procedureRule: '议事规则与工作办法',
  deputyListPublication: '代表名单公布',
  normativeResolution: '规范性决议、决定',
  budgetDocument: '预算、调整方案、决算',
  electionCommitteeApproval: '选举委员会批准文件',
  suggestionReport: '代表建议办理情况报告',
  deputyInfoPublication: '代表基本情况和履职情况公开',
  other: '其他文件',
} as const;
export const DocumentKindSchema = z.enum(Object.keys(DOCUMENT_KINDS) as [keyof typeof DOCUMENT_KINDS], {
  message: '请选择文件类型',
});

/** The six procedure rules of 第二十二条(二). */
export const PROCEDURE_RULES = {
  congressRules: '乡镇人大议事规则',
  presidiumRules: '主席团议事规则',
  inspectionMeasures: '执法检查办法',
  specialReportMeasures: '听取和讨论专项工作报告办法',
  visitResearchMeasures: '视察调研办法',
  appraisalMeasures: '工作评议办法',
} as const;

/** Budget documents whose publication 预算法 14 times (20 days after approval). */
export const BUDGET_DOCUMENTS = {
  budget: '预算',
  adjustment: '预算调整方案',
  finalAccounts: '决算',
} as const;

/** A document adopted, published or filed. */
export const DocumentSchema = RecordBaseSchema.extend({
  kind: DocumentKindSchema,
  title: TextSchema('文件名称', 200),
  /** Adopted (通过/印发) on. */
  adoptedOn: IsoDateSchema,
  /** The year a plan is for. */
  year: z.number().int().min(2000).max(2100).optional(),
  /**
   * The term a term plan or list publication is for; for an 选举委员会批准文件 (第四条第（六）项),
   * the term the general election elected.
   */
  termId: idRef('terms').optional(),
  /** The station a station plan or rules are for. */
  stationId: idRef('stations').optional(),
  /** For procedure rules: which of the six. */
  procedureRule: z.enum(Object.keys(PROCEDURE_RULES) as [keyof typeof PROCEDURE_RULES]).optional(),
  /** For budget documents: which one. */
  budgetDocument: z.enum(Object.keys(BUDGET_DOCUMENTS) as [keyof typeof BUDGET_DOCUMENTS]).optional(),
  /**
   * The session that approved it (budget documents, normative resolutions); for a 代表建议办理情况报告,
   * the session that heard it.
   */
  sessionId: idRef('sessions').optional(),
  /** Made public on (deputy list, budget documents, the suggestion-handling report, deputies' information). */
  publishedOn: IsoDateSchema.optional(),
  /** Filed with the city standing committee on (normative resolutions, 第四条(九)). */
  filedOn: IsoDateSchema.optional(),
  /** For the annual work plan: whether it lists the 民生实事 supervision (第二十条(三)). */
  includesLivelihood: z.boolean().default(false),
  note: NoteSchema,
}).superRefine((d, ctx) => {
  if (d.kind === 'procedureRule' && !d.procedureRule)
    ctx.addIssue({ code: 'custom', path: ['procedureRule'], message: '请选择是哪一项议事规则或办法' });
  if (d.kind === 'electionCommitteeApproval' && !d.termId)
    ctx.addIssue({ code: 'custom', path: ['termId'], message: '请选择这次换届选举所产生的届次' });
  if (d.kind === 'budgetDocument' && !d.budgetDocument)
    ctx.addIssue({ code: 'custom', path: ['budgetDocument'], message: '请选择预算文件类型' });
  if (
    d.publishedOn &&
    d.publishedOn < d.adoptedOn &&
    d.kind !== 'deputyListPublication' &&
    d.kind !== 'deputyInfoPublication'
  )
    ctx.addIssue({ code: 'custom', path: ['publishedOn'], message: '公开日期不能早于通过日期' });
  if (d.filedOn && d.filedOn < d.adoptedOn)
    ctx.addIssue({ code: 'custom', path: ['filedOn'], message: '备案日期不能早于通过日期' });
}, EVEN_WITH_FIELD_ERRORS);

export type DocumentKind = z.output<typeof DocumentKindSchema>;
export type LedgerDocument = z.output<typeof DocumentSchema>;
