import { describe, expect, it } from 'vitest';
import { generateDemo } from '../../demo/generate';
import { REQUIRED_AGENDA } from '../../ledger/meetings/agenda';
import { activity, ledgerDocument, session, term, uuid } from '../../ledger/__tests__/builders';
import type { Status } from '../types';
import { evaluateOne, type EvaluateOptions } from './harness';

const TERM = { selection: { kind: 'term', termId: uuid(2) } } as const;

describe('art04-annual-work-plan (adopted by 31 March, a setting)', () => {
  const plan = (o: Record<string, unknown> = {}) => ledgerDocument({ id: uuid(500), ...o });

  it.each<[string, Record<string, unknown>[], EvaluateOptions, Status, string | undefined, string]>([
    [
      'adopted 10 March',
      [plan()],
      {},
      'met',
      undefined,
      '2025年闭会期间工作要点于2025年3月10日通过，期限为2025年3月31日，按期。',
    ],
    ['adopted on 31 March', [plan({ adoptedOn: '2025-03-31' })], {}, 'met', undefined, '按期'],
    [
      'adopted on 1 April',
      [plan({ adoptedOn: '2025-04-01' })],
      {},
      'missed',
      undefined,
      '2025年4月1日通过，期限为2025年3月31日，逾期',
    ],
    [
      'none in a closed year',
      [],
      {},
      'missed',
      undefined,
      '未登记2025年闭会期间工作要点，期限2025年3月31日已过。',
    ],
    [
      'the plan of another year',
      [plan({ year: 2024, adoptedOn: '2025-01-10' })],
      {},
      'missed',
      undefined,
      '未登记',
    ],
    ['none yet in February', [], { asOf: '2025-02-01' }, 'pending', '2025-03-31', '应于2025年3月31日前通过'],
    [
      'adopted after the as-of date counts only then',
      [plan()],
      { asOf: '2025-03-01' },
      'pending',
      '2025-03-31',
      '尚未登记',
    ],
    ['none on 1 April', [], { asOf: '2025-04-01' }, 'missed', undefined, '已过'],
    [
      'a due date of 28 Feb in the settings',
      [plan()],
      { settings: { annualPlanDueDate: '02-28' } },
      'missed',
      undefined,
      '期限为2025年2月28日',
    ],
    [
      '29 Feb in a common year is 28 Feb',
      [],
      { settings: { annualPlanDueDate: '02-29' }, asOf: '2025-02-01' },
      'pending',
      '2025-02-28',
      '2025年2月28日',
    ],
  ])('%s', (_, documents, options, status, dueDate, note) => {
    const r = evaluateOne('art04-annual-work-plan', { documents }, options);
    expect(r.status).toBe(status);
    expect(r.dueDate).toBe(dueDate);
    expect(r.subjects[0]!.note).toContain(note);
  });

  it('cites the plan', () => {
    expect(evaluateOne('art04-annual-work-plan', { documents: [plan()] }).evidence).toEqual([
      { table: 'documents', id: uuid(500) },
    ]);
  });
});

