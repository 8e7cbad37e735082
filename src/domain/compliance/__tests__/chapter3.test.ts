import { describe, expect, it } from 'vitest';
import { generateDemo } from '../../demo/generate';
import { REQUIRED_AGENDA } from '../../ledger/meetings/agenda';
import {
  credentialsCommittee,
  deputy,
  ledgerDocument,
  presidiumMeeting,
  presidiumMember,
  session,
  term,
  uuid,
} from '../../ledger/__tests__/builders';
import type { Status } from '../types';
import { evaluateOne, type EvaluateOptions } from './harness';

const FIRST = [...REQUIRED_AGENDA.first];
const SECOND = [...REQUIRED_AGENDA.second];
const TERM = { selection: { kind: 'term', termId: uuid(2) } } as const;

/** Sessions numbered from id 100 up, on the given dates. */
const sessionsOn = (...dates: string[]) =>
  dates.map((startDate, i) => session({ id: uuid(100 + i), number: i + 1, startDate }));

describe('art05-two-sessions (normally 2 sessions open in the year)', () => {
  it.each<[string, string[], EvaluateOptions, Status, string | undefined, string]>([
    ['two sessions in a closed year', ['2025-02-20', '2025-11-10'], {}, 'met', undefined, '开幕人代会2次'],
    ['one session in a closed year', ['2025-02-20'], {}, 'missed', undefined, '开幕人代会1次'],
    [
      'a session of another year does not count',
      ['2024-11-10', '2025-02-20'],
      {},
      'missed',
      undefined,
      '1次',
    ],
    [
      'one session as of mid-year',
      ['2025-02-20'],
      { asOf: '2025-07-01' },
      'pending',
      '2025-12-31',
      '已开幕人代会1次',
    ],
    [
      'a session planned after the as-of date does not count yet',
      ['2025-02-20', '2025-11-10'],
      { asOf: '2025-07-01' },
      'pending',
      '2025-12-31',
      '1次',
    ],
  ])('%s', (_, dates, options, status, dueDate, note) => {
    const r = evaluateOne('art05-two-sessions', { sessions: sessionsOn(...dates) }, options);
    expect(r.status).toBe(status);
    expect(r.dueDate).toBe(dueDate);
    expect(r.subjects[0]!.note).toContain(note);
  });

  it('lists the sessions it counted as evidence', () => {
    const r = evaluateOne('art05-two-sessions', { sessions: sessionsOn('2025-02-20', '2025-11-10') });
    expect(r.evidence.map((e) => e.id)).toEqual([uuid(100), uuid(101)]);
  });
});

describe('art05-first-session-h1 and art05-second-session-h2', () => {
  it.each<[string, string, string[], EvaluateOptions, Status, string | undefined]>([
    ['art05-first-session-h1', 'a session in February', ['2025-02-20'], {}, 'met', undefined],
    ['art05-first-session-h1', 'a session on 30 June', ['2025-06-30'], {}, 'met', undefined],
    ['art05-first-session-h1', 'only a session on 1 July', ['2025-07-01'], {}, 'missed', undefined],
    ['art05-first-session-h1', 'none yet in March', [], { asOf: '2025-03-15' }, 'pending', '2025-06-30'],
    ['art05-second-session-h2', 'a session in November', ['2025-11-10'], {}, 'met', undefined],
    ['art05-second-session-h2', 'only a session in February', ['2025-02-20'], {}, 'missed', undefined],
    [
      'art05-second-session-h2',
      'none yet in July',
      ['2025-02-20'],
      { asOf: '2025-07-15' },
      'pending',
      '2025-12-31',
    ],
  ])('%s: %s', (id, _, dates, options, status, dueDate) => {
    const r = evaluateOne(id, { sessions: sessionsOn(...dates) }, options);
    expect(r.status).toBe(status);
    expect(r.dueDate).toBe(dueDate);
  });

  it('names the half-year as the subject, so a miss says which', () => {
    expect(evaluateOne('art05-first-session-h1', { sessions: [] }).shortfall).toEqual(['上半年']);
    expect(evaluateOne('art05-second-session-h2', { sessions: [] }).shortfall).toEqual(['下半年']);
  });
});

