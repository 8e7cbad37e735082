import { describe, expect, it } from 'vitest';
import { generateDemo } from '../../demo/generate';
import {
  activity,
  deputy,
  ledgerDocument,
  officer,
  satisfactionTest,
  suggestion,
  term,
  uuid,
} from '../../ledger/__tests__/builders';
import type { DutyResult, Selection, Status } from '../types';
import { evaluateOne, type EvaluateOptions, type LedgerInput } from './harness';

/** What a case expects of a duty's result; fields left out are not checked. */
interface Expected {
  status: Status;
  dueDate?: string;
  /** Text the first subject's note contains. */
  note?: string;
  /** Ids of the evidence records, in order. */
  evidence?: string[];
  shortfall?: string[];
  score?: number;
  /** Labels of the subjects, in order. */
  subjects?: string[];
  /** Statuses of the subjects, in order. */
  statuses?: Status[];
}

type Case = [name: string, input: LedgerInput, options: EvaluateOptions, expected: Expected];

function check(result: DutyResult, expected: Expected) {
  expect(result.status).toBe(expected.status);
  expect(result.dueDate).toBe(expected.dueDate);
  if (expected.note !== undefined) expect(result.subjects[0]?.note).toContain(expected.note);
  if (expected.evidence) expect(result.evidence.map((e) => e.id)).toEqual(expected.evidence);
  if (expected.shortfall) expect(result.shortfall).toEqual(expected.shortfall);
  if (expected.score !== undefined) expect(result.score).toBeCloseTo(expected.score);
  if (expected.subjects) expect(result.subjects.map((s) => s.label)).toEqual(expected.subjects);
  if (expected.statuses) expect(result.subjects.map((s) => s.status)).toEqual(expected.statuses);
}

const CLOSED = {};
const OPEN = (asOf: string) => ({ asOf });
const TERM: Selection = { kind: 'term', termId: uuid(2) };
/** The 7th term (2021-10-20 to 2026-10-19), evaluated after it ended. */
const WHOLE_TERM = { selection: TERM, asOf: '2026-12-01' };

/** An activity of a kind on a date, numbered `n`, with the deputies who took part. */
const act = (
  n: number,
  kind: string,
  date: string,
  deputies: number[] = [],
  o: Record<string, unknown> = {},
) => activity({ id: uuid(n), kind, date, topic: `${kind}-${n}`, deputyIds: deputies.map(uuid), ...o });

/** Four township deputies, 41–44, serving the whole term. */
const NAMES = ['张三', '李四', '王五', '赵六'];
const FOUR = NAMES.map((name, i) => deputy({ id: uuid(41 + i), name }));
const [D1, D2, D3, D4] = [41, 42, 43, 44];

describe('art14-legislation-activities (each deputy at least 2 a year)', () => {
  it.each<Case>([
    [
      'a deputy at two activities is met',
      {
        deputies: [FOUR[0]!],
        activities: [act(71, 'legislation', '2025-03-01', [D1]), act(72, 'legislation', '2025-09-01', [D1])],
      },
      CLOSED,
      { status: 'met', note: '全年参加立法相关工作或活动2次，至少应2次。', evidence: [uuid(71), uuid(72)] },
    ],
    [
      'one activity in a closed year is missed',
      { deputies: [FOUR[0]!], activities: [act(71, 'legislation', '2025-03-01', [D1])] },
      CLOSED,
      { status: 'missed', shortfall: ['张三'], note: '全年参加立法相关工作或活动1次，至少应2次。' },
    ],
    [
      'one activity in an open year is pending until 31 December',
      { deputies: [FOUR[0]!], activities: [act(71, 'legislation', '2025-03-01', [D1])] },
      OPEN('2025-07-01'),
      { status: 'pending', dueDate: '2025-12-31' },
    ],
    [
      'a deputy who left in August (more than half the year) is judged on the part served',
      {
        deputies: [deputy({ id: uuid(D1), name: '张三', serviceTo: '2025-08-31', status: 'ended' })],
        activities: [act(71, 'legislation', '2025-03-01', [D1])],
      },
      OPEN('2025-10-01'),
      { status: 'missed', shortfall: ['张三'] },
    ],
    [
      'a city deputy only is not measured',
      { deputies: [deputy({ levels: ['city'] })] },
      CLOSED,
      { status: 'not_applicable' },
    ],
    [
      'a deputy who served exactly half of 2024 (183 of 366 days) is measured',
      { deputies: [deputy({ serviceFrom: '2024-07-02' })] },
      { selection: { kind: 'year', year: 2024 } },
      { status: 'missed', subjects: ['王芳'] },
    ],
    [
      'a deputy who served less than half of 2024 (182 days) is not measured',
      { deputies: [deputy({ serviceFrom: '2024-07-03' })] },
      { selection: { kind: 'year', year: 2024 } },
      { status: 'not_applicable', subjects: [] },
    ],
  ])('%s', (_name, input, options, expected) => {
    check(evaluateOne('art14-legislation-activities', input, options), expected);
  });

  it('3 of 4 deputies meeting it is partial 0.75, with the fourth deputy in shortfall', () => {
    const result = evaluateOne('art14-legislation-activities', {
      deputies: FOUR,
      activities: [
        act(71, 'legislation', '2025-03-01', [D1, D2, D3, D4]),
        act(72, 'legislation', '2025-09-01', [D1, D2, D3]),
      ],
    });
    check(result, { status: 'partial', score: 0.75, shortfall: ['赵六'] });
  });
});

