import { describe, expect, it } from 'vitest';
import { generateDemo } from '../../demo/generate';
import { activity, inspectionProblem, session, term, uuid } from '../../ledger/__tests__/builders';
import type { DutyResult, Status } from '../types';
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
}

type Case = [name: string, input: LedgerInput, options: EvaluateOptions, expected: Expected];

function check(result: DutyResult, expected: Expected) {
  expect(result.status).toBe(expected.status);
  expect(result.dueDate).toBe(expected.dueDate);
  if (expected.note !== undefined) expect(result.subjects[0]?.note).toContain(expected.note);
  if (expected.evidence) expect(result.evidence.map((e) => e.id)).toEqual(expected.evidence);
  if (expected.shortfall) expect(result.shortfall).toEqual(expected.shortfall);
  if (expected.score !== undefined) expect(result.score).toBeCloseTo(expected.score);
}

const CLOSED = {};
const OPEN = (asOf: string) => ({ asOf });

/** An activity of a kind on a date, numbered `n`. */
const act = (n: number, kind: string, date: string, o: Record<string, unknown> = {}) =>
  activity({ id: uuid(n), kind, date, topic: `${kind}-${n}`, ...o });

describe('art08-law-inspections (at least 1, full target 2)', () => {
  it.each<Case>([
    [
      'one inspection is met, shown beside the full target of 2',
      { activities: [act(81, 'lawInspection', '2025-05-15')] },
      CLOSED,
      { status: 'met', note: '全年开展执法检查1次，至少应1次（目标1—2次）。', evidence: [uuid(81)] },
    ],
    [
      'two inspections are met',
      { activities: [act(81, 'lawInspection', '2025-05-15'), act(82, 'lawInspection', '2025-09-01')] },
      CLOSED,
      { status: 'met', note: '开展执法检查2次', evidence: [uuid(81), uuid(82)] },
    ],
    [
      'none in a closed year is missed (last year’s does not count)',
      { activities: [act(81, 'lawInspection', '2024-12-31')] },
      CLOSED,
      { status: 'missed', note: '全年开展执法检查0次', evidence: [] },
    ],
    [
      'none yet in an open year is pending until 31 December',
      { activities: [] },
      OPEN('2025-06-30'),
      { status: 'pending', dueDate: '2025-12-31', note: '截至2025年6月30日，本年已开展执法检查0次' },
    ],
  ])('%s', (_name, input, options, expected) => {
    check(evaluateOne('art08-law-inspections', input, options), expected);
  });
});

describe('art08-inspection-loop (评价 within 6 months of the inspection)', () => {
  const inspection = act(81, 'lawInspection', '2025-05-15');
  const problem = (o: Record<string, unknown>) =>
    inspectionProblem({ id: uuid(91), inspectionId: uuid(81), ...o });
  it.each<Case>([
    [
      'evaluated on the last day (15 Nov) is met',
      { activities: [inspection], inspectionProblems: [problem({ evaluatedOn: '2025-11-15' })] },
      CLOSED,
      {
        status: 'met',
        note: '执法检查日期2025年5月15日，应于2025年11月15日前评价，实际2025年11月15日评价。',
        evidence: [uuid(91), uuid(81)],
      },
    ],
    [
      'evaluated one day later is missed',
      { activities: [inspection], inspectionProblems: [problem({ evaluatedOn: '2025-11-16' })] },
      CLOSED,
      {
        status: 'missed',
        note: '实际2025年11月16日评价，逾期。',
        shortfall: ['部分餐馆未公示食品经营许可证'],
      },
    ],
    [
      'open and past the deadline is missed',
      { activities: [inspection], inspectionProblems: [problem({ supervisedOn: '2025-07-01' })] },
      OPEN('2025-11-16'),
      { status: 'missed', note: '至今未评价，已逾期。' },
    ],
    [
      'open and not yet due is pending until the due date',
      { activities: [inspection], inspectionProblems: [problem({})] },
      OPEN('2025-11-15'),
      { status: 'pending', dueDate: '2025-11-15', note: '尚未评价。' },
    ],
    [
      'a shorter loop setting (3 months) turns a September evaluation late',
      { activities: [inspection], inspectionProblems: [problem({ evaluatedOn: '2025-09-01' })] },
      { settings: { inspectionLoopMonths: 3 } },
      { status: 'missed', note: '应于2025年8月15日前评价' },
    ],
    [
      'a problem whose inspection record is missing is unknown',
      { inspectionProblems: [problem({ feedbackOn: '2025-05-20' })] },
      CLOSED,
      { status: 'unknown', note: '找不到发现这个问题的执法检查记录' },
    ],
    [
      'a problem of last year’s inspection is not measured this year',
      {
        activities: [act(81, 'lawInspection', '2024-12-01')],
        inspectionProblems: [problem({})],
      },
      CLOSED,
      { status: 'not_applicable' },
    ],
  ])('%s', (_name, input, options, expected) => {
    check(evaluateOne('art08-inspection-loop', input, options), expected);
  });

  it('3 of 4 problems in time is partial 0.75 with the late one in shortfall', () => {
    const problems = [1, 2, 3, 4].map((k) =>
      problem({
        id: uuid(90 + k),
        description: `问题${k}`,
        evaluatedOn: k === 4 ? '2025-12-01' : '2025-10-01',
      }),
    );
    check(evaluateOne('art08-inspection-loop', { activities: [inspection], inspectionProblems: problems }), {
      status: 'partial',
      score: 0.75,
      shortfall: ['问题4'],
    });
  });
});

