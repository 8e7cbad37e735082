// Table tests of the seven duties of catalogue 1.1: every status and the boundaries of their windows.
import { describe, expect, it } from 'vitest';
import { activity, ledgerDocument, session, suggestion, term, uuid } from '../../ledger/__tests__/builders';
import type { PointsTable } from '../../ledger';
import { DEFAULT_POINTS_TABLE } from '../../points/default-table';
import type { Status } from '../types';
import { evaluateOne, type EvaluateOptions, type LedgerInput } from './harness';

type Row = [string, LedgerInput, EvaluateOptions, Status, string | undefined, string];

/** Runs one duty's table: status, due date and a phrase of the note of the first subject (or the duty). */
function table(id: string, rows: Row[]) {
  it.each(rows)('%s', (_, input, options, status, dueDate, phrase) => {
    const result = evaluateOne(id, input, options);
    expect(result.status).toBe(status);
    expect(result.dueDate).toBe(dueDate);
    if (phrase) expect(result.subjects.map((s) => s.note).join(' ')).toContain(phrase);
    else expect(result.subjects).toEqual([]);
  });
}

const TERM = { selection: { kind: 'term', termId: uuid(2) } } as const;

describe('art04-election-committee-approved', () => {
  const approval = (o: Record<string, unknown> = {}) =>
    ledgerDocument({
      id: uuid(40),
      kind: 'electionCommitteeApproval',
      title: '关于同意设立示例镇换届选举委员会的批复',
      adoptedOn: '2021-07-20',
      year: undefined,
      termId: uuid(2),
      ...o,
    });
  table('art04-election-committee-approved', [
    [
      'approved before the election',
      { terms: [term()], documents: [approval()] },
      TERM,
      'met',
      undefined,
      '在选举前获批',
    ],
    [
      'approved on the election day itself',
      { terms: [term()], documents: [approval({ adoptedOn: '2021-09-10' })] },
      TERM,
      'met',
      undefined,
      '2021年9月10日批准',
    ],
    [
      'approved the day after the election',
      { terms: [term()], documents: [approval({ adoptedOn: '2021-09-11' })] },
      TERM,
      'missed',
      undefined,
      '晚于选举日',
    ],
    ['no approval recorded after the election', { terms: [term()] }, TERM, 'missed', undefined, '没有登记'],
    [
      'no approval yet before the election day',
      { terms: [term()] },
      { ...TERM, asOf: '2021-09-10' },
      'pending',
      '2021-09-10',
      '尚未登记',
    ],
    [
      'an approval dated after the as-of date does not count yet',
      { terms: [term()], documents: [approval({ adoptedOn: '2021-09-01' })] },
      { ...TERM, asOf: '2021-08-01' },
      'pending',
      '2021-09-10',
      '尚未登记',
    ],
    [
      'an approval of another term does not count',
      { terms: [term()], documents: [approval({ termId: uuid(3) })] },
      TERM,
      'missed',
      undefined,
      '没有登记',
    ],
    [
      'no election date: unknown',
      { terms: [term({ electionDate: undefined })], documents: [approval()] },
      TERM,
      'unknown',
      undefined,
      '没有登记选举日期',
    ],
  ]);
});

