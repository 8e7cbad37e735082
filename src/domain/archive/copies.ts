// The archive's copies for people — README.txt, index.html and data/csv/<table>.csv — made from
// the records alone, so that the reader can regenerate them and refuse an archive whose copies
// were changed (a CSV opened in Excel or a page opened in a browser shows only what the master
// JSON says). Format 1 wrote the CSVs with English field names, UUIDs and UTC times; format 2
// writes them for Excel users: Chinese headers, names beside ids, China time, tallies as columns.
import {
  ACTIVITY_KINDS,
  AGENDA_ITEMS,
  RECORD_TABLES,
  type LedgerData,
  type RecordTable,
  RECORD_TABLE_NAMES,
} from '../ledger';
import { attachmentPath, csvPath, recordsPath } from './format';
import { REFERENCES, type ReferenceRule } from './references';
import { BOM, csvLine, toCsv } from '../utils/csv';
import { recordDate, recordName } from './record-labels';
import type { Pace } from '../utils/pace';
import { COMPOSITIONS, EDUCATIONS, ETHNICITIES, GENDERS, POLITICAL_STATUSES } from '../ledger/roster/codes';

/** Text made safe to place in HTML (element content and quoted attributes). */
export function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );
}

/** What the copies say besides the records (all from bag-info.txt). */
export interface CopyMeta {
  /** The archive format the copies are written for. */
  version: number;
  townshipName: string;
  /** Bagging-Date. */
  date: string;
  appVersion: string;
  catalogueVersion: string;
}

const TABLES = RECORD_TABLE_NAMES;

/** Rows of a table printed in index.html at most; the CSV copy has them all. */
export const INDEX_ROWS_PER_TABLE = 2000;

/**
 * Chinese column headers of the CSV copies, by field name (and for sub-fields of tallies). A field
 * without a label is headed by its own name; `copies.test.ts` fails until every field has one.
 */
