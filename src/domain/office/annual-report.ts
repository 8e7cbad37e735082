// The 主席团年度工作报告（草稿）: the report the presidium gives at the year's first session
// (细则第五条第（二）项), drafted from one year's records. Every number in it is a counted fact whose
// records the 数据来源 appendix lists; the prose is a skeleton in which the clerk fills the 【】
// places, and it never states what the records do not hold.
import { monthsOfYear } from '../calendar/calendar';
import { describeRecord, recordLookup, shortfallSubjects, badgeOf } from '../compliance/dashboard';
import type { DutyResult, Evaluation } from '../compliance/types';
import { formatChineseDate, type IsoDate } from '../dates';
import {
  ACTIVITY_KINDS,
  AGENDA_ITEMS,
  type EVALUATIONS,
  type Activity,
  type ActivityKind,
  type LedgerData,
  type RecordTable,
  type Settings,
} from '../ledger';
import { sessionTitle } from '../ledger/meetings/titles';
import { answerDueDate } from '../ledger/workflows/suggestion';
import type { Catalogue } from '../schemas/duty';
import {
  SIZES,
  cell,
  officeDocument,
  para,
  type OfficeBlock,
  type OfficeDocument,
  type OfficeRow,
} from './model';

/** One counted number of the draft and the records it was counted from. */
export interface DraftFact {
  /** Stable key (`sessions`, `suggestions.answeredInTime`, `station:<id>`), for tests. */
  key: string;
  /** What it counts, as the appendix names it. */
  label: string;
  value: number;
  /** The unit printed after the number (`次`, `件`, `人次`). */
  unit: string;
  /** How it was counted. */
  rule: string;
  /** The records it was counted from (empty for numbers taken from the 考评 engine's results). */
  records: { table: RecordTable; id: string }[];
}

/** The draft: the document and every fact it states. */
export interface AnnualReportDraft {
  year: number;
  townshipName: string;
  facts: DraftFact[];
  document: OfficeDocument;
}

/** What the draft is made from. */
export interface AnnualReportInput {
  data: LedgerData;
  settings?: Pick<Settings, 'values'> | undefined;
  catalogue: Catalogue;
  year: number;
  asOf: IsoDate;
  /** The engine's evaluation of the same year and as-of date (for the duties not met). */
  evaluation: Evaluation;
}

/** Where the clerk has to write: printed in 【】 so nothing unrecorded passes as fact. */
const todo = (text: string) => `【${text}】`;

const SUPERVISION: readonly { kind: ActivityKind; heading: string }[] = [
  { kind: 'lawInspection', heading: '执法检查' },
  { kind: 'specialReport', heading: '听取专项工作报告' },
  { kind: 'inspectionVisit', heading: '视察' },
  { kind: 'research', heading: '调研' },
  { kind: 'appraisal', heading: '工作评议' },
  { kind: 'fiscalProjectVisit', heading: '财政资金项目视察' },
  { kind: 'budgetReview', heading: '预算初步审查' },
  { kind: 'budgetVoterViews', heading: '听取选民对预算草案的意见' },
];
const DEPUTY_KINDS: readonly ActivityKind[] = [
  'training',
  'voterReport',
  'stationReception',
  'stationTheme',
  'leaderStationVisit',
  'practicalDeed',
  'lawPopularization',
  'legislation',
];

/** Every activity kind the draft reports: the lists above, and 向党委汇报 in the presidium's work. */
export const REPORTED_ACTIVITY_KINDS: ReadonlySet<ActivityKind> = new Set([
  ...SUPERVISION.map((s) => s.kind),
  ...DEPUTY_KINDS,
  'partyReport',
]);

/** The draft report of `year`. */
export function annualReportDraft(input: AnnualReportInput): AnnualReportDraft {
  const w = draftWriter(input);
  // The sections run in the report's order: the facts (and the appendix's rows) follow it.
  writeHeading(w);
  writeSessionsAndMeetings(w);
  writeSupervision(w);
  writeSuggestions(w);
  writeLivelihood(w);
  writeDeputiesAndStations(w);
  const short = writeShortcomings(w);
  writeNextYear(w);
  writeSourcesAppendix(w, short);
  const { year, name, facts, blocks } = w;
  return {
    year,
    townshipName: name,
    facts,
    document: officeDocument(`${name}人民代表大会主席团工作报告（草稿）`, blocks),
  };
}