describe('art05-session-length (at least 1 day)', () => {
  it.each<[number, Status, string]>([
    [0.5, 'missed', '会期0.5天，不足1天。'],
    [1, 'met', '会期1天，不少于1天。'],
    [1.5, 'met', '会期1.5天'],
  ])('%s days → %s', (lengthDays, status, note) => {
    const r = evaluateOne('art05-session-length', {
      terms: [term()],
      sessions: [session({ lengthDays })],
    });
    expect(r.status).toBe(status);
    expect(r.subjects[0]!.label).toBe('第七届第九次会议');
    expect(r.subjects[0]!.note).toContain(note);
  });

  it('a session not yet opened is pending until its opening day', () => {
    const r = evaluateOne(
      'art05-session-length',
      { sessions: [session({ startDate: '2025-11-10' })] },
      { asOf: '2025-07-01' },
    );
    expect(r).toMatchObject({ status: 'pending', dueDate: '2025-11-10' });
  });

  it('no session in the year is not applicable', () => {
    expect(
      evaluateOne('art05-session-length', { sessions: [session({ startDate: '2024-11-10' })] }).status,
    ).toBe('not_applicable');
  });

  it('reports the short session by name', () => {
    const r = evaluateOne('art05-session-length', {
      terms: [term()],
      sessions: [
        session({ id: uuid(100), lengthDays: 0.5 }),
        session({ id: uuid(101), number: 10, startDate: '2025-11-10' }),
      ],
    });
    expect(r).toMatchObject({ status: 'partial', shortfall: ['第七届第九次会议'], score: 0.5 });
  });
});

describe('art05-first-session-agenda and art05-second-session-agenda', () => {
  const two = (first: string[], second: string[]) => [
    session({ id: uuid(100), number: 1, startDate: '2025-02-20', agenda: first }),
    session({ id: uuid(101), number: 2, startDate: '2025-11-10', agenda: second }),
  ];

  it.each<[string, string[], string[], Status, string]>([
    ['art05-first-session-agenda', FIRST, SECOND, 'met', '全部必备内容'],
    [
      'art05-first-session-agenda',
      FIRST.filter((i) => i !== 'livelihoodReport'),
      SECOND,
      'missed',
      '缺少：上年度民生实事实施情况报告',
    ],
    [
      'art05-first-session-agenda',
      FIRST.filter((i) => i !== 'governmentReport' && i !== 'budgetApproval'),
      SECOND,
      'missed',
      '缺少：政府工作报告、预算审查批准',
    ],
    ['art05-second-session-agenda', FIRST, SECOND, 'met', '全部必备内容'],
    [
      'art05-second-session-agenda',
      FIRST,
      SECOND.filter((i) => i !== 'livelihoodVote'),
      'missed',
      '缺少：票决下年度民生实事',
    ],
    // The second session's lacks are not the first's business, and the other way round.
    ['art05-first-session-agenda', FIRST, [], 'met', '全部必备内容'],
    ['art05-second-session-agenda', [], SECOND, 'met', '全部必备内容'],
  ])('%s, case %#', (id, first, second, status, note) => {
    const r = evaluateOne(id, { sessions: two(first, second) });
    expect(r.status).toBe(status);
    expect(r.subjects).toHaveLength(1);
    expect(r.subjects[0]!.note).toContain(note);
  });

  it("the year's first session is the earliest to open, whatever its number", () => {
    const sessions = [
      session({ id: uuid(100), number: 5, startDate: '2025-11-10', agenda: SECOND }),
      session({ id: uuid(101), number: 4, startDate: '2025-02-20', agenda: FIRST }),
    ];
    expect(evaluateOne('art05-first-session-agenda', { sessions }).subjects[0]!.key).toBe(uuid(101));
    expect(evaluateOne('art05-second-session-agenda', { sessions }).subjects[0]!.key).toBe(uuid(100));
  });

  it('a budget adjustment approved at the second session must be on its agenda', () => {
    const adjustment = ledgerDocument({
      kind: 'budgetDocument',
      budgetDocument: 'adjustment',
      title: '2025年预算调整方案',
      adoptedOn: '2025-11-10',
      sessionId: uuid(101),
    });
    const without = evaluateOne('art05-second-session-agenda', {
      sessions: two(FIRST, SECOND),
      documents: [adjustment],
    });
    expect(without.status).toBe('missed');
    expect(without.subjects[0]!.note).toContain('缺少：预算调整方案');
    const withIt = evaluateOne('art05-second-session-agenda', {
      sessions: two(FIRST, [...SECOND, 'budgetAdjustment']),
      documents: [adjustment],
    });
    expect(withIt.status).toBe('met');
  });

  it('a year with one session has no second-session agenda to judge', () => {
    const r = evaluateOne('art05-second-session-agenda', { sessions: sessionsOn('2025-02-20') });
    expect(r.status).toBe('not_applicable');
  });

  it('a first session not yet opened is pending until its opening day', () => {
    const r = evaluateOne(
      'art05-first-session-agenda',
      { sessions: sessionsOn('2025-02-20') },
      { asOf: '2025-01-15' },
    );
    expect(r).toMatchObject({ status: 'pending', dueDate: '2025-02-20' });
  });
});