export const FIELD_LABELS: Record<string, string> = {
  id: '编号（内部）',
  createdAt: '创建时间',
  updatedAt: '修改时间',
  townshipId: '乡镇代码',
  name: '名称',
  unitType: '乡或镇',
  isDemo: '示例数据',
  number: '编号',
  electionDate: '选举日期',
  startDate: '开始日期',
  endDate: '结束日期',
  note: '备注',
  role: '职务',
  fullTime: '专职',
  deputyId: '代表',
  from: '起始日期',
  to: '终止日期',
  termId: '届次',
  chairName: '主任委员',
  viceChairName: '副主任委员',
  memberNames: '委员',
  chairId: '主任委员（主席团成员）',
  viceChairId: '副主任委员（主席团成员）',
  memberIds: '委员（代表）',
  approvedSessionId: '通过的会议',
  level: '级别',
  address: '地址',
  headName: '站长',
  deputyHeadNames: '副站长',
  liaisonName: '联络员',
  levels: '代表层级',
  constituency: '选区',
  stationId: '联络站',
  isLeaderCadre: '领导干部代表',
  serviceFrom: '任职起始',
  serviceTo: '任职终止',
  status: '状态',
  workUnit: '工作单位',
  phone: '电话',
  lengthDays: '会期（天）',
  deputiesInOffice: '在任代表数',
  deputiesPresent: '出席代表数',
  agenda: '法定议程',
  otherAgenda: '其他议程',
  votes: '表决',
  absences: '缺席',
  approved: '已请假',
  preliminaryReviewDate: '预算初审日期',
  date: '日期',
  membersPresent: '出席成员数',
  adHoc: '临时会议',
  topics: '议题',
  kind: '类别',
  topic: '主题',
  deputyIds: '参加代表',
  participants: '参加人数',
  linkedActivityIds: '关联活动',
  projectId: '民生实事项目',
  tags: '标签',
  opinions: '审议意见',
  text: '内容',
  answeredOn: '答复日期',
  reportedToPartyOn: '报告党委日期',
  reportedToSessionId: '报告的会议',
  outsideSession: '闭会期间',
  test: '满意度测评',
  entitled: '应参加人数',
  satisfied: '满意',
  basic: '基本满意',
  unsatisfied: '不满意',
  abstain: '弃权',
  published: '已公开',
  visitors: '接待人数',
  issues: '登记问题数',
  inspectionId: '执法检查',
  description: '描述',
  unit: '责任单位',
  feedbackOn: '反馈日期',
  assignedOn: '交办日期',
  supervisedOn: '督办日期',
  evaluatedOn: '评价日期',
  evaluation: '评价结果',
  revisitOn: '回头看日期',
  title: '标题',
  content: '内容',
  proposerIds: '提出代表',
  submittedOn: '提出日期',
  sessionId: '会议',
  leadUnit: '主办单位',
  coUnits: '协办单位',
  complex: '重点或复杂',
  supervisorOfficerId: '督办负责人',
  leadOfficerId: '牵头负责人',
  handlingStartedOn: '开始办理日期',
  faceToFaceOn: '面商日期',
  firstAnsweredOn: '首次答复日期',
  answerResult: '答复结果',
  promisedItems: '承诺事项',
  gender: '性别',
  ethnicity: '民族',
  birthMonth: '出生年月',
  politicalStatus: '政治面貌',
  education: '文化程度',
  composition: '代表构成',
  dueOn: '承诺完成日期',
  doneOn: '完成或报告日期',
  problems: '收集的问题',
  forwardedTo: '转交单位',
  forwardedOn: '转交日期',
  fedBackOn: '反馈代表日期',
  rehandledCount: '重新办理次数',
  closedOn: '办结日期',
  year: '年度',
  budgetWan: '预算（万元）',
  dueDate: '计划完成日期',
  pointedOn: '征集日期',
  screenedOn: '筛选日期',
  votedOn: '票决日期',
  tally: '票决结果',
  yes: '赞成',
  no: '反对',
  subject: '事项',
  publishedOn: '公布日期',
  acceptedOn: '验收日期',
  acceptance: '验收结果',
  supervised: '已监督',
  suggestionId: '来源建议',
  adoptedOn: '通过日期',
  procedureRule: '议事规则',
  budgetDocument: '预算文件',
  filedOn: '报备日期',
  includesLivelihood: '含民生实事',
  ownerTable: '所属表',
  ownerId: '所属记录',
  fileName: '文件名',
  mediaType: '文件类型',
  size: '大小（字节）',
  sha256: 'SHA-256',
  periodKey: '期间代码',
  period: '期间',
  label: '名称',
  range: '范围',
  start: '起',
  end: '止',
  asOf: '截至日期',
  townshipName: '乡镇名称',
  catalogueVersion: '事项目录版本',
  catalogueHash: '事项目录校验值',
  settingsValues: '设置值',
  results: '各项结果',
  overall: '总分',
  value: '得分',
  scored: '计分事项数',
  chapters: '分章得分',
  closedBy: '封存人',
};

/** The roster's code lists: a deputy's CSV row shows 汉族, not 01. */
const ROSTER_CODES: Record<string, Readonly<Record<string, string>>> = {
  gender: GENDERS,
  ethnicity: ETHNICITIES,
  politicalStatus: POLITICAL_STATUSES,
  education: EDUCATIONS,
  composition: COMPOSITIONS,
};

/** Headers that differ by table (`name` is a person's 姓名 in the rosters). */
const TABLE_FIELD_LABELS: Partial<Record<RecordTable, Record<string, string>>> = {
  deputies: { name: '姓名' },
  officers: { name: '姓名' },
  presidiumMembers: { name: '姓名' },
  stations: { name: '联络站名称' },
  township: { name: '乡镇名称' },
};

/** A field's header. */
const labelOf = (field: string, table?: RecordTable): string =>
  (table && TABLE_FIELD_LABELS[table]?.[field]) ?? FIELD_LABELS[field] ?? field;

/** A UTC ISO timestamp in China time (UTC+8, no daylight saving): `2026-11-28 10:00:00`. */
export function chinaTime(iso: string): string {
  // The usual shape: only the date and hour change, and they are worked out once per hour.
  if (UTC_SECONDS.test(iso)) {
    const hour = iso.slice(0, 13);
    let china = CHINA_HOURS.get(hour);
    if (china === undefined) {
      // `''` when the hour is not a time or its China time is not in this shape (a five-digit year).
      china = chinaTimeOf(`${hour}:00:00Z`).slice(0, 13);
      if (!CHINA_HOUR.test(china)) china = '';
      if (CHINA_HOURS.size > 100_000) CHINA_HOURS.clear();
      CHINA_HOURS.set(hour, china);
    }
    if (china) return `${china}${iso.slice(13, 19)}`;
  }
  return chinaTimeOf(iso);
}

