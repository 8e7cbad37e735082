// The Word commands of the command-line tool, with the same document code as the browser:
//   npm run ledger -- report <zip> --year 2025 [--as-of YYYY-MM-DD] [--compliance] [--out 报告.docx]
//   npm run ledger -- form <zip> <form-id> [--record ID] [--year 2025] [--out 表.docx]
// Exit codes as the other commands: 0 written, 1 invalid archive or no such record, 2 usage or file error.
import { readFile, writeFile } from 'node:fs/promises';
import { readArchive, type ReadArchive } from '../../src/domain/archive';
import { catalogue } from '../../src/domain/catalogue';
import { evaluate } from '../../src/domain/compliance';
import { catalogueChangeNote, catalogueHash } from '../../src/domain/compliance/snapshot';
import { today } from '../../src/domain/dates';
import { formById } from '../../src/domain/forms/catalogue';
import { formSourceFromData } from '../../src/domain/forms/load-from-data';
import { formValues } from '../../src/domain/forms/sources';
import { rules } from '../../src/domain/handbook';
import { annualReportDraft, annualReportFileName } from '../../src/domain/office/annual-report';
import { complianceReportDocument, complianceReportTitle } from '../../src/domain/office/compliance-report';
import { BLANK_VALUES, formDocument, formFileName } from '../../src/domain/office/form-document';
import { safeFileName, type OfficeDocument } from '../../src/domain/office/model';
import { renderDocx } from '../../src/office/render-docx';

/** Where output goes (the same shape as the tool's own). */
export interface WordIo {
  out: (text: string) => void;
  err: (text: string) => void;
}

/** The arguments as the tool parses them (scripts/ledger-cli-main.ts `Args`). */
interface Parsed {
  positional: string[];
  options: Map<string, string | true>;
}

const text = (parsed: Parsed, name: string) => {
  const value = parsed.options.get(name);
  return typeof value === 'string' ? value : undefined;
};

/** Reads the archive; a message and exit code when it cannot. */
async function open(file: string, io: WordIo): Promise<ReadArchive | number> {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(file));
  } catch {
    io.err(`找不到或无法读取文件：${file}`);
    return 2;
  }
  const read = await readArchive(bytes);
  if (!read.ok) {
    io.err(`归档无效（${read.reason}）：${read.message.replace(/没有导入任何数据。$/, '')}`);
    return 1;
  }
  return read.archive;
}

async function write(doc: OfficeDocument, out: string, io: WordIo): Promise<number> {
  try {
    await writeFile(out, await renderDocx(doc));
  } catch (error) {
    io.err(`无法写入文件 ${out}：${error instanceof Error ? error.message : String(error)}`);
    return 2;
  }
  io.out(`已写入 ${out}`);
  return 0;
}

function yearOption(parsed: Parsed, io: WordIo, fallback?: number): number | undefined {
  const value = text(parsed, 'year');
  const year = value === undefined ? fallback : Number(value);
  if (year === undefined || !Number.isInteger(year) || year < 1980 || year > 2200) {
    io.err('--year 应是四位年份，如 --year 2025。');
    return undefined;
  }
  return year;
}

