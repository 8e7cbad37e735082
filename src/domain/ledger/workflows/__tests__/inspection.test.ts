import { describe, expect, it } from 'vitest';
import { InspectionProblemSchema } from '../../activities/schema';
import { inspectionProblem } from '../../__tests__/builders';
import { INSPECTION_PROBLEM_STAGES, isLoopOverdue, loopDueDate, stageOf, stageProblems } from '../inspection';

const make = (o: Record<string, unknown> = {}) => InspectionProblemSchema.parse(inspectionProblem(o));

const INSPECTED = '2025-05-15';
const FED_BACK = { feedbackOn: '2025-05-20' };
const ASSIGNED = { ...FED_BACK, assignedOn: '2025-05-25', unit: '镇市场监管所' };
const SUPERVISED = { ...ASSIGNED, supervisedOn: '2025-07-01' };
const EVALUATED = { ...SUPERVISED, evaluatedOn: '2025-09-10', evaluation: 'satisfied' };
const REVISITED = { ...EVALUATED, revisitOn: '2026-03-01' };

describe('stageOf', () => {
  it.each([
    [{}, 'found'],
    [FED_BACK, 'feedback'],
    [ASSIGNED, 'assigned'],
    [SUPERVISED, 'supervised'],
    [EVALUATED, 'evaluated'],
    [REVISITED, 'revisited'],
    [{ evaluatedOn: '2025-09-10' }, 'evaluated'],
  ])('of %j is %s', (o, stage) => expect(stageOf(make(o))).toBe(stage));

  it('labels every stage in Chinese', () => {
    expect(Object.values(INSPECTION_PROBLEM_STAGES)).toEqual([
      '已发现',
      '已反馈',
      '已交办',
      '已督办',
      '已评价',
      '已回头看',
    ]);
  });
});

describe('stageProblems', () => {
  it.each([
    ['nothing recorded', {}, INSPECTED, []],
    ['the whole loop in order', REVISITED, INSPECTED, []],
    ['feedback on the inspection day', { feedbackOn: INSPECTED }, INSPECTED, []],
    [
      '交办 before 反馈',
      { ...SUPERVISED, assignedOn: '2025-05-18' },
      INSPECTED,
      [
        {
          stage: 'assignedOn',
          message: '「交办」的日期（2025年5月18日）早于「反馈」的日期（2025年5月20日）',
        },
      ],
    ],
    [
      '评价 recorded without 督办',
      { ...ASSIGNED, evaluatedOn: '2025-09-10' },
      INSPECTED,
      [{ stage: 'supervisedOn', message: '缺少「督办」的日期，但后面的「评价」已经记录' }],
    ],
    [
      '回头看 before 评价',
      { ...EVALUATED, revisitOn: '2025-09-01' },
      INSPECTED,
      [
        {
          stage: 'revisitOn',
          message: '「回头看」的日期（2025年9月1日）早于「评价」的日期（2025年9月10日）',
        },
      ],
    ],
    [
      '反馈 before the inspection',
      { ...ASSIGNED, feedbackOn: '2025-05-10' },
      INSPECTED,
      [{ stage: 'feedbackOn', message: '「反馈」的日期（2025年5月10日）早于执法检查日期（2025年5月15日）' }],
    ],
    ['反馈 before the inspection, when its date is not given', { feedbackOn: '2025-05-10' }, undefined, []],
  ])('%s', (_, o, inspectionDate, problems) =>
    expect(stageProblems(make(o), inspectionDate)).toEqual(problems),
  );
});

describe('loopDueDate and isLoopOverdue', () => {
  it.each([
    ['6 months after the inspection', '2025-05-15', undefined, '2025-11-15'],
    ['clamped to the month end', '2025-08-31', undefined, '2026-02-28'],
    ['clamped to 29 Feb in a leap year', '2023-08-31', undefined, '2024-02-29'],
    ['a township setting of 3 months', '2025-05-15', { inspectionLoopMonths: 3 }, '2025-08-15'],
    ['the default for a nonsense setting', '2025-05-15', { inspectionLoopMonths: -1 }, '2025-11-15'],
  ])('%s', (_, inspectionDate, settings, due) =>
    expect(loopDueDate(make(), inspectionDate, settings)).toBe(due),
  );

  it.each([
    ['open, before the due date', SUPERVISED, '2025-11-14', false],
    ['open, on the due date (still in time)', SUPERVISED, '2025-11-15', false],
    ['open, the day after', SUPERVISED, '2025-11-16', true],
    ['found and never followed up, long after', {}, '2026-05-01', true],
    ['evaluated in time', EVALUATED, '2026-05-01', false],
    [
      'evaluated late (closed now, not open)',
      { ...SUPERVISED, evaluatedOn: '2025-12-01' },
      '2026-05-01',
      false,
    ],
  ])('%s: overdue on %s is %s', (_, o, asOf, expected) =>
    expect(isLoopOverdue(make(o), INSPECTED, asOf)).toBe(expected),
  );

  it('reads the township setting', () => {
    expect(isLoopOverdue(make(SUPERVISED), INSPECTED, '2025-08-16', { inspectionLoopMonths: 3 })).toBe(true);
  });
});
