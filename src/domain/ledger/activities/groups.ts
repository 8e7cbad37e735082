// Which activity kinds and tags each ledger page offers. The pages show one kind at a time; these
// groups decide the kind filter of each page and the tags a form proposes.
import { ACTIVITY_KINDS, type ACTIVITY_TAGS, type ActivityKind } from './schema';

/** One of the tags of 第二十一条 (ACTIVITY_TAGS). */
export type ActivityTag = (typeof ACTIVITY_TAGS)[number];

/** Activities held at a liaison station (第十七至十九条): the 联络站 page. */
export const STATION_ACTIVITY_KINDS = [
  'stationReception',
  'stationTheme',
  'leaderStationVisit',
] as const satisfies readonly ActivityKind[];

/** Deputies' own activities (第十三至十五条): the 代表活动 page. */
export const DEPUTY_ACTIVITY_KINDS = [
  'training',
  'legislation',
  'lawPopularization',
  'practicalDeed',
  'voterReport',
] as const satisfies readonly ActivityKind[];

/** 五+ (第二十一条): the roles a deputy plays — 工作监督员, 法治宣传员 …. */
export const FIVE_PLUS_TAGS = [
  '工作监督员',
  '法治宣传员',
  '民情信息员',
  '纠纷调解员',
  '群众服务员',
] as const satisfies readonly ActivityTag[];

/** 五进 (第二十一条): where deputies go — 进站点, 进机关 …. */
export const FIVE_INTO_TAGS = [
  '进站点',
  '进机关',
  '进选区',
  '进园区',
  '进企业',
] as const satisfies readonly ActivityTag[];

/** Channels by which the public reaches deputies, and the joint station visits of 第十八条(四). */
export const CHANNEL_TAGS = [
  '码上找代表',
  '随手拍',
  '12345',
  '两官一长一员同步进站',
] as const satisfies readonly ActivityTag[];

/** Tags a station activity may carry: channels first, then 五进 and 五+ (themed activities use them). */
export const STATION_ACTIVITY_TAGS: readonly ActivityTag[] = [
  ...CHANNEL_TAGS,
  ...FIVE_INTO_TAGS,
  ...FIVE_PLUS_TAGS,
];

/** Tags a deputies' activity may carry: 五+ and 五进. */
export const DEPUTY_ACTIVITY_TAGS: readonly ActivityTag[] = [...FIVE_PLUS_TAGS, ...FIVE_INTO_TAGS];

/** A select option: the stored value and its Chinese label. */
export interface KindOption {
  value: ActivityKind;
  label: string;
}

/** The options of a kind filter or a kind select, labelled from ACTIVITY_KINDS. */
export function kindOptions(kinds: readonly ActivityKind[]): KindOption[] {
  return kinds.map((value) => ({ value, label: ACTIVITY_KINDS[value] }));
}

/** Tags as options (a tag is its own label). */
export function tagOptions(tags: readonly ActivityTag[]): { value: string; label: string }[] {
  return tags.map((tag) => ({ value: tag, label: tag }));
}
