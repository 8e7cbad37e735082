import { describe, expect, it } from 'vitest';
import { officer, suggestion, uuid } from '../../__tests__/builders';
import { SuggestionSchema } from '../schema';
import { OfficerSchema } from '../../township/schema';
import { officerChoices, proposerSummary, sessionLabel, suggestionStatus } from '../rows';

const make = (o: Record<string, unknown> = {}) => SuggestionSchema.parse(suggestion(o));

describe('suggestionStatus', () => {
  it.each([
    ['registered', {}, '2025-03-01', { label: '已登记', dueDate: undefined, overdue: false }],
    [
      'assigned, in time',
      { assignedOn: '2025-03-01', leadUnit: '镇交通站' },
      '2025-06-01',
      { label: '已交办', dueDate: '2025-06-01', overdue: false },
    ],
    [
      'assigned, past the deadline',
      { assignedOn: '2025-03-01', leadUnit: '镇交通站' },
      '2025-06-02',
      { label: '已交办', dueDate: '2025-06-01', overdue: true },
    ],
    [
      'complex, 6 months',
      { assignedOn: '2025-03-01', leadUnit: '镇交通站', complex: true },
      '2025-08-01',
      { label: '已交办', dueDate: '2025-09-01', overdue: false },
    ],
    [
      'answered after the deadline',
      { assignedOn: '2025-03-01', leadUnit: '镇交通站', answeredOn: '2025-06-02', answerResult: 'solved' },
      '2025-07-01',
      { label: '已答复', overdue: false, answeredLate: true },
    ],
    [
      'answered on the last day',
      { assignedOn: '2025-03-01', leadUnit: '镇交通站', answeredOn: '2025-06-01', answerResult: 'solved' },
      '2025-07-01',
      { label: '已答复', overdue: false, answeredLate: false },
    ],
    [
      'sent back',
      { assignedOn: '2025-03-01', leadUnit: '镇交通站', evaluatedOn: '2025-04-25', rehandledCount: 1 },
      '2025-05-01',
      { stage: 'rehandling', label: '重新办理', overdue: false, rehandledCount: 1 },
    ],
    [
      'closed long ago',
      {
        assignedOn: '2025-03-01',
        leadUnit: '镇交通站',
        answeredOn: '2025-04-01',
        answerResult: 'solved',
        evaluation: 'satisfied',
        evaluatedOn: '2025-04-10',
        closedOn: '2025-04-20',
      },
      '2026-11-28',
      { stage: 'closed', label: '已办结', overdue: false },
    ],
  ])('%s', (_, o, asOf, expected) => expect(suggestionStatus(make(o), asOf)).toMatchObject(expected));

  it('reads the township setting', () => {
    const s = make({ assignedOn: '2025-03-01', leadUnit: '镇交通站' });
    expect(suggestionStatus(s, '2025-05-02', { suggestionAnswerMonths: 2 })).toMatchObject({
      dueDate: '2025-05-01',
      overdue: true,
    });
  });
});

describe('proposerSummary', () => {
  const names: Record<string, string> = { [uuid(4)]: '张红梅', [uuid(5)]: '李四' };
  const nameOf = (id: string) => names[id];
  it.each([
    [[], ''],
    [[uuid(4)], '张红梅'],
    [[uuid(5), uuid(4)], '李四等2人'],
    [[uuid(9)], '（已删除的代表）'],
  ])('%j → %s', (ids, expected) => expect(proposerSummary(ids, nameOf)).toBe(expected));
});

describe('sessionLabel', () => {
  it('names the term when known', () => {
    expect(sessionLabel({ number: 3, startDate: '2026-01-12' }, 7)).toBe('第7届第3次会议（2026-01-12）');
    expect(sessionLabel({ number: 3, startDate: '2026-01-12' })).toBe('第3次会议（2026-01-12）');
  });
});

describe('officerChoices', () => {
  const officers = [
    officer({ id: uuid(30), role: 'chair', name: '李明' }),
    officer({ id: uuid(31), role: 'head', name: '周镇长', from: '2021-10-20', to: '2024-06-30' }),
    officer({ id: uuid(32), role: 'head', name: '吴镇长', from: '2024-07-01' }),
    officer({ id: uuid(33), role: 'deputyHead', name: '郑副镇长', from: '2022-01-01' }),
    officer({ id: uuid(34), role: 'partySecretary', name: '陈书记', from: '2021-10-20' }),
  ].map((o) => OfficerSchema.parse(o));

  it('lists the leads in office first, latest appointed first, then former ones', () => {
    expect(officerChoices(officers, ['head', 'deputyHead'], '2026-01-01')).toEqual([
      { value: uuid(32), label: '吴镇长（乡镇长）' },
      { value: uuid(33), label: '郑副镇长（副乡镇长）' },
      { value: uuid(31), label: '周镇长（乡镇长，已离任）' },
    ]);
  });

  it('lists the party secretary alone for 督办', () => {
    expect(officerChoices(officers, ['partySecretary'], '2026-01-01')).toEqual([
      { value: uuid(34), label: '陈书记（党委书记）' },
    ]);
  });
});
