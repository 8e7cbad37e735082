import { describe, expect, it } from 'vitest';
import { InspectionProblemSchema } from '../../activities/schema';
import { inspectionProblem, uuid } from '../../__tests__/builders';
import {
  compareProblems,
  dueLabel,
  orderProblems,
  problemsSummaryStatus,
  problemView,
  summarizeProblems,
} from '../problems';

const make = (o: Record<string, unknown> = {}) => InspectionProblemSchema.parse(inspectionProblem(o));

const INSPECTED = '2025-05-15';
const SUPERVISED = { feedbackOn: '2025-05-20', assignedOn: '2025-05-25', supervisedOn: '2025-07-01' };
const EVALUATED = { ...SUPERVISED, evaluatedOn: '2025-09-10', evaluation: 'basic' };

describe('problemView', () => {
  it.each([
    [
      'just found, in time',
      {},
      '2025-06-01',
      {
        stage: 'found',
        stageLabel: '已发现',
        dueDate: '2025-11-15',
        overdue: false,
        closedLate: false,
        warnings: [],
      },
    ],
    [
      'supervised, past the deadline',
      SUPERVISED,
      '2025-11-16',
      {
        stage: 'supervised',
        stageLabel: '已督办',
        dueDate: '2025-11-15',
        overdue: true,
        closedLate: false,
        warnings: [],
      },
    ],
    [
      'evaluated, with the evaluation in the label',
      EVALUATED,
      '2026-05-01',
      {
        stage: 'evaluated',
        stageLabel: '已评价（基本满意）',
        dueDate: '2025-11-15',
        overdue: false,
        closedLate: false,
        warnings: [],
      },
    ],
    [
      'evaluated after the deadline',
      { ...SUPERVISED, evaluatedOn: '2025-12-01' },
      '2026-05-01',
      {
        stage: 'evaluated',
        stageLabel: '已评价',
        dueDate: '2025-11-15',
        overdue: false,
        closedLate: true,
        warnings: [],
      },
    ],
    [
      '交办 before 反馈',
      { feedbackOn: '2025-05-20', assignedOn: '2025-05-18' },
      '2025-06-01',
      {
        stage: 'assigned',
        stageLabel: '已交办',
        dueDate: '2025-11-15',
        overdue: false,
        closedLate: false,
        warnings: ['「交办」的日期（2025年5月18日）早于「反馈」的日期（2025年5月20日）'],
      },
    ],
  ])('%s', (_, o, asOf, expected) => expect(problemView(make(o), INSPECTED, asOf)).toEqual(expected));

  it('reads the loop setting', () => {
    expect(problemView(make(SUPERVISED), INSPECTED, '2025-08-16', { inspectionLoopMonths: 3 })).toMatchObject(
      {
        dueDate: '2025-08-15',
        overdue: true,
      },
    );
  });

  it('says so when the inspection is missing', () => {
    expect(problemView(make(SUPERVISED), undefined, '2026-01-01')).toEqual({
      stage: 'supervised',
      stageLabel: '已督办',
      dueDate: undefined,
      overdue: false,
      closedLate: false,
      warnings: ['找不到发现这个问题的执法检查记录，无法计算闭环期限'],
    });
  });
});

describe('dueLabel', () => {
  it.each([
    [
      { dueDate: '2025-11-15', overdue: false, closedLate: false },
      { date: '2025年11月15日前', flag: undefined },
    ],
    [
      { dueDate: '2025-11-15', overdue: true, closedLate: false },
      { date: '2025年11月15日前', flag: '已超期' },
    ],
    [
      { dueDate: '2025-11-15', overdue: false, closedLate: true },
      { date: '2025年11月15日前', flag: '评价晚于期限' },
    ],
    [
      { dueDate: undefined, overdue: false, closedLate: false },
      { date: '—', flag: undefined },
    ],
  ])('%j', (view, expected) => expect(dueLabel(view)).toEqual(expected));
});

describe('compareProblems', () => {
  it('puts problems without 反馈 first, then the newest 反馈, then the order of entry', () => {
    const p = (n: number, feedbackOn: string | undefined, createdAt: string) =>
      make({ id: uuid(n), feedbackOn, createdAt, updatedAt: createdAt });
    const problems = [
      p(1, '2025-05-20', '2025-05-21T08:00:00+08:00'),
      p(2, undefined, '2025-05-30T08:00:00+08:00'),
      p(3, '2025-06-02', '2025-06-03T08:00:00+08:00'),
      p(4, '2025-05-20', '2025-05-20T08:00:00+08:00'),
      p(5, undefined, '2025-05-29T08:00:00+08:00'),
    ];
    expect(problems.sort(compareProblems).map((x) => x.id)).toEqual([
      uuid(5),
      uuid(2),
      uuid(3),
      uuid(4),
      uuid(1),
    ]);
  });
});

describe('orderProblems', () => {
  it('groups by inspection, latest first, missing inspections last, each group in list order', () => {
    const dates: Record<string, string> = {
      [uuid(80)]: '2025-05-15',
      [uuid(81)]: '2024-04-01',
      [uuid(82)]: '2025-05-15',
    };
    const p = (n: number, inspection: number, feedbackOn?: string) =>
      make({ id: uuid(n), inspectionId: uuid(inspection), ...(feedbackOn ? { feedbackOn } : {}) });
    const problems = [
      p(1, 81, '2024-04-10'),
      p(2, 99),
      p(3, 80, '2025-05-20'),
      p(4, 82, '2025-05-21'),
      p(5, 80),
      p(6, 81, '2024-04-12'),
    ];
    expect(orderProblems(problems, (id) => dates[id]).map((x) => x.id)).toEqual([
      uuid(5),
      uuid(3),
      uuid(4),
      uuid(6),
      uuid(1),
      uuid(2),
    ]);
  });
});

describe('summarizeProblems and problemsSummaryStatus', () => {
  it.each([
    [[], '2025-06-01', { total: 0, evaluated: 0, overdue: 0 }, { ok: undefined, text: '未记录问题' }],
    [
      [{}, EVALUATED],
      '2025-06-01',
      { total: 2, evaluated: 1, overdue: 0 },
      { ok: true, text: '发现问题2个，已评价1个' },
    ],
    [
      [{}, SUPERVISED, EVALUATED],
      '2025-12-01',
      { total: 3, evaluated: 1, overdue: 2 },
      { ok: false, text: '发现问题3个，已评价1个，2个超期未评价' },
    ],
  ])('%j on %s', (overrides, asOf, summary, status) => {
    const problems = overrides.map((o) => make(o));
    expect(summarizeProblems(problems, INSPECTED, asOf)).toEqual(summary);
    expect(problemsSummaryStatus(summary)).toEqual(status);
  });
});