/** What every section of the draft writes with: the input, the facts and blocks so far, the helpers. */
type DraftWriter = ReturnType<typeof draftWriter>;

/** The input, the empty fact and block lists, and the helpers that add to them. */
function draftWriter(input: AnnualReportInput) {
  const { data, catalogue, year, asOf, evaluation } = input;
  const township = data.township[0];
  const name = township?.name ?? todo('乡镇名称');
  const inYear = (date: string | undefined) => date !== undefined && date.slice(0, 4) === String(year);
  const facts: DraftFact[] = [];
  /** Records a fact and gives its printed form: `3次`. */
  const fact = (
    key: string,
    label: string,
    unit: string,
    rule: string,
    records: DraftFact['records'],
    value = records.length,
  ): string => {
    facts.push({ key, label, value, unit, rule, records });
    return `${value}${unit}`;
  };
  const refs = (table: RecordTable, rows: readonly { id: string }[]) =>
    rows.map((r) => ({ table, id: r.id }));
  const blocks: OfficeBlock[] = [];
  const h1 = (text: string) =>
    blocks.push(para(text, { font: 'heading', keepNext: true, outline: 0, indent: true, spaceBefore: 6 }));
  const h2 = (text: string) =>
    blocks.push(para(text, { font: 'subheading', keepNext: true, outline: 1, indent: true }));
  const body = (text: string) => blocks.push(para(text, { indent: true, align: 'justify' }));
  return {
    input,
    data,
    catalogue,
    year,
    asOf,
    evaluation,
    name,
    inYear,
    facts,
    fact,
    refs,
    blocks,
    h1,
    h2,
    body,
  };
}

/** The title, the drafting note and the opening of the report. */
function writeHeading(w: DraftWriter): void {
  const { year, asOf, name, blocks, body } = w;
  blocks.push(
    para(`${name}人民代表大会主席团工作报告`, {
      font: 'title',
      size: SIZES.er,
      align: 'center',
      spaceBefore: 12,
    }),
  );
  blocks.push(para('（草稿）', { font: 'title', size: SIZES.er, align: 'center' }));
  blocks.push(
    para(`（${year}年度，供${year + 1}年度第一次人民代表大会会议听取和审议）`, {
      font: 'subheading',
      align: 'center',
      spaceBefore: 6,
    }),
  );
  blocks.push(
    para(
      `草稿说明：本稿由履职台账按${year}年的记录汇总生成（截至${formatChineseDate(asOf)}），依据细则第五条第（二）项“年度第一次人民代表大会会议……听取和审议乡镇人大主席团的工作报告”。文中数字均由台账记录统计，逐项来源见附件《数据来源》；【】中的内容需撰稿人补充或删除；台账未登记的工作不会出现在本稿中，请核对补充后再提交主席团会议研究。`,
      { font: 'subheading', size: SIZES.si, indent: true, spaceBefore: 6 },
    ),
  );
  blocks.push(para('各位代表：', { spaceBefore: 12 }));
  body(`现在，我代表${name}人民代表大会主席团向大会报告${year}年工作，请予审议。`);
  body(todo('撰稿人补充：一年来工作的总体情况'));
}

