// What the 考评 dashboard and the printed report show of an evaluation (live or frozen): duties
// grouped by chapter, scores as 分, each result's badge, the duties falling due soon, and where
// each piece of evidence lives in the ledger. Pure: the island only draws what these return.
import { addDays, diffDays, isAfter, isBefore, type IsoDate } from '../dates';
import {
  ACTIVITY_KINDS,
  DOCUMENT_KINDS,
  OFFICER_ROLES,
  RECORD_TABLES,
  type ActivityKind,
  type FrozenResult,
  type LedgerData,
  type RecordTable,
} from '../ledger';
import { STATION_ACTIVITY_KINDS, DEPUTY_ACTIVITY_KINDS } from '../ledger/activities/groups';
import { SUPERVISION_KINDS } from '../ledger/supervision/activity-status';
import type { Catalogue, Duty } from '../schemas/duty';
import { STATUSES, type Status } from './types';

/** A result as the dashboard reads it: the engine's `DutyResult`, or one frozen in a snapshot. */
export type ShownResult = FrozenResult;

/** A score as computed (`Score`) or as read back from a snapshot (optional fields may hold `undefined`). */
export interface ShownScore {
  value?: number | undefined;
  scored: number;
}

/** What a dashboard or report shows: the results with their overall and chapter scores. */
export interface ShownEvaluation {
  results: readonly ShownResult[];
  overall: ShownScore;
  /** Scores by chapter number (a number key live, a string key in a snapshot). */
  chapters: Readonly<Record<string | number, ShownScore>>;
}

/** The numerals of chapter headings (第二章 …), by chapter number. */
const CHAPTER_NUMERALS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** `第二章`, from a chapter number. */
export const chapterHeading = (chapter: number): string => `第${CHAPTER_NUMERALS[chapter] ?? chapter}章`;

/** A score as the dashboard prints it: `86.4` on a 0–100 scale, or `—` when nothing was scored. */
export function scoreText(score: Pick<ShownScore, 'value'>): string {
  return score.value === undefined ? '—' : (Math.round(score.value * 1000) / 10).toFixed(1);
}

/** A score with its unit and the number of duties behind it: `86.4 分（计分义务 41 项）`. */
export function scoreLine(score: ShownScore): string {
  return score.value === undefined ? '暂无计分义务' : `${scoreText(score)} 分（计分义务 ${score.scored} 项）`;
}

/** One duty with its result, as listed. */
export interface DutyRow {
  duty: Duty;
  result: ShownResult;
}

/** One chapter of the dashboard: its heading, its score and its duties in catalogue order. */
export interface ChapterGroup {
  chapter: number;
  /** `第二章 职权与职责` (the title when known). */
  heading: string;
  score: ShownScore;
  rows: DutyRow[];
}

/**
 * The results grouped by chapter in the catalogue's order. Results of duties the catalogue no
 * longer has (a snapshot taken under an older catalogue) are left out of the groups; see
 * {@link unlistedResults}.
 */
export function groupByChapter(
  shown: ShownEvaluation,
  catalogue: Catalogue,
  chapterTitles: Readonly<Record<number, string>> = {},
): ChapterGroup[] {
  const byId = new Map(shown.results.map((r) => [r.id, r]));
  const groups = new Map<number, ChapterGroup>();
  for (const duty of catalogue.duties) {
    const result = byId.get(duty.id);
    if (!result) continue;
    let group = groups.get(duty.chapter);
    if (!group) {
      const title = chapterTitles[duty.chapter];
      group = {
        chapter: duty.chapter,
        heading: title ? `${chapterHeading(duty.chapter)} ${title}` : chapterHeading(duty.chapter),
        score: shown.chapters[duty.chapter] ?? shown.chapters[String(duty.chapter)] ?? { scored: 0 },
        rows: [],
      };
      groups.set(duty.chapter, group);
    }
    group.rows.push({ duty, result });
  }
  return [...groups.values()].sort((a, b) => a.chapter - b.chapter);
}

/** Results whose duty is not in the catalogue (a snapshot scored under another catalogue). */
export function unlistedResults(shown: ShownEvaluation, catalogue: Catalogue): ShownResult[] {
  const ids = new Set(catalogue.duties.map((d) => d.id));
  return shown.results.filter((r) => !ids.has(r.id));
}

/** How many results have each status. */
export function statusCounts(results: readonly Pick<ShownResult, 'status'>[]): Record<Status, number> {
  const counts = Object.fromEntries(Object.keys(STATUSES).map((s) => [s, 0])) as Record<Status, number>;
  for (const r of results) counts[r.status] += 1;
  return counts;
}

/** The look of a status badge: `warning` is a missed duty whose strength is only `normally`. */
export type BadgeTone = Status | 'warning';

