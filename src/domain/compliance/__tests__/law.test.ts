import { describe, expect, it } from 'vitest';
import { generateDemo } from '../../demo/generate';
import { deputy, ledgerDocument, session, term, uuid } from '../../ledger/__tests__/builders';
import type { Status } from '../types';
import { evaluateOne, type EvaluateOptions } from './harness';

const TERM = { selection: { kind: 'term', termId: uuid(2) } } as const;

describe('law-session-quorum (at least two thirds of the deputies in office)', () => {
  it.each<[string, Record<string, unknown>, Status, string]>([
    [
      '40 of 60 passes',
      { deputiesInOffice: 60, deputiesPresent: 40 },
      'met',
      '出席40人，在任代表60人，达到三分之二（至少40人）。',
    ],
    [
      '39 of 60 fails',
      { deputiesInOffice: 60, deputiesPresent: 39 },
      'missed',
      '出席39人，在任代表60人，不足三分之二（至少应40人）。',
    ],
    ['50 of 75 passes', { deputiesInOffice: 75, deputiesPresent: 50 }, 'met', '至少50人'],
    ['49 of 75 fails', { deputiesInOffice: 75, deputiesPresent: 49 }, 'missed', '至少应50人'],
    [
      'present not recorded → unknown',
      { deputiesInOffice: 60, deputiesPresent: undefined },
      'unknown',
      '未登记',
    ],
    [
      'in office not recorded → unknown',
      { deputiesInOffice: undefined, deputiesPresent: 40 },
      'unknown',
      '未登记',
    ],
  ])('%s', (_, counts, status, note) => {
    const r = evaluateOne('law-session-quorum', {
      terms: [term()],
      sessions: [session({ id: uuid(100), ...counts })],
    });
    expect(r.status).toBe(status);
    expect(r.subjects[0]!).toMatchObject({ key: uuid(100), label: '第七届第九次会议' });
    expect(r.subjects[0]!.note).toContain(note);
  });

  it('a session not yet opened is pending until its opening day; no session is not applicable', () => {
    const future = session({ startDate: '2025-11-10', deputiesPresent: undefined });
    expect(evaluateOne('law-session-quorum', { sessions: [future] }, { asOf: '2025-07-01' })).toMatchObject({
      status: 'pending',
      dueDate: '2025-11-10',
    });
    expect(evaluateOne('law-session-quorum', { sessions: [] }).status).toBe('not_applicable');
  });

  it('names the session that fell short', () => {
    const r = evaluateOne('law-session-quorum', {
      terms: [term()],
      sessions: [
        session({ id: uuid(100), deputiesInOffice: 60, deputiesPresent: 39 }),
        session({
          id: uuid(101),
          number: 10,
          startDate: '2025-11-10',
          deputiesInOffice: 60,
          deputiesPresent: 55,
        }),
      ],
    });
    expect(r).toMatchObject({ status: 'partial', shortfall: ['第七届第九次会议'], score: 0.5 });
  });
});