describe('art06-presidium-interval (no stretch longer than 3 months)', () => {
  const meetings = (...dates: string[]) =>
    dates.map((date, i) => presidiumMeeting({ id: uuid(200 + i), date }));

  it.each<[string, string[], EvaluateOptions, Status, string | undefined, string]>([
    [
      'exactly 3 months (10 Jan → 10 Apr) passes',
      ['2025-01-10', '2025-04-10', '2025-07-10', '2025-10-10', '2025-12-20'],
      {},
      'met',
      undefined,
      '共举行主席团会议5次',
    ],
    [
      'one day more (10 Jan → 11 Apr) fails',
      ['2025-01-10', '2025-04-11', '2025-07-10', '2025-10-10', '2025-12-20'],
      {},
      'missed',
      undefined,
      '2025年1月10日的会议至2025年4月11日的会议相隔91天（3个月又1天），超过3个月',
    ],
    [
      'the clock starts on 1 January without a meeting the year before: 1 Jan → 1 Apr passes',
      ['2025-04-01', '2025-07-01', '2025-10-01'],
      {},
      'met',
      undefined,
      '从2025年1月1日起算',
    ],
    [
      '1 Jan → 2 Apr fails',
      ['2025-04-02', '2025-07-01', '2025-10-01'],
      {},
      'missed',
      undefined,
      '2025年1月1日（年初）至2025年4月2日的会议',
    ],
    [
      "the clock starts at the previous year's last meeting",
      ['2024-10-15', '2025-01-16', '2025-04-10', '2025-07-10', '2025-10-10'],
      {},
      'missed',
      undefined,
      '从上年最后一次会议（2024年10月15日）起算）；2024年10月15日的会议至2025年1月16日的会议',
    ],
    [
      "the previous year's last meeting within 3 months",
      ['2024-06-01', '2024-10-16', '2025-01-16', '2025-04-10', '2025-07-10', '2025-10-10'],
      {},
      'met',
      undefined,
      '从上年最后一次会议（2024年10月16日）起算',
    ],
    [
      'the clock runs to 31 December: last meeting 30 Sep fails',
      ['2025-01-10', '2025-04-10', '2025-07-10', '2025-09-30'],
      {},
      'missed',
      undefined,
      '2025年9月30日的会议至2025年12月31日（年末）',
    ],
    [
      'last meeting 1 Oct passes',
      ['2025-01-10', '2025-04-10', '2025-07-10', '2025-10-01'],
      {},
      'met',
      undefined,
      '4次',
    ],
    ['no meeting in a closed year fails', [], {}, 'missed', undefined, '共举行主席团会议0次'],
    [
      'open year, within 3 months of the last meeting: pending to the last meeting + 3 months',
      ['2025-01-10', '2025-04-10'],
      { asOf: '2025-06-15' },
      'pending',
      '2025-07-10',
      '下一次会议应不晚于2025年7月10日',
    ],
    [
      'open year, on the last day still allowed',
      ['2025-01-10', '2025-04-10'],
      { asOf: '2025-07-10' },
      'pending',
      '2025-07-10',
      '截至2025年7月10日',
    ],
    [
      'open year, the gap to the as-of date already exceeds 3 months',
      ['2025-01-10', '2025-04-10'],
      { asOf: '2025-07-11' },
      'missed',
      undefined,
      '2025年4月10日的会议至2025年7月11日（截至日期）相隔92天（3个月又1天），超过3个月',
    ],
    [
      'open year, a meeting after the as-of date does not count yet',
      ['2025-01-10', '2025-04-10', '2025-07-12'],
      { asOf: '2025-07-11' },
      'missed',
      undefined,
      '共举行主席团会议2次',
    ],
    [
      'open year, 3 months would reach past 31 December: due on 31 December',
      ['2025-01-10', '2025-04-10', '2025-07-10', '2025-10-10', '2025-10-20'],
      { asOf: '2025-11-15' },
      'pending',
      '2025-12-31',
      '2025年12月31日',
    ],
    [
      'a year not started yet',
      ['2025-11-20'],
      { asOf: '2025-12-01', selection: { kind: 'year', year: 2026 } },
      'pending',
      '2026-02-20',
      '尚未开始',
    ],
  ])('%s', (_, dates, options, status, dueDate, note) => {
    const r = evaluateOne('art06-presidium-interval', { presidiumMeetings: meetings(...dates) }, options);
    expect(r.status).toBe(status);
    expect(r.dueDate).toBe(dueDate);
    expect(r.subjects[0]!.note).toContain(note);
  });

  it.each<[string, string[], string, Status, string | undefined]>([
    [
      '30 Nov + 3 months = 28 Feb (common year): due date',
      ['2025-11-30'],
      '2026-01-15',
      'pending',
      '2026-02-28',
    ],
    [
      '30 Nov + 3 months = 28 Feb: a meeting on 28 Feb passes',
      ['2025-11-30', '2026-02-28'],
      '2026-03-05',
      'pending',
      '2026-05-28',
    ],
    [
      '30 Nov + 3 months = 28 Feb: 1 March fails',
      ['2025-11-30', '2026-03-01'],
      '2026-03-05',
      'missed',
      undefined,
    ],
    [
      '30 Nov + 3 months = 29 Feb in a leap year: due date',
      ['2027-11-30'],
      '2028-01-15',
      'pending',
      '2028-02-29',
    ],
    [
      '29 Feb in a leap year: a meeting on 29 Feb passes',
      ['2027-11-30', '2028-02-29'],
      '2028-03-05',
      'pending',
      '2028-05-29',
    ],
    ['29 Feb in a leap year: 1 March fails', ['2027-11-30', '2028-03-01'], '2028-03-05', 'missed', undefined],
  ])('end-of-month clamp: %s', (_, dates, asOf, status, dueDate) => {
    const year = Number(asOf.slice(0, 4));
    const r = evaluateOne(
      'art06-presidium-interval',
      { presidiumMeetings: meetings(...dates) },
      {
        asOf,
        selection: { kind: 'year', year },
      },
    );
    expect(r.status).toBe(status);
    expect(r.dueDate).toBe(dueDate);
  });

  it('reads the longest stretch from the settings', () => {
    const data = {
      presidiumMeetings: meetings('2025-01-10', '2025-04-10', '2025-07-10', '2025-10-10', '2025-12-20'),
    };
    const r = evaluateOne('art06-presidium-interval', data, { settings: { presidiumIntervalMonths: 2 } });
    expect(r.status).toBe('missed');
    expect(r.subjects[0]!.note).toContain('超过2个月');
  });

  it('cites the meetings on both sides of a stretch that is too long', () => {
    const r = evaluateOne('art06-presidium-interval', {
      presidiumMeetings: meetings('2025-01-10', '2025-04-11', '2025-07-10', '2025-10-10', '2025-12-20'),
    });
    expect(r.evidence.map((e) => e.id)).toEqual([uuid(200), uuid(201)]);
  });
});

