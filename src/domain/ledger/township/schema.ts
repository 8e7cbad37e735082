import { z } from 'zod';
import {
  endNotBeforeStart,
  EVEN_WITH_FIELD_ERRORS,
  idRef,
  IsoDateSchema,
  NoteSchema,
  RecordBaseSchema,
  TextSchema,
} from '../field-schemas';

/**
 * The 18 townships of 湘乡市 that have a congress (15 镇 and 3 乡; the 4 街道 have none). Names as
 * reported in domain-notes.md; an `id` is the pinyin slug used in archive names.
 */
export const TOWNSHIPS = [
  { id: 'shanzao', name: '山枣镇', unitType: 'town' },
  { id: 'lishan', name: '栗山镇', unitType: 'town' },
  { id: 'zhongsha', name: '中沙镇', unitType: 'town' },
  { id: 'yutang', name: '虞塘镇', unitType: 'town' },
  { id: 'tanshi', name: '潭市镇', unitType: 'town' },
  { id: 'qizi', name: '棋梓镇', unitType: 'town' },
  { id: 'hutian', name: '壶天镇', unitType: 'town' },
  { id: 'fanjiang', name: '翻江镇', unitType: 'town' },
  { id: 'jinshi', name: '金石镇', unitType: 'town' },
  { id: 'baitian', name: '白田镇', unitType: 'town' },
  { id: 'yueshan', name: '月山镇', unitType: 'town' },
  { id: 'quantang', name: '泉塘镇', unitType: 'town' },
  { id: 'meiqiao', name: '梅桥镇', unitType: 'town' },
  { id: 'maotian', name: '毛田镇', unitType: 'town' },
  { id: 'longdong', name: '龙洞镇', unitType: 'town' },
  { id: 'dongjiao', name: '东郊乡', unitType: 'township' },
  { id: 'jinsou', name: '金薮乡', unitType: 'township' },
  { id: 'yuduan', name: '育塅乡', unitType: 'township' },
] as const;

/**
 * The demo's township: fictional, so that sample records never pass for a real town's. Not one of
 * TOWNSHIPS, so first-run setup cannot choose it; only stored (demo) ledgers carry its id.
 */
export const DEMO_TOWNSHIP = { id: 'shili', name: '示例镇', unitType: 'town' } as const;

export const TownshipIdSchema = z.enum(TOWNSHIPS.map((t) => t.id) as [string, ...string[]], {
  message: '请选择乡镇',
});

/** The township this ledger belongs to: one record per ledger. */
export const TownshipSchema = RecordBaseSchema.extend({
  /** Which of the 18 townships (pinyin slug), or the demo's fictional one. */
  townshipId: z.enum([DEMO_TOWNSHIP.id, ...TOWNSHIPS.map((t) => t.id)] as [string, ...string[]], {
    message: '请选择乡镇',
  }),
  /** The township's name as shown (`山枣镇`); derived from the id but stored for archives. */
  name: TextSchema('乡镇名称', 20),
  /** 镇 (`town`) or 乡 (`township`): decides 镇长 vs 乡长 in forms. */
  unitType: z.enum(['town', 'township']),
  /** True for the 示例乡镇 demo data, which must never mix silently with real records. */
  isDemo: z.boolean().default(false),
});

/** A term (届) of the township congress: five years from the first session after an election. */
export const TermSchema = RecordBaseSchema.extend({
  /** The term's ordinal: 7 for 第七届. */
  number: z.number({ message: '请填写届次' }).int().min(1, { message: '届次至少为1' }).max(30),
  /** Election day of the deputies of this term (the 2-month clock of 组织法 20 starts here). */
  electionDate: IsoDateSchema.optional(),
  /** First day of the term (normally the first session's opening day). */
  startDate: IsoDateSchema,
  /** Last day of the term; empty while the term is running. */
  endDate: IsoDateSchema.optional(),
  note: NoteSchema,
}).superRefine(
  endNotBeforeStart('startDate', 'endDate', '届期结束日期不能早于开始日期'),
  EVEN_WITH_FIELD_ERRORS,
);

/** Offices the duties read, held by a person over a span of dates. */
export const OFFICER_ROLES = {
  chair: '人大主席',
  viceChair: '人大副主席',
  staff: '人大专干',
  partySecretary: '党委书记',
  head: '乡镇长',
  deputyHead: '副乡镇长',
} as const;
export const OfficerRoleSchema = z.enum(Object.keys(OFFICER_ROLES) as [keyof typeof OFFICER_ROLES], {
  message: '请选择职务',
});

/** A person in an office for a span of dates (officers change within a term). */
export const OfficerSchema = RecordBaseSchema.extend({
  role: OfficerRoleSchema,
  name: TextSchema('姓名', 40),
  /** For a 副主席: whether full time (第二十三条 requires a full-time vice-chair). */
  fullTime: z.boolean().default(false),
  /** The deputy record of this person, when they are also a deputy. */
  deputyId: idRef('deputies').optional(),
  /** First day in office. */
  from: IsoDateSchema,
  /** Last day in office; empty while in office. */
  to: IsoDateSchema.optional(),
  note: NoteSchema,
}).superRefine(endNotBeforeStart('from', 'to', '离任日期不能早于任职日期'), EVEN_WITH_FIELD_ERRORS);

/** Membership of the presidium (主席团) over time: the quorum of 第六条 counts members on a date. */
export const PresidiumMemberSchema = RecordBaseSchema.extend({
  termId: idRef('terms'),
  name: TextSchema('姓名', 40),
  deputyId: idRef('deputies').optional(),
  from: IsoDateSchema,
  to: IsoDateSchema.optional(),
}).superRefine(endNotBeforeStart('from', 'to', '结束日期不能早于开始日期'), EVEN_WITH_FIELD_ERRORS);

/** The credentials committee (代表资格审查委员会) of a term (第七条). */
export const CredentialsCommitteeSchema = RecordBaseSchema.extend({
  termId: idRef('terms'),
  /** 主任委员: must be a presidium member (the name as printed; `chairId` is what is checked). */
  chairName: TextSchema('主任委员', 40),
  /** 副主任委员: must be a presidium member. */
  viceChairName: TextSchema('副主任委员', 40),
  /** 委员, 3–5 deputies of the term, by name as printed. */
  memberNames: z.array(TextSchema('委员姓名', 40)),
  /** The 主任委员's presidium membership; the engine matches this id, not the name. */
  chairId: idRef('presidiumMembers').optional(),
  /** The 副主任委员's presidium membership. */
  viceChairId: idRef('presidiumMembers').optional(),
  /** The 委员 as deputies, in the order of `memberNames`; empty in records made before ids were kept. */
  memberIds: z.array(idRef('deputies')).default([]),
  /** The session that approved the committee (the term's first session). */
  approvedSessionId: idRef('sessions').optional(),
  note: NoteSchema,
});

export type TownshipInfo = (typeof TOWNSHIPS)[number] | typeof DEMO_TOWNSHIP;
export type Township = z.output<typeof TownshipSchema>;
export type Term = z.output<typeof TermSchema>;
export type OfficerRole = z.output<typeof OfficerRoleSchema>;
export type Officer = z.output<typeof OfficerSchema>;
export type PresidiumMember = z.output<typeof PresidiumMemberSchema>;
export type CredentialsCommittee = z.output<typeof CredentialsCommitteeSchema>;
