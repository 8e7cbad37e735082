import { describe, expect, it } from 'vitest';
import { presidiumOn, presidiumQuorum } from '../presidium';

describe('presidiumOn', () => {
  const members = [
    { name: '甲', from: '2021-05-10' },
    { name: '乙', from: '2021-05-10', to: '2023-06-30' },
    { name: '丙', from: '2023-07-01' },
  ];
  it.each([
    ['2021-05-09', []],
    ['2021-05-10', ['甲', '乙']],
    ['2023-06-30', ['甲', '乙']],
    ['2023-07-01', ['甲', '丙']],
  ])('on %s', (date, names) => {
    expect(presidiumOn(members, date).map((m) => m.name)).toEqual(names);
  });
});

describe('presidiumQuorum', () => {
  it.each([
    [9, 5],
    [10, 6],
    [3, 2],
    [1, 1],
  ])('%i members need %i present', (members, quorum) => {
    expect(presidiumQuorum(members)).toBe(quorum);
  });
});