describe('art06-presidium-quorum (more than half of the members on that date)', () => {
  const members = (n: number, extra: Record<string, unknown> = {}) =>
    Array.from({ length: n }, (_, i) =>
      presidiumMember({ id: uuid(300 + i), name: `成员${i + 1}`, ...extra }),
    );

  it.each<[string, number, number, Status, string]>([
    ['5 of 9 passes', 9, 5, 'met', '出席5人，当日主席团成员9人，过半数（至少5人）。'],
    ['5 of 10 fails', 10, 5, 'missed', '出席5人，当日主席团成员10人，未过半数（至少应6人）。'],
    ['6 of 10 passes', 10, 6, 'met', '过半数'],
    ['no membership recorded → unknown', 0, 5, 'unknown', '没有登记在任的主席团成员'],
    ['more present than members → unknown', 4, 5, 'unknown', '请核对主席团成员名单'],
  ])('%s', (_, memberCount, present, status, note) => {
    const r = evaluateOne('art06-presidium-quorum', {
      presidiumMembers: members(memberCount),
      presidiumMeetings: [presidiumMeeting({ membersPresent: present })],
    });
    expect(r.status).toBe(status);
    expect(r.subjects[0]!.note).toContain(note);
    expect(r.subjects[0]!.label).toBe('2025年4月10日主席团会议');
  });

  it("counts only the members on the meeting's date", () => {
    const r = evaluateOne('art06-presidium-quorum', {
      presidiumMembers: [...members(9), ...members(1, { id: uuid(399), to: '2025-04-09' })],
      presidiumMeetings: [presidiumMeeting({ membersPresent: 5 })],
    });
    expect(r.status).toBe('met');
    expect(
      evaluateOne('art06-presidium-quorum', {
        presidiumMembers: members(9, { from: '2025-04-11' }),
        presidiumMeetings: [presidiumMeeting({ membersPresent: 5 })],
      }).status,
    ).toBe('unknown');
  });

  it('names the meeting that fell short, and a meeting not yet held is pending', () => {
    const r = evaluateOne(
      'art06-presidium-quorum',
      {
        presidiumMembers: members(10),
        presidiumMeetings: [
          presidiumMeeting({ id: uuid(200), date: '2025-03-01', membersPresent: 5, adHoc: true }),
          presidiumMeeting({ id: uuid(201), date: '2025-06-01', membersPresent: 8 }),
          presidiumMeeting({ id: uuid(202), date: '2025-09-01', membersPresent: 0 }),
        ],
      },
      { asOf: '2025-07-01' },
    );
    expect(r.subjects.map((s) => s.status)).toEqual(['missed', 'met', 'pending']);
    expect(r.subjects[2]!.dueDate).toBe('2025-09-01');
    expect(r).toMatchObject({ status: 'partial', shortfall: ['2025年3月1日主席团临时会议'] });
    expect(evaluateOne('art06-presidium-quorum', { presidiumMeetings: [] }).status).toBe('not_applicable');
  });
});