async function report(parsed: Parsed, io: WordIo): Promise<number> {
  if (parsed.positional.length !== 1) {
    io.err(`report 需要且只需要一个归档文件。\n\n用法：\n${WORD_COMMANDS.report.usage}`);
    return 2;
  }
  const year = yearOption(parsed, io, Number(today().slice(0, 4)) - 1);
  if (year === undefined) return 2;
  const asOf = text(parsed, 'as-of') ?? today();
  if (!/^\d{4}-\d{2}-\d{2}$/.test(asOf)) {
    io.err('--as-of 应是日期，如 --as-of 2026-01-31。');
    return 2;
  }
  const archive = await open(parsed.positional[0]!, io);
  if (typeof archive === 'number') return archive;
  const evaluation = evaluate({
    data: archive.data,
    ...(archive.settings ? { settings: archive.settings } : {}),
    catalogue,
    selection: { kind: 'year', year },
    asOf,
  });
  if (parsed.options.has('compliance')) {
    const chapterTitles = Object.fromEntries(rules.chapters.map((c) => [c.num, c.title]));
    const frozen = archive.data.snapshots.find((s) => s.periodKey === `year:${year}`);
    const townshipName = archive.info.townshipName || archive.data.township[0]?.name || '';
    const doc = frozen
      ? complianceReportDocument(
          frozen,
          {
            townshipName: frozen.townshipName,
            label: frozen.label,
            range: frozen.range,
            asOf: frozen.asOf,
            catalogueVersion: frozen.catalogueVersion,
            closed: {
              on: frozen.createdAt.slice(0, 10),
              by: frozen.closedBy,
              catalogueHash: frozen.catalogueHash,
            },
            ...optionalNote(
              catalogueChangeNote(frozen, {
                hash: await catalogueHash(catalogue),
                version: catalogue.version,
              }),
            ),
          },
          catalogue,
          chapterTitles,
        )
      : complianceReportDocument(
          evaluation,
          {
            townshipName,
            label: `${year}年度`,
            range: evaluation.range,
            asOf,
            catalogueVersion: catalogue.version,
          },
          catalogue,
          chapterTitles,
        );
    if (!frozen) io.err(`归档中没有 ${year} 年度的冻结快照，按截至 ${asOf} 的实时考评结果生成。`);
    return write(
      doc,
      text(parsed, 'out') ??
        safeFileName(`${complianceReportTitle({ townshipName, label: `${year}年度` })}.docx`),
      io,
    );
  }
  const draft = annualReportDraft({
    data: archive.data,
    settings: archive.settings,
    catalogue,
    year,
    asOf,
    evaluation,
  });
  return write(draft.document, text(parsed, 'out') ?? safeFileName(annualReportFileName(draft)), io);
}

const optionalNote = (note: string | undefined) => (note ? { changeNote: note } : {});

async function form(parsed: Parsed, io: WordIo): Promise<number> {
  const [file, formId] = parsed.positional;
  if (parsed.positional.length !== 2 || !file || !formId) {
    io.err(`form 需要一个归档文件和一个模板编号。\n\n用法：\n${WORD_COMMANDS.form.usage}`);
    return 2;
  }
  const definition = formById(formId);
  if (!definition) {
    io.err(`没有编号为“${formId}”的表格模板。模板编号见网站“表格模板”页的地址，如 session-notice。`);
    return 2;
  }
  const record = text(parsed, 'record');
  if (record !== undefined && !definition.source) {
    io.err(`“${definition.title}”只有空白表格，不能按台账记录填写；请去掉 --record。`);
    return 2;
  }
  const year = parsed.options.has('year') ? yearOption(parsed, io) : undefined;
  if (parsed.options.has('year') && year === undefined) return 2;
  const archive = await open(file, io);
  if (typeof archive === 'number') return archive;
  let values = BLANK_VALUES;
  if (record !== undefined && definition.source) {
    const loaded = formSourceFromData(
      archive.data,
      archive.settings,
      definition.source,
      { record, ...(year !== undefined ? { year } : {}) },
      catalogue,
    );
    if (!loaded) {
      io.err(`归档中没有可以填写“${definition.title}”的记录 ${record}。`);
      return 1;
    }
    values = formValues(loaded);
  }
  return write(
    formDocument(definition, values),
    text(parsed, 'out') ?? safeFileName(formFileName(definition)),
    io,
  );
}

/**
 * The Word commands as entries of the tool's command table (scripts/ledger-cli-main.ts
 * `COMMANDS`): usage, options and what each runs.
 */
export const WORD_COMMANDS = {
  report: {
    usage: `  npm run ledger -- report <归档.zip> --year 2025 [--as-of 2026-01-31] [--compliance] [--out 报告.docx]
      生成主席团年度工作报告（草稿）；加 --compliance 生成年度考评报告`,
    values: ['year', 'as-of', 'out'],
    flags: ['compliance'],
    run: report,
  },
  form: {
    usage: `  npm run ledger -- form <归档.zip> <模板编号> [--record 记录编号] [--year 2025] [--out 表.docx]
      生成表格的 Word 文件（不给 --record 时为空白表格）`,
    values: ['record', 'year', 'out'],
    run: form,
  },
} satisfies Record<
  string,
  { usage: string; values?: string[]; flags?: string[]; run: (args: Parsed, io: WordIo) => Promise<number> }
>;
