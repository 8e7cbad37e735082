import { describe, expect, it } from 'vitest';
import { generateDemo } from '../../demo/generate';
import { activity, ledgerDocument, officer, uuid } from '../../ledger/__tests__/builders';
import type { Status } from '../types';
import { evaluateOne } from './harness';

describe('art22-party-reports', () => {
  const id = 'art22-party-reports';
  const report = (n: number, date: string) =>
    activity({ id: uuid(100 + n), kind: 'partyReport', date, topic: '向党委汇报人大工作' });
  const all = [
    report(1, '2025-03-20'),
    report(2, '2025-06-20'),
    report(3, '2025-09-20'),
    report(4, '2025-12-20'),
  ];

  it.each<
    [string, Record<string, unknown>[], string, Status, string | undefined, string[], number | undefined]
  >([
    ['a report every quarter', all, '2026-03-01', 'met', undefined, [], 1],
    [
      'no report in Q3 (closed year)',
      all.filter((_, i) => i !== 2),
      '2026-03-01',
      'partial',
      undefined,
      ['第三季度'],
      0.75,
    ],
    [
      'no report at all (closed year)',
      [],
      '2026-03-01',
      'missed',
      undefined,
      ['第一季度', '第二季度', '第三季度', '第四季度'],
      0,
    ],
    [
      'open year: Q1 and Q2 done, Q3 running',
      all.slice(0, 2),
      '2025-08-15',
      'pending',
      '2025-09-30',
      [],
      undefined,
    ],
    ['open year: Q1 missed, Q2 done', [all[1]!], '2025-08-15', 'partial', undefined, ['第一季度'], 0.5],
    ['a year not started', [], '2024-12-01', 'pending', '2025-03-31', [], undefined],
    [
      'a report of last December does not count',
      [report(5, '2024-12-30'), ...all.slice(1)],
      '2026-03-01',
      'partial',
      undefined,
      ['第一季度'],
      0.75,
    ],
  ])('%s', (_name, activities, asOf, status, dueDate, shortfall, score) => {
    const result = evaluateOne(id, { activities }, { asOf });
    expect(result.status).toBe(status);
    expect(result.dueDate).toBe(dueDate);
    expect(result.shortfall).toEqual(shortfall);
    expect(result.score).toBe(score);
  });

  it('keeps future quarters pending until their last day, and cites the reports', () => {
    const result = evaluateOne(id, { activities: all.slice(0, 2) }, { asOf: '2025-08-15' });
    expect(result.subjects.map((s) => [s.key, s.status, s.dueDate])).toEqual([
      ['2025-Q1', 'met', undefined],
      ['2025-Q2', 'met', undefined],
      ['2025-Q3', 'pending', '2025-09-30'],
      ['2025-Q4', 'pending', '2025-12-31'],
    ]);
    expect(result.subjects[2]!.note).toBe('第三季度向党委汇报人大工作0次，至少应1次。');
    expect(result.evidence.map((e) => e.id)).toEqual([uuid(101), uuid(102)]);
  });
});

describe('art22-rules-in-place', () => {
  const id = 'art22-rules-in-place';
  const RULES = [
    'congressRules',
    'presidiumRules',
    'inspectionMeasures',
    'specialReportMeasures',
    'visitResearchMeasures',
    'appraisalMeasures',
  ];
  const rule = (procedureRule: string, i: number, adoptedOn = '2022-03-01') =>
    ledgerDocument({
      id: uuid(60 + i),
      kind: 'procedureRule',
      procedureRule,
      title: procedureRule,
      adoptedOn,
      year: undefined,
    });
  const six = RULES.map((r, i) => rule(r, i));

  it.each<[string, Record<string, unknown>[], string, Status, string | undefined, string]>([
    ['all six adopted', six, '2026-03-01', 'met', undefined, '6项制度全部建立。'],
    [
      '工作评议办法 missing (closed year)',
      six.slice(0, 5),
      '2026-03-01',
      'missed',
      undefined,
      '已建立5项制度，共6项；尚缺：工作评议办法。',
    ],
    ['two missing', six.slice(0, 4), '2026-03-01', 'missed', undefined, '尚缺：视察调研办法、工作评议办法。'],
    [
      'one adopted after the year',
      [...six.slice(0, 5), rule('appraisalMeasures', 5, '2026-01-05')],
      '2026-03-01',
      'missed',
      undefined,
      '尚缺：工作评议办法。',
    ],
    [
      'one missing in an open year',
      six.slice(0, 5),
      '2025-07-01',
      'pending',
      '2025-12-31',
      '尚缺：工作评议办法。',
    ],
    [
      'one adopted after the as-of date of an open year',
      [...six.slice(0, 5), rule('appraisalMeasures', 5, '2025-09-01')],
      '2025-07-01',
      'pending',
      '2025-12-31',
      '尚缺：工作评议办法。',
    ],
    [
      'none',
      [],
      '2026-03-01',
      'missed',
      undefined,
      '已建立0项制度，共6项；尚缺：乡镇人大议事规则、主席团议事规则、执法检查办法、听取和讨论专项工作报告办法、视察调研办法、工作评议办法。',
    ],
  ])('%s', (_name, documents, asOf, status, dueDate, note) => {
    const result = evaluateOne(id, { documents }, { asOf });
    expect(result.status).toBe(status);
    expect(result.dueDate).toBe(dueDate);
    expect(result.subjects[0]!.note).toContain(note);
  });

  it('cites the rules in force', () => {
    expect(evaluateOne(id, { documents: six.slice(0, 2) }).evidence).toEqual([
      { table: 'documents', id: uuid(60) },
      { table: 'documents', id: uuid(61) },
    ]);
  });
});

