import { describe, expect, it } from 'vitest';
import { canonicalJson, GENESIS_HASH, sealEntry, verifyChain, type ChangeLogEntry } from '../change-log';

/** A chain of `n` entries, each linked to the one before. */
function chain(n: number): ChangeLogEntry[] {
  const entries: ChangeLogEntry[] = [];
  for (let seq = 1; seq <= n; seq++)
    entries.push(
      sealEntry({
        seq,
        at: `2026-11-28T10:00:0${seq}.000Z`,
        table: 'deputies',
        recordId: `id-${seq}`,
        action: 'create',
        user: '刘敏',
        after: 'a'.repeat(64),
        prev: entries.at(-1)?.hash ?? GENESIS_HASH,
      }),
    );
  return entries;
}

describe('canonicalJson', () => {
  it.each([
    [{ b: 1, a: { d: 2, c: [3, { f: 1, e: 0 }] } }, '{"a":{"c":[3,{"e":0,"f":1}],"d":2},"b":1}'],
    [{ a: undefined, b: null }, '{"b":null}'],
  ])('sorts keys at every level: %j', (value, expected) => {
    expect(canonicalJson(value)).toBe(expected);
  });
});

describe('verifyChain', () => {
  it('accepts an intact chain in any order, and an empty one', () => {
    const entries = chain(4);
    expect(verifyChain([...entries].reverse())).toEqual({ ok: true, count: 4, lastHash: entries[3]!.hash });
    expect(verifyChain([])).toEqual({ ok: true, count: 0, lastHash: GENESIS_HASH });
  });

  it.each<[string, (entries: ChangeLogEntry[]) => unknown[], number, string]>([
    ['an edited field', (e) => e.map((x) => (x.seq === 2 ? { ...x, user: '别人' } : x)), 2, '被改动过'],
    [
      'an edited field with its hash recomputed',
      (e) => e.map((x) => (x.seq === 2 ? sealEntry({ ...x, user: '别人' }) : x)),
      3,
      '链接断开',
    ],
    ['a removed entry', (e) => e.filter((x) => x.seq !== 2), 3, '缺少第 2 条'],
    ['a malformed entry', (e) => e.map((x) => (x.seq === 3 ? { ...x, hash: 'x' } : x)), 3, '格式不正确'],
  ])('points at %s', (_name, tamper, seq, words) => {
    const check = verifyChain(tamper(chain(4)));
    expect(check).toMatchObject({ ok: false, seq });
    if (!check.ok) expect(check.message).toContain(words);
  });
});