/** 一、Sessions and presidium meetings, and the reports to the party committee. */
function writeSessionsAndMeetings(w: DraftWriter): void {
  const { data, year, inYear, fact, refs, h1, h2, body } = w;
  const termNumber = (termId: string) => data.terms.find((t) => t.id === termId)?.number;
  const sessions = data.sessions
    .filter((s) => inYear(s.startDate))
    .sort((a, b) => a.startDate.localeCompare(b.startDate));
  const meetings = data.presidiumMeetings
    .filter((m) => inYear(m.date))
    .sort((a, b) => a.date.localeCompare(b.date));
  const adHoc = meetings.filter((m) => m.adHoc);
  const partyReports = activitiesOf(data.activities, 'partyReport', inYear);
  h1(`一、${year}年工作回顾`);
  h2('（一）依法召开人民代表大会会议');
  if (sessions.length === 0) body(`台账中没有${year}年召开人民代表大会会议的记录。${todo('如有，请补充')}`);
  else {
    body(
      `全年召开人民代表大会会议${fact('sessions', '召开人民代表大会会议', '次', `开会日期在${year}年的人代会记录`, refs('sessions', sessions))}。`,
    );
    for (const s of sessions) {
      const agenda = [...s.agenda.map((a) => AGENDA_ITEMS[a]), ...s.otherAgenda];
      body(
        `${formatChineseDate(s.startDate)}召开${sessionTitle(termNumber(s.termId), s.number)}，会期${s.lengthDays}天${
          agenda.length ? `，议程：${agenda.join('；')}` : `，${todo('台账未登记议程，请补充')}`
        }。`,
      );
    }
  }
  h2('（二）召开主席团会议');
  if (meetings.length === 0) body(`台账中没有${year}年召开主席团会议的记录。${todo('如有，请补充')}`);
  else {
    const topics = meetings.flatMap((m) => m.topics);
    const adHocText = adHoc.length
      ? `，其中临时会议${fact('presidiumMeetings.adHoc', '其中临时会议', '次', '标为临时会议的主席团会议', refs('presidiumMeetings', adHoc))}`
      : '';
    body(
      `全年召开主席团会议${fact('presidiumMeetings', '召开主席团会议', '次', `会议日期在${year}年的主席团会议记录`, refs('presidiumMeetings', meetings))}${adHocText}。${
        topics.length ? `会议议题：${topics.map((t) => t.replace(/[。；]+$/, '')).join('；')}。` : ''
      }`,
    );
  }
  if (partyReports.length > 0)
    body(
      `向党委汇报人大工作${fact('partyReport', '向党委汇报', '次', `日期在${year}年的“向党委汇报”活动记录`, refs('activities', partyReports))}：${topicList(partyReports)}。`,
    );
}

/** 二、Supervision: each supervision kind of the year, with inspection problems and report opinions. */
function writeSupervision(w: DraftWriter): void {
  const { data, year, asOf, inYear, fact, refs, h2, body } = w;
  h2('（三）依法开展监督工作');
  let supervised = 0;
  for (const { kind, heading } of SUPERVISION) {
    const rows = activitiesOf(data.activities, kind, inYear);
    if (rows.length === 0) continue;
    supervised += rows.length;
    let text = `${heading}${fact(`activities.${kind}`, ACTIVITY_KINDS[kind], '次', `日期在${year}年的“${ACTIVITY_KINDS[kind]}”活动记录`, refs('activities', rows))}：${topicList(rows)}。`;
    if (kind === 'lawInspection') {
      const ids = new Set(rows.map((r) => r.id));
      const problems = data.inspectionProblems.filter((p) => ids.has(p.inspectionId));
      const evaluated = problems.filter((p) => p.evaluatedOn !== undefined && p.evaluatedOn <= asOf);
      text += `检查发现问题${fact('inspectionProblems', '执法检查发现问题', '个', `${year}年执法检查登记的问题`, refs('inspectionProblems', problems))}，已完成整改评价${fact('inspectionProblems.evaluated', '已完成整改评价的问题', '个', `上述问题中截至${asOf}已登记评价日期的`, refs('inspectionProblems', evaluated))}。`;
    }
    if (kind === 'specialReport') {
      const withOpinions = rows.filter((r) => r.opinions.length > 0);
      const opinions = withOpinions.reduce((n, r) => n + r.opinions.length, 0);
      const answered = withOpinions.reduce((n, r) => n + r.opinions.filter((o) => o.answeredOn).length, 0);
      text += `提出审议意见${fact('specialReport.opinions', '专项工作报告审议意见', '条', '上述专项工作报告登记的审议意见条数', refs('activities', withOpinions), opinions)}，已答复${fact('specialReport.opinionsAnswered', '已答复的审议意见', '条', '上述审议意见中已登记答复日期的条数', refs('activities', withOpinions), answered)}。`;
    }
    body(text);
  }
  if (supervised === 0) body(`台账中没有${year}年的监督活动记录。${todo('如有，请补充')}`);
}

