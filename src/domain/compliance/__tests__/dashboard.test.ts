import { describe, expect, it } from 'vitest';
import { catalogue } from '../../catalogue';
import {
  activity,
  deputy,
  inspectionProblem,
  session,
  suggestion,
  uuid,
} from '../../ledger/__tests__/builders';
import {
  activityPage,
  badgeOf,
  chapterHeading,
  daysLeftText,
  describeRecord,
  dueWithin,
  evidenceLink,
  groupByChapter,
  recordLookup,
  scoreLine,
  scoreText,
  shortfallSubjects,
  statusCounts,
  unlistedResults,
  workingsLine,
  type ShownEvaluation,
  type ShownScore,
  type ShownResult,
} from '../dashboard';
import { ledger } from './harness';

/** A result with one subject of the given status (and due date). */
const result = (
  id: string,
  status: ShownResult['status'],
  subjects: Partial<ShownResult['subjects'][0]>[] = [],
): ShownResult => ({
  id,
  status,
  subjects: subjects.map((s, i) => ({
    key: `k${i}`,
    label: `对象${i}`,
    status,
    note: '',
    evidence: [],
    ...s,
  })),
  shortfall: [],
  evidence: [],
});

const [first, second] = catalogue.duties;
const normally = catalogue.duties.find((d) => d.strength === 'normally')!;
const required = catalogue.duties.find((d) => d.strength === 'required')!;

describe('scores as 分', () => {
  it.each<[ShownScore, string, string]>([
    [{ value: 0.8642, scored: 41 }, '86.4', '86.4 分（计分义务 41 项）'],
    [{ value: 1, scored: 3 }, '100.0', '100.0 分（计分义务 3 项）'],
    [{ value: 0, scored: 1 }, '0.0', '0.0 分（计分义务 1 项）'],
    [{ scored: 0 }, '—', '暂无计分义务'],
  ])('%j reads %s', (score, text, line) => {
    expect(scoreText(score)).toBe(text);
    expect(scoreLine(score)).toBe(line);
  });
});

describe('grouping by chapter', () => {
  const shown: ShownEvaluation = {
    results: [result(second!.id, 'met'), result(first!.id, 'missed'), result('art99-gone', 'met')],
    overall: { value: 0.5, scored: 2 },
    chapters: { [String(first!.chapter)]: { value: 0.5, scored: 2 } },
  };

  it('follows the catalogue order, takes string or number chapter keys, and names the chapter', () => {
    const groups = groupByChapter(shown, catalogue, { [first!.chapter]: '职权与职责' });
    expect(groups[0]!.heading).toBe(`${chapterHeading(first!.chapter)} 职权与职责`);
    expect(groups[0]!.score).toEqual({ value: 0.5, scored: 2 });
    expect(groups.flatMap((g) => g.rows.map((r) => r.duty.id))).toEqual([first!.id, second!.id]);
  });

  it('leaves results of duties the catalogue no longer has to unlistedResults', () => {
    expect(unlistedResults(shown, catalogue).map((r) => r.id)).toEqual(['art99-gone']);
  });

  it('counts statuses', () => {
    expect(statusCounts(shown.results)).toMatchObject({ met: 2, missed: 1, partial: 0 });
  });

  it.each([
    [2, '第二章'],
    [8, '第八章'],
  ])('chapter %i is %s', (n, heading) => expect(chapterHeading(n)).toBe(heading));
});

describe('badges', () => {
  it.each([
    ['met', 'required', 'met', '已达标', '✓'],
    ['missed', 'required', 'missed', '未达标', '✕'],
    ['missed', 'normally', 'warning', '未达标（一般性要求）', '!'],
    ['partial', 'normally', 'warning', '部分达标（一般性要求）', '!'],
    ['partial', 'required', 'partial', '部分达标', '◐'],
    ['unknown', 'required', 'unknown', '数据不足', '?'],
    ['not_applicable', 'required', 'not_applicable', '不适用', '–'],
  ] as const)('%s of a duty (strength %s)', (status, strength, tone, text, icon) => {
    expect(badgeOf({ status }, { strength })).toEqual({ tone, text, icon });
  });

  it('says by when a pending duty is due', () => {
    expect(badgeOf({ status: 'pending', dueDate: '2025-12-31' }, required).text).toBe(
      '待完成（2025-12-31 前）',
    );
  });

  it('gives every tone its own icon shape', () => {
    const tones = ['met', 'partial', 'missed', 'pending', 'unknown', 'not_applicable'] as const;
    const icons = new Set([
      ...tones.map((s) => badgeOf({ status: s }).icon),
      badgeOf({ status: 'missed' }, normally).icon,
    ]);
    expect(icons.size).toBe(7);
  });
});

