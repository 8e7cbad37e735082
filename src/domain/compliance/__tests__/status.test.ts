import { describe, expect, it } from 'vitest';
import {
  combineStatuses,
  countStatus,
  deadlineStatus,
  dutyResult,
  periodState,
  weightedScore,
} from '../status';
import type { Status, SubjectResult } from '../types';

const subject = (status: Status, extra: Partial<SubjectResult> = {}): SubjectResult => ({
  key: `${status}-${extra.label ?? ''}`,
  label: extra.label ?? status,
  status,
  note: '',
  evidence: [],
  ...extra,
});

describe('periodState', () => {
  const year = { start: '2025-01-01', end: '2025-12-31' };
  it.each([
    ['2025-12-31', 'closed'],
    ['2026-03-01', 'closed'],
    ['2025-12-30', 'open'],
    ['2025-01-01', 'open'],
    ['2024-12-31', 'notStarted'],
  ])('as of %s the year 2025 is %s', (asOf, state) => {
    expect(periodState(year, asOf)).toBe(state);
  });
});

describe('combineStatuses (duties over several subjects)', () => {
  it.each<[Status[], Status]>([
    [[], 'not_applicable'],
    [['not_applicable'], 'not_applicable'],
    [['met', 'met'], 'met'],
    [['met', 'not_applicable'], 'met'],
    [['missed', 'missed'], 'missed'],
    [['missed', 'pending'], 'missed'],
    [['met', 'missed'], 'partial'],
    [['met', 'missed', 'pending', 'unknown'], 'partial'],
    [['met', 'pending'], 'pending'],
    [['met', 'unknown'], 'unknown'],
    [['pending', 'unknown'], 'unknown'],
    [['missed', 'unknown'], 'missed'],
  ])('%j → %s', (statuses, expected) => {
    expect(combineStatuses(statuses)).toBe(expected);
  });
});

describe('dutyResult', () => {
  it('scores a partial duty as met ÷ (met + missed), leaving pending subjects out', () => {
    const result = dutyResult('x', [
      subject('met'),
      subject('met'),
      subject('missed', { label: '张三' }),
      subject('pending', { dueDate: '2025-12-31' }),
    ]);
    expect(result.status).toBe('partial');
    expect(result.score).toBeCloseTo(2 / 3);
    expect(result.shortfall).toEqual(['张三']);
  });

  it('gives a pending duty the earliest due date of its pending subjects and no score', () => {
    const result = dutyResult('x', [
      subject('met'),
      subject('pending', { label: 'a', dueDate: '2025-12-31' }),
      subject('pending', { label: 'b', dueDate: '2025-06-30' }),
    ]);
    expect(result).toMatchObject({ status: 'pending', dueDate: '2025-06-30' });
    expect(result.score).toBeUndefined();
  });

  it('never scores an unknown duty, and gives missed 0', () => {
    expect(dutyResult('x', [subject('unknown')]).score).toBeUndefined();
    expect(dutyResult('x', [subject('missed')]).score).toBe(0);
    expect(dutyResult('x', [subject('met')]).score).toBe(1);
  });

  it('gathers evidence once per record', () => {
    const ref = { table: 'activities' as const, id: 'a' };
    const result = dutyResult('x', [
      subject('met', { evidence: [ref] }),
      subject('met', { label: 'y', evidence: [ref] }),
    ]);
    expect(result.evidence).toEqual([ref]);
  });
});

describe('weightedScore', () => {
  it('is the weighted mean of the scored duties', () => {
    const score = weightedScore([{ id: 'a', score: 1 }, { id: 'b', score: 0 }, { id: 'c' }], (id) =>
      id === 'a' ? 3 : 1,
    );
    expect(score).toEqual({ value: 0.75, scored: 2 });
  });

  it('has no value when nothing was scored', () => {
    expect(weightedScore([{ id: 'a' }])).toEqual({ scored: 0 });
  });
});

describe('countStatus', () => {
  const year = { start: '2025-01-01', end: '2025-12-31' };
  it('is met once the count reaches the minimum, whatever the date', () => {
    expect(countStatus(2, 2, year, '2025-02-01')).toEqual({ status: 'met' });
  });
  it('is pending until the end of an open period, missed once it closes', () => {
    expect(countStatus(1, 2, year, '2025-12-30')).toEqual({ status: 'pending', dueDate: '2025-12-31' });
    expect(countStatus(1, 2, year, '2025-12-31')).toEqual({ status: 'missed' });
  });
});

describe('deadlineStatus', () => {
  it('is met on the due date and missed the day after', () => {
    expect(deadlineStatus('2026-02-28', '2026-02-28', '2026-05-01').status).toBe('met');
    expect(deadlineStatus('2026-03-01', '2026-02-28', '2026-05-01').status).toBe('missed');
  });
  it('is pending up to and including the due date when nothing is done, then missed', () => {
    expect(deadlineStatus(undefined, '2026-02-28', '2026-02-28')).toEqual({
      status: 'pending',
      dueDate: '2026-02-28',
    });
    expect(deadlineStatus(undefined, '2026-02-28', '2026-03-01').status).toBe('missed');
  });
});
