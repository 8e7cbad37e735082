import { describe, expect, it } from 'vitest';
import { partyReportQuarters, quarterLabel, quarterOf } from '../party-reports';

describe('quarters', () => {
  it.each([
    ['2025-01-01', 1, '2025年第一季度'],
    ['2025-03-31', 1, '2025年第一季度'],
    ['2025-04-01', 2, '2025年第二季度'],
    ['2025-09-30', 3, '2025年第三季度'],
    ['2025-12-31', 4, '2025年第四季度'],
  ])('%s is in quarter %i (%s)', (date, quarter, label) => {
    expect(quarterOf(date)).toBe(quarter);
    expect(quarterLabel(date)).toBe(label);
  });
});

describe('partyReportQuarters', () => {
  const reports = ['2025-02-10', '2025-03-20', '2025-08-01', '2024-12-30'];

  it('counts the reports of each quarter and marks closed quarters without one as missed', () => {
    expect(partyReportQuarters(reports, 2025, '2026-01-15')).toEqual([
      { quarter: 1, label: '第一季度', count: 2, state: 'reported' },
      { quarter: 2, label: '第二季度', count: 0, state: 'missed' },
      { quarter: 3, label: '第三季度', count: 1, state: 'reported' },
      { quarter: 4, label: '第四季度', count: 0, state: 'missed' },
    ]);
  });

  it('leaves the running quarter open and later ones not started', () => {
    expect(partyReportQuarters(reports, 2025, '2025-11-01').map((q) => q.state)).toEqual([
      'reported',
      'missed',
      'reported',
      'open',
    ]);
    expect(partyReportQuarters([], 2025, '2025-05-01').map((q) => q.state)).toEqual([
      'missed',
      'open',
      'not-started',
      'not-started',
    ]);
  });

  it('treats a quarter as closed on its last day', () => {
    expect(partyReportQuarters([], 2025, '2025-03-31')[0]!.state).toBe('missed');
  });
});
