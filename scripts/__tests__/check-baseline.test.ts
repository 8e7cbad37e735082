import { describe, expect, it } from 'vitest';
import { baselineProblems } from '../check-baseline.mjs';

describe('baselineProblems (Chromium 86 syntax)', () => {
  it('accepts ES2021 and the class fields and private methods Chromium 86 runs', () => {
    const code =
      'class A { #x = 1; static y = 2; #m() { return this.#x; } } let a; a ??= 1; const n = 1_000;';
    expect(baselineProblems(code, 'module')).toEqual([]);
  });

  it('refuses what Chromium 86 cannot parse', () => {
    expect(baselineProblems('class A { static { this.x = 1; } }', 'script')[0]).toMatch(/static block/);
    expect(baselineProblems('await Promise.resolve(1);', 'module')[0]).toMatch(/top-level await/);
    expect(baselineProblems('class A { #x; has(o) { return #x in o; } }', 'script')[0]).toMatch(/#field in/);
    expect(baselineProblems('const r = /a/d;', 'script')[0]).toMatch(/RegExp flag/);
    expect(baselineProblems('const x = a?.b ?? c; using y = z;', 'script')[0]).toMatch(/syntax newer/);
  });

  it('allows await inside functions', () => {
    expect(
      baselineProblems('async function f() { await g(); for await (const x of y) {} }', 'module'),
    ).toEqual([]);
  });
});
