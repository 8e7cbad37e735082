import { describe, expect, it } from 'vitest';
import { generateDemo } from '../../demo/generate';
import { ledgerDocument, livelihoodProject, session, uuid } from '../../ledger/__tests__/builders';
import type { Status } from '../types';
import { evaluateOne, type EvaluateOptions, type LedgerInput } from './harness';

// A 2025 project voted at the 2024 H2 session (id 20); the 2026 first session (id 21) opens on 20 February.
const VOTING = session({ id: uuid(20), number: 8, startDate: '2024-11-28', lengthDays: 1 });
const NEXT_FIRST = session({ id: uuid(21), number: 10, startDate: '2026-02-20' });
const project = (o: Record<string, unknown> = {}) =>
  livelihoodProject({
    pointedOn: '2024-07-10',
    screenedOn: '2024-08-20',
    votedOn: '2024-11-28',
    sessionId: uuid(20),
    tally: { inOffice: 70, yes: 60, no: 2, abstain: 0 },
    publishedOn: '2024-12-10',
    acceptedOn: '2025-12-10',
    ...o,
  });
const sessions = [VOTING, NEXT_FIRST];

describe('art20-livelihood-five-stages', () => {
  const id = 'art20-livelihood-five-stages';

  it.each<[string, LedgerInput, EvaluateOptions, Status, string | undefined, string]>([
    [
      'five stages in order, accepted before the next first session',
      { sessions, livelihoodProjects: [project()] },
      {},
      'met',
      undefined,
      '五个环节依次完成',
    ],
    [
      '论证议单 dated after the vote',
      { sessions, livelihoodProjects: [project({ screenedOn: '2024-12-01' })] },
      {},
      'missed',
      undefined,
      '「票决定单」的日期（2024年11月28日）早于「论证议单」的日期（2024年12月1日）',
    ],
    [
      '公开晒单 dated before the vote',
      { sessions, livelihoodProjects: [project({ publishedOn: '2024-11-01' })] },
      {},
      'missed',
      undefined,
      '「公开晒单」的日期（2024年11月1日）早于「票决定单」',
    ],
    [
      'not accepted yet, before the next first session',
      { sessions, livelihoodProjects: [project({ acceptedOn: undefined })] },
      { asOf: '2026-01-15' },
      'pending',
      '2026-02-20',
      '尚未记录「验收评单」，验收评单应在2026年第一次人代会开幕日（2026年2月20日）当日或之前完成',
    ],
    [
      'not accepted yet on the opening day itself (1.1: it may be held at that session)',
      { sessions, livelihoodProjects: [project({ acceptedOn: undefined })] },
      { asOf: '2026-02-20' },
      'pending',
      '2026-02-20',
      '尚未记录「验收评单」',
    ],
    [
      'not accepted the day after the next first session opened',
      { sessions, livelihoodProjects: [project({ acceptedOn: undefined })] },
      { asOf: '2026-02-21' },
      'missed',
      undefined,
      '已过期',
    ],
    [
      'accepted after the next first session opened',
      { sessions, livelihoodProjects: [project({ acceptedOn: '2026-02-25' })] },
      {},
      'missed',
      undefined,
      '验收评单2026年2月25日完成，应在2026年第一次人代会开幕日（2026年2月20日）当日或之前完成，逾期',
    ],
    [
      'accepted the day after the opening day',
      { sessions, livelihoodProjects: [project({ acceptedOn: '2026-02-21' })] },
      {},
      'missed',
      undefined,
      '逾期',
    ],
    [
      'accepted on the opening day itself (1.1 clarification: in time)',
      { sessions, livelihoodProjects: [project({ acceptedOn: '2026-02-20' })] },
      {},
      'met',
      undefined,
      '验收评单2026年2月20日',
    ],
    [
      "next year's first session not recorded: due 31 December of the next year",
      { sessions: [VOTING], livelihoodProjects: [project({ acceptedOn: undefined })] },
      {},
      'pending',
      '2026-12-31',
      '2026年12月31日前（台账尚未登记2026年第一次人代会）',
    ],
    [
      'a stage missing once the deadline passed',
      { sessions, livelihoodProjects: [project({ publishedOn: undefined })] },
      { asOf: '2026-03-01' },
      'missed',
      undefined,
      '尚未记录「公开晒单」',
    ],
    [
      'a stage missing in the open year',
      { sessions, livelihoodProjects: [project({ publishedOn: undefined, acceptedOn: undefined })] },
      { asOf: '2025-06-01' },
      'pending',
      '2026-02-20',
      '尚未记录「公开晒单」、「验收评单」',
    ],
    [
      'the vote without its tally',
      { sessions, livelihoodProjects: [project({ tally: undefined })] },
      {},
      'unknown',
      undefined,
      '票决定单没有记录表决票数',
    ],
    [
      'the vote without its session',
      { sessions, livelihoodProjects: [project({ sessionId: undefined })] },
      {},
      'unknown',
      undefined,
      '没有登记在哪次人代会上票决',
    ],
    [
      'the vote dated outside the session',
      { sessions, livelihoodProjects: [project({ votedOn: '2024-11-30' })] },
      {},
      'missed',
      undefined,
      '不在所登记的人代会会期内',
    ],
    [
      'the vote short of half of all deputies (default rule)',
      { sessions, livelihoodProjects: [project({ tally: { inOffice: 70, yes: 35, no: 10, abstain: 5 } })] },
      {},
      'missed',
      undefined,
      '票决赞成35票，在任代表70人，未超过全体代表的半数',
    ],
    [
      'the same vote under the rule "half of those present"',
      { sessions, livelihoodProjects: [project({ tally: { inOffice: 70, yes: 35, no: 10, abstain: 5 } })] },
      { settings: { livelihoodPassRule: 'majorityOfPresent' } },
      'met',
      undefined,
      '五个环节依次完成',
    ],
    [
      'no project for the year',
      { sessions, livelihoodProjects: [project({ year: 2026 })] },
      {},
      'not_applicable',
      undefined,
      '',
    ],
  ])('%s', (_name, input, options, status, dueDate, note) => {
    const result = evaluateOne(id, input, options);
    expect(result.status).toBe(status);
    expect(result.dueDate).toBe(dueDate);
    if (note) expect(result.subjects[0]!.note).toContain(note);
  });

  it('one project of two out of order → partial, naming the project', () => {
    const result = evaluateOne(id, {
      sessions,
      livelihoodProjects: [
        project(),
        project({ id: uuid(70), title: '村道安防工程', screenedOn: '2024-12-01' }),
      ],
    });
    expect(result.status).toBe('partial');
    expect(result.score).toBe(0.5);
    expect(result.shortfall).toEqual(['村道安防工程']);
    expect(result.evidence).toEqual([
      { table: 'livelihoodProjects', id: uuid(11) },
      { table: 'livelihoodProjects', id: uuid(70) },
    ]);
  });
});

