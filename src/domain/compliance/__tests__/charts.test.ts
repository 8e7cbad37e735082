import { describe, expect, it } from 'vitest';
import { DEFAULT_POINTS_TABLE } from '../../points/default-table';
import {
  activity,
  deputy,
  livelihoodProject,
  presidiumMeeting,
  session,
  suggestion,
  uuid,
} from '../../ledger/__tests__/builders';
import {
  chapterScoresChart,
  deputyPointsInRange,
  hasValues,
  livelihoodPipelineChart,
  pointsDistributionChart,
  quarterTimelineChart,
  quartersOf,
  suggestionFunnelChart,
} from '../charts';
import type { DutyRow } from '../dashboard';
import { scoreStanding } from '../standing';
import type { Status } from '../types';
import { ledger } from './harness';

const year2025 = { start: '2025-01-01', end: '2025-12-31' };

describe('scores by chapter', () => {
  // Rows as the dashboard groups them; only the result's status and evidence matter to the standing.
  const rows = (...statuses: Status[]) =>
    statuses.map(
      (status) =>
        ({ result: { status, evidence: [{ table: 'activities', id: uuid(1) }] } }) as unknown as DutyRow,
    );

  it('puts each chapter on 0–100 with one decimal, null when nothing was scored', () => {
    const chart = chapterScoresChart([
      { chapter: 2, score: { value: 0.8642, scored: 4 }, rows: rows('met', 'met', 'met', 'partial') },
      { chapter: 3, score: { scored: 0 }, rows: [] },
    ]);
    expect(chart.labels).toEqual(['第二章', '第三章（暂不计分）']);
    expect(chart.datasets).toEqual([{ label: '得分', data: [86.4, null] }]);
    expect(chart.unit).toBe('分');
  });

  it('draws no bar for a withheld chapter and marks a provisional one, as the chapter table does', () => {
    const period = { range: year2025, asOf: '2026-01-10' };
    const withheld = rows('met', 'unknown', 'unknown', 'pending');
    const provisional = rows('met', 'met', 'missed', 'unknown');
    const chart = chapterScoresChart(
      [
        { chapter: 2, score: { value: 1, scored: 1 }, rows: withheld },
        { chapter: 3, score: { value: 0.6667, scored: 3 }, rows: provisional },
      ],
      period,
    );
    expect(chart.labels).toEqual(['第二章（暂不计分）', '第三章（暂定）']);
    expect(chart.datasets[0]?.data).toEqual([null, 66.7]);
    // The same standings the dashboard's chapter table prints.
    const results = (r: DutyRow[]) => r.map((row) => row.result);
    expect(scoreStanding(results(withheld), period).standing).toBe('withheld');
    expect(scoreStanding(results(provisional), period).standing).toBe('provisional');
  });
});

describe('the quarter timeline', () => {
  it.each([
    [year2025, ['2025年一季度', '2025年二季度', '2025年三季度', '2025年四季度']],
    [{ start: '2024-11-05', end: '2025-04-01' }, ['2024年四季度', '2025年一季度', '2025年二季度']],
  ])('covers %j', (range, labels) => expect(quartersOf(range).map((q) => q.label)).toEqual(labels));

  it('counts meetings and activities per quarter and leaves out what falls outside the range', () => {
    const data = ledger({
      sessions: [
        session({ id: uuid(1), startDate: '2025-01-10' }),
        session({ id: uuid(2), startDate: '2024-12-20' }),
      ],
      presidiumMeetings: [
        presidiumMeeting({ id: uuid(3), date: '2025-04-02' }),
        presidiumMeeting({ id: uuid(4), date: '2025-06-30' }),
      ],
      activities: [
        activity({ id: uuid(5), kind: 'lawInspection', date: '2025-07-01' }),
        activity({ id: uuid(6), kind: 'stationReception', date: '2025-10-15' }),
        activity({ id: uuid(7), kind: 'leaderStationVisit', date: '2025-12-31' }),
        activity({ id: uuid(8), kind: 'training', date: '2025-03-31' }),
      ],
    });
    const chart = quarterTimelineChart(data, year2025);
    expect(Object.fromEntries(chart.datasets.map((d) => [d.label, d.data]))).toEqual({
      人代会: [1, 0, 0, 0],
      主席团会议: [0, 2, 0, 0],
      监督活动: [0, 0, 1, 0],
      联络站活动: [0, 0, 0, 2],
      其他代表活动: [1, 0, 0, 0],
    });
  });
});

