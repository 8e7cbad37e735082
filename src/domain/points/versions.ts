// Versions of the 履职积分 table. A saved version is never edited: a change appends a new version
// that applies from its date on, so points earned under the old values stay as they were.
import { isAfter, isIsoDate, type IsoDate } from '../dates';
import type { PointsRule, PointsTable } from '../ledger/settings/schema';
import { DEFAULT_POINTS_TABLE, defaultPointsRule } from './default-table';

/** The township's versions, oldest first; the default table is version 1 until one is saved. */
export function pointsTablesOf(stored: readonly PointsTable[]): PointsTable[] {
  const sorted = [...stored].sort((a, b) => a.version - b.version);
  return sorted.length > 0 ? sorted : [DEFAULT_POINTS_TABLE];
}

/** The version in force on a date: the latest version whose `from` is on or before it. */
export function pointsTableInForce(stored: readonly PointsTable[], date: IsoDate): PointsTable | undefined {
  return pointsTablesOf(stored)
    .filter((table) => !isAfter(table.from, date))
    .at(-1);
}

/**
 * The rows to edit: the latest version's rows, then any default row that version lacks (a row the
 * tool added after the township saved its table), with its default value.
 */
export function editablePointsRules(stored: readonly PointsTable[]): PointsRule[] {
  const latest = pointsTablesOf(stored).at(-1)!;
  const keys = new Set(latest.rules.map((rule) => rule.key));
  return [...latest.rules, ...DEFAULT_POINTS_TABLE.rules.filter((rule) => !keys.has(rule.key))];
}

/** The values typed in the points form, by row key. */
export type PointsInput = Readonly<Record<string, string>>;

/** The outcome of reading the points form: the new rows, or a message per row key. */
export type PointsParseResult =
  { ok: true; rules: PointsRule[] } | { ok: false; issues: Record<string, string> };

/** The largest number of points one row may give or take (the schema's bound). */
export const MAX_POINTS = 100;

/** The message for one typed value, or undefined when it is a valid number of points. */
export function pointsValueIssue(key: string, raw: string): string | undefined {
  const text = raw.trim();
  if (text === '') return '请填写分值';
  if (!/^-?\d+(\.\d+)?$/.test(text)) return '分值应为数字，如 3、-2 或 1.5';
  const value = Number(text);
  if (Math.abs(value) > MAX_POINTS) return `分值应在-${MAX_POINTS}到${MAX_POINTS}之间`;
  if (!Number.isInteger(value * 2)) return '分值最小单位为0.5分';
  if (defaultPointsRule(key)?.deduction && value > 0) return '这是扣分项，请填0或负数';
  return undefined;
}

/** Reads the typed values of the rows into new rows; every row needs a valid value. */
export function parsePointsInput(rules: readonly PointsRule[], input: PointsInput): PointsParseResult {
  const issues: Record<string, string> = {};
  const parsed = rules.map((rule) => {
    const raw = input[rule.key] ?? String(rule.points);
    const issue = pointsValueIssue(rule.key, raw);
    if (issue) issues[rule.key] = issue;
    return { ...rule, points: issue ? rule.points : Number(raw.trim()) };
  });
  return Object.keys(issues).length > 0 ? { ok: false, issues } : { ok: true, rules: parsed };
}

/** One changed value between two versions. */
export interface PointsChange {
  key: string;
  label: string;
  /** Undefined for a row the older version did not have. */
  before: number | undefined;
  /** Undefined for a row the newer version dropped. */
  after: number | undefined;
}

/** The rows whose values differ between two versions, in the newer version's order. */
export function pointsTableChanges(
  before: readonly PointsRule[],
  after: readonly PointsRule[],
): PointsChange[] {
  const old = new Map(before.map((rule) => [rule.key, rule]));
  const changes: PointsChange[] = after
    .filter((rule) => old.get(rule.key)?.points !== rule.points)
    .map((rule) => ({
      key: rule.key,
      label: rule.label,
      before: old.get(rule.key)?.points,
      after: rule.points,
    }));
  const kept = new Set(after.map((rule) => rule.key));
  for (const rule of before)
    if (!kept.has(rule.key))
      changes.push({ key: rule.key, label: rule.label, before: rule.points, after: undefined });
  return changes;
}

/** Why a new version was not made. */
export type AppendFailure = { ok: false; reason: 'unchanged' | 'before-latest'; message: string };

/**
 * The versions with a new one appended (version n+1, in force from `from`). The versions before
 * it are returned unchanged, including the default version 1 when none was saved yet, so that
 * points already earned keep their values. Refused when nothing changed, or when `from` is before
 * the latest version's date (versions apply in date order).
 */
export function appendPointsTable(
  stored: readonly PointsTable[],
  rules: readonly PointsRule[],
  from: IsoDate,
): { ok: true; tables: PointsTable[] } | AppendFailure {
  const tables = pointsTablesOf(stored);
  const latest = tables.at(-1)!;
  if (pointsTableChanges(latest.rules, rules).length === 0)
    return { ok: false, reason: 'unchanged', message: '积分表没有改动，无须保存新版本。' };
  if (isAfter(latest.from, from))
    return {
      ok: false,
      reason: 'before-latest',
      message: `新版本的启用日期不能早于第${latest.version}版的启用日期（${latest.from}）。`,
    };
  return {
    ok: true,
    tables: [...tables, { version: latest.version + 1, from, rules: rules.map((rule) => ({ ...rule })) }],
  };
}

/** The adoption of a version by the township (第十五条第（一）项): the day and the meeting or document. */
export interface PointsAdoption {
  adoptedOn: string;
  adoptedBy: string;
}

/**
 * The versions with one of them marked as adopted by the township. The values of a version never
 * change; only its adoption is recorded (or corrected). Adopting the tool's default version 1
 * before any version was saved stores it as the township's own version 1. Refused, with a Chinese
 * message, for an unknown version, a date that does not exist, or no meeting or document.
 */
export function adoptPointsTable(
  stored: readonly PointsTable[],
  version: number,
  adoption: PointsAdoption,
): { ok: true; tables: PointsTable[] } | { ok: false; message: string } {
  const tables = pointsTablesOf(stored);
  if (!tables.some((table) => table.version === version))
    return { ok: false, message: `没有第${version}版积分表。` };
  const adoptedOn = adoption.adoptedOn.trim();
  if (!isIsoDate(adoptedOn)) return { ok: false, message: '请填写有效的通过日期（年-月-日）。' };
  const adoptedBy = adoption.adoptedBy.trim();
  if (!adoptedBy) return { ok: false, message: '请填写通过积分表的会议或文件，如“主席团会议”或文号。' };
  if (adoptedBy.length > 100) return { ok: false, message: '通过的会议或文件不能超过100个字。' };
  return {
    ok: true,
    tables: tables.map((table) =>
      table.version === version
        ? { ...table, rules: table.rules.map((rule) => ({ ...rule })), adoptedOn, adoptedBy }
        : table,
    ),
  };
}

/**
 * The township's adopted scheme in force on a date: the latest version adopted on or before it
 * whose `from` is on or before it too. The default table never counts until adopted.
 */
export function adoptedPointsTableOn(stored: readonly PointsTable[], date: IsoDate): PointsTable | undefined {
  return [...stored]
    .sort((a, b) => a.version - b.version)
    .filter(
      (table) =>
        table.adoptedOn !== undefined && !isAfter(table.adoptedOn, date) && !isAfter(table.from, date),
    )
    .at(-1);
}
