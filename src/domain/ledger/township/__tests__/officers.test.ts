import { describe, expect, it } from 'vitest';
import { OfficerSchema } from '../../index';
import { officer, uuid } from '../../__tests__/builders';
import {
  endForSuccessor,
  inOfficeSummary,
  isInOffice,
  officerRoleLabel,
  officersInOffice,
  officersList,
} from '../officers';

let next = 100;
const anOfficer = (o: Record<string, unknown> = {}) =>
  OfficerSchema.parse(officer({ id: uuid(next++), ...o }));

const chair = anOfficer({ role: 'chair', name: '李明', from: '2021-10-20' });
const oldHead = anOfficer({ role: 'head', name: '张强', from: '2021-10-20', to: '2023-02-28' });
const newHead = anOfficer({ role: 'head', name: '陈刚', from: '2023-03-01' });
const vice = anOfficer({ role: 'viceChair', name: '赵敏', from: '2022-01-05', fullTime: true });
const all = [newHead, vice, oldHead, chair];

describe('officersList', () => {
  it('orders by first day in office, then by role', () => {
    expect(officersList(all).map((o) => o.name)).toEqual(['李明', '张强', '赵敏', '陈刚']);
  });

  it('shows one role when asked', () => {
    expect(officersList(all, 'head').map((o) => o.name)).toEqual(['张强', '陈刚']);
    expect(officersList(all, 'staff')).toEqual([]);
  });
});

describe('officersInOffice', () => {
  it.each([
    ['2021-10-19', []],
    ['2021-10-20', ['李明', '张强']],
    ['2023-02-28', ['李明', '赵敏', '张强']],
    ['2023-03-01', ['李明', '赵敏', '陈刚']],
  ] as const)('on %s', (date, names) => {
    expect(officersInOffice(all, date).map((o) => o.name)).toEqual(names);
  });

  it('counts the first and the last day', () => {
    expect(isInOffice({ from: '2021-01-01', to: '2021-01-01' }, '2021-01-01')).toBe(true);
  });
});

describe('inOfficeSummary', () => {
  it('lists the holders of each office on a date, in the order of the roles', () => {
    const parttime = anOfficer({ role: 'viceChair', name: '钱进', from: '2022-01-05' });
    expect(inOfficeSummary([...all, parttime], '2023-03-01')).toEqual([
      '人大主席：李明',
      '人大副主席：赵敏（专职）、钱进（兼职）',
      '乡镇长：陈刚',
    ]);
    expect(inOfficeSummary(all, '2020-01-01')).toEqual([]);
  });
});

describe('officerRoleLabel', () => {
  it('says whether a vice-chair is full time', () => {
    expect(officerRoleLabel(vice)).toBe('人大副主席（专职）');
    expect(officerRoleLabel({ role: 'viceChair', fullTime: false })).toBe('人大副主席（兼职）');
    expect(officerRoleLabel(chair)).toBe('人大主席');
  });
});

describe('endForSuccessor', () => {
  const head = anOfficer({ role: 'head', name: '张强', from: '2021-10-20' });

  it('ends the predecessor the day before the successor starts', () => {
    const result = endForSuccessor(head, '2023-03-01');
    expect(result).toEqual({ ok: true, predecessor: { ...head, to: '2023-02-28' } });
  });

  it('keeps an earlier recorded last day', () => {
    const left = { ...head, to: '2022-12-31' };
    expect(endForSuccessor(left, '2023-03-01')).toEqual({ ok: true, predecessor: left });
  });

  it('moves a later recorded last day back', () => {
    const result = endForSuccessor({ ...head, to: '2024-12-31' }, '2023-03-01');
    expect(result.ok && result.predecessor.to).toBe('2023-02-28');
  });

  it.each(['2021-10-20', '2021-01-01'])('refuses a successor starting on %s', (from) => {
    const result = endForSuccessor(head, from);
    expect(result).toEqual({ ok: false, message: '接任日期须晚于张强的任职日期（2021-10-20）' });
  });
});
