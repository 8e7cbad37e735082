import { describe, expect, it, vi } from 'vitest';
import { canonicalJson, sameJson, sha256Hex } from '../canonical-json';

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

describe('sha256Hex where the browser withholds Web Crypto (a plain-HTTP origin)', () => {
  it('gives the same hash without crypto.subtle, through the library', async () => {
    const text = '湘乡市乡镇人大履职台账';
    const withWebCrypto = await sha256Hex(text);
    vi.stubGlobal('crypto', { getRandomValues: globalThis.crypto.getRandomValues.bind(globalThis.crypto) });
    try {
      expect(globalThis.crypto.subtle).toBeUndefined();
      expect(await sha256Hex(text)).toBe(withWebCrypto);
      expect(await sha256Hex(new Uint8Array([1, 2, 3]))).toBe(
        '039058c6f2c0cb492c533b0a4d14ef77cc0f78abccced5287d84a1a2011cfb81',
      );
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