describe('art10-visit-problems-fed-back', () => {
  const visit = (problems: Record<string, unknown>[], o: Record<string, unknown> = {}) =>
    activity({
      id: uuid(41),
      kind: 'inspectionVisit',
      date: '2025-05-10',
      topic: '农村道路安全视察',
      problems,
      ...o,
    });
  const problem = (o: Record<string, unknown> = {}) => ({
    description: '村道缺少护栏',
    forwardedOn: '2025-05-20',
    fedBackOn: '2025-07-01',
    ...o,
  });
  // 2025-05-10 + 90 days = 2025-08-08.
  table('art10-visit-problems-fed-back', [
    [
      'every problem forwarded and fed back in time',
      { activities: [visit([problem()])] },
      {},
      'met',
      undefined,
      '均已按期',
    ],
    [
      'fed back on the 90th day',
      { activities: [visit([problem({ fedBackOn: '2025-08-08' })])] },
      {},
      'met',
      undefined,
      '应于2025年8月8日前',
    ],
    [
      'fed back on the 91st day',
      { activities: [visit([problem({ fedBackOn: '2025-08-09' })])] },
      {},
      'missed',
      undefined,
      '1个未按期',
    ],
    [
      'forwarded in time, never fed back, window passed',
      { activities: [visit([problem({ fedBackOn: undefined })])] },
      {},
      'missed',
      undefined,
      '村道缺少护栏',
    ],
    [
      'not fed back yet, within the window',
      { activities: [visit([problem({ fedBackOn: undefined })])] },
      { asOf: '2025-08-08' },
      'pending',
      '2025-08-08',
      '尚有1个未完成',
    ],
    [
      'a shorter window from the settings',
      { activities: [visit([problem()])] },
      { settings: { visitProblemFeedbackDays: 30 } },
      'missed',
      undefined,
      '30天内',
    ],
    [
      'a research activity counts the same way',
      { activities: [visit([problem()], { kind: 'research' })] },
      {},
      'met',
      undefined,
      '均已按期',
    ],
    [
      'a visit without problems: not applicable',
      { activities: [visit([])] },
      {},
      'not_applicable',
      undefined,
      '',
    ],
    ['no visits at all: not applicable', {}, {}, 'not_applicable', undefined, ''],
    [
      'a visit after the as-of date is not measured yet',
      { activities: [visit([problem()])] },
      { asOf: '2025-05-01' },
      'not_applicable',
      undefined,
      '',
    ],
  ]);

  it('refuses a feedback date before the forwarding date', () => {
    expect(() =>
      evaluateOne('art10-visit-problems-fed-back', {
        activities: [visit([problem({ fedBackOn: '2025-05-19' })])],
      }),
    ).toThrow('反馈日期不能早于转交日期');
  });
});

describe('art15-points-scheme', () => {
  const adopted = (o: Partial<PointsTable> = {}): PointsTable => ({
    ...DEFAULT_POINTS_TABLE,
    adoptedOn: '2025-03-10',
    adoptedBy: '主席团会议',
    ...o,
  });
  const run = (tables: PointsTable[], options: EvaluateOptions = {}) =>
    evaluateOne('art15-points-scheme', {}, { ...options, pointsTables: tables });

  it.each<[string, PointsTable[], EvaluateOptions, Status, string | undefined, string]>([
    ['adopted during the year', [adopted()], {}, 'met', undefined, '经主席团会议通过'],
    [
      'adopted on the last day of the year',
      [adopted({ adoptedOn: '2025-12-31' })],
      {},
      'met',
      undefined,
      '2025年12月31日',
    ],
    [
      'adopted the next year',
      [adopted({ adoptedOn: '2026-01-01' })],
      {},
      'missed',
      undefined,
      '没有乡镇通过',
    ],
    [
      'adopted, but its version applies only from the next year',
      [adopted({ version: 2, from: '2026-01-01', adoptedOn: '2025-12-20' })],
      {},
      'missed',
      undefined,
      '没有乡镇通过',
    ],
    [
      'a saved version never adopted',
      [{ ...DEFAULT_POINTS_TABLE, version: 2, from: '2025-02-01' }],
      {},
      'missed',
      undefined,
      '1个版本未登记通过日期',
    ],
    ["the tool's default table only (nothing saved)", [], {}, 'missed', undefined, '默认积分表不计入'],
    [
      'not adopted yet in the open year',
      [],
      { asOf: '2025-06-30' },
      'pending',
      '2025-12-31',
      '截至2025年6月30日',
    ],
    [
      'adopted after the as-of date does not count yet',
      [adopted({ adoptedOn: '2025-09-01' })],
      { asOf: '2025-06-30' },
      'pending',
      '2025-12-31',
      '没有乡镇通过',
    ],
  ])('%s', (_, tables, options, status, dueDate, phrase) => {
    const result = run(tables, options);
    expect(result.status).toBe(status);
    expect(result.dueDate).toBe(dueDate);
    expect(result.subjects[0]!.note).toContain(phrase);
  });
});