/** A status badge: readable without colour (its text) and without text (its icon's shape). */
export interface Badge {
  tone: BadgeTone;
  /** `未达标`, `未达标（一般性要求）`, `待完成（2025-12-31 前）`. */
  text: string;
  /** A glyph whose shape differs by tone (✓ ◐ ✕ ! ◷ ? –); decorative next to the text. */
  icon: string;
}

const ICONS: Record<BadgeTone, string> = {
  met: '✓',
  partial: '◐',
  missed: '✕',
  warning: '!',
  pending: '◷',
  unknown: '?',
  not_applicable: '–',
};

/**
 * The badge of a result. A missed or partly met duty whose rule says only 一般/可以 (`normally`)
 * is a warning, not a failure: it reads `未达标（一般性要求）` but is still scored.
 */
export function badgeOf(
  result: Pick<ShownResult, 'status' | 'dueDate'>,
  duty?: Pick<Duty, 'strength'>,
): Badge {
  const soft = duty?.strength === 'normally' && (result.status === 'missed' || result.status === 'partial');
  const tone: BadgeTone = soft ? 'warning' : result.status;
  let text: string = STATUSES[result.status];
  if (soft) text = `${text}（一般性要求）`;
  else if (result.status === 'pending' && result.dueDate) text = `${text}（${result.dueDate} 前）`;
  return { tone, text, icon: ICONS[tone] };
}

/** A duty falling due soon: its earliest pending subject's due date within the window. */
export interface DueItem {
  duty: Duty;
  result: ShownResult;
  dueDate: IsoDate;
  /** Days from the as-of date to the due date (0 = due on the as-of date). */
  daysLeft: number;
  /** Labels of the subjects still pending and due within the window. */
  subjects: string[];
}

/**
 * The duties with a subject still pending and due within `days` days after the as-of date (the
 * due date on or after the as-of date and no later than as-of + days), soonest first.
 */
export function dueWithin(
  shown: Pick<ShownEvaluation, 'results'>,
  catalogue: Catalogue,
  asOf: IsoDate,
  days: number,
): DueItem[] {
  const last = addDays(asOf, days);
  const items: DueItem[] = [];
  for (const result of shown.results) {
    const duty = catalogue.duties.find((d) => d.id === result.id);
    if (!duty) continue;
    const due = result.subjects.filter(
      (s) => s.status === 'pending' && s.dueDate && !isBefore(s.dueDate, asOf) && !isAfter(s.dueDate, last),
    );
    if (due.length === 0) continue;
    const dueDate = due.map((s) => s.dueDate!).sort()[0]!;
    items.push({
      duty,
      result,
      dueDate,
      daysLeft: diffDays(asOf, dueDate),
      subjects: due.map((s) => s.label),
    });
  }
  return items.sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.duty.id.localeCompare(b.duty.id));
}

/** `还有 12 天`, `今天到期`. */
export const daysLeftText = (days: number): string => (days === 0 ? '今天到期' : `还有 ${days} 天`);

/** A piece of evidence as a link: where it opens in the ledger and what it reads. */
export interface EvidenceLink {
  /** The ledger page that opens the record, or undefined for records no page shows. */
  href?: string;
  label: string;
}

/** The ledger page of each table; activities go by kind (see {@link activityPage}). */
const TABLE_PAGES: Partial<Record<RecordTable, string>> = {
  township: '/ledger/township/',
  terms: '/ledger/township/',
  officers: '/ledger/township/',
  presidiumMembers: '/ledger/township/',
  credentialsCommittees: '/ledger/township/',
  stations: '/ledger/stations/',
  sessions: '/ledger/meetings/',
  presidiumMeetings: '/ledger/meetings/',
  activities: '/ledger/activities/',
  inspectionProblems: '/ledger/supervision/',
  suggestions: '/ledger/suggestions/',
  livelihoodProjects: '/ledger/livelihood/',
  documents: '/ledger/documents/',
};

/** The page whose list holds activities of a kind. */
export function activityPage(kind: ActivityKind): string {
  if ((SUPERVISION_KINDS as readonly string[]).includes(kind)) return '/ledger/supervision/';
  if ((STATION_ACTIVITY_KINDS as readonly string[]).includes(kind)) return '/ledger/stations/';
  if ((DEPUTY_ACTIVITY_KINDS as readonly string[]).includes(kind)) return '/ledger/activities/';
  return '/ledger/meetings/';
}

/** The query parameter by which a ledger list shows one record above its list (RecordListPage). */
export const RECORD_PARAM = 'record';

/** Looks records up by table and id, to label and place evidence. */
export type RecordLookup = (table: string, id: string) => Record<string, unknown> | undefined;