describe('art14-practical-deeds (each deputy at least 1 a year, normally)', () => {
  it.each<Case>([
    [
      'one deed is met',
      { deputies: [FOUR[0]!], activities: [act(71, 'practicalDeed', '2025-05-01', [D1])] },
      CLOSED,
      { status: 'met', note: '全年为群众办实事或推动解决实际问题1件，至少应1件。', evidence: [uuid(71)] },
    ],
    [
      'another deputy’s deed does not count',
      { deputies: FOUR.slice(0, 2), activities: [act(71, 'practicalDeed', '2025-05-01', [D1])] },
      CLOSED,
      { status: 'partial', score: 0.5, shortfall: ['李四'] },
    ],
    ['none in a closed year is missed', { deputies: [FOUR[0]!] }, CLOSED, { status: 'missed' }],
  ])('%s', (_name, input, options, expected) => {
    check(evaluateOne('art14-practical-deeds', input, options), expected);
  });
});

describe('art14-law-popularization (at least 3 a year)', () => {
  const three = [71, 72, 73].map((n, i) => act(n, 'lawPopularization', `2025-0${i + 3}-15`));
  it.each<Case>([
    [
      'three are met',
      { activities: three },
      CLOSED,
      {
        status: 'met',
        note: '全年组织代表开展普法宣传活动3次，至少应3次。',
        evidence: [uuid(71), uuid(72), uuid(73)],
      },
    ],
    ['two in a closed year are missed', { activities: three.slice(0, 2) }, CLOSED, { status: 'missed' }],
    [
      'two in an open year are pending',
      { activities: three.slice(0, 2) },
      OPEN('2025-06-01'),
      { status: 'pending', dueDate: '2025-12-31' },
    ],
  ])('%s', (_name, input, options, expected) => {
    check(evaluateOne('art14-law-popularization', input, options), expected);
  });
});

describe('art13-training-plans (a term plan and the year’s plan)', () => {
  const termPlan = ledgerDocument({
    id: uuid(81),
    kind: 'termTrainingPlan',
    title: '第七届代表学习培训规划',
    adoptedOn: '2022-03-01',
    year: undefined,
    termId: uuid(2),
  });
  const annualPlan = (year: number) =>
    ledgerDocument({
      id: uuid(82),
      kind: 'annualTrainingPlan',
      title: `${year}年代表学习培训计划`,
      adoptedOn: `${year}-02-15`,
      year,
    });
  it.each<Case>([
    [
      'both plans are met',
      { terms: [term()], documents: [termPlan, annualPlan(2025)] },
      CLOSED,
      { status: 'met', evidence: [uuid(81), uuid(82)], note: '2025年度代表学习培训计划已制定' },
    ],
    [
      'without the year’s plan it is missed',
      { terms: [term()], documents: [termPlan, annualPlan(2024)] },
      CLOSED,
      { status: 'missed', note: '2025年度代表学习培训计划未制定' },
    ],
    [
      'without the term plan it is missed',
      { terms: [term()], documents: [annualPlan(2025)] },
      CLOSED,
      { status: 'missed', note: '届内代表学习培训规划未制定' },
    ],
    [
      'without plans in an open year it is pending',
      { terms: [term()] },
      OPEN('2025-04-01'),
      { status: 'pending', dueDate: '2025-12-31' },
    ],
    [
      'without a recorded term it is unknown',
      { documents: [annualPlan(2025)] },
      CLOSED,
      { status: 'unknown' },
    ],
  ])('%s', (_name, input, options, expected) => {
    check(evaluateOne('art13-training-plans', input, options), expected);
  });
});