/** {@link chinaTime} by the Date object: any string Date.parse reads. */
function chinaTimeOf(iso: string): string {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return iso;
  return new Date(ms + 8 * 3600_000).toISOString().slice(0, 19).replace('T', ' ');
}

/** A UTC time to the second or millisecond, as the ledger stores them. */
const UTC_SECONDS = /^\d{4}-\d{2}-\d{2}T\d{2}:[0-5]\d:[0-5]\d(\.\d{1,3})?Z$/;
const CHINA_HOUR = /^\d{4}-\d{2}-\d{2} \d{2}$/;
/** China time's `YYYY-MM-DD HH` by the UTC `YYYY-MM-DDTHH` (the hours met so far). */
const CHINA_HOURS = new Map<string, string>();

const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
/** Whether a text starts as a timestamp: the `-` and `T` are looked at before the pattern is run. */
const isTimestamp = (text: string) =>
  text.charCodeAt(10) === 0x54 && text.charCodeAt(4) === 0x2d && TIMESTAMP.test(text);

/** One value as a cell: 是/否, China time, lists joined by 、, objects as `标签：值` pairs. */
function cell(value: unknown, field: string, table: RecordTable): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'boolean') return value ? '是' : '否';
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') {
    if (isTimestamp(value)) return chinaTime(value);
    if (field === 'kind' && table === 'activities')
      return (ACTIVITY_KINDS as Record<string, string>)[value] ?? value;
    if (field === 'agenda') return (AGENDA_ITEMS as Record<string, string>)[value] ?? value;
    if (table === 'deputies' && Object.prototype.hasOwnProperty.call(ROSTER_CODES, field))
      return (ROSTER_CODES[field] as Record<string, string>)[value] ?? value;
    return value;
  }
  if (Array.isArray(value)) {
    const parts = value.map((v) => cell(v, field, table));
    // Items that hold 、 themselves (agenda items) are joined with ；, as are records.
    const nested = value.some((v) => typeof v === 'object') || parts.some((p) => p.includes('、'));
    return parts.join(nested ? '；' : '、');
  }
  if (isObject(value))
    return Object.entries(value)
      .map(
        ([k, v]) =>
          `${labelOf(k)}：${isObject(v) || Array.isArray(v) ? JSON.stringify(v) : cell(v, k, table)}`,
      )
      .join('，');
  return String(value);
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

type Def = { type: string } & Record<string, unknown>;
const defOf = (schema: unknown): Def => (schema as { _zod: { def: Def } })._zod.def;

/** A schema without its optional/default/pipe wrappers. */
function unwrap(schema: unknown): Def {
  let def = defOf(schema);
  for (;;) {
    if (['optional', 'nullable', 'default', 'prefault', 'readonly', 'catch'].includes(def.type))
      def = defOf(def['innerType']);
    else if (def.type === 'pipe') def = defOf(def['in']);
    else return def;
  }
}

/** Every value at a path from step `at` on (`[]` steps into lists), pushed onto `out`. */
function valuesAt(value: unknown, path: readonly string[], at: number, out: unknown[]): void {
  if (at === path.length) {
    if (value !== undefined) out.push(value);
    return;
  }
  if (value === undefined || value === null) return;
  const step = path[at]!;
  if (step === '[]') {
    if (Array.isArray(value)) for (const v of value) valuesAt(v, path, at + 1, out);
  } else if (isObject(value)) valuesAt(value[step], path, at + 1, out);
}

/** One column of a CSV copy: what it shows of a record's `field` (the record is there too). */
interface Column {
  header: string;
  field: string;
  get: (value: unknown, record: Record<string, unknown>) => string;
}

/** A record's name by its table and id ('' when there is none), from the ledger being written. */
type NameOf = (target: RecordTable, id: unknown) => string;

/**
 * The names of the records a reference rule points to, given the value of the rule's first field
 * (an id without a record gives an empty name). The usual paths, `field` and `field[]`, are read
 * directly; others through {@link valuesAt}.
 */