describe('art16-promises-tracked', () => {
  const answered = (items: Record<string, unknown>[], o: Record<string, unknown> = {}) =>
    suggestion({
      assignedOn: '2025-03-01',
      leadUnit: '镇交通站',
      answeredOn: '2025-04-15',
      firstAnsweredOn: '2025-04-15',
      answerResult: 'planned',
      promisedItems: items,
      ...o,
    });
  const item = (o: Record<string, unknown> = {}) => ({
    content: '汛期前完成清淤',
    dueOn: '2025-06-30',
    ...o,
  });
  table('art16-promises-tracked', [
    [
      'done before the promised date',
      { suggestions: [answered([item({ doneOn: '2025-06-01' })])] },
      {},
      'met',
      undefined,
      '均在承诺期限内',
    ],
    [
      'done on the promised date',
      { suggestions: [answered([item({ doneOn: '2025-06-30' })])] },
      {},
      'met',
      undefined,
      '均在承诺期限内',
    ],
    [
      'done the day after',
      { suggestions: [answered([item({ doneOn: '2025-07-01' })])] },
      {},
      'missed',
      undefined,
      '期限2025年6月30日',
    ],
    ['not done, date passed', { suggestions: [answered([item()])] }, {}, 'missed', undefined, '未在期限内'],
    [
      'not done on the promised date itself',
      { suggestions: [answered([item()])] },
      { asOf: '2025-06-30' },
      'pending',
      '2025-06-30',
      '尚未到期',
    ],
    [
      'one item done, one late: the suggestion is missed',
      {
        suggestions: [
          answered([item({ doneOn: '2025-06-01' }), item({ content: '年内加装路灯', dueOn: '2025-10-31' })]),
        ],
      },
      {},
      'missed',
      undefined,
      '年内加装路灯',
    ],
    [
      'an item without a promised date (saved before 1.1)',
      { suggestions: [answered([{ text: '年内完成' }])] },
      {},
      'unknown',
      undefined,
      '没有登记承诺期限',
    ],
    [
      'an answer without promises: not applicable',
      { suggestions: [answered([])] },
      {},
      'not_applicable',
      undefined,
      '',
    ],
    [
      'promises on an unanswered suggestion are not measured',
      {
        suggestions: [
          answered([item()], { answeredOn: undefined, firstAnsweredOn: undefined, answerResult: undefined }),
        ],
      },
      {},
      'not_applicable',
      undefined,
      '',
    ],
    [
      'a done date after the as-of date does not count yet',
      { suggestions: [answered([item({ doneOn: '2025-06-20' })])] },
      { asOf: '2025-06-10' },
      'pending',
      '2025-06-30',
      '尚未到期',
    ],
  ]);
});

describe('law-budget-voter-views', () => {
  const budgetSession = session({ id: uuid(50), startDate: '2025-02-20', agenda: ['budgetApproval'] });
  const heard = (date: string) =>
    activity({ id: uuid(51), kind: 'budgetVoterViews', date, topic: '听取选民对2025年预算草案的意见' });
  // 2025-02-20 − 90 days = 2024-11-22.
  table('law-budget-voter-views', [
    [
      'heard within 90 days before',
      { sessions: [budgetSession], activities: [heard('2025-01-10')] },
      {},
      'met',
      undefined,
      '开幕前41天',
    ],
    [
      'heard on the 90th day before',
      { sessions: [budgetSession], activities: [heard('2024-11-22')] },
      {},
      'met',
      undefined,
      '开幕前90天',
    ],
    [
      'heard on the 91st day before',
      { sessions: [budgetSession], activities: [heard('2024-11-21')] },
      {},
      'missed',
      undefined,
      '没有登记',
    ],
    [
      'heard on the opening day only',
      { sessions: [budgetSession], activities: [heard('2025-02-20')] },
      {},
      'missed',
      undefined,
      '没有登记',
    ],
    ['not heard, session held', { sessions: [budgetSession] }, {}, 'missed', undefined, '90天内没有登记'],
    [
      'session not yet held',
      { sessions: [budgetSession] },
      { asOf: '2025-02-01' },
      'pending',
      '2025-02-19',
      '尚未登记',
    ],
    [
      'a longer window from the settings',
      { sessions: [budgetSession], activities: [heard('2024-11-21')] },
      { settings: { budgetVoterViewsWindowDays: 120 } },
      'met',
      undefined,
      '开幕前91天',
    ],
    [
      'a session that approves only final accounts (no draft budget): not applicable',
      { sessions: [session({ id: uuid(50), startDate: '2025-11-20', agenda: ['finalAccounts'] })] },
      {},
      'not_applicable',
      undefined,
      '',
    ],
    [
      'a session that approved a 预算 document counts without the agenda item',
      {
        sessions: [session({ id: uuid(50), startDate: '2025-02-20', agenda: [] })],
        documents: [
          ledgerDocument({
            id: uuid(52),
            kind: 'budgetDocument',
            budgetDocument: 'budget',
            title: '2025年预算',
            adoptedOn: '2025-02-20',
            sessionId: uuid(50),
            year: undefined,
          }),
        ],
      },
      {},
      'missed',
      undefined,
      '90天内没有登记',
    ],
    [
      'a session that approves no budget: not applicable',
      { sessions: [session({ id: uuid(50), startDate: '2025-02-20', agenda: [] })] },
      {},
      'not_applicable',
      undefined,
      '',
    ],
  ]);
});

