// The city's command-line tool over township archives, with the same reader, checks and
// compliance engine as the app:
//   npm run ledger -- verify <zip>…                     exit 0 all valid, 1 any invalid, 2 usage
//   npm run ledger -- score <zip> [--year 2025] [--as-of YYYY-MM-DD] [--json]
//   npm run ledger -- compare <zip>… [--year 2025] [--as-of …] [--csv | --json]
//   npm run ledger -- fixtures <dir>                    writes the hostile test corpus
//   npm run ledger -- report … | form …                 Word files (scripts/cli/word-commands.ts)
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { readArchive, toCsv, type ReadArchive } from '../src/domain/archive';
import { catalogue } from '../src/domain/catalogue';
import { STATUSES, evaluate, type Evaluation } from '../src/domain/compliance';
import { today } from '../src/domain/dates';
import { RECORD_TABLES, type RecordTable } from '../src/domain/ledger';
import { WORD_COMMANDS, WORD_USAGE, runWordCommand } from './cli/word-commands';

/** Where output goes; tests pass their own. */
export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
}

const defaultIo: Io = {
  out: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
  err: (text) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
};

const USAGE = `用法：
  npm run ledger -- verify <归档.zip>…                      核对归档（退出码 0 全部有效，1 有无效归档，2 用法错误）
  npm run ledger -- score <归档.zip> [--year 2025] [--as-of 2026-01-31] [--json]
                                                            用与台账相同的引擎计算某年度履职考评
  npm run ledger -- compare <归档.zip>… [--year 2025] [--as-of …] [--csv | --json]
                                                            各乡镇逐项对比
  npm run ledger -- fixtures <目录>                          生成测试用的异常归档（开发用）
${WORD_USAGE}`;

/** Display width of text in a terminal: CJK and full-width characters take two columns. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    const wide =
      (code >= 0x1100 && code <= 0x115f) ||
      (code >= 0x2e80 && code <= 0xa4cf) ||
      (code >= 0xac00 && code <= 0xd7a3) ||
      (code >= 0xf900 && code <= 0xfaff) ||
      (code >= 0xfe30 && code <= 0xfe4f) ||
      (code >= 0xff00 && code <= 0xff60) ||
      (code >= 0xffe0 && code <= 0xffe6) ||
      (code >= 0x20000 && code <= 0x3fffd);
    width += wide ? 2 : 1;
  }
  return width;
}

/** A table as aligned text (double-width aware); numbers right-aligned. */
export function formatTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((h, i) =>
    Math.max(displayWidth(h), ...rows.map((r) => displayWidth(r[i] ?? ''))),
  );
  const pad = (cell: string, i: number) => {
    const space = ' '.repeat(widths[i]! - displayWidth(cell));
    return /^-?[\d.]+%?$/.test(cell) ? space + cell : cell + space;
  };
  const line = (cells: readonly string[]) =>
    cells
      .map((c, i) => pad(c, i))
      .join('  ')
      .trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

/** Parsed arguments: positionals and `--flag [value]` options. */
interface Args {
  positional: string[];
  options: Map<string, string | true>;
}

const VALUE_OPTIONS = new Set(['year', 'as-of']);
const FLAG_OPTIONS = new Set(['json', 'csv', 'help']);

function parseArgs(argv: readonly string[]): Args | string {
  const positional: string[] = [];
  const options = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (!arg.startsWith('--')) {
      positional.push(arg);
      continue;
    }
    const [name, inline] = arg.slice(2).split('=', 2) as [string, string | undefined];
    if (VALUE_OPTIONS.has(name)) {
      const value = inline ?? argv[++i];
      if (value === undefined) return `选项 --${name} 需要一个值。`;
      options.set(name, value);
    } else if (FLAG_OPTIONS.has(name)) options.set(name, true);
    else return `未知选项 --${name}。`;
  }
  return { positional, options };
}

type Loaded =
  | { file: string; ok: true; archive: ReadArchive }
  | { file: string; ok: false; reason: string; message: string };

async function load(file: string): Promise<Loaded | undefined> {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(file));
  } catch {
    return undefined;
  }
  const read = await readArchive(bytes);
  // The reader's messages end with "没有导入任何数据。", which is beside the point here.
  return read.ok
    ? { file, ok: true, archive: read.archive }
    : { file, ok: false, reason: read.reason, message: read.message.replace(/没有导入任何数据。$/, '') };
}

const TABLES = Object.keys(RECORD_TABLES) as RecordTable[];
const percent = (value: number | undefined) =>
  value === undefined ? '—' : `${Math.round(value * 1000) / 10}%`;