/** 三、Suggestions: received, answered, answered in time, and how deputies graded them. */
function writeSuggestions(w: DraftWriter): void {
  const { input, data, year, asOf, inYear, fact, refs, h2, body } = w;
  h2('（四）代表建议、批评和意见办理');
  const suggestions = data.suggestions.filter((s) => inYear(s.submittedOn));
  if (suggestions.length === 0) body(`台账中没有${year}年提出的代表建议。${todo('如有，请补充')}`);
  else {
    const answered = suggestions.filter((s) => s.answeredOn !== undefined && s.answeredOn <= asOf);
    const inTime = answered.filter((s) => {
      const due = answerDueDate(s, input.settings?.values);
      return due !== undefined && s.answeredOn! <= due;
    });
    const graded = (grade: keyof typeof EVALUATIONS) => suggestions.filter((s) => s.evaluation === grade);
    body(
      `全年收到代表建议、批评和意见${fact('suggestions', '收到代表建议', '件', `提出日期在${year}年的代表建议`, refs('suggestions', suggestions))}，已答复${fact('suggestions.answered', '已答复的建议', '件', `上述建议中截至${asOf}已登记答复日期的`, refs('suggestions', answered))}，其中在规定期限内答复${fact('suggestions.answeredInTime', '在规定期限内答复的建议', '件', '答复日期不晚于交办后规定期限（按本乡镇设置）的', refs('suggestions', inTime))}。代表对办理结果评价满意${fact('suggestions.satisfied', '代表评价满意', '件', '评价为“满意”的建议', refs('suggestions', graded('satisfied')))}、基本满意${fact('suggestions.basic', '代表评价基本满意', '件', '评价为“基本满意”的建议', refs('suggestions', graded('basic')))}、不满意${fact('suggestions.unsatisfied', '代表评价不满意', '件', '评价为“不满意”的建议', refs('suggestions', graded('unsatisfied')))}。`,
    );
  }
}

/** 四、民生实事: the projects of the year and the ones voted in it. */
function writeLivelihood(w: DraftWriter): void {
  const { data, year, asOf, inYear, fact, refs, h2, body } = w;
  h2('（五）民生实事项目人大代表票决制');
  const ofYear = data.livelihoodProjects.filter((p) => p.year === year);
  const accepted = ofYear.filter((p) => p.acceptedOn !== undefined && p.acceptedOn <= asOf);
  const underway = ofYear.filter((p) => p.votedOn !== undefined && !accepted.includes(p));
  const votedInYear = data.livelihoodProjects.filter((p) => inYear(p.votedOn));
  if (ofYear.length === 0 && votedInYear.length === 0)
    body(`台账中没有${year}年的民生实事项目记录。${todo('如有，请补充')}`);
  else {
    if (ofYear.length > 0)
      body(
        `${year}年度民生实事项目${fact('livelihood.ofYear', `${year}年度民生实事项目`, '个', `实施年度为${year}年的项目`, refs('livelihoodProjects', ofYear))}，已验收${fact('livelihood.accepted', '已验收的项目', '个', `上述项目中截至${asOf}已登记验收日期的`, refs('livelihoodProjects', accepted))}，已票决尚未验收${fact('livelihood.underway', '已票决尚未验收的项目', '个', '上述项目中已登记票决日期、尚未验收的', refs('livelihoodProjects', underway))}。`,
      );
    if (votedInYear.length > 0)
      body(
        `全年票决民生实事项目${fact('livelihood.voted', '票决民生实事项目', '个', `票决日期在${year}年的项目`, refs('livelihoodProjects', votedInYear))}：${votedInYear.map((p) => `${p.title}（${p.year}年度）`).join('；')}。`,
      );
  }
}