function namesAt(rule: ReferenceRule, names: NameOf): (value: unknown) => string[] {
  if (rule.path.length === 1) return (id) => (id === undefined ? [] : [names(rule.to, id)]);
  if (rule.path.length === 2 && rule.path[1] === '[]')
    return (ids) => {
      const shown: string[] = [];
      if (Array.isArray(ids)) for (const id of ids) if (id !== undefined) shown.push(names(rule.to, id));
      return shown;
    };
  return (value) => {
    const ids: unknown[] = [];
    valuesAt(value, rule.path, 1, ids);
    return ids.map((id) => names(rule.to, id));
  };
}

/** The columns of a table's CSV copy, from its schema: one per field, tallies spread, names beside ids. */
function columnsOf(table: RecordTable, names: NameOf): Column[] {
  const shape = (unwrap(RECORD_TABLES[table].schema)['shape'] ?? {}) as Record<string, unknown>;
  const columns: Column[] = [];
  for (const [field, child] of Object.entries(shape)) {
    const inner = unwrap(child);
    const sub = inner.type === 'object' ? (inner['shape'] as Record<string, unknown>) : undefined;
    const flat =
      sub &&
      Object.values(sub).every((s) =>
        ['number', 'string', 'boolean', 'enum', 'literal'].includes(unwrap(s).type),
      );
    if (sub && flat)
      for (const key of Object.keys(sub))
        columns.push({
          header: `${labelOf(field)}·${labelOf(key)}`,
          field,
          get: (value) => cell(isObject(value) ? value[key] : undefined, key, table),
        });
    else columns.push({ header: labelOf(field, table), field, get: (value) => cell(value, field, table) });
    const refs = REFERENCES.filter((rule) => rule.from === table && rule.path[0] === field);
    const shown = refs.map((rule) => namesAt(rule, names));
    if (shown.length === 1) {
      const [only] = shown as [(typeof shown)[number]];
      columns.push({ header: `${labelOf(field)}（名称）`, field, get: (value) => only(value).join('、') });
    } else if (shown.length)
      columns.push({
        header: `${labelOf(field)}（名称）`,
        field,
        get: (value) => shown.flatMap((of) => of(value)).join('、'),
      });
    if (table === 'attachments' && field === 'ownerId')
      columns.push({
        header: `${labelOf(field)}（名称）`,
        field,
        get: (value, r) => names(r['ownerTable'] as RecordTable, value),
      });
  }
  return columns;
}

/**
 * The line of a record in a CSV copy with these columns. Each record's fields are read once, in
 * the record's own order, and handed to the columns that show them: reading the fields by name,
 * column by column, was a fifth of the time of making a CSV (records of many shapes).
 */
function csvRow(columns: readonly Column[]): (record: Record<string, unknown>) => string {
  const slots = new Map<string, number>();
  const slotOf = columns.map((c) => {
    let slot = slots.get(c.field);
    if (slot === undefined) slots.set(c.field, (slot = slots.size));
    return slot;
  });
  return (record) => {
    const values: unknown[] = new Array(slots.size);
    for (const key in record) {
      const slot = slots.get(key);
      if (slot !== undefined) values[slot] = record[key];
    }
    const cells: string[] = new Array(columns.length);
    for (let i = 0; i < columns.length; i++) cells[i] = columns[i]!.get(values[slotOf[i]!], record);
    return csvLine(cells);
  };
}

/** Rows of a table's CSV copy built per slice by {@link tableCsvPaced}. */
const CSV_ROWS_PER_SLICE = 1000;

/** The columns of a table's format-2 CSV copy, with the lookups of the names beside ids. */
function csvColumns(table: RecordTable, data: LedgerData): Column[] {
  /** Each table's names by record id, made on first use. */
  const index = new Map<RecordTable, Map<string, string>>();
  const names: NameOf = (target, id) => {
    if (typeof id !== 'string') return '';
    let map = index.get(target);
    if (!map) {
      if (!Object.prototype.hasOwnProperty.call(RECORD_TABLES, target)) return '';
      map = new Map(
        (data[target] as unknown as Record<string, unknown>[]).map((r) => [
          String(r['id']),
          recordName(target, r),
        ]),
      );
      index.set(target, map);
    }
    return map.get(id) ?? '';
  };
  return columnsOf(table, names);
}

