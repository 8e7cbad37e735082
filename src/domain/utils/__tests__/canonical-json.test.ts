import { describe, expect, it } from 'vitest';
import { canonicalJson, sameJson } from '../canonical-json';

describe('sameJson', () => {
  const cases: [unknown, unknown][] = [
    [
      { a: 1, b: [1, { c: 'x' }] },
      { b: [1, { c: 'x' }], a: 1 },
    ],
    [{ a: 1, b: undefined }, { a: 1 }],
    [{ a: 1 }, { a: 2 }],
    [{ a: 1 }, { a: 1, b: null }],
    [
      [1, 2],
      [2, 1],
    ],
    [[1], { 0: 1 }],
    [null, {}],
    ['1', 1],
    [{ a: { b: [] } }, { a: { b: [] } }],
  ];

  it.each(cases)('agrees with comparing canonical JSON: %j vs %j', (a, b) => {
    expect(sameJson(a, b)).toBe(canonicalJson(a) === canonicalJson(b));
  });

  it('tells equal from different', () => {
    expect(cases.map(([a, b]) => sameJson(a, b))).toEqual([
      true,
      true,
      false,
      false,
      false,
      false,
      false,
      false,
      true,
    ]);
  });
});