/** 五、Deputies and stations: the deputies' activities and a table of each station's. */
function writeDeputiesAndStations(w: DraftWriter): void {
  const { data, year, inYear, fact, refs, blocks, h2, body } = w;
  h2('（六）代表工作和代表联络站建设');
  const deputyTexts: string[] = [];
  for (const kind of DEPUTY_KINDS) {
    const rows = activitiesOf(data.activities, kind, inYear);
    if (rows.length === 0) continue;
    let text = `${ACTIVITY_KINDS[kind]}${fact(`activities.${kind}`, ACTIVITY_KINDS[kind], '次', `日期在${year}年的“${ACTIVITY_KINDS[kind]}”活动记录`, refs('activities', rows))}`;
    if (kind === 'stationReception') {
      const visitors = rows.reduce((n, r) => n + (r.visitors ?? 0), 0);
      const issues = rows.reduce((n, r) => n + (r.issues ?? 0), 0);
      text += `，接待群众${fact('stationReception.visitors', '进站接待群众人次', '人次', '上述接待记录登记的来访人数之和', refs('activities', rows), visitors)}，登记问题${fact('stationReception.issues', '进站接待登记问题', '件', '上述接待记录登记的问题数之和', refs('activities', rows), issues)}`;
    }
    deputyTexts.push(text);
  }
  body(
    deputyTexts.length
      ? `全年组织代表${deputyTexts.join('；')}。`
      : `台账中没有${year}年的代表活动记录。${todo('如有，请补充')}`,
  );
  const stationRows: OfficeRow[] = data.stations.map((station) => {
    const rows = data.activities.filter((a) => a.stationId === station.id && inYear(a.date));
    const receptions = rows.filter((a) => a.kind === 'stationReception');
    return {
      cells: [
        cell(station.name),
        cell(
          fact(
            `station:${station.id}`,
            `${station.name}活动`,
            '次',
            `日期在${year}年、地点为该站的活动记录`,
            refs('activities', rows),
          ),
          { align: 'center' },
        ),
        cell(
          fact(
            `station:${station.id}:visitors`,
            `${station.name}接待群众`,
            '人次',
            '该站接待记录登记的来访人数之和',
            refs('activities', receptions),
            receptions.reduce((n, r) => n + (r.visitors ?? 0), 0),
          ),
          { align: 'center' },
        ),
      ],
    };
  });
  if (stationRows.length > 0) {
    body('各代表联络站活动情况如下表。');
    blocks.push({
      kind: 'table',
      columns: [50, 25, 25],
      size: SIZES.xiaosi,
      rows: [
        {
          header: true,
          cells: ['代表联络站', '活动', '接待群众'].map((t) => cell(t, { header: true, align: 'center' })),
        },
        ...stationRows,
      ],
    });
  }
}

/** 六、Duties not met: the engine's missed and partial results of the year (returned for the appendix). */
function writeShortcomings(w: DraftWriter): DutyResult[] {
  const { catalogue, year, evaluation, fact, h1, body } = w;
  h1('二、存在的问题和不足');
  const short = evaluation.results.filter((r) => r.status === 'missed' || r.status === 'partial');
  body(
    `按履职台账考评（义务清单 ${evaluation.catalogueVersion} 版，截至${formatChineseDate(evaluation.asOf)}），${year}年未达标或部分达标的义务${fact('duties.short', '未达标或部分达标的义务', '项', `履职考评${year}年度结果中状态为未达标或部分达标的义务`, [], short.length)}${short.length ? '：' : '。'}`,
  );
  short.forEach((r, index) => {
    const duty = catalogue.duties.find((d) => d.id === r.id);
    const reasons = shortfallSubjects(r).map((s) => `${s.label}：${s.note.replace(/[。；]+$/, '')}`);
    const shown = reasons.slice(0, 5).join('；');
    body(
      `${index + 1}. ${duty ? `${duty.title}（${duty.sourceLabel}）` : r.id}，${badgeOf(r, duty).text}。${
        reasons.length > 5 ? `${shown}等，共${reasons.length}处。` : shown ? `${shown}。` : ''
      }`,
    );
  });
  body(todo('撰稿人补充：对上述问题的原因分析'));
  return short;
}