describe("art04-deputy-list-published (before the term's first session opens)", () => {
  const list = (publishedOn: string) =>
    ledgerDocument({
      id: uuid(500),
      kind: 'deputyListPublication',
      title: '第七届代表名单公告',
      adoptedOn: publishedOn,
      publishedOn,
      year: undefined,
      termId: uuid(2),
    });
  const first = session({ id: uuid(100), number: 1, startDate: '2021-10-20' });

  it.each<
    [
      string,
      Record<string, unknown>[],
      Record<string, unknown>[],
      EvaluateOptions,
      Status,
      string | undefined,
      string,
    ]
  >([
    [
      'published a month before',
      [list('2021-09-15')],
      [first],
      {},
      'met',
      undefined,
      '代表名单于2021年9月15日公布，本届第一次会议2021年10月20日开幕，在会前公布。',
    ],
    ['published the day before', [list('2021-10-19')], [first], {}, 'met', undefined, '在会前公布'],
    ['published on the opening day', [list('2021-10-20')], [first], {}, 'missed', undefined, '未在会前公布'],
    ['not published', [], [first], {}, 'missed', undefined, '未登记代表名单公布'],
    [
      'not yet published, first session ahead',
      [],
      [first],
      { asOf: '2021-10-01' },
      'pending',
      '2021-10-19',
      '应在此前公布',
    ],
    [
      "first session not recorded: the term's start date stands in",
      [list('2021-09-15')],
      [],
      {},
      'met',
      undefined,
      '按届期开始日2021年10月20日计',
    ],
  ])('%s', (_, documents, sessions, options, status, dueDate, note) => {
    const r = evaluateOne(
      'art04-deputy-list-published',
      { terms: [term()], documents, sessions },
      { ...TERM, ...options },
    );
    expect(r.status).toBe(status);
    expect(r.dueDate).toBe(dueDate);
    expect(r.subjects[0]!.label).toBe('第七届');
    expect(r.subjects[0]!.note).toContain(note);
  });

  it('a list published for another term does not count', () => {
    const other = { ...list('2021-09-15'), termId: uuid(3) };
    expect(
      evaluateOne(
        'art04-deputy-list-published',
        { terms: [term()], documents: [other], sessions: [first] },
        TERM,
      ).status,
    ).toBe('missed');
  });
});

describe('art04-normative-filing (filed within 30 days, a setting)', () => {
  const resolution = (o: Record<string, unknown> = {}) =>
    ledgerDocument({
      id: uuid(500),
      kind: 'normativeResolution',
      title: '关于加强耕地保护的决议',
      adoptedOn: '2025-03-10',
      ...o,
    });

  it.each<[string, Record<string, unknown>[], EvaluateOptions, Status, string | undefined, string]>([
    [
      'filed on the 30th day',
      [resolution({ filedOn: '2025-04-09' })],
      {},
      'met',
      undefined,
      '2025年3月10日通过，应于2025年4月9日前备案（30天内），2025年4月9日备案（第30天），按期。',
    ],
    [
      'filed on the 31st day',
      [resolution({ filedOn: '2025-04-10' })],
      {},
      'missed',
      undefined,
      '2025年4月10日才备案（第31天），逾期',
    ],
    [
      'not filed, within the deadline',
      [resolution()],
      { asOf: '2025-03-20' },
      'pending',
      '2025-04-09',
      '尚未备案',
    ],
    ['not filed, deadline passed', [resolution()], {}, 'missed', undefined, '仍未备案，已逾期'],
    [
      'filed after the as-of date is not filed yet',
      [resolution({ filedOn: '2025-04-01' })],
      { asOf: '2025-03-20' },
      'pending',
      '2025-04-09',
      '尚未备案',
    ],
    [
      'the setting allows 40 days',
      [resolution({ filedOn: '2025-04-10' })],
      { settings: { normativeFilingDays: 40 } },
      'met',
      undefined,
      '40天内',
    ],
    ['none adopted', [], {}, 'not_applicable', undefined, ''],
  ])('%s', (_, documents, options, status, dueDate, note) => {
    const r = evaluateOne('art04-normative-filing', { documents }, options);
    expect(r.status).toBe(status);
    expect(r.dueDate).toBe(dueDate);
    if (note) expect(r.subjects[0]!.note).toContain(note);
  });

  it('names the late resolution', () => {
    const r = evaluateOne('art04-normative-filing', {
      documents: [
        resolution({ filedOn: '2025-04-20' }),
        resolution({ id: uuid(501), title: '关于推进移风易俗工作的决议', filedOn: '2025-03-20' }),
      ],
    });
    expect(r).toMatchObject({ status: 'partial', shortfall: ['关于加强耕地保护的决议'], score: 0.5 });
  });
});