describe('art13-deputy-training (each deputy at least 2 集中学习 in the term)', () => {
  const trainings = [act(71, 'training', '2022-04-01', [D1, D2]), act(72, 'training', '2024-05-01', [D1])];
  it.each<Case>([
    [
      'two trainings are met',
      { terms: [term()], deputies: [FOUR[0]!], activities: trainings },
      WHOLE_TERM,
      { status: 'met', note: '届内参加集中学习2次，至少应2次。', evidence: [uuid(71), uuid(72)] },
    ],
    [
      'one in a closed term is missed',
      { terms: [term()], deputies: FOUR.slice(0, 2), activities: trainings },
      WHOLE_TERM,
      { status: 'partial', score: 0.5, shortfall: ['李四'] },
    ],
    [
      'one in an open term is pending until the term ends',
      { terms: [term()], deputies: [FOUR[1]!], activities: trainings },
      { selection: TERM, asOf: '2025-06-01' },
      { status: 'pending', dueDate: '2026-10-19', note: '截至2025年6月1日，本届已参加集中学习1次' },
    ],
  ])('%s', (_name, input, options, expected) => {
    check(evaluateOne('art13-deputy-training', input, options), expected);
  });
});

describe('art15-report-to-voters (each deputy reports once a term, test result published)', () => {
  const report = (published: boolean | undefined) =>
    act(71, 'voterReport', '2023-06-01', [D1], {
      ...(published === undefined ? {} : { test: satisfactionTest({ published }) }),
    });
  it.each<Case>([
    [
      'a report with a published test is met',
      { terms: [term()], deputies: [FOUR[0]!], activities: [report(true)] },
      WHOLE_TERM,
      { status: 'met', note: '满意度测评结果已公开（满意）', evidence: [uuid(71)] },
    ],
    [
      'an unpublished test does not count',
      { terms: [term()], deputies: [FOUR[0]!], activities: [report(false)] },
      WHOLE_TERM,
      { status: 'missed', note: '满意度测评结果未公开', shortfall: ['张三'], evidence: [uuid(71)] },
    ],
    [
      'a report without a test does not count',
      { terms: [term()], deputies: [FOUR[0]!], activities: [report(undefined)] },
      WHOLE_TERM,
      { status: 'missed', note: '没有进行满意度测评' },
    ],
    [
      'no report in a closed term is missed',
      { terms: [term()], deputies: [FOUR[0]!] },
      WHOLE_TERM,
      { status: 'missed', note: '届内未向原选区选民报告履职。' },
    ],
    [
      'no report yet in an open term is pending until the term ends',
      { terms: [term()], deputies: [FOUR[0]!] },
      { selection: TERM, asOf: '2025-06-01' },
      { status: 'pending', dueDate: '2026-10-19' },
    ],
    [
      'another deputy’s report does not count',
      { terms: [term()], deputies: FOUR.slice(0, 2), activities: [report(true)] },
      WHOLE_TERM,
      { status: 'partial', shortfall: ['李四'] },
    ],
  ])('%s', (_name, input, options, expected) => {
    check(evaluateOne('art15-report-to-voters', input, options), expected);
  });
});

const secretary = officer({ id: uuid(31), role: 'partySecretary', name: '周书记', from: '2021-01-01' });