describe('art20-livelihood-supervised', () => {
  const id = 'art20-livelihood-supervised';
  const two = (supervised: boolean) => [
    project({ supervised }),
    project({ id: uuid(70), title: '村道安防工程' }),
  ];

  it.each<[string, Record<string, unknown>[], string, Status, string | undefined, string]>([
    [
      'one project supervised',
      two(true),
      '2026-03-01',
      'met',
      undefined,
      '2025年民生实事2个，其中主席团督办1个，至少应1个。',
    ],
    [
      'none supervised (closed year)',
      two(false),
      '2026-03-01',
      'missed',
      undefined,
      '2025年民生实事2个，其中主席团督办0个，至少应1个。',
    ],
    [
      'none supervised yet (open year)',
      two(false),
      '2025-06-01',
      'pending',
      '2025-12-31',
      '其中主席团督办0个',
    ],
    ['no project at all (closed year)', [], '2026-03-01', 'missed', undefined, '2025年民生实事0个'],
    [
      "another year's supervised project",
      [project({ year: 2024, supervised: true })],
      '2026-03-01',
      'missed',
      undefined,
      '2025年民生实事0个',
    ],
  ])('%s', (_name, livelihoodProjects, asOf, status, dueDate, note) => {
    const result = evaluateOne(id, { livelihoodProjects }, { asOf });
    expect(result.status).toBe(status);
    expect(result.dueDate).toBe(dueDate);
    expect(result.subjects[0]!.note).toContain(note);
  });

  it('cites the supervised project', () => {
    expect(evaluateOne(id, { livelihoodProjects: two(true) }).evidence).toEqual([
      { table: 'livelihoodProjects', id: uuid(11) },
    ]);
  });
});