describe('art04-budget-preliminary-review (recorded before each session that approves a budget)', () => {
  const budgetSession = (o: Record<string, unknown> = {}) =>
    session({ id: uuid(100), startDate: '2025-02-20', agenda: [...REQUIRED_AGENDA.first], ...o });

  it.each<
    [string, Record<string, unknown>, Record<string, unknown>[], EvaluateOptions, Status, string | undefined]
  >([
    ['the session records its review', { preliminaryReviewDate: '2025-02-10' }, [], {}, 'met', undefined],
    [
      'a review on the opening day is not before it',
      { preliminaryReviewDate: '2025-02-20' },
      [],
      {},
      'missed',
      undefined,
    ],
    ['no review', {}, [], {}, 'missed', undefined],
    [
      'a 预算初步审查 activity before the session',
      {},
      [activity({ id: uuid(600), kind: 'budgetReview', date: '2025-02-12' })],
      {},
      'met',
      undefined,
    ],
    [
      'a review before the previous session does not count',
      {},
      [activity({ id: uuid(600), kind: 'budgetReview', date: '2024-11-01' })],
      {},
      'missed',
      undefined,
    ],
    ['a session not yet opened: due the day before', {}, [], { asOf: '2025-02-01' }, 'pending', '2025-02-19'],
  ])('%s', (_, sessionFields, activities, options, status, dueDate) => {
    const previous = session({ id: uuid(101), number: 8, startDate: '2024-11-20', agenda: [] });
    const r = evaluateOne(
      'art04-budget-preliminary-review',
      { terms: [term()], sessions: [previous, budgetSession(sessionFields)], activities },
      options,
    );
    expect(r.status).toBe(status);
    expect(r.dueDate).toBe(dueDate);
    expect(r.subjects.map((s) => s.label)).toEqual(['第七届第九次会议']);
  });

  it('cites the review it found', () => {
    const r = evaluateOne('art04-budget-preliminary-review', {
      sessions: [budgetSession()],
      activities: [activity({ id: uuid(600), kind: 'budgetReview', date: '2025-02-12' })],
    });
    expect(r.evidence).toEqual([
      { table: 'sessions', id: uuid(100) },
      { table: 'activities', id: uuid(600) },
    ]);
    expect(r.subjects[0]!.note).toBe(
      '会前于2025年2月12日组织代表进行了预算初步审查，会议2025年2月20日开幕。',
    );
  });

  it('only sessions that approve a budget document are measured', () => {
    const noBudget = budgetSession({ agenda: ['specialReport'] });
    expect(evaluateOne('art04-budget-preliminary-review', { sessions: [noBudget] }).status).toBe(
      'not_applicable',
    );
    const finalAccounts = budgetSession({ agenda: ['finalAccounts'] });
    expect(evaluateOne('art04-budget-preliminary-review', { sessions: [finalAccounts] }).status).toBe(
      'missed',
    );
    const approvedDocument = ledgerDocument({
      kind: 'budgetDocument',
      budgetDocument: 'budget',
      title: '2025年预算',
      adoptedOn: '2025-02-20',
      sessionId: uuid(100),
    });
    expect(
      evaluateOne('art04-budget-preliminary-review', { sessions: [noBudget], documents: [approvedDocument] })
        .status,
    ).toBe('missed');
  });
});

describe('chapter 2 on the demo township', () => {
  const data = generateDemo();
  const year = (id: string, y: number) =>
    evaluateOne(id, data, { selection: { kind: 'year', year: y } }).status;
  const YEARS = [2021, 2022, 2023, 2024, 2025];

  it.each<[string, number, Status]>([
    ['art04-annual-work-plan', 2022, 'missed'],
    ['art04-normative-filing', 2023, 'missed'],
    ['art04-budget-preliminary-review', 2024, 'partial'],
  ])('%s shows the deliberate miss of %i as %s, and the other years met', (id, missYear, status) => {
    expect(YEARS.map((y) => year(id, y))).toEqual(YEARS.map((y) => (y === missYear ? status : 'met')));
  });

  it("the deputy list was published before the term's first session", () => {
    const termId = data.terms[0]!.id;
    expect(
      evaluateOne('art04-deputy-list-published', data, { selection: { kind: 'term', termId } }).status,
    ).toBe('met');
  });
});