describe('art09-special-reports (at least 1, full target 2)', () => {
  it.each<Case>([
    [
      'one report is met',
      { activities: [act(81, 'specialReport', '2025-06-10')] },
      CLOSED,
      {
        status: 'met',
        note: '全年听取和讨论专项工作报告1次，至少应1次（目标1—2次）。',
        evidence: [uuid(81)],
      },
    ],
    ['none in a closed year is missed', {}, CLOSED, { status: 'missed', note: '专项工作报告0次' }],
    [
      'none yet in an open year is pending',
      {},
      OPEN('2025-03-01'),
      { status: 'pending', dueDate: '2025-12-31' },
    ],
  ])('%s', (_name, input, options, expected) => {
    check(evaluateOne('art09-special-reports', input, options), expected);
  });
});

describe('art09-report-preceded-by-visit (a linked 视察/调研 within 90 days before)', () => {
  const report = (linked: number[], o: Record<string, unknown> = {}) =>
    act(81, 'specialReport', '2025-06-10', { linkedActivityIds: linked.map(uuid), ...o });
  it.each<Case>([
    [
      'a linked visit 40 days before is met',
      { activities: [act(71, 'inspectionVisit', '2025-05-01'), report([71])] },
      CLOSED,
      { status: 'met', note: '报告前40天已视察（90天内）', evidence: [uuid(81), uuid(71)] },
    ],
    [
      'a linked research exactly 90 days before is met',
      { activities: [act(71, 'research', '2025-03-12'), report([71])] },
      CLOSED,
      { status: 'met', note: '报告前90天已调研' },
    ],
    [
      'a linked visit 91 days before is missed',
      { activities: [act(71, 'inspectionVisit', '2025-03-11'), report([71])] },
      CLOSED,
      { status: 'missed', note: '在报告前91天，超过90天', evidence: [uuid(81), uuid(71)] },
    ],
    [
      'a longer window setting (120 days) accepts it',
      { activities: [act(71, 'inspectionVisit', '2025-03-11'), report([71])] },
      { settings: { reportVisitWindowDays: 120 } },
      { status: 'met' },
    ],
    [
      'an unlinked visit does not count',
      { activities: [act(71, 'inspectionVisit', '2025-05-01'), report([])] },
      CLOSED,
      { status: 'missed', note: '未关联报告前的视察、调研', evidence: [uuid(81)] },
    ],
    [
      'a linked visit after the report is missed',
      { activities: [act(71, 'research', '2025-06-20'), report([71])] },
      CLOSED,
      { status: 'missed', note: '关联的视察、调研在报告之后' },
    ],
    [
      'a report still to come without a visit is pending until its day',
      { activities: [report([])] },
      OPEN('2025-06-01'),
      { status: 'pending', dueDate: '2025-06-10' },
    ],
    ['no report: nothing to measure', {}, CLOSED, { status: 'not_applicable' }],
  ])('%s', (_name, input, options, expected) => {
    check(evaluateOne('art09-report-preceded-by-visit', input, options), expected);
  });
});

