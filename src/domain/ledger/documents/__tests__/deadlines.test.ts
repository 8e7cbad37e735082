import { describe, expect, it } from 'vitest';
import { DocumentSchema, type LedgerDocument } from '../../index';
import { ledgerDocument, uuid } from '../../__tests__/builders';
import { documentDeadline, procedureRulesChecklist } from '../deadlines';

let next = 200;
const aDocument = (o: Record<string, unknown> = {}): LedgerDocument =>
  DocumentSchema.parse(ledgerDocument({ id: uuid(next++), ...o }));

const resolution = (filedOn?: string) =>
  aDocument({
    kind: 'normativeResolution',
    title: '关于加强集镇管理的决议',
    adoptedOn: '2025-02-20',
    filedOn,
  });
const budget = (publishedOn?: string) =>
  aDocument({
    kind: 'budgetDocument',
    budgetDocument: 'budget',
    title: '2025年预算',
    adoptedOn: '2025-02-20',
    publishedOn,
  });

describe('documentDeadline', () => {
  const options = { normativeFilingDays: 30, today: '2025-06-30' };

  // document, status, days, flagged, text
  it.each([
    [resolution('2025-03-01'), 'onTime', 9, false, '通过后9天备案，在30天期限内'],
    [resolution('2025-03-22'), 'onTime', 30, false, '通过后30天备案，在30天期限内'],
    [resolution('2025-03-23'), 'late', 31, true, '通过后31天备案，超过30天期限'],
    [resolution('2025-04-06'), 'late', 45, true, '通过后45天备案，超过30天期限'],
    [resolution(), 'overdue', undefined, true, '未备案，已超过30天期限（应于 2025-03-22 前）'],
    [budget('2025-03-12'), 'onTime', 20, false, '通过后20天公开，在20天期限内'],
    [budget('2025-03-13'), 'late', 21, true, '通过后21天公开，超过20天期限'],
  ])('%#: %s', (document, status, days, flagged, text) => {
    const deadline = documentDeadline(document, options)!;
    expect([deadline.status, deadline.days, deadline.flagged, deadline.text]).toEqual([
      status,
      days,
      flagged,
      text,
    ]);
  });

  it('is pending until the deadline passes', () => {
    expect(documentDeadline(resolution(), { normativeFilingDays: 30, today: '2025-03-22' })).toMatchObject({
      status: 'pending',
      flagged: false,
      dueDate: '2025-03-22',
      text: '待备案，应于 2025-03-22 前',
    });
    expect(documentDeadline(budget(), { normativeFilingDays: 30, today: '2025-03-13' })?.status).toBe(
      'overdue',
    );
  });

  it('reads the filing days from the settings, and keeps 20 days for budgets (预算法 14)', () => {
    const longer = { normativeFilingDays: 60, today: '2025-06-30' };
    expect(documentDeadline(resolution('2025-04-06'), longer)?.status).toBe('onTime');
    expect(documentDeadline(budget('2025-03-13'), longer)?.status).toBe('late');
  });

  it('gives no deadline to other kinds', () => {
    expect(documentDeadline(aDocument(), options)).toBeUndefined();
  });
});

describe('procedureRulesChecklist', () => {
  const rule = (procedureRule: string, adoptedOn: string, title = '议事规则') =>
    aDocument({ kind: 'procedureRule', procedureRule, title, adoptedOn, year: undefined });

  it('marks none established in an empty ledger', () => {
    const list = procedureRulesChecklist([], '2025-06-30');
    expect(list.established).toBe(0);
    expect(list.total).toBe(6);
    expect(list.items.map((i) => i.label)).toEqual([
      '乡镇人大议事规则',
      '主席团议事规则',
      '执法检查办法',
      '听取和讨论专项工作报告办法',
      '视察调研办法',
      '工作评议办法',
    ]);
  });

  it('counts each rule once, by its latest version in force', () => {
    const documents = [
      rule('congressRules', '2018-03-01', '旧议事规则'),
      rule('congressRules', '2022-03-01', '新议事规则'),
      rule('inspectionMeasures', '2022-05-01', '执法检查办法'),
      rule('appraisalMeasures', '2025-07-01', '工作评议办法'), // adopted after the as-of date
      aDocument(), // a work plan: not a procedure rule
    ];
    const list = procedureRulesChecklist(documents, '2025-06-30');
    expect(list.established).toBe(2);
    expect(list.items.find((i) => i.rule === 'congressRules')?.document?.title).toBe('新议事规则');
    expect(list.items.find((i) => i.rule === 'appraisalMeasures')?.established).toBe(false);
  });
});