/** The options of score and compare: year and as-of date. */
function period(args: Args, io: Io): { year: number; asOf: string } | undefined {
  const yearText = args.options.get('year');
  const now = today();
  const year = typeof yearText === 'string' ? Number(yearText) : Number(now.slice(0, 4)) - 1;
  if (!Number.isInteger(year) || year < 1980 || year > 2200) {
    io.err(`--year 应是四位年份，如 --year 2025。`);
    return undefined;
  }
  const asOfText = args.options.get('as-of');
  const asOf = typeof asOfText === 'string' ? asOfText : now;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(asOf)) {
    io.err('--as-of 应是日期，如 --as-of 2026-01-31。');
    return undefined;
  }
  return { year, asOf };
}

function scoreOf(archive: ReadArchive, year: number, asOf: string): Evaluation {
  return evaluate({
    data: archive.data,
    ...(archive.settings ? { settings: archive.settings } : {}),
    catalogue,
    selection: { kind: 'year', year },
    asOf,
  });
}

async function verify(args: Args, io: Io): Promise<number> {
  if (args.positional.length === 0) {
    io.err(`verify 需要至少一个归档文件。\n\n${USAGE}`);
    return 2;
  }
  const results: Loaded[] = [];
  for (const file of args.positional) {
    const loaded = await load(file);
    if (!loaded) {
      io.err(`找不到或无法读取文件：${file}`);
      return 2;
    }
    results.push(loaded);
  }
  if (args.options.has('json'))
    io.out(
      JSON.stringify(
        results.map((r) =>
          r.ok
            ? { file: r.file, valid: true, info: r.archive.info, upgradedFrom: r.archive.upgradedFrom }
            : { file: r.file, valid: false, reason: r.reason, message: r.message },
        ),
        null,
        2,
      ),
    );
  else
    for (const r of results) {
      if (!r.ok) {
        io.out(`✗ ${r.file}\n  无效（${r.reason}）：${r.message}\n`);
        continue;
      }
      const { info } = r.archive;
      io.out(
        [
          `✓ ${r.file}`,
          `  有效：${info.townshipName || '（未设置乡镇）'}${info.isDemo ? '（示例数据）' : ''}，导出日期 ${info.baggingDate}，程序 ${info.appVersion || '—'}，归档格式第 ${info.formatVersion} 版${r.archive.upgradedFrom !== undefined ? '（旧格式，已按新格式读取）' : ''}，履职事项目录 ${info.catalogueVersion}`,
          `  Payload-Oxum ${info.payloadOxum}；全部 SHA-256 校验值、记录格式、编号与引用均已核对。`,
          '',
          formatTable(
            ['表', '记录数'],
            TABLES.map((t) => [`${RECORD_TABLES[t].label}（${t}）`, String(info.counts[t] ?? 0)]),
          ),
          '',
        ].join('\n'),
      );
    }
  return results.every((r) => r.ok) ? 0 : 1;
}

async function score(args: Args, io: Io): Promise<number> {
  if (args.positional.length !== 1) {
    io.err(`score 需要且只需要一个归档文件。\n\n${USAGE}`);
    return 2;
  }
  const chosen = period(args, io);
  if (!chosen) return 2;
  const loaded = await load(args.positional[0]!);
  if (!loaded) {
    io.err(`找不到或无法读取文件：${args.positional[0]}`);
    return 2;
  }
  if (!loaded.ok) {
    io.err(`归档无效（${loaded.reason}）：${loaded.message}`);
    return 1;
  }
  const { archive } = loaded;
  const evaluation = scoreOf(archive, chosen.year, chosen.asOf);
  if (archive.info.catalogueVersion && archive.info.catalogueVersion !== catalogue.version)
    io.err(
      `注意：归档使用的履职事项目录为 ${archive.info.catalogueVersion}，本工具按 ${catalogue.version} 计算。`,
    );
  const frozen = archive.data.snapshots.find((s) => s.periodKey === `year:${chosen.year}`);
  if (args.options.has('json')) {
    io.out(
      JSON.stringify(
        {
          township: archive.info.townshipName,
          townshipId: archive.info.townshipId,
          evaluation,
          frozenSnapshot: frozen ?? null,
        },
        null,
        2,
      ),
    );
    return 0;
  }
  const titles = new Map(catalogue.duties.map((d) => [d.id, d]));
  io.out(
    [
      `${archive.info.townshipName} ${chosen.year} 年度履职考评（截至 ${chosen.asOf}，履职事项目录 ${catalogue.version}）`,
      '',
      formatTable(
        ['事项', '条目', '名称', '状态', '得分'],
        evaluation.results.map((r) => [
          r.id,
          titles.get(r.id)?.sourceLabel ?? '',
          titles.get(r.id)?.title ?? '',
          STATUSES[r.status],
          percent(r.score),
        ]),
      ),
      '',
      `总分：${percent(evaluation.overall.value)}（计分事项 ${evaluation.overall.scored} 项）`,
      `分章：${Object.entries(evaluation.chapters)
        .map(([chapter, s]) => `第${chapter}章 ${percent(s.value)}`)
        .join('，')}`,
      frozen
        ? `归档中的冻结快照（${frozen.label}，截至 ${frozen.asOf}）：总分 ${percent(frozen.overall.value)}`
        : `归档中没有 ${chosen.year} 年度的冻结快照。`,
    ].join('\n'),
  );
  return 0;
}