describe('art16-secretary-supervises (the party secretary supervises 1 a year)', () => {
  const supervised = (assignedOn: string) =>
    suggestion({ id: uuid(51), assignedOn, supervisorOfficerId: uuid(31) });
  it.each<Case>([
    [
      'one supervised suggestion assigned in the year is met',
      { officers: [secretary], suggestions: [supervised('2025-03-01')] },
      CLOSED,
      {
        status: 'met',
        evidence: [uuid(51)],
        subjects: ['党委书记周书记'],
        note: '全年作为督办牵头人督办代表建议1件',
      },
    ],
    [
      'one assigned last year does not count',
      { officers: [secretary], suggestions: [supervised('2024-12-01')] },
      CLOSED,
      { status: 'missed', shortfall: ['党委书记周书记'] },
    ],
    [
      'none yet in an open year is pending',
      { officers: [secretary] },
      OPEN('2025-05-01'),
      { status: 'pending', dueDate: '2025-12-31' },
    ],
    ['no secretary recorded is unknown', {}, CLOSED, { status: 'unknown' }],
  ])('%s', (_name, input, options, expected) => {
    check(evaluateOne('art16-secretary-supervises', input, options), expected);
  });
});

describe('art16-heads-lead (each 乡镇长 and 副乡镇长 in post leads 1 a year)', () => {
  const head = officer({ id: uuid(32), role: 'head', name: '钱镇长', from: '2021-10-20' });
  const leftInApril = officer({
    id: uuid(33),
    role: 'deputyHead',
    name: '孙副',
    from: '2021-10-20',
    to: '2025-04-30',
  });
  const fromMay = officer({ id: uuid(34), role: 'deputyHead', name: '李副', from: '2025-05-01' });
  const leftLastYear = officer({
    id: uuid(35),
    role: 'deputyHead',
    name: '吴副',
    from: '2021-10-20',
    to: '2024-12-31',
  });
  const officers = [head, leftInApril, fromMay, leftLastYear];
  const led = (n: number, officerId: number, assignedOn = '2025-03-01') =>
    suggestion({ id: uuid(n), number: `2025-${n}`, assignedOn, leadOfficerId: uuid(officerId) });
  it.each<Case>([
    [
      'each officer in post during the year leading one is met',
      { officers, suggestions: [led(51, 32), led(52, 33), led(53, 34, '2025-06-01')] },
      CLOSED,
      {
        status: 'met',
        subjects: ['乡镇长钱镇长', '副乡镇长孙副', '副乡镇长李副'],
        evidence: [uuid(51), uuid(52), uuid(53)],
      },
    ],
    [
      'one of three leading none is partial',
      { officers, suggestions: [led(51, 32), led(52, 33)] },
      CLOSED,
      { status: 'partial', score: 2 / 3, shortfall: ['副乡镇长李副'] },
    ],
    [
      'in an open year, one who left without leading one is missed while the others are pending',
      { officers },
      OPEN('2025-06-01'),
      { status: 'missed', shortfall: ['副乡镇长孙副'], statuses: ['pending', 'missed', 'pending'] },
    ],
    [
      'a deputy head promoted to head in the year is one subject',
      {
        officers: [
          officer({ id: uuid(36), role: 'deputyHead', name: '郑某', from: '2021-10-20', to: '2025-06-30' }),
          officer({ id: uuid(37), role: 'head', name: '郑某', from: '2025-07-01' }),
        ],
        suggestions: [led(51, 36)],
      },
      CLOSED,
      { status: 'met', subjects: ['乡镇长郑某'] },
    ],
    ['no head recorded is unknown', { officers: [secretary] }, CLOSED, { status: 'unknown' }],
  ])('%s', (_name, input, options, expected) => {
    check(evaluateOne('art16-heads-lead', input, options), expected);
  });
});