describe('art23-staffing', () => {
  const id = 'art23-staffing';
  const chair = officer({ id: uuid(30), role: 'chair', name: '李明' });
  const fullTime = officer({ id: uuid(31), role: 'viceChair', name: '赵强', fullTime: true });
  const partTime = officer({ id: uuid(32), role: 'viceChair', name: '彭淑华', fullTime: false });
  const staff = officer({ id: uuid(33), role: 'staff', name: '陈静' });

  it.each<[string, Record<string, unknown>[], string, Status, string | undefined, string]>([
    [
      'all three in post on 31 December',
      [chair, fullTime, staff],
      '2026-03-01',
      'met',
      undefined,
      '2025年12月31日在岗：人大主席李明，专职副主席赵强，人大专干陈静。',
    ],
    [
      'only a part-time vice-chair',
      [chair, partTime, staff],
      '2026-03-01',
      'missed',
      undefined,
      '缺专职副主席。',
    ],
    [
      'the 专干 left on 30 November',
      [chair, fullTime, { ...staff, to: '2025-11-30' }],
      '2026-03-01',
      'missed',
      undefined,
      '缺人大专干。',
    ],
    [
      'a 专干 appointed on 31 December counts',
      [chair, fullTime, { ...staff, from: '2025-12-31' }],
      '2026-03-01',
      'met',
      undefined,
      '人大专干陈静',
    ],
    [
      'a 专干 who left after the year still counts for it',
      [chair, fullTime, { ...staff, to: '2026-01-31' }],
      '2026-03-01',
      'met',
      undefined,
      '人大专干陈静',
    ],
    [
      'nobody recorded',
      [],
      '2026-03-01',
      'missed',
      undefined,
      '2025年12月31日缺人大主席、专职副主席、人大专干。',
    ],
    [
      'open year, all in post on the as-of date (met, judged on that date)',
      [chair, fullTime, staff],
      '2025-07-01',
      'met',
      undefined,
      '截至2025年7月1日（年度未结束，以截至日期为准）在岗',
    ],
    [
      'open year, the 专干 post vacant',
      [chair, fullTime],
      '2025-07-01',
      'pending',
      '2025-12-31',
      '缺人大专干，须在2025年12月31日前配齐。',
    ],
    [
      'open year, the 专干 left before the as-of date',
      [chair, fullTime, { ...staff, to: '2025-05-31' }],
      '2025-07-01',
      'pending',
      '2025-12-31',
      '缺人大专干',
    ],
    ['a year not started', [chair, fullTime, staff], '2024-12-01', 'pending', '2025-12-31', '年度尚未开始'],
  ])('%s', (_name, officers, asOf, status, dueDate, note) => {
    const result = evaluateOne(id, { officers }, { asOf });
    expect(result.status).toBe(status);
    expect(result.dueDate).toBe(dueDate);
    expect(result.subjects[0]!.note).toContain(note);
  });

  it('cites the officers in post', () => {
    expect(evaluateOne(id, { officers: [chair, fullTime, partTime, staff] }).evidence).toEqual([
      { table: 'officers', id: uuid(30) },
      { table: 'officers', id: uuid(31) },
      { table: 'officers', id: uuid(33) },
    ]);
  });
});

describe('chapter 8 on the demo township', () => {
  const data = generateDemo(); // 2021–2025 (year 1 = 2021)
  const on = (id: string, year: number) =>
    evaluateOne(id, data, { selection: { kind: 'year', year }, asOf: '2026-03-01' });
  const years = [2021, 2022, 2023, 2024, 2025];

  it('year 2 has no report to the party committee in its third quarter; the other years have all four', () => {
    const result = on('art22-party-reports', 2022);
    expect(result.status).toBe('partial');
    expect(result.score).toBe(0.75);
    expect(result.shortfall).toEqual(['第三季度']);
    for (const year of [2021, 2023, 2024, 2025]) expect(on('art22-party-reports', year).status).toBe('met');
  });

  it('工作评议办法 was never adopted, so the six rules are missed every year', () => {
    for (const year of years) {
      const result = on('art22-rules-in-place', year);
      expect(result.status).toBe('missed');
      expect(result.subjects[0]!.note).toContain('尚缺：工作评议办法。');
    }
  });

  it('the staff are in post every year', () => {
    for (const year of years) expect(on('art23-staffing', year).status).toBe('met');
  });
});