/** A lookup over loaded records (only the tables given are indexed). */
export function recordLookup(data: Partial<LedgerData>): RecordLookup {
  const index = new Map<string, Record<string, unknown>>();
  for (const [table, records] of Object.entries(data))
    for (const record of (records ?? []) as { id: string }[]) index.set(`${table}:${record.id}`, record);
  return (table, id) => index.get(`${table}:${id}`);
}

/** What a record reads as in a list of evidence: `人代会 2025-01-10 第3次会议`. */
export function describeRecord(table: string, record: Record<string, unknown> | undefined): string {
  const label = (RECORD_TABLES as Record<string, { label: string }>)[table]?.label ?? table;
  if (!record) return `${label}记录（已不在台账中）`;
  const text = (key: string) => (typeof record[key] === 'string' ? (record[key] as string) : '');
  const num = (key: string) => (typeof record[key] === 'number' ? (record[key] as number) : undefined);
  switch (table) {
    case 'sessions':
      return `人代会 ${text('startDate')} 第${num('number') ?? '?'}次会议`;
    case 'presidiumMeetings':
      return `主席团会议 ${text('date')}`;
    case 'activities':
      return `${ACTIVITY_KINDS[text('kind') as ActivityKind] ?? '活动'} ${text('date')} ${text('topic')}`;
    case 'inspectionProblems':
      return `执法检查问题：${text('description')}`;
    case 'suggestions':
      return `建议 ${text('number')} ${text('title')}`;
    case 'livelihoodProjects':
      return `民生实事 ${num('year') ?? ''}年 ${text('title')}`;
    case 'documents':
      return `${DOCUMENT_KINDS[text('kind') as keyof typeof DOCUMENT_KINDS] ?? '文件'} ${text('adoptedOn')} ${text('title')}`;
    case 'deputies':
      return `代表 ${text('name')}`;
    case 'stations':
      return text('name');
    case 'terms':
      return `第${num('number') ?? '?'}届（${text('startDate')} 起）`;
    case 'officers':
      return `${OFFICER_ROLES[text('role') as keyof typeof OFFICER_ROLES] ?? '负责人'} ${text('name')}`;
    case 'presidiumMembers':
      return `主席团成员 ${text('name')}`;
    case 'credentialsCommittees':
      return `代表资格审查委员会（主任委员 ${text('chairName')}）`;
    case 'township':
      return text('name') || label;
    default:
      return label;
  }
}

/**
 * Where a piece of evidence opens: a deputy's 履职档案; an activity on the page of its kind; an
 * inspection problem at its inspection; any other record on its table's page with `?record=<id>`,
 * which shows that record above the page's list. Tables no page shows get no link.
 */
export function evidenceLink(ref: { table: string; id: string }, lookup: RecordLookup): EvidenceLink {
  const record = lookup(ref.table, ref.id);
  const label = describeRecord(ref.table, record);
  const param = (id: string) => `?${RECORD_PARAM}=${encodeURIComponent(id)}`;
  if (ref.table === 'deputies')
    return { href: `/ledger/deputy-file/?id=${encodeURIComponent(ref.id)}`, label };
  if (ref.table === 'activities') {
    const kind = record?.['kind'] as ActivityKind | undefined;
    return { href: `${kind ? activityPage(kind) : '/ledger/activities/'}${param(ref.id)}`, label };
  }
  if (ref.table === 'inspectionProblems') {
    const inspectionId = record?.['inspectionId'];
    return {
      href: `/ledger/supervision/${typeof inspectionId === 'string' ? param(inspectionId) : ''}`,
      label,
    };
  }
  const page = TABLE_PAGES[ref.table as RecordTable];
  return page ? { href: `${page}${param(ref.id)}`, label } : { label };
}

/**
 * The workings of a duty in one line, for the report: the note of a single subject, or how many
 * subjects have each status (`共 75 个对象：已达标 70 个，未达标 5 个`).
 */
export function workingsLine(result: Pick<ShownResult, 'subjects'>): string {
  if (result.subjects.length === 1) return result.subjects[0]!.note;
  if (result.subjects.length === 0) return '本期没有需要衡量的对象。';
  const counts = statusCounts(result.subjects);
  const parts = (Object.keys(STATUSES) as Status[])
    .filter((s) => counts[s] > 0)
    .sort((a, b) => (a === 'met' ? -1 : b === 'met' ? 1 : 0))
    .map((s) => `${STATUSES[s]} ${counts[s]} 个`);
  return `共 ${result.subjects.length} 个对象：${parts.join('，')}。`;
}

/** The subjects that fall short (missed), with their notes, for the report's list of shortfalls. */
export function shortfallSubjects(result: Pick<ShownResult, 'subjects'>): { label: string; note: string }[] {
  return result.subjects.filter((s) => s.status === 'missed').map((s) => ({ label: s.label, note: s.note }));
}