describe('art16-face-to-face (a 见面沟通 on or before the answer)', () => {
  const answered = (o: Record<string, unknown>) =>
    suggestion({ id: uuid(51), assignedOn: '2025-03-01', answeredOn: '2025-05-20', ...o });
  it.each<Case>([
    [
      'a meeting before the answer is met',
      { suggestions: [answered({ faceToFaceOn: '2025-05-10' })] },
      CLOSED,
      { status: 'met', evidence: [uuid(51)] },
    ],
    [
      'a meeting on the answer day is met',
      { suggestions: [answered({ faceToFaceOn: '2025-05-20' })] },
      CLOSED,
      { status: 'met' },
    ],
    [
      'a meeting after the answer is missed',
      { suggestions: [answered({ faceToFaceOn: '2025-05-21' })] },
      CLOSED,
      { status: 'missed', note: '见面沟通晚于答复', shortfall: ['2025-07 关于修缮白果村机耕道的建…'] },
    ],
    [
      'no meeting recorded is missed',
      { suggestions: [answered({})] },
      CLOSED,
      { status: 'missed', note: '2025年5月20日答复，没有记录见面沟通。' },
    ],
    [
      'an unanswered suggestion is not measured',
      { suggestions: [answered({ answeredOn: undefined })] },
      CLOSED,
      { status: 'not_applicable' },
    ],
  ])('%s', (_name, input, options, expected) => {
    check(evaluateOne('art16-face-to-face', input, options), expected);
  });
});

describe('law-suggestion-answer-deadline (3 months from 交办, 6 when complex)', () => {
  const assigned = (assignedOn: string, o: Record<string, unknown> = {}) =>
    suggestion({ id: uuid(51), assignedOn, ...o });
  const Y2025 = { selection: { kind: 'year', year: 2025 } as const };
  const Y2023 = { selection: { kind: 'year', year: 2023 } as const };
  it.each<Case>([
    [
      '30 Nov + 3 months = 28 Feb: answered that day is met',
      { suggestions: [assigned('2025-11-30', { answeredOn: '2026-02-28' })] },
      { ...Y2025, asOf: '2026-06-01' },
      {
        status: 'met',
        note: '交办日2025年11月30日，应于2026年2月28日前答复，实际2026年2月28日答复。',
        evidence: [uuid(51)],
      },
    ],
    [
      'answered the day after (1 March) is missed',
      { suggestions: [assigned('2025-11-30', { answeredOn: '2026-03-01' })] },
      { ...Y2025, asOf: '2026-06-01' },
      { status: 'missed', note: '实际2026年3月1日答复，逾期。' },
    ],
    [
      'in a leap year the deadline is 29 Feb: answered that day is met',
      { suggestions: [assigned('2023-11-30', { answeredOn: '2024-02-29' })] },
      { ...Y2023, asOf: '2024-06-01' },
      { status: 'met', note: '应于2024年2月29日前答复' },
    ],
    [
      'in a leap year, answered on 1 March is missed',
      { suggestions: [assigned('2023-11-30', { answeredOn: '2024-03-01' })] },
      { ...Y2023, asOf: '2024-06-01' },
      { status: 'missed' },
    ],
    [
      'a complex one has 6 months: answered on 1 March is met',
      { suggestions: [assigned('2025-11-30', { complex: true, answeredOn: '2026-03-01' })] },
      { ...Y2025, asOf: '2026-06-01' },
      { status: 'met', note: '交办日2025年11月30日（复杂建议，6个月），应于2026年5月30日前答复' },
    ],
    [
      'unanswered and past the deadline is missed',
      { suggestions: [assigned('2025-11-30')] },
      { ...Y2025, asOf: '2026-03-01' },
      { status: 'missed', note: '至今未答复，已逾期。', shortfall: ['2025-07 关于修缮白果村机耕道的建…'] },
    ],
    [
      'unanswered before the deadline is pending with that due date',
      { suggestions: [assigned('2025-11-30')] },
      { ...Y2025, asOf: '2026-02-28' },
      { status: 'pending', dueDate: '2026-02-28', note: '尚未答复。' },
    ],
    [
      'a shorter setting (2 months) makes a February answer late',
      { suggestions: [assigned('2025-11-30', { answeredOn: '2026-02-10' })] },
      { ...Y2025, asOf: '2026-06-01', settings: { suggestionAnswerMonths: 2 } },
      { status: 'missed', note: '应于2026年1月30日前答复' },
    ],
    [
      'the complex setting (4 months) moves a complex one’s deadline',
      { suggestions: [assigned('2025-11-30', { complex: true })] },
      { ...Y2025, asOf: '2026-03-01', settings: { suggestionComplexAnswerMonths: 4 } },
      { status: 'pending', dueDate: '2026-03-30' },
    ],
    [
      'the first answer decides: in time, though the answer after re-handling is late',
      {
        suggestions: [
          assigned('2025-03-10', {
            rehandledCount: 1,
            firstAnsweredOn: '2025-05-01',
            answeredOn: '2025-08-01',
          }),
        ],
      },
      CLOSED,
      { status: 'met', note: '实际2025年5月1日答复。' },
    ],
    [
      'the first answer decides: late, though answered again afterwards',
      {
        suggestions: [
          assigned('2025-03-10', {
            rehandledCount: 1,
            firstAnsweredOn: '2025-06-11',
            answeredOn: '2025-08-01',
          }),
        ],
      },
      CLOSED,
      { status: 'missed', note: '实际2025年6月11日答复，逾期。' },
    ],
    [
      'sent back, first date not kept, but sent back within the deadline: the first answer was in time',
      { suggestions: [assigned('2025-03-10', { rehandledCount: 1, evaluatedOn: '2025-05-20' })] },
      CLOSED,
      { status: 'met', note: '首次答复早于2025年5月20日，按期。' },
    ],
    [
      'sent back, first date not kept, answered again after the deadline: unknown',
      { suggestions: [assigned('2025-03-10', { rehandledCount: 1, answeredOn: '2025-07-01' })] },
      CLOSED,
      { status: 'unknown', note: '台账未保留首次答复日期' },
    ],
    [
      'a suggestion not yet assigned is not measured',
      { suggestions: [suggestion()] },
      CLOSED,
      { status: 'not_applicable' },
    ],
  ])('%s', (_name, input, options, expected) => {
    check(evaluateOne('law-suggestion-answer-deadline', input, options), expected);
  });
});