/** A table's CSV copy as the given format writes it (format 1: the records' own fields, as JSON). */
export function tableCsv(version: number, table: RecordTable, data: LedgerData): string {
  const rows = data[table] as unknown as Record<string, unknown>[];
  if (version < 2) return toCsv(rows);
  const columns = csvColumns(table, data);
  const line = csvRow(columns);
  const lines = [csvLine(columns.map((c) => c.header))];
  for (const row of rows) lines.push(line(row));
  return `${BOM}${lines.join('\r\n')}\r\n`;
}

/**
 * {@link tableCsv}, the same text, handed to `emit` a slice of rows at a time (the page gets a
 * turn between slices; the export deflates each slice while the next is made).
 */
export async function tableCsvSlices(
  version: number,
  table: RecordTable,
  data: LedgerData,
  pace: Pace,
  emit: (text: string) => void,
): Promise<void> {
  const rows = data[table] as unknown as Record<string, unknown>[];
  if (version < 2) {
    emit(toCsv(rows));
    return;
  }
  const columns = csvColumns(table, data);
  const line = csvRow(columns);
  emit(`${BOM}${csvLine(columns.map((c) => c.header))}\r\n`);
  for (let start = 0; start < rows.length; start += CSV_ROWS_PER_SLICE) {
    await pace();
    const lines: string[] = [];
    for (const row of rows.slice(start, start + CSV_ROWS_PER_SLICE)) lines.push(line(row));
    emit(`${lines.join('\r\n')}\r\n`);
  }
}

/** {@link tableCsv}, the same text, built a slice of rows at a time (the page gets a turn between). */
export async function tableCsvPaced(
  version: number,
  table: RecordTable,
  data: LedgerData,
  pace: Pace,
): Promise<string> {
  const parts: string[] = [];
  await tableCsvSlices(version, table, data, pace, (text) => parts.push(text));
  return parts.join('');
}

/** A record's number as people use it: `第7届`, `第2次会议`, a suggestion's `2025-07`; else ''. */
export function humanNumber(table: RecordTable, record: Record<string, unknown>): string {
  const n = record['number'];
  if (typeof n === 'string') return n;
  if (typeof n !== 'number') return '';
  return table === 'terms' ? `第${n}届` : table === 'sessions' ? `第${n}次会议` : `第${n}号`;
}

/** README.txt (说明): what the archive is and how to check it; UTF-8 with BOM and CRLF for Notepad. */
export function readme(meta: CopyMeta, counts: Record<RecordTable, number>): string {
  const lines = [
    `湘乡市${meta.townshipName}人大履职台账归档`,
    '',
    `导出日期：${meta.date}\u3000\u3000程序版本：${meta.appVersion}\u3000\u3000归档格式：第 ${meta.version} 版`,
    '',
    '一、这是什么',
    '本压缩包是乡镇人大履职台账的完整归档：全部记录、附件原件、所用的履职事项目录、已冻结的年度考评快照。',
    '它按照 BagIt 规范（RFC 8493）组织，不需要本程序也能查看和核对。',
    '',
    '二、里面有什么',
    '  index.html                 双击即可在浏览器中打开的目录，可直接打印',
    '  data/csv/*.csv             每张表的 CSV 副本，可用 Excel 打开（UTF-8，中文正常显示）',
    '  data/records/*.json        每张表的全部记录（程序导入时读取的正本）',
    '  data/attachments/          附件原件，文件名为其 SHA-256 校验值',
    '  data/catalogue.json        考评所用的履职事项目录',
    '  data/settings.json         本乡镇的设置',
    '  data/changelog.json        修改记录：每次修改一条，按时间先后，前后以校验值相连',
    '  bag-info.txt               乡镇、导出日期、各表记录数等说明',
    '  manifest-sha256.txt        data/ 下每个文件的 SHA-256 校验值',
    '  tagmanifest-sha256.txt     以上说明文件的 SHA-256 校验值',
    '',
    '三、各表记录数',
    ...TABLES.map((t) => `  ${RECORD_TABLES[t].label}（${t}）：${counts[t]} 条`),
    '',
    '四、如何核对归档是否完整、未被改动',
    '1. 解压后进入本文件所在的文件夹。',
    '2. Linux 或 macOS：运行  sha256sum -c manifest-sha256.txt  和  sha256sum -c tagmanifest-sha256.txt',
    '   （macOS 可用  shasum -a 256 -c manifest-sha256.txt），每一行都应显示 OK。',
    '3. Windows：在 PowerShell 中运行  Get-FileHash -Algorithm SHA256 文件名，',
    '   或在命令提示符中运行  certutil -hashfile 文件名 SHA256，与清单中的值逐一比对。',
    '4. 市人大可用本程序的命令行工具一次核对：npm run ledger -- verify 本压缩包.zip',
    '',
    '五、恢复',
    '在台账的“归档”页面选择本压缩包导入。导入前会先核对、列出新增与冲突，并保留当前数据以便撤销。',
    '请勿修改压缩包内的文件：任何改动都会使校验不通过，导入时会被拒绝。',
  ];
  return `${BOM}${lines.join('\r\n')}\r\n`;
}

