import { describe, expect, it } from 'vitest';
import { ActivitySchema, type Activity } from '../../activities/schema';
import { activity, uuid } from '../../__tests__/builders';
import { activityOptionLabel, checkReportVisit, reportVisitLabel } from '../report-visit';

const make = (o: Record<string, unknown>) => ActivitySchema.parse(activity(o));

const VISIT = make({ id: uuid(21), kind: 'inspectionVisit', date: '2025-03-01', topic: '农村人居环境整治' });
const RESEARCH = make({ id: uuid(22), kind: 'research', date: '2025-05-20', topic: '粮食生产' });
const OLD_VISIT = make({ id: uuid(23), kind: 'inspectionVisit', date: '2024-10-01', topic: '养老服务' });
const LATER_VISIT = make({ id: uuid(24), kind: 'inspectionVisit', date: '2025-07-01', topic: '安全生产' });
const INSPECTION = make({ id: uuid(25), kind: 'lawInspection', date: '2025-05-25' });
const all = new Map<string, Activity>(
  [VISIT, RESEARCH, OLD_VISIT, LATER_VISIT, INSPECTION].map((a) => [a.id, a]),
);
const find = (id: string) => all.get(id);

const report = (linked: string[], date = '2025-06-10') =>
  make({ kind: 'specialReport', date, topic: '农村人居环境整治工作情况', linkedActivityIds: linked });

describe('checkReportVisit', () => {
  it.each([
    ['no link', [], undefined, { status: 'none' }],
    ['a link to a deleted record', [uuid(99)], undefined, { status: 'none' }],
    ['a link to an activity of another kind', [INSPECTION.id], undefined, { status: 'none' }],
    ['a visit 101 days before', [VISIT.id], undefined, { status: 'tooEarly', visit: VISIT, daysBefore: 101 }],
    [
      'a visit 101 days before, with a window of 120',
      [VISIT.id],
      120,
      { status: 'inTime', visit: VISIT, daysBefore: 101 },
    ],
    [
      'research 21 days before',
      [RESEARCH.id],
      undefined,
      { status: 'inTime', visit: RESEARCH, daysBefore: 21 },
    ],
    [
      'the closest of several is taken',
      [OLD_VISIT.id, VISIT.id, RESEARCH.id],
      undefined,
      { status: 'inTime', visit: RESEARCH, daysBefore: 21 },
    ],
    ['only a visit after the report', [LATER_VISIT.id], undefined, { status: 'after' }],
    [
      'a visit after and one too early',
      [LATER_VISIT.id, OLD_VISIT.id],
      undefined,
      { status: 'tooEarly', visit: OLD_VISIT, daysBefore: 252 },
    ],
  ])('%s', (_, linked, window, expected) =>
    expect(checkReportVisit(report(linked), find, window)).toEqual(expected),
  );

  it('counts a visit on the report day and one exactly at the window edge', () => {
    expect(checkReportVisit(report([VISIT.id], '2025-03-01'), find)).toMatchObject({
      status: 'inTime',
      daysBefore: 0,
    });
    expect(checkReportVisit(report([VISIT.id], '2025-05-30'), find)).toMatchObject({
      status: 'inTime',
      daysBefore: 90,
    });
    expect(checkReportVisit(report([VISIT.id], '2025-05-31'), find)).toMatchObject({
      status: 'tooEarly',
      daysBefore: 91,
    });
  });
});

describe('reportVisitLabel', () => {
  it.each([
    [
      { status: 'inTime', visit: RESEARCH, daysBefore: 21 },
      { ok: true, text: '报告前21天已调研（90天内）' },
    ],
    [
      { status: 'inTime', visit: VISIT, daysBefore: 0 },
      { ok: true, text: '报告当天已视察（90天内）' },
    ],
    [
      { status: 'tooEarly', visit: VISIT, daysBefore: 101 },
      { ok: false, text: '关联的视察在报告前101天，超过90天' },
    ],
    [{ status: 'after' }, { ok: false, text: '关联的视察、调研在报告之后' }],
    [{ status: 'none' }, { ok: false, text: '未关联报告前的视察、调研' }],
  ] as const)('%j', (check, expected) => expect(reportVisitLabel(check, 90)).toEqual(expected));
});

describe('activityOptionLabel', () => {
  it('names the date, the kind and the topic', () => {
    expect(activityOptionLabel(VISIT)).toBe('2025年3月1日 视察：农村人居环境整治');
  });
});