describe('the demo township’s deliberate misses of chapter 5', () => {
  // Year 1 of the demo is DEMO_DEFAULTS.fromYear (2021): year 4 = 2024.
  const data = generateDemo();
  const termId = data.terms[0]!.id;
  const year = (id: string, y: number) =>
    evaluateOne(id, data, { selection: { kind: 'year', year: y }, asOf: '2025-12-31' });

  it('art16-secretary-supervises: the secretary supervises no suggestion in year 4', () => {
    expect(year('art16-secretary-supervises', 2024).status).toBe('missed');
    for (const y of [2021, 2022, 2023, 2025])
      expect([y, year('art16-secretary-supervises', y).status]).toEqual([y, 'met']);
  });

  it('law-suggestion-answer-deadline: late and never-answered suggestions every year but the last', () => {
    for (const y of [2021, 2022, 2023, 2024]) {
      const result = year('law-suggestion-answer-deadline', y);
      expect([y, result.status]).toEqual([y, 'partial']);
      expect(result.subjects.some((s) => s.status === 'missed' && s.note.includes('至今未答复'))).toBe(true);
    }
  });

  it('art16-face-to-face: some answers without a 见面沟通 over the term', () => {
    const result = evaluateOne('art16-face-to-face', data, {
      selection: { kind: 'term', termId },
      asOf: '2025-12-31',
    });
    expect(result.status).toBe('partial');
    expect(
      result.subjects.filter((s) => s.status === 'missed').every((s) => s.note.includes('没有记录见面沟通')),
    ).toBe(true);
  });

  it('natural shortfalls: deputies below two legislation activities, deputies without a published report', () => {
    expect(year('art14-legislation-activities', 2023).status).toBe('partial');
    const voters = evaluateOne('art15-report-to-voters', data, {
      selection: { kind: 'term', termId },
      asOf: '2025-12-31',
    });
    expect(voters.status).toBe('partial');
    expect(voters.subjects.some((s) => s.status !== 'met')).toBe(true);
  });

  it.each(['art14-law-popularization', 'art16-heads-lead'])('%s is met in every year of the demo', (id) => {
    for (const y of [2021, 2022, 2023, 2024, 2025]) expect([y, year(id, y).status]).toEqual([y, 'met']);
  });
});