describe('law-first-session-after-election (within 2 months of the election)', () => {
  const first = (startDate: string) => session({ id: uuid(100), number: 1, startDate });

  it.each<[string, Record<string, unknown>, string[], EvaluateOptions, Status, string | undefined, string]>([
    [
      'opened the same day two months later',
      {},
      ['2021-11-10'],
      {},
      'met',
      undefined,
      '选举日2021年9月10日，第一次会议2021年11月10日开幕，在2个月内（应不晚于2021年11月10日开幕）。',
    ],
    ['opened one day later', {}, ['2021-11-11'], {}, 'missed', undefined, '超过2个月'],
    [
      '31 Dec + 2 months is 28 Feb: opened then',
      { electionDate: '2021-12-31', startDate: '2022-02-28' },
      ['2022-02-28'],
      {},
      'met',
      undefined,
      '应不晚于2022年2月28日',
    ],
    [
      '31 Dec + 2 months is 28 Feb: opened 1 March',
      { electionDate: '2021-12-31', startDate: '2022-03-01' },
      ['2022-03-01'],
      {},
      'missed',
      undefined,
      '超过2个月',
    ],
    [
      'not opened yet, within 2 months',
      {},
      [],
      { asOf: '2021-10-01' },
      'pending',
      '2021-11-10',
      '第一次会议尚未召开',
    ],
    ['not opened, 2 months passed', {}, [], {}, 'missed', undefined, '未登记第一次会议'],
    [
      'a first session planned after the as-of date is not opened yet',
      {},
      ['2021-11-05'],
      { asOf: '2021-10-01' },
      'pending',
      '2021-11-10',
      '尚未召开',
    ],
    [
      'election date not recorded → unknown',
      { electionDate: undefined },
      ['2021-10-20'],
      {},
      'unknown',
      undefined,
      '未登记本届选举日期',
    ],
  ])('%s', (_, termFields, dates, options, status, dueDate, note) => {
    const r = evaluateOne(
      'law-first-session-after-election',
      { terms: [term(termFields)], sessions: dates.map(first) },
      { ...TERM, ...options },
    );
    expect(r.status).toBe(status);
    expect(r.dueDate).toBe(dueDate);
    expect(r.subjects[0]!.label).toBe('第七届');
    expect(r.subjects[0]!.note).toContain(note);
  });
});

describe('law-budget-published (within 20 days of approval)', () => {
  const budget = (o: Record<string, unknown> = {}) =>
    ledgerDocument({
      id: uuid(500),
      kind: 'budgetDocument',
      budgetDocument: 'budget',
      title: '2025年财政预算',
      adoptedOn: '2025-02-20',
      ...o,
    });

  it.each<[string, Record<string, unknown>[], EvaluateOptions, Status, string | undefined, string]>([
    [
      'published on the 20th day',
      [budget({ publishedOn: '2025-03-12' })],
      {},
      'met',
      undefined,
      '2025年2月20日通过，应于2025年3月12日前公开（20天内），2025年3月12日公开（第20天），按期。',
    ],
    [
      'published on the 21st day',
      [budget({ publishedOn: '2025-03-13' })],
      {},
      'missed',
      undefined,
      '2025年3月13日才公开（第21天），逾期',
    ],
    [
      'not published, within 20 days',
      [budget()],
      { asOf: '2025-03-01' },
      'pending',
      '2025-03-12',
      '尚未公开',
    ],
    ['not published, 20 days passed', [budget()], {}, 'missed', undefined, '仍未公开'],
    ['none approved', [], {}, 'not_applicable', undefined, ''],
  ])('%s', (_, documents, options, status, dueDate, note) => {
    const r = evaluateOne('law-budget-published', { documents }, options);
    expect(r.status).toBe(status);
    expect(r.dueDate).toBe(dueDate);
    if (note) expect(r.subjects[0]!.note).toContain(note);
  });

  it('judges each approved document and names the late one', () => {
    const r = evaluateOne('law-budget-published', {
      documents: [
        budget({ publishedOn: '2025-03-01' }),
        budget({
          id: uuid(501),
          budgetDocument: 'finalAccounts',
          title: '2024年财政决算',
          adoptedOn: '2025-11-10',
          publishedOn: '2025-12-10',
        }),
      ],
    });
    expect(r).toMatchObject({ status: 'partial', shortfall: ['2024年财政决算'] });
    expect(r.evidence.map((e) => e.id)).toEqual([uuid(500), uuid(501)]);
  });
});

