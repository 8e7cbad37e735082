// The city's command-line tool over township archives, with the same reader, checks and
// compliance engine as the app:
//   npm run ledger -- verify <zip>…                     exit 0 all valid, 1 any invalid, 2 usage
//   npm run ledger -- score <zip> [--year 2025] [--as-of YYYY-MM-DD] [--json]
//   npm run ledger -- compare <zip>… [--year 2025] [--as-of …] [--csv | --json]
//   npm run ledger -- demo --out x.zip [--seed N] [--deputies N] [--name 示例镇]
//   npm run ledger -- fixtures <dir>                    writes the hostile test corpus
//   npm run ledger -- report … | form …                 Word files (scripts/cli/word-commands.ts)
// Commands are entries of COMMANDS (usage, options, run); `<command> --help` prints its usage.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import {
  archiveSchemaFiles,
  readArchive,
  toCsv,
  writeArchive,
  type ReadArchive,
} from '../src/domain/archive';
import { catalogue } from '../src/domain/catalogue';
import { STATUSES, evaluate, type Evaluation, type Selection } from '../src/domain/compliance';
import { compareTownships, ownSettingsEvaluation, type ComparedArchive } from '../src/domain/archive/compare';
import { isIsoDate, today } from '../src/domain/dates';
import { DEMO_DEFAULTS, generateDemo } from '../src/domain/demo/generate';
import {
  DEMO_TOWNSHIP,
  RECORD_TABLES,
  TOWNSHIPS,
  type LedgerData,
  RECORD_TABLE_NAMES,
} from '../src/domain/ledger';
import { WORD_COMMANDS } from './cli/word-commands';

/** Where output goes; tests pass their own. */
export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
}

const defaultIo: Io = {
  out: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
  err: (text) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
};

/** One command of the tool: its usage lines, its options, and what it does. */
export interface Command {
  /** Usage lines (Chinese), shown by `<command> --help` and in the overall usage. */
  usage: string;
  /** Options that take a value (`--year 2025`). */
  values?: readonly string[];
  /** Options without a value (`--json`). */
  flags?: readonly string[];
  run: (args: Args, io: Io) => Promise<number>;
}

/**
 * The commands, by name. Another command is one more entry (its usage, options and `run`);
 * `--help` and the usage text come from here.
 */
export const COMMANDS: Record<string, Command> = {};

/** The usage of one command, for `--help` and after a usage error. */
const help = (name: string) => `用法：\n${COMMANDS[name]?.usage ?? ''}`;

/** The usage of every command. */
export function usage(): string {
  return `用法：\n${Object.values(COMMANDS)
    .map((c) => c.usage)
    .join('\n')}\n\n每个命令后加 --help 可查看它的说明，如 npm run ledger -- verify --help。`;
}

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
export interface Args {
  positional: string[];
  options: Map<string, string | true>;
}

