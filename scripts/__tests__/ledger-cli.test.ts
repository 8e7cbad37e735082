// The city's command-line tool: exit codes, aligned Chinese tables, the engine's scores, CSV.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeArchive } from '../../src/domain/archive';
import { validInput } from '../../tests/fixtures/make-hostile-archives';
import { displayWidth, formatTable, main, type Io } from '../ledger-cli-main';

let dir: string;
let good: string;
let other: string;
let broken: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ledger-cli-'));
  good = join(dir, 'shili.zip');
  other = join(dir, 'shanzao.zip');
  broken = join(dir, 'broken.zip');
  const bytes = await writeArchive(await validInput());
  await writeFile(good, bytes);
  await writeFile(other, await writeArchive(await validInput('shanzao')));
  await writeFile(broken, bytes.slice(0, bytes.length >> 1));
}, 60_000);

afterAll(() => rm(dir, { recursive: true, force: true }));

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: Io = { out: (t) => (out += `${t}\n`), err: (t) => (err += `${t}\n`) };
  const code = await main(argv, io);
  return { code, out, err };
}

describe('table output', () => {
  it('counts CJK and full-width characters as two columns', () => {
    expect(displayWidth('abc')).toBe(3);
    expect(displayWidth('示例镇')).toBe(6);
    expect(displayWidth('（1）')).toBe(5);
  });

  it('aligns columns of mixed Chinese and ASCII text', () => {
    const lines = formatTable(
      ['乡镇', 'score'],
      [
        ['示例镇', '50%'],
        ['a', '100%'],
      ],
    ).split('\n');
    const ends = lines.map((l) => displayWidth(l));
    expect(new Set(ends).size).toBe(1);
    expect(lines[2]).toBe('示例镇    50%');
  });
});

describe('verify', () => {
  it('exits 0 and reports the township and counts for a valid archive', async () => {
    const { code, out } = await run('verify', good);
    expect(code).toBe(0);
    expect(out).toContain('有效：示例镇');
    expect(out).toMatch(/代表名册（deputies）\s+\d+/);
  });

  it('exits 1 with the reason for an invalid archive', async () => {
    const { code, out } = await run('verify', good, broken);
    expect(code).toBe(1);
    expect(out).toContain('无效（truncated）');
  });

  it('exits 2 on usage errors', async () => {
    expect((await run('verify')).code).toBe(2);
    expect((await run('verify', join(dir, 'missing.zip'))).code).toBe(2);
    expect((await run('frobnicate')).code).toBe(2);
    expect((await run('score', good, '--year')).code).toBe(2);
    expect((await run('score', good, '--year', 'soon')).code).toBe(2);
  });

  it('prints JSON with --json', async () => {
    const { out } = await run('verify', good, '--json');
    expect(JSON.parse(out)[0]).toMatchObject({ valid: true, info: { townshipId: 'shili' } });
  });
});

describe('score and compare', () => {
  it('scores an archive with the engine, as a table or JSON', async () => {
    const table = await run('score', good, '--year', '2025', '--as-of', '2026-01-31');
    expect(table.code).toBe(0);
    expect(table.out).toContain('示例镇 2025 年度履职考评');
    expect(table.out).toContain('总分');
    const json = await run('score', good, '--year', '2025', '--as-of', '2026-01-31', '--json');
    const parsed = JSON.parse(json.out);
    expect(parsed.evaluation.selection).toEqual({ kind: 'year', year: 2025 });
    expect(parsed.evaluation.results.length).toBeGreaterThan(10);
  });

  it('compares townships duty by duty, as a table or CSV with BOM', async () => {
    const table = await run('compare', good, other, '--year', '2025', '--as-of', '2026-01-31');
    expect(table.code).toBe(0);
    expect(table.out.split('\n').find((l) => l.startsWith('事项'))).toMatch(/示例镇\s+山枣镇/);
    const csv = await run('compare', good, other, '--year', '2025', '--as-of', '2026-01-31', '--csv');
    expect(csv.out.startsWith('\uFEFF事项,名称,示例镇,山枣镇')).toBe(true);
    const withBroken = await run('compare', good, broken, '--year', '2025', '--as-of', '2026-01-31');
    expect(withBroken.code).toBe(1);
    expect(withBroken.err).toContain('跳过无效归档');
  });
});
