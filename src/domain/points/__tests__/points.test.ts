import { describe, expect, it } from 'vitest';
import { ACTIVITY_KINDS, PointsTableSchema, SettingsSchema, type PointsTable } from '../../ledger';
import { DEFAULT_POINTS_RULES, DEFAULT_POINTS_TABLE } from '../default-table';
import {
  adoptedPointsTableOn,
  adoptPointsTable,
  appendPointsTable,
  editablePointsRules,
  parsePointsInput,
  pointsTableChanges,
  pointsTableInForce,
  pointsTablesOf,
  pointsValueIssue,
} from '../versions';

const withPoints = (table: PointsTable, key: string, points: number) =>
  table.rules.map((rule) => (rule.key === key ? { ...rule, points } : rule));

describe('the default points table', () => {
  it('is a valid version 1', () => {
    expect(PointsTableSchema.parse(DEFAULT_POINTS_TABLE)).toEqual(DEFAULT_POINTS_TABLE);
    expect(DEFAULT_POINTS_TABLE.version).toBe(1);
  });

  it('has a row for each duty deputies owe in person, with its basis', () => {
    expect(DEFAULT_POINTS_RULES.map((r) => [r.key, r.points])).toEqual([
      ['sessionAttended', 2],
      ['unapprovedAbsence', -2],
      ['suggestion', 3],
      ['suggestionToLivelihood', 3],
      ['activity:stationReception', 2],
      ['activity:legislation', 2],
      ['activity:lawPopularization', 2],
      ['activity:practicalDeed', 3],
      ['activity:training', 2],
      ['activity:voterReport', 5],
    ]);
    for (const rule of DEFAULT_POINTS_RULES) expect(rule.basis).not.toBe('');
  });

  it('names activity rows after real activity kinds', () => {
    for (const rule of DEFAULT_POINTS_RULES.filter((r) => r.key.startsWith('activity:')))
      expect(Object.keys(ACTIVITY_KINDS)).toContain(rule.key.slice('activity:'.length));
  });

  it('deducts only for unapproved absence', () => {
    expect(DEFAULT_POINTS_RULES.filter((r) => r.points < 0).map((r) => r.key)).toEqual(['unapprovedAbsence']);
  });
});

describe('versions', () => {
  const v2: PointsTable = {
    version: 2,
    from: '2025-03-01',
    rules: withPoints(DEFAULT_POINTS_TABLE, 'suggestion', 4),
  };

  it('start with the default table', () => {
    expect(pointsTablesOf([])).toEqual([DEFAULT_POINTS_TABLE]);
    expect(pointsTablesOf([v2, DEFAULT_POINTS_TABLE]).map((t) => t.version)).toEqual([1, 2]);
  });

  it.each([
    ['2024-12-31', 1],
    ['2025-03-01', 2],
    ['2026-01-01', 2],
  ])('on %s version %i is in force', (date, version) => {
    expect(pointsTableInForce([DEFAULT_POINTS_TABLE, v2], date)?.version).toBe(version);
  });

  it('appends version 2 and keeps the default as version 1', () => {
    const rules = withPoints(DEFAULT_POINTS_TABLE, 'suggestion', 4);
    const result = appendPointsTable([], rules, '2025-03-01');
    expect(result).toEqual({ ok: true, tables: [DEFAULT_POINTS_TABLE, v2] });
  });

  it('never edits an older version', () => {
    const stored = [DEFAULT_POINTS_TABLE, v2];
    const frozen = structuredClone(stored);
    const result = appendPointsTable(stored, withPoints(v2, 'suggestion', 5), '2025-06-01');
    expect(result.ok && result.tables.map((t) => t.version)).toEqual([1, 2, 3]);
    expect(result.ok && result.tables.slice(0, 2)).toEqual(frozen);
    expect(stored).toEqual(frozen);
  });

  it('refuses a version without changes, or dated before the latest', () => {
    expect(appendPointsTable([DEFAULT_POINTS_TABLE, v2], v2.rules, '2025-06-01')).toMatchObject({
      ok: false,
      reason: 'unchanged',
    });
    expect(
      appendPointsTable([DEFAULT_POINTS_TABLE, v2], DEFAULT_POINTS_TABLE.rules, '2025-02-28'),
    ).toMatchObject({
      ok: false,
      reason: 'before-latest',
      message: '新版本的启用日期不能早于第2版的启用日期（2025-03-01）。',
    });
  });

  it('edits the latest rows, with default rows the latest lacks added at the end', () => {
    const short: PointsTable = { version: 2, from: '2025-03-01', rules: v2.rules.slice(0, 3) };
    const rows = editablePointsRules([DEFAULT_POINTS_TABLE, short]);
    expect(rows.slice(0, 3)).toEqual(short.rules);
    expect(rows.map((r) => r.key)).toEqual(DEFAULT_POINTS_TABLE.rules.map((r) => r.key));
  });

  it('lists the changed values between versions', () => {
    const after = [
      ...withPoints(v2, 'sessionAttended', 1).slice(1),
      { key: 'new', label: '新项目', points: 1 },
    ];
    expect(pointsTableChanges(v2.rules, after)).toEqual([
      { key: 'new', label: '新项目', before: undefined, after: 1 },
      { key: 'sessionAttended', label: '出席人代会（每次会议）', before: 2, after: undefined },
    ]);
    expect(pointsTableChanges(DEFAULT_POINTS_TABLE.rules, v2.rules)).toEqual([
      { key: 'suggestion', label: '提出代表建议（每件）', before: 3, after: 4 },
    ]);
  });
});