async function compare(args: Args, io: Io): Promise<number> {
  if (args.positional.length === 0) {
    io.err(`compare 需要至少一个归档文件。\n\n${USAGE}`);
    return 2;
  }
  const chosen = period(args, io);
  if (!chosen) return 2;
  const scored: { name: string; evaluation: Evaluation }[] = [];
  let invalid = false;
  for (const file of args.positional) {
    const loaded = await load(file);
    if (!loaded) {
      io.err(`找不到或无法读取文件：${file}`);
      return 2;
    }
    if (!loaded.ok) {
      io.err(`跳过无效归档 ${file}（${loaded.reason}）：${loaded.message}`);
      invalid = true;
      continue;
    }
    const name = loaded.archive.info.townshipName || basename(file);
    scored.push({ name, evaluation: scoreOf(loaded.archive, chosen.year, chosen.asOf) });
  }
  if (args.options.has('json')) {
    io.out(JSON.stringify({ year: chosen.year, asOf: chosen.asOf, townships: scored }, null, 2));
    return invalid ? 1 : 0;
  }
  const header = ['事项', '名称', ...scored.map((s) => s.name)];
  const rows = catalogue.duties.map((duty) => [
    duty.id,
    duty.title,
    ...scored.map((s) => {
      const r = s.evaluation.results.find((x) => x.id === duty.id);
      return r ? `${STATUSES[r.status]}${r.score === undefined ? '' : ` ${percent(r.score)}`}` : '—';
    }),
  ]);
  rows.push(['总分', '', ...scored.map((s) => percent(s.evaluation.overall.value))]);
  if (args.options.has('csv')) {
    const records = rows.map((row) => Object.fromEntries(header.map((h, i) => [h, row[i]])));
    io.out(toCsv(records));
  } else
    io.out(
      [
        `${chosen.year} 年度各乡镇履职对比（截至 ${chosen.asOf}，履职事项目录 ${catalogue.version}）`,
        '',
        formatTable(header, rows),
      ].join('\n'),
    );
  return invalid ? 1 : 0;
}

async function fixtures(args: Args, io: Io): Promise<number> {
  const dir = args.positional[0];
  if (!dir) {
    io.err(`fixtures 需要一个输出目录。\n\n${USAGE}`);
    return 2;
  }
  const { makeHostileArchives, validInput } = await import('../tests/fixtures/make-hostile-archives');
  const { writeArchive } = await import('../src/domain/archive');
  await mkdir(dir, { recursive: true });
  const corpus = await makeHostileArchives();
  const lines: string[] = [];
  for (const item of corpus) {
    await writeFile(join(dir, `${item.name}.zip`), item.bytes);
    lines.push(`${item.name}.zip\t${item.expected}\t${item.description}`);
  }
  await writeFile(join(dir, 'valid-qizi.zip'), await writeArchive(await validInput()));
  lines.push('valid-qizi.zip\tvalid\ta small valid archive');
  await writeFile(join(dir, 'EXPECTED.tsv'), `${lines.join('\n')}\n`);
  io.out(`已写入 ${corpus.length + 1} 个归档到 ${dir}（预期结果见 EXPECTED.tsv）。`);
  return 0;
}

/** Runs the tool; returns the exit code. */
export async function main(argv: readonly string[], io: Io = defaultIo): Promise<number> {
  const [command, ...rest] = argv;
  if (command !== undefined && WORD_COMMANDS.has(command)) return runWordCommand(command, rest, io);
  const args = parseArgs(rest);
  if (typeof args === 'string') {
    io.err(`${args}\n\n${USAGE}`);
    return 2;
  }
  switch (command) {
    case 'verify':
      return verify(args, io);
    case 'score':
      return score(args, io);
    case 'compare':
      return compare(args, io);
    case 'fixtures':
      return fixtures(args, io);
    case undefined:
    case 'help':
    case '--help':
      io.out(USAGE);
      return command === undefined ? 2 : 0;
    default:
      io.err(`未知命令“${command}”。\n\n${USAGE}`);
      return 2;
  }
}