/** 七、Next year: the months' duties of the following year from the duty calendar. */
function writeNextYear(w: DraftWriter): void {
  const { catalogue, year, blocks, h1, body } = w;
  h1(`三、${year + 1}年工作安排`);
  body(todo(`撰稿人补充：${year + 1}年工作的总体思路`));
  body(`按细则规定，${year + 1}年各月应完成的工作如下表（据本工具的履职日历整理）：`);
  blocks.push({
    kind: 'table',
    columns: [12, 88],
    size: SIZES.wu,
    rows: [
      {
        header: true,
        cells: [
          cell('月份', { header: true, align: 'center' }),
          cell('工作事项', { header: true, align: 'center' }),
        ],
      },
      ...monthsOfYear(catalogue)
        .filter((m) => m.duties.length > 0)
        .map((m) => ({
          cells: [
            cell(`${m.month}月`, { align: 'center' }),
            cell(m.duties.map((d) => `${d.title}（${d.sourceLabel}）`).join('；')),
          ],
        })),
    ],
  });
  body('各位代表，' + todo('撰稿人补充：结束语'));
}

/** 附件：数据来源, every fact with its counting rule and the records it was counted from. */
function writeSourcesAppendix(w: DraftWriter, short: readonly DutyResult[]): void {
  const { data, catalogue, year, asOf, facts, blocks } = w;
  const lookup = recordLookup(data);
  blocks.push({ kind: 'pageBreak' });
  blocks.push(para('附件', { font: 'heading' }));
  blocks.push(para('数据来源', { font: 'title', size: SIZES.er, align: 'center', spaceBefore: 6 }));
  blocks.push(
    para(`本表列出草稿中每个数字的统计口径和据以统计的台账记录（${year}年，截至${asOf}）。`, {
      indent: true,
      size: SIZES.si,
    }),
  );
  blocks.push({
    kind: 'table',
    columns: [6, 16, 9, 22, 47],
    size: SIZES.wu,
    rows: [
      {
        header: true,
        cells: ['序号', '数字', '数值', '统计口径', '台账记录'].map((t) =>
          cell(t, { header: true, align: 'center' }),
        ),
      },
      ...facts.map((f, index) => ({
        cells: [
          cell(String(index + 1), { align: 'center' }),
          cell(f.label),
          cell(`${f.value}${f.unit}`, { align: 'center' }),
          cell(f.rule),
          cell(
            f.records.length
              ? f.records.map((r) => describeRecord(r.table, lookup(r.table, r.id))).join('\n')
              : f.key === 'duties.short'
                ? short.map((r) => catalogue.duties.find((d) => d.id === r.id)?.title ?? r.id).join('\n') ||
                  '（无）'
                : '（无）',
          ),
        ],
      })),
    ],
  });
}

/** The activities of one kind dated in the year, in date order. */
function activitiesOf(
  all: readonly Activity[],
  kind: ActivityKind,
  inYear: (date: string) => boolean,
): Activity[] {
  return all.filter((a) => a.kind === kind && inYear(a.date)).sort((a, b) => a.date.localeCompare(b.date));
}

/** `《…》（3月5日）、…` topics of activities. */
function topicList(rows: readonly Activity[]): string {
  return rows
    .map((r) => `${r.topic}（${Number(r.date.slice(5, 7))}月${Number(r.date.slice(8, 10))}日）`)
    .join('；');
}

/** The download's file name: `示例镇人民代表大会主席团2025年工作报告（草稿）.docx`. */
export function annualReportFileName(draft: Pick<AnnualReportDraft, 'townshipName' | 'year'>): string {
  return `${draft.townshipName}人民代表大会主席团${draft.year}年工作报告（草稿）.docx`;
}
