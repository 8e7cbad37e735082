// The roster as a spreadsheet (代表名册 from Excel): the template's columns with Chinese headers,
// and the check of an imported sheet row by row BEFORE anything is written. Pure: the page reads
// the .xlsx or .csv into rows of cells (read-excel-file, csv.ts), this module turns them into
// deputies or into each row's problems in Chinese, and storage writes the lot in one transaction.
import '../../utils/error-map';
import { DeputySchema, type Deputy, type DeputyLevel } from './deputy';
import {
  codeOf,
  COMPOSITIONS,
  EDUCATIONS,
  ETHNICITIES,
  GENDERS,
  POLITICAL_STATUS_SHORT,
  POLITICAL_STATUSES,
} from './codes';

/** The fields a sheet can fill, in the template's column order. */
export const ROSTER_COLUMNS = [
  { key: 'name', header: '姓名', required: true, example: '王芳' },
  { key: 'gender', header: '性别', example: '女' },
  { key: 'ethnicity', header: '民族', example: '汉族' },
  { key: 'birthMonth', header: '出生年月', example: '1975-03' },
  { key: 'politicalStatus', header: '政治面貌', example: '中共党员' },
  { key: 'education', header: '文化程度', example: '大学本科' },
  { key: 'composition', header: '代表构成', example: '农民' },
  { key: 'levels', header: '代表层级', example: '乡镇' },
  { key: 'constituency', header: '选区', example: '第三选区' },
  { key: 'station', header: '所属联络站', example: '' },
  { key: 'isLeaderCadre', header: '领导干部代表', example: '否' },
  { key: 'serviceFrom', header: '任职日期', example: '2021-10-20' },
  { key: 'workUnit', header: '工作单位及职务', example: '某村村民委员会主任' },
  { key: 'phone', header: '联系电话', example: '' },
  { key: 'note', header: '备注', example: '' },
] as const satisfies readonly { key: string; header: string; required?: boolean; example: string }[];

export type RosterColumnKey = (typeof ROSTER_COLUMNS)[number]['key'];

/** What the template's notes row says of each column that needs one. */
export const ROSTER_COLUMN_HINTS: Partial<Record<RosterColumnKey, string>> = {
  name: '必填',
  gender: '男 或 女',
  ethnicity: '民族名称或 GB 3304 代码，如 汉族、土家族、01',
  birthMonth: '年-月，如 1975-03（也可写 1975.03 或 1975年3月）',
  politicalStatus: `${Object.values(POLITICAL_STATUS_SHORT).join('、')}（或 GB/T 4762 代码）`,
  education: Object.values(EDUCATIONS).join('、'),
  composition: Object.values(COMPOSITIONS).join('、'),
  levels: '乡镇、湘乡市、湘潭市、湖南省、全国，可写多个，用顿号隔开；不填为乡镇',
  station: '填写已登记的联络站名称',
  isLeaderCadre: '是 或 否',
  serviceFrom: '年-月-日；不填时取本届开始日期',
};

/** A cell as a spreadsheet reader returns it. */
export type SheetCell = string | number | boolean | Date | null | undefined;

/** What the check needs to know of the ledger. */
export interface RosterContext {
  /** Registered stations, to find a station by its name. */
  stations: readonly { id: string; name: string }[];
  /** The term new township deputies belong to (the latest), whose start is the default 任职日期. */
  term?: { id: string; startDate: string } | undefined;
  /** Deputies already in the roster, to refuse a second copy of the same person. */
  existing: readonly Pick<Deputy, 'name' | 'birthMonth'>[];
  /** A new record id. */
  newId: () => string;
  /** The time stamp of the new records. */
  now: string;
}

/** One data row of the sheet, with the deputy it makes or what is wrong with it. */
export interface RosterRow {
  /** The row's number in the spreadsheet (1 = the first row), as Excel shows it. */
  line: number;
  /** The cells as text, by field. */
  cells: Partial<Record<RosterColumnKey, string>>;
  /** What is wrong, in Chinese; empty when the row can be imported. */
  problems: string[];
  /** The deputy to write, when the row has no problems. */
  deputy?: Deputy;
}

