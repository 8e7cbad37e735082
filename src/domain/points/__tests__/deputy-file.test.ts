import { describe, expect, it } from 'vitest';
import * as build from '../../ledger/__tests__/builders';
import { ActivitySchema, DeputySchema, SessionSchema, SuggestionSchema } from '../../ledger';
import { buildDutyFile } from '../deputy-file';
import { DEFAULT_POINTS_TABLE } from '../default-table';
import type { PointsTable } from '../../ledger/settings/schema';

// The builders make form-like inputs; the file is built from stored (parsed) records.
const deputy = (o: Record<string, unknown>) => DeputySchema.parse(build.deputy(o));
const session = (o: Record<string, unknown>) => SessionSchema.parse(build.session(o));
const activity = (o: Record<string, unknown>) => ActivitySchema.parse(build.activity(o));
const suggestion = (o: Record<string, unknown>) => SuggestionSchema.parse(build.suggestion(o));

const d = deputy({ serviceFrom: '2021-05-01', levels: ['township'] });
const base = {
  deputy: d,
  sessions: [],
  activities: [],
  suggestions: [],
  projects: [],
  pointsTables: [] as PointsTable[],
};
const pointsOf = (key: string, table: PointsTable = DEFAULT_POINTS_TABLE) =>
  table.rules.find((r) => r.key === key)!.points;

describe('buildDutyFile', () => {
  it('counts attended sessions, and deducts an unapproved absence', () => {
    const s1 = session({ startDate: '2022-03-01', number: 3 });
    const s2 = session({
      startDate: '2022-09-01',
      number: 4,
      absences: [{ deputyId: d.id, approved: false }],
    });
    const s3 = session({
      startDate: '2023-03-01',
      number: 5,
      absences: [{ deputyId: d.id, approved: true }],
    });
    const file = buildDutyFile({ ...base, sessions: [s1, s2, s3] });
    expect(file.years.map((y) => y.year)).toEqual([2022, 2023]);
    expect(file.years[0]!.entries.map((e) => [e.description, e.points])).toEqual([
      ['出席第3次会议', pointsOf('sessionAttended')],
      ['未经批准缺席第4次会议', pointsOf('unapprovedAbsence')],
    ]);
    expect(file.years[1]!.entries.map((e) => e.points)).toEqual([0]);
    expect(file.total).toBe(pointsOf('sessionAttended') + pointsOf('unapprovedAbsence'));
  });

  it('leaves out sessions outside the deputy’s service', () => {
    const file = buildDutyFile({ ...base, sessions: [session({ startDate: '2021-03-01' })] });
    expect(file.years).toEqual([]);
  });

  it('scores activities and suggestions, each traceable to its record', () => {
    const a = activity({ kind: 'stationReception', date: '2024-05-06', deputyIds: [d.id], topic: '接待日' });
    const s = suggestion({ submittedOn: '2024-02-01', proposerIds: [d.id], title: '修路' });
    const file = buildDutyFile({ ...base, activities: [a], suggestions: [s] });
    expect(file.years[0]!.entries.map((e) => [e.date, e.key, e.source])).toEqual([
      ['2024-02-01', 'suggestion', { table: 'suggestions', id: s.id }],
      ['2024-05-06', 'activity:stationReception', { table: 'activities', id: a.id }],
    ]);
    expect(file.total).toBe(pointsOf('suggestion') + pointsOf('activity:stationReception'));
  });

  it('uses the points table in force on each record’s date', () => {
    const v2: PointsTable = {
      version: 2,
      from: '2024-01-01',
      rules: DEFAULT_POINTS_TABLE.rules.map((r) => (r.key === 'suggestion' ? { ...r, points: 10 } : r)),
    };
    const old = suggestion({ submittedOn: '2023-06-01', proposerIds: [d.id] });
    const recent = suggestion({ submittedOn: '2024-06-01', proposerIds: [d.id] });
    const file = buildDutyFile({
      ...base,
      suggestions: [old, recent],
      pointsTables: [DEFAULT_POINTS_TABLE, v2],
    });
    expect(file.years.map((y) => [y.year, y.total, y.entries[0]!.tableVersion])).toEqual([
      [2023, pointsOf('suggestion'), 1],
      [2024, 10, 2],
    ]);
  });
});