describe('law-unapproved-absence (two unapproved absences end the qualification)', () => {
  const absent = (deputyId: string, approved = false) => ({ deputyId, approved });
  const sessions = (...absences: { deputyId: string; approved: boolean }[][]) =>
    absences.map((a, i) =>
      session({ id: uuid(100 + i), number: i + 1, startDate: `2022-0${i + 2}-20`, absences: a }),
    );
  const deputies = [deputy({ id: uuid(400), name: '王芳' }), deputy({ id: uuid(401), name: '刘洋' })];

  it.each<[string, { deputyId: string; approved: boolean }[][], Status[], string]>([
    [
      'two unapproved absences: flagged',
      [[absent(uuid(400))], [], [absent(uuid(400))]],
      ['missed', 'met'],
      '本届未经批准缺席人代会2次（第七届第一次会议、第七届第三次会议），依法代表资格终止（代表法第六十二条）。',
    ],
    [
      'one unapproved and one on leave',
      [[absent(uuid(400))], [absent(uuid(400), true)]],
      ['met', 'met'],
      '本届未经批准缺席人代会1次（第七届第一次会议），再有1次代表资格即依法终止。',
    ],
    ['none', [[], []], ['met', 'met'], '本届没有未经批准缺席人代会。'],
  ])('%s', (_, absences, statuses, note) => {
    const r = evaluateOne(
      'law-unapproved-absence',
      { terms: [term()], deputies, sessions: sessions(...absences) },
      TERM,
    );
    expect(r.subjects.map((s) => s.status)).toEqual(statuses);
    expect(r.subjects[0]!).toMatchObject({ key: uuid(400), label: '王芳' });
    expect(r.subjects[0]!.note).toBe(note);
  });

  it('the flagged deputy shows as the shortfall, with the sessions missed as evidence', () => {
    const r = evaluateOne(
      'law-unapproved-absence',
      { terms: [term()], deputies, sessions: sessions([absent(uuid(400))], [absent(uuid(400))]) },
      TERM,
    );
    expect(r).toMatchObject({ status: 'partial', shortfall: ['王芳'] });
    expect(r.subjects[0]!.note).toContain('代表资格终止');
    expect(r.subjects[0]!.evidence).toEqual([
      { table: 'deputies', id: uuid(400) },
      { table: 'sessions', id: uuid(100) },
      { table: 'sessions', id: uuid(101) },
    ]);
  });

  it('flags a deputy with two even when they served less than half of the term', () => {
    const gone = deputy({ id: uuid(402), name: '陈静', serviceTo: '2022-06-30', status: 'ended' });
    const r = evaluateOne(
      'law-unapproved-absence',
      {
        terms: [term()],
        deputies: [...deputies, gone],
        sessions: sessions([absent(uuid(402))], [absent(uuid(402))]),
      },
      TERM,
    );
    expect(r.shortfall).toEqual(['陈静']);
    expect(r.subjects).toHaveLength(3);
  });

  it('counts only the sessions of the term', () => {
    const otherTerm = session({
      id: uuid(110),
      termId: uuid(3),
      number: 1,
      startDate: '2022-05-20',
      absences: [absent(uuid(400))],
    });
    const r = evaluateOne(
      'law-unapproved-absence',
      { terms: [term()], deputies, sessions: [...sessions([absent(uuid(400))]), otherTerm] },
      TERM,
    );
    expect(r.status).toBe('met');
  });
});

describe('law duties on the demo township', () => {
  const data = generateDemo();
  const YEARS = [2021, 2022, 2023, 2024, 2025];
  const year = (id: string, y: number) =>
    evaluateOne(id, data, { selection: { kind: 'year', year: y } }).status;

  it.each<[string, number]>([
    ['law-session-quorum', 2022],
    ['law-budget-published', 2024],
  ])('%s shows the deliberate miss of %i as partial, and the other years met', (id, missYear) => {
    expect(YEARS.map((y) => year(id, y))).toEqual(YEARS.map((y) => (y === missYear ? 'partial' : 'met')));
  });

  it('flags exactly one deputy for two unapproved absences, and the first session came in time', () => {
    const termId = data.terms[0]!.id;
    const absence = evaluateOne('law-unapproved-absence', data, { selection: { kind: 'term', termId } });
    expect(absence.status).toBe('partial');
    expect(absence.shortfall).toHaveLength(1);
    expect(
      evaluateOne('law-first-session-after-election', data, { selection: { kind: 'term', termId } }).status,
    ).toBe('met');
  });
});