describe('due in the next 30/90 days', () => {
  const shown = {
    results: [
      result(first!.id, 'pending', [
        { dueDate: '2025-07-20', label: '张三' },
        { dueDate: '2025-09-28', label: '李四' },
      ]),
      result(second!.id, 'pending', [{ dueDate: '2025-07-01' }]),
      result(catalogue.duties[2]!.id, 'pending', [{ dueDate: '2025-06-30' }]),
      result(catalogue.duties[3]!.id, 'met', [{ dueDate: '2025-07-05' }]),
    ],
  };

  it('lists pending subjects due from the as-of date to as-of + days, soonest first', () => {
    const items = dueWithin(shown, catalogue, '2025-07-01', 30);
    expect(items.map((i) => [i.duty.id, i.dueDate, i.daysLeft, i.subjects])).toEqual([
      [second!.id, '2025-07-01', 0, ['对象0']],
      [first!.id, '2025-07-20', 19, ['张三']],
    ]);
  });

  it('widens to 90 days', () => {
    const items = dueWithin(shown, catalogue, '2025-07-01', 90);
    expect(items.find((i) => i.duty.id === first!.id)!.subjects).toEqual(['张三', '李四']);
  });

  it.each([
    [0, '今天到期'],
    [12, '还有 12 天'],
  ])('%i days left reads %s', (days, text) => expect(daysLeftText(days)).toBe(text));
});

describe('evidence links', () => {
  const data = ledger({
    deputies: [deputy({ id: uuid(10), name: '张三' })],
    sessions: [session({ id: uuid(11), number: 3, startDate: '2025-01-10' })],
    activities: [
      activity({ id: uuid(12), kind: 'stationReception', date: '2025-03-05', topic: '接待日' }),
      activity({ id: uuid(13), kind: 'lawInspection', date: '2025-04-01', topic: '食品安全' }),
      activity({ id: uuid(14), kind: 'training', date: '2025-05-01', topic: '培训' }),
      activity({ id: uuid(15), kind: 'partyReport', date: '2025-06-01', topic: '汇报' }),
    ],
    inspectionProblems: [
      inspectionProblem({ id: uuid(16), inspectionId: uuid(13), description: '台账不全' }),
    ],
    suggestions: [suggestion({ id: uuid(17), number: '2025-01', title: '修路' })],
  });
  const lookup = recordLookup(data);

  it.each([
    ['deputies', uuid(10), `/ledger/deputy-file/?id=${uuid(10)}`, '代表 张三'],
    ['sessions', uuid(11), `/ledger/meetings/?record=${uuid(11)}`, '人代会 2025-01-10 第3次会议'],
    ['activities', uuid(12), `/ledger/stations/?record=${uuid(12)}`, '进站接待群众 2025-03-05 接待日'],
    ['activities', uuid(13), `/ledger/supervision/?record=${uuid(13)}`, '执法检查 2025-04-01 食品安全'],
    ['activities', uuid(14), `/ledger/activities/?record=${uuid(14)}`, '集中学习培训 2025-05-01 培训'],
    ['activities', uuid(15), `/ledger/meetings/?record=${uuid(15)}`, '向党委汇报 2025-06-01 汇报'],
    ['inspectionProblems', uuid(16), `/ledger/supervision/?record=${uuid(13)}`, '执法检查问题：台账不全'],
    ['suggestions', uuid(17), `/ledger/suggestions/?record=${uuid(17)}`, '建议 2025-01 修路'],
  ])('%s %s opens %s', (table, id, href, label) => {
    expect(evidenceLink({ table, id }, lookup)).toEqual({ href, label });
  });

  it('still links a record that is gone, and says it is gone', () => {
    expect(evidenceLink({ table: 'documents', id: uuid(99) }, lookup)).toEqual({
      href: `/ledger/documents/?record=${uuid(99)}`,
      label: '文件与制度记录（已不在台账中）',
    });
  });

  it('gives no link to a table no page shows', () => {
    expect(evidenceLink({ table: 'attachments', id: uuid(1) }, lookup).href).toBeUndefined();
    expect(describeRecord('attachments', undefined)).toBe('附件记录（已不在台账中）');
  });

  it('places every activity kind on a ledger page', () => {
    expect(activityPage('budgetReview')).toBe('/ledger/supervision/');
    expect(activityPage('voterReport')).toBe('/ledger/activities/');
    expect(activityPage('leaderStationVisit')).toBe('/ledger/stations/');
  });
});

describe('the workings line of the report', () => {
  it('is the note of a single subject', () => {
    expect(workingsLine(result('x', 'met', [{ note: '3月10日通过。' }]))).toBe('3月10日通过。');
  });

  it('counts the statuses of several subjects, met first', () => {
    const r = result('x', 'partial', [
      { status: 'missed', label: '张三', note: '全年0次' },
      { status: 'met' },
      { status: 'met' },
    ]);
    expect(workingsLine(r)).toBe('共 3 个对象：已达标 2 个，未达标 1 个。');
    expect(shortfallSubjects(r)).toEqual([{ label: '张三', note: '全年0次' }]);
  });

  it('says when there is nothing to measure', () => {
    expect(workingsLine(result('x', 'not_applicable'))).toBe('本期没有需要衡量的对象。');
  });
});