/** The check of a whole sheet. */
export interface RosterPreview {
  /** Problems of the sheet as a whole (no 姓名 column, no rows); nothing can be imported. */
  sheetProblems: string[];
  /** Headers that match no column, which are left out. */
  ignoredHeaders: string[];
  rows: RosterRow[];
  /** True when there are rows and none has a problem: the import may be written. */
  ready: boolean;
}

/** A date cell as `YYYY-MM-DD` (dates read from .xlsx are midnight UTC). */
function dateText(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** A cell as trimmed text; dates as `YYYY-MM-DD`, true/false as 是/否. */
export function cellText(cell: SheetCell): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? '' : dateText(cell);
  if (typeof cell === 'boolean') return cell ? '是' : '否';
  return String(cell).trim();
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * A date as `YYYY-MM-DD` from the ways people type it (`2021-10-20`, `2021/10/20`, `2021.10.20`,
 * `2021年10月20日`); the text unchanged when it is none of them (the schema then refuses it).
 */
export function normaliseDate(text: string): string {
  const m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(text);
  return m ? `${m[1]}-${pad(Number(m[2]))}-${pad(Number(m[3]))}` : text;
}

/**
 * 出生年月 as `YYYY-MM` from `1975-03`, `1975/3`, `1975.03`, `1975年3月`, `197503`, a date, or
 * the number 1975.1 that Excel makes of `1975.10`; the text unchanged when it is none of them.
 */
export function normaliseMonth(cell: SheetCell): string {
  if (cell instanceof Date) return dateText(cell).slice(0, 7);
  if (typeof cell === 'number' && cell > 1900 && cell < 2100 && !Number.isInteger(cell)) {
    const year = Math.floor(cell);
    return `${year}-${pad(Math.round((cell - year) * 100))}`;
  }
  const text = cellText(cell);
  const m =
    /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*(月|[-/.]\s*\d{1,2}\s*日?)?$/.exec(text) ??
    /^(\d{4})(\d{2})$/.exec(text);
  return m ? `${m[1]}-${pad(Number(m[2]))}` : text;
}

/** The short names of the levels, as a sheet writes them. */
const LEVEL_NAMES: Record<DeputyLevel, string[]> = {
  township: ['乡镇', '乡', '镇', '乡镇人大代表'],
  city: ['湘乡市', '市', '湘乡市人大代表', '县级'],
  prefecture: ['湘潭市', '湘潭市人大代表'],
  province: ['湖南省', '省', '湖南省人大代表'],
  national: ['全国', '全国人大代表'],
};

/** The short name of each level, for the template and the export. */
export const LEVEL_SHORT: Record<DeputyLevel, string> = {
  township: '乡镇',
  city: '湘乡市',
  prefecture: '湘潭市',
  province: '湖南省',
  national: '全国',
};

/** Other ways a sheet writes a political status (党员, 团员 …), by code. */
const POLITICAL_ALIASES: Record<string, string> = { ...POLITICAL_STATUS_SHORT };
const EXTRA_POLITICAL: [string, string][] = [
  ['党员', '01'],
  ['预备党员', '02'],
  ['团员', '03'],
  ['无党派', '12'],
];

/** The code of a political status from its code, full name, short name or a common shorter name. */
function politicalCode(text: string): string | undefined {
  return (
    codeOf(POLITICAL_STATUSES, text, POLITICAL_ALIASES) ??
    EXTRA_POLITICAL.find(([name]) => name === text.trim())?.[1]
  );
}

/** Finds the column of each field from the header row; unknown headers are returned apart. */
function mapHeaders(header: readonly SheetCell[]): {
  columns: Partial<Record<RosterColumnKey, number>>;
  ignored: string[];
} {
  const columns: Partial<Record<RosterColumnKey, number>> = {};
  const ignored: string[] = [];
  header.forEach((cell, index) => {
    const text = cellText(cell)
      .replace(/[\s*＊（(].*$/u, '')
      .replace(/\s+/g, '');
    if (text === '') return;
    const column = ROSTER_COLUMNS.find((c) => c.header === text);
    if (column && columns[column.key] === undefined) columns[column.key] = index;
    else if (text !== '序号') ignored.push(cellText(cell));
  });
  return { columns, ignored };
}

/** The key of a person for duplicates: name, and birth month when given. */
const personKey = (name: string, birthMonth: string | undefined) => `${name}|${birthMonth ?? ''}`;

/**
 * Checks a sheet (rows of cells, the header row among the first five) and makes a deputy of each
 * data row, or lists the row's problems in Chinese. Rows with no cell filled are skipped; a row
 * whose first cell starts with `说明` or `填写说明` (the template's notes) is skipped too.
 */
export function checkRosterSheet(rows: readonly (readonly SheetCell[])[], ctx: RosterContext): RosterPreview {
  const headerIndex = rows
    .slice(0, 5)
    .findIndex((r) => r.some((c) => cellText(c).replace(/\s|\*/g, '') === '姓名'));
  if (headerIndex < 0)
    return {
      sheetProblems: ['表格中找不到“姓名”列：请使用下载的模板，第一行为列名。'],
      ignoredHeaders: [],
      rows: [],
      ready: false,
    };
  const { columns, ignored } = mapHeaders(rows[headerIndex]!);
  const seen = new Map<string, number>();
  const existing = new Set(ctx.existing.map((d) => personKey(d.name, d.birthMonth)));
  const existingNames = new Set(ctx.existing.map((d) => d.name));
  const checked: RosterRow[] = [];
  rows.forEach((row, index) => {
    if (index <= headerIndex) return;
    const raw = (key: RosterColumnKey): SheetCell => {
      const at = columns[key];
      return at === undefined ? undefined : row[at];
    };
    const cells: Partial<Record<RosterColumnKey, string>> = {};
    for (const column of ROSTER_COLUMNS) {
      const text = cellText(raw(column.key));
      if (text !== '') cells[column.key] = text;
    }
    if (Object.keys(cells).length === 0) return;
    if (/^(填写)?说明/.test(cellText(row[0]))) return;
    checked.push(checkRow(index + 1, cells, raw, ctx, { seen, existing, existingNames }));
  });
  const sheetProblems = checked.length === 0 ? ['表格中没有代表数据：请在列名下面逐行填写。'] : [];
  return {
    sheetProblems,
    ignoredHeaders: ignored,
    rows: checked,
    ready: checked.length > 0 && checked.every((r) => r.problems.length === 0),
  };
}

/** Checks one data row. */
function checkRow(
  line: number,
  cells: Partial<Record<RosterColumnKey, string>>,
  raw: (key: RosterColumnKey) => SheetCell,
  ctx: RosterContext,
  known: { seen: Map<string, number>; existing: Set<string>; existingNames: Set<string> },
): RosterRow {
  const problems: string[] = [];
  const coded = (
    key: RosterColumnKey,
    label: string,
    find: (text: string) => string | undefined,
    list: string,
  ): string | undefined => {
    const text = cells[key];
    if (text === undefined) return undefined;
    const code = find(text);
    if (code === undefined) problems.push(`${label}“${text}”不在${list}中`);
    return code;
  };
  const gender = coded('gender', '性别', (t) => codeOf(GENDERS, t), '“男、女”');
  const ethnicity = coded('ethnicity', '民族', (t) => codeOf(ETHNICITIES, t), '民族代码表（GB 3304）');
  const politicalStatus = coded('politicalStatus', '政治面貌', politicalCode, '政治面貌代码表（GB/T 4762）');
  const education = coded('education', '文化程度', (t) => codeOf(EDUCATIONS, t), '文化程度的选项');
  const composition = coded('composition', '代表构成', (t) => codeOf(COMPOSITIONS, t), '代表构成的选项');

  const levels: DeputyLevel[] = [];
  for (const part of (cells.levels ?? '乡镇').split(/[、，,；;\s]+/).filter(Boolean)) {
    const level = (Object.keys(LEVEL_NAMES) as DeputyLevel[]).find((l) => LEVEL_NAMES[l].includes(part));
    if (level) {
      if (!levels.includes(level)) levels.push(level);
    } else problems.push(`代表层级“${part}”无法识别（可填：${Object.values(LEVEL_SHORT).join('、')}）`);
  }

  let stationId: string | undefined;
  if (cells.station !== undefined) {
    stationId = ctx.stations.find((s) => s.name === cells.station)?.id;
    if (!stationId) problems.push(`没有名为“${cells.station}”的联络站：请先在“联络站”中登记，或留空`);
  }

  let isLeaderCadre = false;
  if (cells.isLeaderCadre !== undefined) {
    if (['是', '√', '✓', 'Y', 'y', '1'].includes(cells.isLeaderCadre)) isLeaderCadre = true;
    else if (!['否', '', 'N', 'n', '0', '×'].includes(cells.isLeaderCadre))
      problems.push(`领导干部代表应填“是”或“否”，而不是“${cells.isLeaderCadre}”`);
  }

  const birthMonth = cells.birthMonth !== undefined ? normaliseMonth(raw('birthMonth')) : undefined;
  const serviceFrom =
    cells.serviceFrom !== undefined ? normaliseDate(cells.serviceFrom) : (ctx.term?.startDate ?? '');
  if (cells.serviceFrom === undefined && !ctx.term)
    problems.push('请填写任职日期（台账中还没有届次，无法取本届开始日期）');

  const candidate = {
    id: ctx.newId(),
    createdAt: ctx.now,
    updatedAt: ctx.now,
    name: cells.name ?? '',
    levels,
    ...(cells.constituency ? { constituency: cells.constituency } : {}),
    ...(stationId ? { stationId } : {}),
    isLeaderCadre,
    ...(levels.includes('township') && ctx.term ? { termId: ctx.term.id } : {}),
    serviceFrom,
    status: 'active',
    ...(cells.workUnit ? { workUnit: cells.workUnit } : {}),
    ...(cells.phone ? { phone: cells.phone } : {}),
    ...(cells.note ? { note: cells.note } : {}),
    ...(gender ? { gender } : {}),
    ...(ethnicity ? { ethnicity } : {}),
    ...(birthMonth ? { birthMonth } : {}),
    ...(politicalStatus ? { politicalStatus } : {}),
    ...(education ? { education } : {}),
    ...(composition ? { composition } : {}),
  };
  const parsed = DeputySchema.safeParse(candidate);
  if (!parsed.success) {
    const labels = Object.fromEntries(ROSTER_COLUMNS.map((c) => [c.key, c.header]));
    // Coded fields already said what is wrong with them in the sheet's own words.
    const reported = new Set([
      'gender',
      'ethnicity',
      'politicalStatus',
      'education',
      'composition',
      'levels',
    ]);
    const issues = parsed.error.issues.filter((i) => !reported.has(String(i.path[0])));
    for (const issue of issues) {
      const label = labels[String(issue.path[0])];
      problems.push(label && !issue.message.includes(label) ? `${label}：${issue.message}` : issue.message);
    }
  }

  if (cells.name) {
    const key = personKey(cells.name, birthMonth);
    const first = known.seen.get(key);
    if (first !== undefined)
      problems.push(`与第 ${first} 行是同一人（姓名${birthMonth ? '和出生年月' : ''}相同）`);
    else known.seen.set(key, line);
    if (known.existing.has(key) || (!birthMonth && known.existingNames.has(cells.name)))
      problems.push(`名册中已有“${cells.name}”：同一人不重复导入；如是同名的另一人，请填写出生年月区分`);
  }

  return {
    line,
    cells,
    problems,
    ...(problems.length === 0 && parsed.success ? { deputy: parsed.data } : {}),
  };
}

/** `第 5 行：…；…`, each row's problems in one line, for the preview. */
export function rowProblemsLine(row: RosterRow): string {
  return `第 ${row.line} 行${row.cells.name ? `（${row.cells.name}）` : ''}：${row.problems.join('；')}。`;
}

/** The deputies of a ready preview, in the sheet's order. */
export function rosterDeputies(preview: RosterPreview): Deputy[] {
  return preview.ready ? preview.rows.map((r) => r.deputy!) : [];
}

/** The level names of a deputy as a sheet writes them (`乡镇、湘乡市`). */
export function levelsText(levels: readonly DeputyLevel[]): string {
  return levels.map((l) => LEVEL_SHORT[l]).join('、');
}