describe('law-suggestion-report-published', () => {
  const second = session({ id: uuid(60), number: 10, startDate: '2025-11-20', agenda: ['suggestionReport'] });
  const report = (publishedOn: string | undefined) =>
    ledgerDocument({
      id: uuid(61),
      kind: 'suggestionReport',
      title: '关于代表建议办理情况的报告',
      adoptedOn: '2025-11-20',
      year: 2025,
      sessionId: uuid(60),
      publishedOn,
    });
  // 2025-11-20 + 30 days = 2025-12-20.
  table('law-suggestion-report-published', [
    [
      'published within 30 days',
      { sessions: [second], documents: [report('2025-12-01')] },
      {},
      'met',
      undefined,
      '2025年12月1日公开',
    ],
    [
      'published on the 30th day',
      { sessions: [second], documents: [report('2025-12-20')] },
      {},
      'met',
      undefined,
      '2025年12月20日公开',
    ],
    [
      'published on the 31st day',
      { sessions: [second], documents: [report('2025-12-21')] },
      {},
      'missed',
      undefined,
      '逾期',
    ],
    [
      'never published',
      { sessions: [second], documents: [report(undefined)] },
      {},
      'missed',
      undefined,
      '没有登记公开日期',
    ],
    ['no report document at all', { sessions: [second] }, {}, 'missed', undefined, '没有登记公开日期'],
    [
      'not published yet within the window',
      { sessions: [second], documents: [report(undefined)] },
      { asOf: '2025-12-20' },
      'pending',
      '2025-12-20',
      '尚未登记公开',
    ],
    [
      'the session not held yet',
      { sessions: [second] },
      { asOf: '2025-10-01' },
      'pending',
      '2025-12-20',
      '尚未登记公开',
    ],
    [
      'a shorter window from the settings',
      { sessions: [second], documents: [report('2025-12-01')] },
      { settings: { suggestionReportPublishDays: 7 } },
      'missed',
      undefined,
      '7天内',
    ],
    [
      'a year without the report: not applicable',
      { sessions: [session({ id: uuid(60), startDate: '2025-11-20', agenda: [] })] },
      {},
      'not_applicable',
      undefined,
      '',
    ],
  ]);
});

describe('law-deputy-info-published', () => {
  const publication = (n: number, on: string) =>
    ledgerDocument({
      id: uuid(70 + n),
      kind: 'deputyInfoPublication',
      title: '代表基本情况和履职情况公开',
      adoptedOn: on,
      publishedOn: on,
      year: undefined,
    });
  table('law-deputy-info-published', [
    [
      'once in the year (default: every 12 months)',
      { documents: [publication(1, '2025-06-01')] },
      {},
      'met',
      undefined,
      '全年至少应1次',
    ],
    [
      'on the last day of the year',
      { documents: [publication(1, '2025-12-31')] },
      {},
      'met',
      undefined,
      '2025年12月31日',
    ],
    [
      'only the year before',
      { documents: [publication(1, '2024-12-31')] },
      {},
      'missed',
      undefined,
      '公开代表基本情况和履职情况0次',
    ],
    ['none yet in the open year', {}, { asOf: '2025-06-30' }, 'pending', '2025-12-31', '截至2025年6月30日'],
    [
      'every 6 months: two needed, one found',
      { documents: [publication(1, '2025-06-01')] },
      { settings: { deputyInfoPublicationMonths: 6 } },
      'missed',
      undefined,
      '全年至少应2次',
    ],
    [
      'every 6 months: two found',
      { documents: [publication(1, '2025-03-01'), publication(2, '2025-09-01')] },
      { settings: { deputyInfoPublicationMonths: 6 } },
      'met',
      undefined,
      '2025年3月1日、2025年9月1日',
    ],
    [
      'a publication after the as-of date does not count yet',
      { documents: [publication(1, '2025-09-01')] },
      { asOf: '2025-06-30' },
      'pending',
      '2025-12-31',
      '本年已公开0次',
    ],
  ]);
});