/** The printable offline catalogue: every table, a row per record; all record text escaped. */
export function indexHtml(data: LedgerData, meta: CopyMeta): string {
  const e = escapeHtml;
  // Format 1 listed each record's UUID as 编号; format 2 shows the number people use.
  const human = meta.version >= 2;
  const sections = TABLES.map((table) => {
    const rows = data[table] as unknown as Record<string, unknown>[];
    const shown = rows.slice(0, INDEX_ROWS_PER_TABLE);
    const body = shown
      .map((r, i) => {
        const name =
          table === 'attachments'
            ? `<a href="${e(attachmentPath(String(r['sha256']), String(r['mediaType'])))}">${e(recordName(table, r))}</a>`
            : e(recordName(table, r));
        return human
          ? `<tr title="${e(String(r['id']))}"><td>${i + 1}</td><td>${name}</td><td>${e(recordDate(r) ?? '')}</td><td>${e(humanNumber(table, r))}</td></tr>`
          : `<tr><td>${i + 1}</td><td>${name}</td><td>${e(recordDate(r) ?? '')}</td><td class="id">${e(String(r['id']))}</td></tr>`;
      })
      .join('\n');
    const more =
      rows.length > shown.length
        ? `<p>另有 ${rows.length - shown.length} 条未列出，见 <a href="${e(csvPath(table))}">${e(csvPath(table))}</a>。</p>`
        : '';
    return `<section><h2>${e(RECORD_TABLES[table].label)}（${rows.length} 条）</h2>
${rows.length ? `<table><colgroup><col class="n"><col><col class="d"><col class="i"></colgroup><thead><tr><th>序号</th><th>名称</th><th>日期</th><th>编号</th></tr></thead><tbody>\n${body}\n</tbody></table>` : '<p>无记录。</p>'}
${more}<p class="files">数据：<a href="${e(recordsPath(table))}">${e(recordsPath(table))}</a>\u3000表格：<a href="${e(csvPath(table))}">${e(csvPath(table))}</a></p></section>`;
  }).join('\n');
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${e(meta.townshipName)}人大履职台账归档目录（${e(meta.date)}）</title>
<style>
body{font-family:"Microsoft YaHei","PingFang SC","Noto Sans CJK SC",sans-serif;margin:2em;color:#111;line-height:1.5}
h1{font-size:1.5em}h2{font-size:1.15em;margin-top:1.6em;border-bottom:1px solid #999}
table{border-collapse:collapse;width:100%;font-size:.9em;table-layout:fixed}col.n{width:3.5em}col.d{width:7em}col.i{width:${human ? '9em' : '21em'}}th,td{border:1px solid #bbb;padding:.2em .4em;text-align:left;vertical-align:top}
td{overflow-wrap:anywhere}td.id{font-family:monospace;font-size:.8em;color:#555}.files{font-size:.85em;color:#444}
@media print{body{margin:0}a{color:inherit;text-decoration:none}section{break-inside:auto}tr{break-inside:avoid}thead{display:table-header-group}}
</style>
</head>
<body>
<h1>湘乡市${e(meta.townshipName)}人大履职台账归档目录</h1>
<p>导出日期：${e(meta.date)}\u3000履职事项目录版本：${e(meta.catalogueVersion)}\u3000归档格式：第 ${meta.version} 版</p>
<p>核对方法见同一文件夹中的 README.txt。</p>
${sections}
</body>
</html>
`;
}
