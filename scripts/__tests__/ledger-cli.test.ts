// The city's command-line tool: exit codes, aligned Chinese tables, the engine's scores, CSV.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeArchive } from '../../src/domain/archive';
import { generateDemo, generateDemoSettings } from '../../src/domain/demo/generate';
import { SettingsSchema } from '../../src/domain/ledger';
import { readShared } from '../../src/test-support/shared';
import { FIXTURE_NOW, validInput } from '../../tests/fixtures/make-hostile-archives';
import { displayWidth, formatTable } from '../ledger-cli-main';
import { runCli as run } from './run-cli';

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

describe('score of the demo township (catalogue 1.1)', () => {
  it('lists every duty id of obligations.md, the seven new ones with their evidence and misses', async () => {
    const contractIds = [...readShared('spec/obligations.md').matchAll(/^\| `([a-z0-9-]+)` \|/gm)].map(
      (m) => m[1]!,
    );
    const options = { deputies: 40, fromYear: 2021, toYear: 2025, scale: 0.3 };
    const demoZip = join(dir, 'demo.zip');
    const input = await validInput();
    const settings = SettingsSchema.parse({
      id: 'settings',
      updatedAt: FIXTURE_NOW.toISOString(),
      ...generateDemoSettings(options),
    });
    await writeFile(
      demoZip,
      await writeArchive({ ...input, data: generateDemo(options), settings, blobs: new Map() }),
    );
    const scored = async (year: string) => {
      const { code, out } = await run('score', demoZip, '--year', year, '--as-of', '2026-06-30', '--json');
      expect(code).toBe(0);
      return JSON.parse(out).evaluation.results as { id: string; status: string; evidence: unknown[] }[];
    };
    const y2021 = await scored('2021');
    const y2022 = await scored('2022');
    expect(contractIds).toHaveLength(55);
    expect(y2021.map((r) => r.id).sort()).toEqual([...contractIds].sort());
    const status = (results: typeof y2021, id: string) => results.find((r) => r.id === id)?.status;
    // The points table is adopted in February 2022: 2021 misses, 2022 meets.
    expect(status(y2021, 'art15-points-scheme')).toBe('missed');
    expect(status(y2022, 'art15-points-scheme')).toBe('met');
    // 2022's suggestion-handling report is published 45 days after its session.
    expect(status(y2022, 'law-suggestion-report-published')).toBe('missed');
    expect(status(y2021, 'law-suggestion-report-published')).toBe('met');
    expect(y2021.find((r) => r.id === 'law-budget-voter-views')?.evidence.length).toBeGreaterThan(0);
  }, 120_000);
});

describe('demo, --term, dates and --help', () => {
  it('writes a demo township that verifies and scores by term; seeds differ', async () => {
    const a = join(dir, 'demo-a.zip');
    const b = join(dir, 'demo-b.zip');
    const made = await run('demo', '--out', a, '--seed', '1', '--deputies', '40', '--name', '示例镇');
    expect(made.code, made.err).toBe(0);
    expect((await run('demo', '--out', b, '--seed', '2', '--deputies', '40')).code).toBe(0);
    const verified = await run('verify', a, '--json');
    expect(verified.code).toBe(0);
    const info = JSON.parse(verified.out)[0].info;
    expect(info).toMatchObject({ townshipName: '示例镇', isDemo: true });
    const other = JSON.parse((await run('verify', b, '--json')).out)[0].info;
    expect(other.payloadOxum).not.toBe(info.payloadOxum);
    const scored = await run('score', a, '--term', '1', '--json', '--as-of', '2026-01-31');
    expect(scored.code, scored.err).toBe(0);
    expect(JSON.parse(scored.out).evaluation.selection.kind).toBe('term');
    expect(scored.err).toContain('第 1 个届次');
  }, 60_000);

  it('refuses impossible dates and bad numbers with exit 2 and the usage, never a stack trace', async () => {
    for (const argv of [
      ['score', good, '--as-of', '2026-02-30'],
      ['score', good, '--as-of', '2026-13-01'],
      ['compare', good, '--as-of', '20260101'],
      ['score', good, '--term', 'seven'],
      ['score', good, '--term', '1', '--year', '2025'],
      ['demo', '--out', join(dir, 'x.zip'), '--deputies', '5'],
      ['demo'],
    ]) {
      const { code, err } = await run(...argv);
      expect(code, argv.join(' ')).toBe(2);
      expect(err).toContain('用法');
      expect(err).not.toMatch(/\n\s+at /);
    }
  });

  it('prints each command its own usage with --help, exit 0', async () => {
    for (const command of ['verify', 'score', 'compare', 'demo', 'fixtures', 'report', 'form']) {
      const { code, out } = await run(command, '--help');
      expect(code).toBe(0);
      expect(out).toContain(`npm run ledger -- ${command}`);
    }
    expect((await run('--help')).out).toContain('npm run ledger -- demo');
  });
});