describe('reading the points form', () => {
  it.each([
    ['suggestion', '4', undefined],
    ['suggestion', '1.5', undefined],
    ['suggestion', '-1', undefined],
    ['suggestion', '', '请填写分值'],
    ['suggestion', 'abc', '分值应为数字，如 3、-2 或 1.5'],
    ['suggestion', '1.25', '分值最小单位为0.5分'],
    ['suggestion', '101', '分值应在-100到100之间'],
    ['unapprovedAbsence', '-3', undefined],
    ['unapprovedAbsence', '0', undefined],
    ['unapprovedAbsence', '2', '这是扣分项，请填0或负数'],
  ])('%s “%s”', (key, raw, issue) => {
    expect(pointsValueIssue(key, raw)).toBe(issue);
  });

  it('reads every row, or says which rows are wrong', () => {
    const rules = DEFAULT_POINTS_TABLE.rules;
    const ok = parsePointsInput(rules, { suggestion: ' 4 ' });
    expect(ok).toEqual({ ok: true, rules: withPoints(DEFAULT_POINTS_TABLE, 'suggestion', 4) });
    expect(parsePointsInput(rules, { suggestion: 'x', unapprovedAbsence: '1' })).toEqual({
      ok: false,
      issues: { suggestion: '分值应为数字，如 3、-2 或 1.5', unapprovedAbsence: '这是扣分项，请填0或负数' },
    });
  });
});

describe('adopting a points table version (第十五条第（一）项)', () => {
  const adoption = { adoptedOn: '2025-03-10', adoptedBy: ' 主席团会议 ' };

  it("stores the tool's default as the township's version 1 when it adopts it", () => {
    const adopted = adoptPointsTable([], 1, adoption);
    expect(adopted).toEqual({
      ok: true,
      tables: [{ ...DEFAULT_POINTS_TABLE, adoptedOn: '2025-03-10', adoptedBy: '主席团会议' }],
    });
    if (adopted.ok) {
      expect(adoptedPointsTableOn(adopted.tables, '2025-03-09')).toBeUndefined();
      expect(adoptedPointsTableOn(adopted.tables, '2025-03-10')?.version).toBe(1);
    }
  });

  it('never counts the default table or a saved version without an adoption', () => {
    expect(adoptedPointsTableOn([], '2030-01-01')).toBeUndefined();
    expect(adoptedPointsTableOn([DEFAULT_POINTS_TABLE], '2030-01-01')).toBeUndefined();
  });

  it('picks the latest adopted version whose start has come', () => {
    const v2 = {
      ...DEFAULT_POINTS_TABLE,
      version: 2,
      from: '2026-01-01',
      adoptedOn: '2025-12-20',
      adoptedBy: '主席团会议',
    };
    const v1 = { ...DEFAULT_POINTS_TABLE, adoptedOn: '2025-03-10', adoptedBy: '主席团会议' };
    expect(adoptedPointsTableOn([v2, v1], '2025-12-31')?.version).toBe(1);
    expect(adoptedPointsTableOn([v2, v1], '2026-01-01')?.version).toBe(2);
  });

  it.each([
    [3, adoption, '没有第3版积分表'],
    [1, { ...adoption, adoptedOn: '2025-02-30' }, '请填写有效的通过日期'],
    [1, { ...adoption, adoptedBy: '  ' }, '请填写通过积分表的会议或文件'],
    [1, { ...adoption, adoptedBy: '会'.repeat(101) }, '不能超过100个字'],
  ])('refuses version %s with %j', (version, input, message) => {
    const adopted = adoptPointsTable([], version, input);
    expect(adopted.ok).toBe(false);
    if (!adopted.ok) expect(adopted.message).toContain(message);
  });

  it('keeps the adoption valid for the settings schema', () => {
    const adopted = adoptPointsTable([], 1, adoption);
    if (!adopted.ok) throw new Error(adopted.message);
    expect(
      SettingsSchema.parse({
        id: 'settings',
        updatedAt: '2025-03-10T00:00:00.000Z',
        pointsTables: adopted.tables,
      }).pointsTables,
    ).toEqual(adopted.tables);
  });
});