describe('art07-credentials-committee', () => {
  const firstSession = session({ id: uuid(100), number: 1, startDate: '2021-10-20' });
  const base = {
    terms: [term()],
    sessions: [firstSession, session({ id: uuid(101), number: 2, startDate: '2022-02-20' })],
    presidiumMembers: [
      presidiumMember({ id: uuid(300), name: '李明' }),
      presidiumMember({ id: uuid(301), name: '赵强' }),
    ],
    deputies: ['王芳', '刘洋', '陈静', '张伟', '周敏', '吴军'].map((name, i) =>
      deputy({ id: uuid(400 + i), name, termId: uuid(2) }),
    ),
    credentialsCommittees: [credentialsCommittee({ approvedSessionId: uuid(100) })],
  };
  const withCommittee = (o: Record<string, unknown>) => ({
    ...base,
    credentialsCommittees: [credentialsCommittee({ approvedSessionId: uuid(100), ...o })],
  });

  it.each<[string, Record<string, unknown[]>, Status, string]>([
    ['recorded as the rules want', base, 'met', '经本届第一次会议通过'],
    ['2 委员', withCommittee({ memberNames: ['王芳', '刘洋'] }), 'missed', '委员2人，少于3人'],
    [
      '6 委员',
      withCommittee({ memberNames: ['王芳', '刘洋', '陈静', '张伟', '周敏', '吴军'] }),
      'missed',
      '多于5人',
    ],
    ['5 委员', withCommittee({ memberNames: ['王芳', '刘洋', '陈静', '张伟', '周敏'] }), 'met', '委员5人'],
    [
      'the 副主任委员 is not on the presidium',
      withCommittee({ viceChairName: '孙丽' }),
      'missed',
      '副主任委员孙丽不是本届主席团成员',
    ],
    [
      'a 委员 is not a deputy of the term',
      withCommittee({ memberNames: ['王芳', '刘洋', '钱多'] }),
      'missed',
      '委员钱多不是本届代表',
    ],
    [
      'approved at another session',
      withCommittee({ approvedSessionId: uuid(101) }),
      'missed',
      '而不是本届第一次会议',
    ],
    [
      'the approving session not recorded',
      withCommittee({ approvedSessionId: undefined }),
      'unknown',
      '未登记通过该委员会的会议',
    ],
    [
      'presidium membership not recorded',
      { ...base, presidiumMembers: [] },
      'unknown',
      '本届主席团成员未登记',
    ],
    ['no committee recorded', { ...base, credentialsCommittees: [] }, 'missed', '未登记代表资格审查委员会'],
    [
      'by ids: members who are deputies of the term',
      withCommittee({
        chairId: uuid(300),
        viceChairId: uuid(301),
        memberIds: [uuid(400), uuid(401), uuid(402)],
      }),
      'met',
      '委员3人',
    ],
    [
      'by ids: a namesake is not the member (the id names someone of no term)',
      {
        ...withCommittee({ memberIds: [uuid(400), uuid(401), uuid(499)] }),
        deputies: [...base.deputies, deputy({ id: uuid(499), name: '陈静', termId: uuid(98) })],
      },
      'missed',
      '委员陈静不是本届代表',
    ],
    [
      'by ids: chair and vice-chair the same presidium member, though named differently',
      withCommittee({ chairId: uuid(300), viceChairId: uuid(300) }),
      'missed',
      '主任委员与副主任委员是同一人',
    ],
  ])('%s', (_, input, status, note) => {
    const r = evaluateOne('art07-credentials-committee', input, TERM);
    expect(r.status).toBe(status);
    expect(r.subjects[0]!.label).toBe('第七届');
    expect(r.subjects[0]!.note).toContain(note);
  });

  it('before the first session, a missing committee is pending until it opens', () => {
    const r = evaluateOne(
      'art07-credentials-committee',
      { ...base, credentialsCommittees: [] },
      { ...TERM, asOf: '2021-10-01' },
    );
    expect(r).toMatchObject({ status: 'pending', dueDate: '2021-10-20' });
  });

  it('cites the committee and the session that approved it', () => {
    const r = evaluateOne('art07-credentials-committee', base, TERM);
    expect(r.evidence).toEqual([
      { table: 'credentialsCommittees', id: uuid(15) },
      { table: 'sessions', id: uuid(100) },
    ]);
  });
});