/** Reads `argv` with the options of `command` (and `--help`): positionals and `--flag [value]`. */
function parseArgs(argv: readonly string[], command: Command): Args | string {
  const values = new Set(command.values ?? []);
  const flags = new Set([...(command.flags ?? []), 'help']);
  const positional: string[] = [];
  const options = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (!arg.startsWith('--')) {
      positional.push(arg);
      continue;
    }
    const [name, inline] = arg.slice(2).split('=', 2) as [string, string | undefined];
    if (values.has(name)) {
      const value = inline ?? argv[++i];
      if (value === undefined || value.startsWith('--')) return `选项 --${name} 需要一个值。`;
      options.set(name, value);
    } else if (flags.has(name)) options.set(name, true);
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

const TABLES = RECORD_TABLE_NAMES;
const percent = (value: number | undefined) =>
  value === undefined ? '—' : `${Math.round(value * 1000) / 10}%`;

/** The period of score and compare: a year, or a term by its number (score only), and an as-of date. */
type Chosen =
  { year: number; asOf: string; term?: undefined } | { term: number; asOf: string; year?: undefined };

/** The options of score and compare: `--year`, `--term`, `--as-of`; a message for a bad one. */
function period(args: Args): Chosen | string {
  const now = today();
  const asOfText = args.options.get('as-of');
  const asOf = typeof asOfText === 'string' ? asOfText : now;
  if (!isIsoDate(asOf)) return `--as-of 应是存在的日期（年-月-日），如 --as-of 2026-01-31；“${asOf}”不是。`;
  const termText = args.options.get('term');
  const yearText = args.options.get('year');
  if (termText !== undefined && yearText !== undefined) return '--year 与 --term 只能选一个。';
  if (typeof termText === 'string') {
    if (!/^\d{1,2}$/.test(termText) || Number(termText) < 1)
      return `--term 应是届次的数字，如第七届写 --term 7；“${termText}”不是。`;
    return { term: Number(termText), asOf };
  }
  const year = typeof yearText === 'string' ? Number(yearText) : Number(now.slice(0, 4)) - 1;
  if (typeof yearText === 'string' && !/^\d{4}$/.test(yearText))
    return '--year 应是四位年份，如 --year 2025。';
  if (!Number.isInteger(year) || year < 1980 || year > 2200) return '--year 应是 1980 到 2200 之间的年份。';
  return { year, asOf };
}

/** The engine's selection for a chosen period in an archive, or a message when its term is not there. */
function selectionOf(archive: ReadArchive, chosen: Chosen, notices: string[]): Selection | string {
  if (chosen.term === undefined) return { kind: 'year', year: chosen.year };
  const byNumber = archive.data.terms.find((t) => t.number === chosen.term);
  if (byNumber) return { kind: 'term', termId: byNumber.id };
  // No term of that number: the N-th term the archive holds, oldest first (said on stderr).
  const ordered = [...archive.data.terms].sort((a, b) => a.startDate.localeCompare(b.startDate));
  const nth = ordered[chosen.term - 1];
  if (!nth)
    return `归档中没有第 ${chosen.term} 届，也没有第 ${chosen.term} 个届次（有：${ordered.map((t) => `第 ${t.number} 届`).join('、') || '无'}）。`;
  notices.push(
    `注意：归档中没有第 ${chosen.term} 届，按归档中的第 ${chosen.term} 个届次（第 ${nth.number} 届）计算。`,
  );
  return { kind: 'term', termId: nth.id };
}

/** The period's name: `2025 年度`, `第 7 届`. */
const periodName = (chosen: Chosen) =>
  chosen.term === undefined ? `${chosen.year} 年度` : `第 ${chosen.term} 届`;

function scoreOf(archive: ReadArchive, selection: Selection, asOf: string): Evaluation {
  return evaluate({
    data: archive.data,
    ...(archive.settings ? { settings: archive.settings } : {}),
    catalogue,
    selection,
    asOf,
  });
}

async function verify(args: Args, io: Io): Promise<number> {
  if (args.positional.length === 0) {
    io.err(`verify 需要至少一个归档文件。\n\n${help('verify')}`);
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
    io.err(`score 需要且只需要一个归档文件。\n\n${help('score')}`);
    return 2;
  }
  const chosen = period(args);
  if (typeof chosen === 'string') {
    io.err(`${chosen}\n\n${help('score')}`);
    return 2;
  }
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
  const notices: string[] = [];
  const selection = selectionOf(archive, chosen, notices);
  if (typeof selection === 'string') {
    io.err(selection);
    return 2;
  }
  for (const notice of notices) io.err(notice);
  const evaluation = scoreOf(archive, selection, chosen.asOf);
  if (archive.info.catalogueVersion && archive.info.catalogueVersion !== catalogue.version)
    io.err(
      `注意：归档使用的履职事项目录为 ${archive.info.catalogueVersion}，本工具按 ${catalogue.version} 计算。`,
    );
  const periodKey = selection.kind === 'year' ? `year:${selection.year}` : `term:${selection.termId}`;
  const frozen = archive.data.snapshots.find((s) => s.periodKey === periodKey);
  if (args.options.has('json')) {
    io.out(
      JSON.stringify(
        {
          township: archive.info.townshipName,
          townshipId: archive.info.townshipId,
          period: chosen.term === undefined ? { year: chosen.year } : { term: chosen.term },
          asOf: chosen.asOf,
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
      `${archive.info.townshipName} ${periodName(chosen)}履职考评（截至 ${chosen.asOf}，履职事项目录 ${catalogue.version}）`,
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
        : `归档中没有${periodName(chosen)}的冻结快照。`,
    ].join('\n'),
  );
  return 0;
}

async function compare(args: Args, io: Io): Promise<number> {
  if (args.positional.length === 0) {
    io.err(`compare 需要至少一个归档文件。\n\n${help('compare')}`);
    return 2;
  }
  const chosen = period(args);
  if (typeof chosen === 'string' || chosen.year === undefined) {
    io.err(
      `${typeof chosen === 'string' ? chosen : 'compare 按年度对比，请用 --year。'}\n\n${help('compare')}`,
    );
    return 2;
  }
  const archives: ComparedArchive[] = [];
  let invalid = false;
  for (const [index, file] of args.positional.entries()) {
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
    const { info, data, settings } = loaded.archive;
    archives.push({
      key: `${index}:${file}`,
      townshipName: info.townshipName || basename(file),
      data,
      settings,
    });
  }
  // The domain's one comparison (as on /city/); the CLI shows each township under its own settings.
  const comparison = compareTownships(archives, catalogue, { kind: 'year', year: chosen.year }, chosen.asOf);
  const scored: { name: string; evaluation: Evaluation }[] = [];
  for (const column of comparison.columns) {
    const evaluation = ownSettingsEvaluation(column);
    if (evaluation) scored.push({ name: column.townshipName, evaluation });
    else {
      io.err(`跳过无法考评的归档 ${column.townshipName}：${column.error ?? '无法考评'}`);
      invalid = true;
    }
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
    io.err(`fixtures 需要一个输出目录。\n\n${help('fixtures')}`);
    return 2;
  }
  const { makeHarmlessArchives, makeHostileArchives, validInput } =
    await import('../tests/fixtures/make-hostile-archives');
  await mkdir(dir, { recursive: true });
  const corpus = await makeHostileArchives();
  const lines: string[] = [];
  for (const item of corpus) {
    await writeFile(join(dir, `${item.name}.zip`), item.bytes);
    lines.push(`${item.name}.zip\t${item.expected}\t${item.description}`);
  }
  await writeFile(join(dir, 'valid-qizi.zip'), await writeArchive(await validInput()));
  lines.push('valid-qizi.zip\tvalid\ta small valid archive');
  const harmless = await makeHarmlessArchives();
  for (const item of harmless) {
    await writeFile(join(dir, `${item.name}.zip`), item.bytes);
    lines.push(`${item.name}.zip\tvalid\t${item.description}`);
  }
  await writeFile(join(dir, 'EXPECTED.tsv'), `${lines.join('\n')}\n`);
  io.out(`已写入 ${corpus.length + 1 + harmless.length} 个归档到 ${dir}（预期结果见 EXPECTED.tsv）。`);
  return 0;
}

/** The integer of an option within a range, the default when absent, or a message. */
function intOption(args: Args, name: string, fallback: number, min: number, max: number): number | string {
  const text = args.options.get(name);
  if (text === undefined) return fallback;
  if (typeof text !== 'string' || !/^\d{1,9}$/.test(text) || Number(text) < min || Number(text) > max)
    return `--${name} 应是 ${min} 到 ${max} 之间的整数。`;
  return Number(text);
}

async function demo(args: Args, io: Io): Promise<number> {
  const usageText = help('demo');
  const out = args.options.get('out');
  if (typeof out !== 'string' || args.positional.length > 0) {
    io.err(`demo 需要 --out 文件名.zip。\n\n${usageText}`);
    return 2;
  }
  const seed = intOption(args, 'seed', DEMO_DEFAULTS.seed, 0, 2 ** 31 - 1);
  const deputies = intOption(args, 'deputies', DEMO_DEFAULTS.deputies, 30, 160);
  const scale = intOption(args, 'scale', 1, 1, 100);
  for (const value of [seed, deputies, scale])
    if (typeof value === 'string') {
      io.err(`${value}\n\n${usageText}`);
      return 2;
    }
  const townshipOption = args.options.get('township');
  const townshipId = typeof townshipOption === 'string' ? townshipOption : DEMO_DEFAULTS.townshipId;
  const choices = [DEMO_TOWNSHIP, ...TOWNSHIPS];
  if (!choices.some((t) => t.id === townshipId)) {
    io.err(`未知的乡镇编号“${townshipId}”，可选：${choices.map((t) => t.id).join('、')}。\n\n${usageText}`);
    return 2;
  }
  const nameOption = args.options.get('name');
  const name = typeof nameOption === 'string' ? nameOption.trim() : undefined;
  if (name !== undefined && (!name || name.length > 20 || /[\\/:*?"<>|]/.test(name))) {
    io.err(`--name 应是 1 到 20 个字的乡镇名称。\n\n${usageText}`);
    return 2;
  }
  const generated = generateDemo({
    seed: seed as number,
    deputies: deputies as number,
    townshipId,
    scale: scale as number,
  });
  const data: LedgerData = name
    ? {
        ...generated,
        township: generated.township.map((t) => ({ ...t, name })),
        snapshots: generated.snapshots.map((s) => ({ ...s, townshipName: name })),
      }
    : generated;
  const bytes = await writeArchive({
    data,
    settings: undefined,
    blobs: new Map(),
    catalogue,
    appVersion: process.env['npm_package_version'] ?? 'cli',
    now: new Date(),
  });
  const check = await readArchive(bytes);
  if (!check.ok) {
    io.err(`生成的示例归档未通过核对：${check.message}`);
    return 1;
  }
  try {
    await writeFile(out, bytes);
  } catch {
    io.err(`无法写入文件：${out}`);
    return 2;
  }
  const count = TABLES.reduce((sum, t) => sum + data[t].length, 0);
  io.out(
    `已写入示例乡镇“${data.township[0]?.name ?? ''}”（种子 ${String(seed)}，代表 ${String(deputies)} 名，共 ${count} 条记录）的归档：${out}`,
  );
  return 0;
}

COMMANDS['verify'] = {
  usage: `  npm run ledger -- verify <归档.zip>… [--json]
      核对归档（退出码 0 全部有效，1 有无效归档，2 用法错误）`,
  flags: ['json'],
  run: verify,
};
COMMANDS['score'] = {
  usage: `  npm run ledger -- score <归档.zip> [--year 2025 | --term 7] [--as-of 2026-01-31] [--json]
      用与台账相同的引擎计算某年度（或某一届）的履职考评；--term 是届次，归档中没有该届时按其中第 N 个届次`,
  values: ['year', 'term', 'as-of'],
  flags: ['json'],
  run: score,
};
COMMANDS['compare'] = {
  usage: `  npm run ledger -- compare <归档.zip>… [--year 2025] [--as-of 2026-01-31] [--csv | --json]
      各乡镇逐项对比（CSV 带 BOM，可用 Excel 打开）`,
  values: ['year', 'as-of'],
  flags: ['json', 'csv'],
  run: compare,
};
COMMANDS['demo'] = {
  usage: `  npm run ledger -- demo --out <文件.zip> [--seed 7] [--deputies 75] [--name 示例镇] [--township shili] [--scale 1]
      生成与网站“载入示例乡镇”相同的虚构示例台账归档（种子不同，乡镇数据不同）`,
  values: ['out', 'seed', 'deputies', 'name', 'township', 'scale'],
  run: demo,
};
async function schemas(args: Args, io: Io): Promise<number> {
  const dir = args.positional[0];
  if (!dir || args.positional.length > 1) {
    io.err(`schemas 需要一个输出目录。\n\n${help('schemas')}`);
    return 2;
  }
  await mkdir(dir, { recursive: true });
  const files = archiveSchemaFiles();
  for (const [name, text] of files) await writeFile(join(dir, name), text);
  io.out(`已写入 ${files.size} 个 JSON Schema 文件到 ${dir}。`);
  return 0;
}

COMMANDS['schemas'] = {
  usage: `  npm run ledger -- schemas <目录>
      写出归档各文件的 JSON Schema（仓库中的 docs/archive-schema/ 由此生成）`,
  run: schemas,
};
Object.assign(COMMANDS, WORD_COMMANDS);
COMMANDS['fixtures'] = {
  usage: `  npm run ledger -- fixtures <目录>
      生成测试用的异常归档与应当通过的变体（开发用，预期结果见 EXPECTED.tsv）`,
  run: fixtures,
};

/** Runs the tool; returns the exit code. */
export async function main(argv: readonly string[], io: Io = defaultIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === 'help' || name === '--help' || name === '-h') {
    (name === undefined ? io.err : io.out)(usage());
    return name === undefined ? 2 : 0;
  }
  const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!command) {
    io.err(`未知命令“${name}”。\n\n${usage()}`);
    return 2;
  }
  const args = parseArgs(rest, command);
  if (typeof args === 'string') {
    io.err(`${args}\n\n${help(name)}`);
    return 2;
  }
  if (args.options.has('help')) {
    io.out(help(name));
    return 0;
  }
  try {
    return await command.run(args, io);
  } catch (error) {
    // A fault of the tool, not of the input: one line, no stack trace (set DEBUG=1 for it).
    io.err(`命令行工具出错：${error instanceof Error ? error.message : String(error)}`);
    if (process.env['DEBUG']) io.err(String(error instanceof Error ? error.stack : error));
    return 2;
  }
}