describe('art09-report-opinions-answered (every opinion answered within 3 months)', () => {
  const report = (answers: (string | undefined)[]) =>
    act(81, 'specialReport', '2025-06-10', {
      opinions: answers.map((answeredOn, i) => ({
        text: `意见${i + 1}`,
        ...(answeredOn ? { answeredOn } : {}),
      })),
    });
  it.each<Case>([
    [
      'every opinion answered by the due day is met',
      { activities: [report(['2025-07-01', '2025-09-10'])] },
      CLOSED,
      {
        status: 'met',
        note: '报告日2025年6月10日，2条代表意见应于2025年9月10日前答复：按期答复2条。',
        evidence: [uuid(81)],
      },
    ],
    [
      'one answered a day late is missed',
      { activities: [report(['2025-07-01', '2025-09-11'])] },
      CLOSED,
      { status: 'missed', note: '逾期或超期未答复1条（“意见2”等）' },
    ],
    [
      'one unanswered after the due day is missed',
      { activities: [report(['2025-07-01', undefined])] },
      OPEN('2025-09-11'),
      { status: 'missed' },
    ],
    [
      'one unanswered before the due day is pending',
      { activities: [report(['2025-07-01', undefined])] },
      OPEN('2025-09-10'),
      { status: 'pending', dueDate: '2025-09-10', note: '尚未答复1条' },
    ],
    [
      'a shorter setting (1 month) turns a July answer late',
      { activities: [report(['2025-07-11'])] },
      { settings: { reportOpinionAnswerMonths: 1 } },
      { status: 'missed', note: '应于2025年7月10日前答复' },
    ],
    [
      'a report without opinions is not measured',
      { activities: [report([])] },
      CLOSED,
      { status: 'not_applicable' },
    ],
  ])('%s', (_name, input, options, expected) => {
    check(evaluateOne('art09-report-opinions-answered', input, options), expected);
  });
});

describe('art10-visits-research (at least 3, full target 4)', () => {
  const three = [
    act(71, 'inspectionVisit', '2025-03-01'),
    act(72, 'research', '2025-05-01'),
    act(73, 'fiscalProjectVisit', '2025-07-01'),
  ];
  it.each<Case>([
    [
      'three (视察, 调研, 财政项目视察) are met',
      { activities: three },
      CLOSED,
      {
        status: 'met',
        note: '全年组织视察、调研3次，至少应3次（目标3—4次）。',
        evidence: [uuid(71), uuid(72), uuid(73)],
      },
    ],
    [
      'two in a closed year are missed',
      { activities: three.slice(0, 2) },
      CLOSED,
      { status: 'missed', note: '全年组织视察、调研2次，至少应3次（目标3—4次）。' },
    ],
    [
      'two in an open year are pending until 31 December',
      { activities: three.slice(0, 2) },
      OPEN('2025-08-01'),
      { status: 'pending', dueDate: '2025-12-31', note: '本年已组织视察、调研2次' },
    ],
  ])('%s', (_name, input, options, expected) => {
    check(evaluateOne('art10-visits-research', input, options), expected);
  });
});

describe('art10-pre-session-visit (a 视察/调研 within 90 days before each session)', () => {
  const sessionOn = session({ id: uuid(61), startDate: '2025-02-20' });
  const base = { terms: [term()], sessions: [sessionOn] };
  it.each<Case>([
    [
      'a visit 81 days before is met',
      { ...base, activities: [act(71, 'inspectionVisit', '2024-12-01')] },
      CLOSED,
      { status: 'met', note: '开幕前81天', evidence: [uuid(61), uuid(71)] },
    ],
    [
      'research exactly 90 days before is met',
      { ...base, activities: [act(71, 'research', '2024-11-22')] },
      CLOSED,
      { status: 'met' },
    ],
    [
      'a visit 91 days before is missed',
      { ...base, activities: [act(71, 'inspectionVisit', '2024-11-21')] },
      CLOSED,
      { status: 'missed', shortfall: ['第七届第九次会议'], note: '开幕前90天内没有组织视察、调研' },
    ],
    [
      'a visit on the opening day is not before it',
      { ...base, activities: [act(71, 'inspectionVisit', '2025-02-20')] },
      CLOSED,
      { status: 'missed' },
    ],
    [
      'a longer window setting (100 days) accepts the visit 91 days before',
      { ...base, activities: [act(71, 'inspectionVisit', '2024-11-21')] },
      { settings: { preSessionVisitWindowDays: 100 } },
      { status: 'met' },
    ],
    [
      'before the session, with no visit yet, is pending until the day before it opens',
      base,
      OPEN('2025-02-10'),
      { status: 'pending', dueDate: '2025-02-19' },
    ],
    [
      'a session of another year is not measured',
      { terms: [term()], sessions: [session({ startDate: '2024-08-20' })] },
      CLOSED,
      { status: 'not_applicable' },
    ],
  ])('%s', (_name, input, options, expected) => {
    check(evaluateOne('art10-pre-session-visit', input, options), expected);
  });
});

