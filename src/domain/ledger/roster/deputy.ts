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
import { COMPOSITIONS, EDUCATIONS, ETHNICITIES, GENDERS, POLITICAL_STATUSES } from './codes';

/** A zod enum of a code list's keys, with a Chinese message for a value outside it. */
const codeEnum = <T extends Record<string, string>>(list: T, what: string) =>
  z.enum(Object.keys(list) as [keyof T & string], { message: `${what}不在代码表中` });

/** Levels of people's congress a deputy may sit in; several at once are common. */
export const DEPUTY_LEVELS = {
  township: '乡镇人大代表',
  city: '湘乡市人大代表',
  prefecture: '湘潭市人大代表',
  province: '湖南省人大代表',
  national: '全国人大代表',
} as const;
export const DeputyLevelSchema = z.enum(Object.keys(DEPUTY_LEVELS) as [keyof typeof DEPUTY_LEVELS]);

/** A deputy's standing: suspended and ended deputies are measured only for the time they served. */
export const DEPUTY_STATUSES = {
  active: '在任',
  suspended: '暂停执行代表职务',
  ended: '代表资格终止',
} as const;
export const DeputyStatusSchema = z.enum(Object.keys(DEPUTY_STATUSES) as [keyof typeof DEPUTY_STATUSES]);

/** A deputy registered with the township (代表名册): township deputies and higher-level deputies alike. */
export const DeputySchema = RecordBaseSchema.extend({
  name: TextSchema('姓名', 40),
  /** The levels the deputy sits in; at least one. */
  levels: z.array(DeputyLevelSchema).min(1, { message: '请至少选择一个代表层级' }),
  /** Constituency (选区) the deputy was elected in. */
  constituency: z.string().trim().max(60).optional(),
  /** The liaison station the deputy is attached to. */
  stationId: idRef('stations').optional(),
  /** 领导干部代表 (第十九条): measured every half-year for station visits. */
  isLeaderCadre: z.boolean().default(false),
  /** The township term the deputy was elected for, if a township deputy. */
  termId: idRef('terms').optional(),
  /** First day of service in this register. */
  serviceFrom: IsoDateSchema,
  /** Last day of service; empty while serving. */
  serviceTo: IsoDateSchema.optional(),
  status: DeputyStatusSchema.default('active'),
  /** Work unit and post, as printed on sign-in sheets. */
  workUnit: z.string().trim().max(100).optional(),
  phone: z
    .string()
    .trim()
    .transform((v) => (v ? v : undefined))
    .pipe(
      z
        .string()
        .regex(/^[0-9+\-\s]{5,20}$/, { message: '电话号码格式不正确' })
        .optional(),
    )
    .optional(),
  /** 性别. Optional (added in issue 15): older ledgers and archives have no personal fields. */
  gender: codeEnum(GENDERS, '性别').optional(),
  /** 民族, as its GB 3304 code (`01` 汉族). */
  ethnicity: codeEnum(ETHNICITIES, '民族').optional(),
  /** 出生年月 as `YYYY-MM`. */
  birthMonth: z
    .string()
    .regex(/^(19|20)\d{2}-(0[1-9]|1[0-2])$/, { message: '出生年月应为“年-月”，如 1975-03' })
    .optional(),
  /** 政治面貌, as its GB/T 4762 code (`01` 中国共产党党员, `13` 群众). */
  politicalStatus: codeEnum(POLITICAL_STATUSES, '政治面貌').optional(),
  /** 文化程度: the highest schooling completed. */
  education: codeEnum(EDUCATIONS, '文化程度').optional(),
  /** 代表构成: the category the deputy is counted in (工人, 农民 …). */
  composition: codeEnum(COMPOSITIONS, '代表构成').optional(),
  note: NoteSchema,
}).superRefine(
  endNotBeforeStart('serviceFrom', 'serviceTo', '离任日期不能早于任职日期'),
  EVEN_WITH_FIELD_ERRORS,
);

/** A liaison station (代表联络站). */
export const StationSchema = RecordBaseSchema.extend({
  name: TextSchema('联络站名称', 60),
  /** `township`: the township's own station (第十七条(二) sets its leadership); `other`: village, park, trade. */
  level: z.enum(['township', 'other']).default('township'),
  address: z.string().trim().max(120).optional(),
  /** 站长, 副站长 and 联络员 as recorded; compared with the officers for art17-station-leadership. */
  headName: z.string().trim().max(40).optional(),
  deputyHeadNames: z.array(z.string().trim().min(1).max(40)).default([]),
  liaisonName: z.string().trim().max(40).optional(),
  note: NoteSchema,
});

export type DeputyLevel = z.output<typeof DeputyLevelSchema>;
export type Deputy = z.output<typeof DeputySchema>;
export type Station = z.output<typeof StationSchema>;