describe('art20-livelihood-in-plan', () => {
  const id = 'art20-livelihood-in-plan';
  const plan = (o: Record<string, unknown> = {}) => ledgerDocument({ includesLivelihood: true, ...o });

  it.each<[string, Record<string, unknown>[], string, Status, string | undefined, string]>([
    [
      'the work plan lists it',
      [plan()],
      '2026-03-01',
      'met',
      undefined,
      '《2025年闭会期间工作要点》列入了民生实事监督。',
    ],
    [
      'the supervision plan lists it',
      [
        plan({ includesLivelihood: false }),
        plan({ id: uuid(62), kind: 'supervisionPlan', title: '2025年监督工作计划' }),
      ],
      '2026-03-01',
      'met',
      undefined,
      '《2025年监督工作计划》列入了民生实事监督。',
    ],
    [
      'the plan does not list it',
      [plan({ includesLivelihood: false })],
      '2026-03-01',
      'missed',
      undefined,
      '《2025年闭会期间工作要点》没有列入民生实事监督。',
    ],
    [
      'no plan in an open year',
      [],
      '2025-02-01',
      'pending',
      '2025-12-31',
      '没有2025年度工作要点或监督工作计划。',
    ],
    [
      "last year's plan does not count",
      [plan({ year: 2024, adoptedOn: '2024-03-01' })],
      '2026-03-01',
      'missed',
      undefined,
      '没有2025年度工作要点',
    ],
    [
      'a plan adopted after the year does not count',
      [plan({ adoptedOn: '2026-01-10' })],
      '2026-03-01',
      'missed',
      undefined,
      '没有2025年度工作要点',
    ],
  ])('%s', (_name, documents, asOf, status, dueDate, note) => {
    const result = evaluateOne(id, { documents }, { asOf });
    expect(result.status).toBe(status);
    expect(result.dueDate).toBe(dueDate);
    expect(result.subjects[0]!.note).toContain(note);
  });

  it('cites the plan that lists it', () => {
    expect(evaluateOne(id, { documents: [plan()] }).evidence).toEqual([{ table: 'documents', id: uuid(12) }]);
  });
});

describe('chapter 7 on the demo township', () => {
  const data = generateDemo(); // 2021–2025 (year 1 = 2021)
  const on = (id: string, year: number) =>
    evaluateOne(id, data, { selection: { kind: 'year', year }, asOf: '2026-03-01' });

  it('year 2: the project whose 论证议单 is dated after the vote falls short', () => {
    const result = on('art20-livelihood-five-stages', 2022);
    expect(result.status).toBe('partial');
    const missed = result.subjects.filter((s) => s.status === 'missed');
    expect(missed).toHaveLength(1);
    expect(missed[0]!.note).toContain('早于「论证议单」');
  });

  it('the other years meet every duty of chapter 7', () => {
    for (const year of [2021, 2023, 2024, 2025])
      expect(on('art20-livelihood-five-stages', year).status).toBe('met');
    for (const year of [2021, 2022, 2023, 2024, 2025]) {
      expect(on('art20-livelihood-supervised', year).status).toBe('met');
      expect(on('art20-livelihood-in-plan', year).status).toBe('met');
    }
  });
});