describe('art11-appraisal-reported (to the party committee and the next session)', () => {
  const appraisal = (o: Record<string, unknown> = {}) =>
    act(81, 'appraisal', '2025-09-10', { reportedToPartyOn: '2025-09-20', ...o });
  const next = (agenda: string[] = ['appraisalReport']) =>
    session({ id: uuid(62), number: 10, startDate: '2025-12-20', agenda });
  const earlier = session({ id: uuid(61), startDate: '2025-02-20', agenda: ['appraisalReport'] });
  it.each<Case>([
    [
      'reported to the party and on the next session’s agenda is met',
      { terms: [term()], sessions: [earlier, next()], activities: [appraisal()] },
      CLOSED,
      {
        status: 'met',
        note: '2025年9月20日已报党委，已列入下一次人代会（第七届第十次会议）议程。',
        evidence: [uuid(81), uuid(62)],
      },
    ],
    [
      'linked to the next session without the agenda item is met',
      { sessions: [next([])], activities: [appraisal({ reportedToSessionId: uuid(62) })] },
      CLOSED,
      { status: 'met' },
    ],
    [
      'not reported to the party is missed once the next session opened',
      { sessions: [next()], activities: [appraisal({ reportedToPartyOn: undefined })] },
      CLOSED,
      { status: 'missed', note: '未记录报党委' },
    ],
    [
      'not on the next session’s agenda is missed',
      { sessions: [next([])], activities: [appraisal()] },
      CLOSED,
      { status: 'missed', note: '未列入下一次人代会' },
    ],
    [
      'before the next session opens it is pending until that day',
      { sessions: [next([])], activities: [appraisal()] },
      OPEN('2025-10-01'),
      { status: 'pending', dueDate: '2025-12-20' },
    ],
    [
      'with no next session recorded it is pending',
      { activities: [appraisal()] },
      CLOSED,
      { status: 'pending', note: '下一次人代会尚未登记' },
    ],
    [
      'a year without 工作评议 is not applicable',
      { sessions: [next()], activities: [act(81, 'appraisal', '2024-09-10')] },
      CLOSED,
      { status: 'not_applicable' },
    ],
  ])('%s', (_name, input, options, expected) => {
    check(evaluateOne('art11-appraisal-reported', input, options), expected);
  });
});

describe('art12-fiscal-project-visit (at least 1 outside session days)', () => {
  const sessions = [session({ startDate: '2025-02-20', lengthDays: 1.5 })];
  it.each<Case>([
    [
      'a visit between sessions is met',
      { sessions, activities: [act(71, 'fiscalProjectVisit', '2025-05-10')] },
      CLOSED,
      { status: 'met', note: '全年在闭会期间视察财政资金支持的项目1次，至少应1次。', evidence: [uuid(71)] },
    ],
    [
      'a visit on the session’s second day does not count',
      { sessions, activities: [act(71, 'fiscalProjectVisit', '2025-02-21')] },
      CLOSED,
      { status: 'missed', note: '另有1次在人代会会期内，不计入。', evidence: [] },
    ],
    [
      'a visit marked as during the session does not count',
      { sessions, activities: [act(71, 'fiscalProjectVisit', '2025-05-10', { outsideSession: false })] },
      CLOSED,
      { status: 'missed' },
    ],
    [
      'none yet in an open year is pending',
      {},
      OPEN('2025-05-01'),
      { status: 'pending', dueDate: '2025-12-31' },
    ],
  ])('%s', (_name, input, options, expected) => {
    check(evaluateOne('art12-fiscal-project-visit', input, options), expected);
  });
});

describe('the demo township’s deliberate misses of chapter 4', () => {
  // Year 1 of the demo is DEMO_DEFAULTS.fromYear (2021): year 2 = 2022, year 3 = 2023.
  const data = generateDemo();
  const year = (id: string, y: number) =>
    evaluateOne(id, data, { selection: { kind: 'year', year: y }, asOf: '2025-12-31' });

  it('art08-inspection-loop: a problem of year 3’s first inspection is evaluated after 6 months', () => {
    const result = year('art08-inspection-loop', 2023);
    expect(result.status).toBe('partial');
    expect(result.subjects.filter((s) => s.status === 'missed')).toHaveLength(1);
    for (const y of [2021, 2022, 2024]) expect(year('art08-inspection-loop', y).status).toBe('met');
  });

  it('art09-report-opinions-answered: an opinion of year 2’s first report is answered late', () => {
    expect(['partial', 'missed']).toContain(year('art09-report-opinions-answered', 2022).status);
    for (const y of [2021, 2023, 2024]) expect(year('art09-report-opinions-answered', y).status).toBe('met');
  });

  it.each([
    'art08-law-inspections',
    'art09-special-reports',
    'art09-report-preceded-by-visit',
    'art10-visits-research',
    'art10-pre-session-visit',
    'art12-fiscal-project-visit',
  ])('%s is met in every year of the demo', (id) => {
    for (const y of [2021, 2022, 2023, 2024, 2025]) expect([y, year(id, y).status]).toEqual([y, 'met']);
  });

  it('art11-appraisal-reported: met in the appraisal years (2 and 4), not applicable in the others', () => {
    expect(year('art11-appraisal-reported', 2022).status).toBe('met');
    expect(year('art11-appraisal-reported', 2024).status).toBe('met');
    expect(year('art11-appraisal-reported', 2023).status).toBe('not_applicable');
  });
});