describe("deputies' points", () => {
  const data = ledger({
    deputies: [
      deputy({ id: uuid(1), name: '张三', serviceFrom: '2021-10-20' }),
      deputy({ id: uuid(2), name: '李四', serviceFrom: '2021-10-20' }),
      deputy({ id: uuid(3), name: '王五', serviceFrom: '2025-11-01' }),
    ],
    sessions: [
      session({ id: uuid(10), startDate: '2025-01-10', absences: [{ deputyId: uuid(2), approved: false }] }),
    ],
    activities: [
      activity({ id: uuid(11), kind: 'training', date: '2025-03-01', deputyIds: [uuid(1), uuid(2)] }),
      activity({ id: uuid(12), kind: 'training', date: '2024-03-01', deputyIds: [uuid(1)] }),
    ],
    suggestions: [suggestion({ id: uuid(13), submittedOn: '2025-05-01', proposerIds: [uuid(1)] })],
  });
  const rule = (key: string) => DEFAULT_POINTS_TABLE.rules.find((r) => r.key === key)!.points;

  it('sums the points earned within the range, for the deputies measured in it, highest first', () => {
    const points = deputyPointsInRange(data, year2025, []);
    expect(points).toEqual([
      {
        deputyId: uuid(1),
        name: '张三',
        points: rule('sessionAttended') + rule('activity:training') + rule('suggestion'),
      },
      { deputyId: uuid(2), name: '李四', points: rule('unapprovedAbsence') + rule('activity:training') },
    ]);
  });

  it('counts deputies per band of points, from the lowest band to the highest', () => {
    const chart = pointsDistributionChart([{ points: 3 }, { points: 7 }, { points: 8 }, { points: 21 }], 5);
    expect(chart.labels).toEqual(['0–4 分', '5–9 分', '10–14 分', '15–19 分', '20–24 分']);
    expect(chart.datasets[0]!.data).toEqual([1, 2, 0, 0, 1]);
  });

  it('chooses a band width that keeps to at most 12 bands', () => {
    const chart = pointsDistributionChart([{ points: -3 }, { points: 0 }, { points: 95 }]);
    expect(chart.labels.length).toBeLessThanOrEqual(12);
    expect(chart.labels[0]).toBe('-10–-1 分');
    expect(chart.datasets[0]!.data.reduce((a, b) => a! + b!, 0)).toBe(3);
  });

  it('is empty without deputies', () => {
    const chart = pointsDistributionChart([]);
    expect(chart.labels).toEqual([]);
    expect(hasValues(chart)).toBe(false);
  });
});

describe('the suggestion funnel and the 民生实事 pipeline', () => {
  it('counts the suggestions of the range by the stages they reached', () => {
    const data = ledger({
      suggestions: [
        suggestion({
          id: uuid(1),
          submittedOn: '2025-02-01',
          assignedOn: '2025-02-10',
          answeredOn: '2025-04-01',
        }),
        suggestion({
          id: uuid(2),
          submittedOn: '2025-03-01',
          assignedOn: '2025-03-05',
          faceToFaceOn: '2025-04-01',
          answeredOn: '2025-04-10',
          evaluation: 'satisfied',
          evaluatedOn: '2025-04-20',
          closedOn: '2025-04-30',
        }),
        suggestion({ id: uuid(3), submittedOn: '2024-12-01' }),
      ],
    });
    const chart = suggestionFunnelChart(data.suggestions, year2025);
    expect(chart.labels).toEqual(['提出', '交办', '见面沟通', '答复', '代表评价', '办结', '转为民生实事']);
    expect(chart.datasets[0]!.data).toEqual([2, 2, 1, 2, 1, 1, 0]);
  });

  it('counts the projects of the range’s years by the five stages', () => {
    const data = ledger({
      livelihoodProjects: [
        livelihoodProject({
          id: uuid(1),
          year: 2025,
          pointedOn: '2024-08-01',
          screenedOn: '2024-10-01',
          votedOn: '2024-12-20',
        }),
        livelihoodProject({ id: uuid(2), year: 2025, pointedOn: '2024-08-01' }),
        livelihoodProject({ id: uuid(3), year: 2024, pointedOn: '2023-08-01', votedOn: '2023-12-20' }),
      ],
    });
    const chart = livelihoodPipelineChart(data.livelihoodProjects, year2025);
    expect(chart.labels).toEqual(['群众点单', '论证议单', '票决定单', '公开晒单', '验收评单']);
    expect(chart.datasets[0]!.data).toEqual([2, 1, 1, 0, 0]);
    expect(hasValues(chart)).toBe(true);
  });
});
