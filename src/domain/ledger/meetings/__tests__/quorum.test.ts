import { describe, expect, it } from 'vitest';
import {
  PRESIDIUM_OVERCOUNT_LABEL,
  isPresidiumMemberOn,
  presidiumMembersOn,
  presidiumQuorum,
  sessionQuorum,
} from '../quorum';

describe('sessionQuorum (two thirds of the deputies in office)', () => {
  it.each([
    [60, 45, 'met', '达到法定人数', 40],
    [60, 40, 'met', '达到法定人数', 40],
    [60, 39, 'short', '未达到法定人数', 40],
    [70, 47, 'met', '达到法定人数', 47],
    [70, 46, 'short', '未达到法定人数', 47],
    [3, 2, 'met', '达到法定人数', 2],
  ])('%i in office, %i present: %s', (inOffice, present, status, label, needed) => {
    expect(sessionQuorum({ deputiesInOffice: inOffice, deputiesPresent: present })).toEqual({
      status,
      label,
      needed,
    });
  });

  it.each([
    [undefined, 45],
    [60, undefined],
    [0, 0],
  ])('is unknown when the numbers are missing (%s in office, %s present)', (inOffice, present) => {
    expect(sessionQuorum({ deputiesInOffice: inOffice, deputiesPresent: present })).toEqual({
      status: 'unknown',
      label: '人数未记录',
    });
  });
});

describe('presidium members on a date', () => {
  const members = [
    { from: '2021-05-10' },
    { from: '2021-05-10', to: '2023-06-30' },
    { from: '2023-07-01' },
    { from: '2026-01-01' },
  ];

  it.each([
    ['2021-05-09', 0],
    ['2021-05-10', 2],
    ['2023-06-30', 2],
    ['2023-07-01', 2],
    ['2026-01-01', 3],
  ])('on %s: %i', (date, count) => expect(presidiumMembersOn(members, date)).toBe(count));

  it('counts both ends of a membership', () => {
    const member = { from: '2022-01-01', to: '2022-12-31' };
    expect(isPresidiumMemberOn(member, '2022-01-01')).toBe(true);
    expect(isPresidiumMemberOn(member, '2022-12-31')).toBe(true);
    expect(isPresidiumMemberOn(member, '2023-01-01')).toBe(false);
  });
});

describe('presidiumQuorum (more than half of the members)', () => {
  it.each([
    [5, 9, 'met', '过半数出席', 5],
    [5, 10, 'short', '未过半数', 6],
    [6, 10, 'met', '过半数出席', 6],
    [2, 3, 'met', '过半数出席', 2],
    [1, 3, 'short', '未过半数', 2],
    [0, 1, 'short', '未过半数', 1],
  ])('%i of %i: %s', (present, members, status, label, needed) => {
    expect(presidiumQuorum(present, members)).toEqual({ status, label, needed });
  });

  it('is unknown when no member is recorded', () => {
    expect(presidiumQuorum(5, 0)).toEqual({ status: 'unknown', label: '主席团成员未登记' });
  });

  it('is unknown, asking to check the members, when more are present than recorded', () => {
    expect(presidiumQuorum(4, 3)).toEqual({ status: 'unknown', label: PRESIDIUM_OVERCOUNT_LABEL, needed: 2 });
  });
});
