import { describe, expect, it } from 'vitest';
import { AGENDA_ITEMS } from '../..';
import {
  AGENDA_HINT,
  AGENDA_SHORT_LABELS,
  approvesBudget,
  missingAgendaItems,
  sessionOrdinalInYear,
} from '../agenda';

describe('the required agenda', () => {
  it('has a short name for every agenda item', () => {
    expect(Object.keys(AGENDA_SHORT_LABELS).sort()).toEqual(Object.keys(AGENDA_ITEMS).sort());
  });

  it('names both sessions in the hint', () => {
    expect(AGENDA_HINT).toContain('每年第一次会议应有政府工作报告、主席团工作报告、预算审查批准');
    expect(AGENDA_HINT).toContain('第二次会议应有政府专项工作报告');
    expect(AGENDA_HINT).toContain('票决下年度民生实事');
  });
});

describe('sessionOrdinalInYear', () => {
  const sessions = [
    { id: 's1', startDate: '2024-11-20' },
    { id: 's2', startDate: '2025-02-20' },
    { id: 's3', startDate: '2025-11-18' },
    { id: 's4', startDate: '2025-12-30' },
  ];
  it.each([
    ['s1', 1],
    ['s2', 1],
    ['s3', 2],
    ['s4', 3],
  ])('%s is the year’s session number %i', (id, ordinal) =>
    expect(
      sessionOrdinalInYear(
        sessions,
        sessions.find((s) => s.id === id)!,
      ),
    ).toBe(ordinal),
  );

  it('places a new session among the recorded ones', () => {
    expect(sessionOrdinalInYear(sessions, { startDate: '2025-06-01' })).toBe(2);
    expect(sessionOrdinalInYear(sessions, { startDate: '2025-02-20' })).toBe(2);
    expect(sessionOrdinalInYear([], { startDate: '2025-06-01' })).toBe(1);
  });

  it('orders sessions of the same day by id', () => {
    const sameDay = [
      { id: 'b', startDate: '2025-02-20' },
      { id: 'a', startDate: '2025-02-20' },
    ];
    expect(sessionOrdinalInYear(sameDay, sameDay[0]!)).toBe(2);
    expect(sessionOrdinalInYear(sameDay, sameDay[1]!)).toBe(1);
  });
});

describe('missingAgendaItems', () => {
  it.each([
    [
      1,
      [],
      ['governmentReport', 'presidiumReport', 'budgetApproval', 'constructionPlan', 'livelihoodReport'],
    ],
    [
      1,
      ['governmentReport', 'presidiumReport', 'budgetApproval', 'constructionPlan', 'livelihoodReport'],
      [],
    ],
    [
      1,
      ['governmentReport', 'presidiumReport', 'budgetApproval', 'election'],
      ['constructionPlan', 'livelihoodReport'],
    ],
    [
      2,
      [
        'specialReport',
        'supervisionReport',
        'budgetExecution',
        'finalAccounts',
        'suggestionReport',
        'livelihoodVote',
      ],
      [],
    ],
    [
      2,
      ['specialReport', 'budgetAdjustment'],
      ['supervisionReport', 'budgetExecution', 'finalAccounts', 'suggestionReport', 'livelihoodVote'],
    ],
    [3, [], []],
  ] as const)('the year’s session %i with %j lacks %j', (ordinal, agenda, missing) =>
    expect(missingAgendaItems(agenda, ordinal)).toEqual(missing),
  );
});

describe('approvesBudget', () => {
  it.each([
    [['budgetApproval'], true],
    [['budgetExecution', 'finalAccounts'], true],
    [['budgetAdjustment'], true],
    [['budgetExecution', 'governmentReport'], false],
    [[], false],
  ] as const)('%j: %s', (agenda, approves) => expect(approvesBudget(agenda)).toBe(approves));
});
