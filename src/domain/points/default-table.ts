// The default 履职积分 table: one row per kind of record the rules themselves ask deputies to
// produce. The rules require a points system (第十五条) but give no values; the values below follow
// the practice noted in domain-notes.md ("履职积分": a written suggestion ≈ 3 points, half a day of
// unexcused absence −1) and are this tool's defaults, which each township edits in 设置.
import { ACTIVITY_KINDS } from '../ledger/activities/schema';
import type { PointsRule, PointsTable } from '../ledger/settings/schema';

/** What a default row is derived from, shown beside it so staff can see why it exists. */
export interface DefaultPointsRule extends PointsRule {
  /** The article of the rules (or of national law) the row rests on. */
  basis: string;
  /** A deduction: its points are 0 or negative. */
  deduction?: boolean;
}

/**
 * The activity kinds that earn points: duties each deputy owes in person. Kinds the township owes
 * as a body (执法检查, 向党委汇报 …) are not scored per deputy.
 */
const ACTIVITY_ROWS = [
  { kind: 'stationReception', points: 2, basis: '第十八条：各级代表每年进站接待群众不少于2次' },
  { kind: 'legislation', points: 2, basis: '第十四条（三）：每年至少参加2次立法相关工作或活动' },
  { kind: 'lawPopularization', points: 2, basis: '第十四条（三）：每年组织代表开展普法宣传' },
  { kind: 'practicalDeed', points: 3, basis: '第十四条（五）：每年为群众办1件以上实事' },
  { kind: 'training', points: 2, basis: '第十三条：届内参加集中学习2次以上' },
  { kind: 'voterReport', points: 5, basis: '第十五条（二）：届内向选民报告履职不少于1次' },
] as const satisfies readonly {
  kind: keyof typeof ACTIVITY_KINDS;
  points: number;
  basis: string;
}[];

/** The key of the points row for an activity kind (`activity:stationReception`). */
export const activityPointsKey = (kind: keyof typeof ACTIVITY_KINDS) => `activity:${kind}`;

/** The default rows, in the order the settings page shows them. */
export const DEFAULT_POINTS_RULES: readonly DefaultPointsRule[] = [
  {
    key: 'sessionAttended',
    label: '出席人代会（每次会议）',
    points: 2,
    basis: '第五条：代表出席本级人民代表大会会议',
  },
  {
    key: 'unapprovedAbsence',
    label: '未经批准缺席人代会（每次会议）',
    points: -2,
    basis: '代表法第六十二条：未经批准两次不出席会议的，代表资格终止',
    deduction: true,
  },
  {
    key: 'suggestion',
    label: '提出代表建议（每件）',
    points: 3,
    basis: '第十六条：代表提出建议、批评和意见',
  },
  {
    key: 'suggestionToLivelihood',
    label: '建议列为民生实事项目（另加）',
    points: 3,
    basis: '第二十条：民生实事项目可来自代表建议',
  },
  ...ACTIVITY_ROWS.map((row) => ({
    key: activityPointsKey(row.kind),
    label: `${ACTIVITY_KINDS[row.kind]}（每次）`,
    points: row.points,
    basis: row.basis,
  })),
];

/**
 * The date from which the default table applies: before any record a ledger can hold (document
 * years start at 2000), so every record has a version in force.
 */
export const DEFAULT_POINTS_FROM = '2000-01-01';

/** Version 1 of every township's points table: the defaults, in force from the start. */
export const DEFAULT_POINTS_TABLE: PointsTable = {
  version: 1,
  from: DEFAULT_POINTS_FROM,
  rules: DEFAULT_POINTS_RULES.map(({ key, label, points }) => ({ key, label, points })),
};

/** The default row of a key, for its basis and whether it is a deduction. */
export function defaultPointsRule(key: string): DefaultPointsRule | undefined {
  return DEFAULT_POINTS_RULES.find((rule) => rule.key === key);
}
