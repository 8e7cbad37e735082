// The Word commands of the command-line tool: the files they write and their exit codes.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeArchive, type WriteInput } from '../../src/domain/archive';
import { readDocx } from '../../src/office/__tests__/docx-reader';
import { validInput } from '../../tests/fixtures/make-hostile-archives';
import { runCli as run } from './run-cli';

let dir: string;
let good: string;
let broken: string;
let input: WriteInput;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'word-cli-'));
  good = join(dir, 'qizi.zip');
  broken = join(dir, 'broken.zip');
  input = await validInput();
  const bytes = await writeArchive(input);
  await writeFile(good, bytes);
  await writeFile(broken, bytes.slice(0, bytes.length >> 1));
}, 60_000);

afterAll(() => rm(dir, { recursive: true, force: true }));

const docxAt = async (file: string) => readDocx(new Uint8Array(await readFile(file)));

describe('report', () => {
  it('writes the year’s draft with the archive’s counts and exits 0', async () => {
    const out = join(dir, '报告.docx');
    const { code, out: said } = await run(
      'report',
      good,
      '--year',
      '2025',
      '--as-of',
      '2026-01-31',
      '--out',
      out,
    );
    expect(code).toBe(0);
    expect(said).toContain(out);
    const docx = await docxAt(out);
    expect(docx.paragraphs).toContain('（草稿）');
    const sessions = input.data.sessions.filter((s) => s.startDate.startsWith('2025-')).length;
    expect(sessions).toBeGreaterThan(0);
    expect(docx.text).toContain(`全年召开人民代表大会会议${sessions}次`);
    expect(docx.paragraphs).toContain('数据来源');
  });

  it('writes the 考评 report with --compliance, from the live evaluation when no snapshot is frozen', async () => {
    const out = join(dir, '考评.docx');
    const { code, err } = await run(
      'report',
      good,
      '--year',
      '2025',
      '--as-of',
      '2026-01-31',
      '--compliance',
      '--out',
      out,
    );
    expect(code).toBe(0);
    expect(err).toContain('没有 2025 年度的冻结快照');
    const docx = await docxAt(out);
    expect(docx.paragraphs[0]).toBe('示例镇2025年度人大工作考评报告');
    expect(docx.tables[0]![0]).toEqual(['章', '得分', '计分义务', '已达标', '部分达标', '未达标', '其他']);
  });

  it.each([
    [() => ['report', broken, '--year', '2025'], 1, '归档无效'],
    [() => ['report', join(dir, 'missing.zip'), '--year', '2025'], 2, '找不到'],
    [() => ['report', good, '--year', '25'], 2, '--year'],
    [() => ['report', good, '--bogus'], 2, '未知选项'],
    [() => ['report'], 2, '需要且只需要一个归档文件'],
    [() => ['report', good, '--year', '2025', '--out', join(dir, 'no-such-dir', 'x.docx')], 2, '无法写入'],
  ])('refuses bad input %# with its exit code', async (argv, expected, message) => {
    const { code, err } = await run(...argv());
    expect(code).toBe(expected);
    expect(err).toContain(message);
  });
});

describe('form', () => {
  it('writes a blank form without --record', async () => {
    const out = join(dir, '通知.docx');
    expect((await run('form', good, 'session-notice', '--out', out)).code).toBe(0);
    const docx = await docxAt(out);
    expect(docx.paragraphs).toContain('会议通知');
  });

  it('fills a form from the record --record names', async () => {
    const session = input.data.sessions[0]!;
    const out = join(dir, '签到.docx');
    expect((await run('form', good, 'session-sign-in', '--record', session.id, '--out', out)).code).toBe(0);
    const docx = await docxAt(out);
    const serving = input.data.deputies.find((d) => d.serviceFrom <= session.startDate && !d.serviceTo)!;
    expect(docx.tables.flat(2).join('\n')).toContain(serving.name);
  });

  it.each([
    [() => ['form', good, 'no-such-form'], 2, '没有编号为'],
    [() => ['form', good, 'session-sign-in', '--record', 'nope'], 1, '归档中没有'],
    [() => ['form', broken, 'session-notice'], 1, '归档无效'],
    [() => ['form', good], 2, '模板编号'],
  ])('refuses bad input %# with its exit code', async (argv, expected, message) => {
    const { code, err } = await run(...argv());
    expect(code).toBe(expected);
    expect(err).toContain(message);
  });
});