describe('chapter 3 on the demo township', () => {
  const data = generateDemo();
  const year = (id: string, y: number) => evaluateOne(id, data, { selection: { kind: 'year', year: y } });

  it('shows the deliberate misses in year 3 (2023): a presidium gap and a meeting without quorum', () => {
    expect(year('art06-presidium-interval', 2023).status).toBe('missed');
    expect(year('art06-presidium-quorum', 2023).status).toBe('partial');
    for (const y of [2021, 2022, 2024, 2025]) {
      expect(year('art06-presidium-interval', y).status).toBe('met');
      expect(year('art06-presidium-quorum', y).status).toBe('met');
    }
  });

  it('holds the other chapter 3 duties every year', () => {
    const ids = [
      'art05-two-sessions',
      'art05-first-session-h1',
      'art05-second-session-h2',
      'art05-session-length',
      'art05-first-session-agenda',
      'art05-second-session-agenda',
    ];
    for (const id of ids)
      for (const y of [2021, 2022, 2023, 2024, 2025])
        expect([id, y, year(id, y).status]).toEqual([id, y, 'met']);
    const termId = [...data.terms].sort((a, b) => a.startDate.localeCompare(b.startDate)).at(-1)!.id;
    expect(
      evaluateOne('art07-credentials-committee', data, { selection: { kind: 'term', termId } }).status,
    ).toBe('met');
  });
});
