// Evaluators of the duties of chapter 8 (obligations.md): one function per duty id.
// 第二十二条, 第二十三条: the presidium's quarterly reports to the party committee, the six procedure
// rules, and the staff in post.
import {
  formatChineseDate,
  isWithin,
  minDate,
  quarterRange,
  type DateRange,
  type IsoDate,
} from '../../dates';
import type { Officer } from '../../ledger';
import { procedureRulesChecklist } from '../../ledger/documents/deadlines';
import { partyReportQuarters } from '../../ledger/meetings/party-reports';
import type { Evaluator } from '../context';
import { countStatus, periodState } from '../status';
import type { EvidenceRef, SubjectResult } from '../types';

/** 22(1): each quarter, at least one report of the presidium to the party committee. */
const partyReports: Evaluator = (duty, unit, ctx) => {
  if (unit.kind !== 'year') return [];
  const reports = ctx.activitiesIn('partyReport', unit.range);
  const min = duty.target?.min ?? 1;
  return partyReportQuarters(
    reports.map((a) => a.date),
    unit.year,
    ctx.asOf,
  ).map(({ quarter, label, count }): SubjectResult => {
    const range = quarterRange(unit.year, quarter);
    const found = reports.filter((a) => isWithin(a.date, range));
    return {
      key: `${unit.year}-Q${quarter}`,
      label,
      ...countStatus(count, min, range, ctx.asOf),
      note: `${label}向党委汇报人大工作${count}次，至少应${min}次。`,
      evidence: found.map((a) => ({ table: 'activities', id: a.id })),
    };
  });
};

/** 22(2): all six procedure rules adopted by the end of the year (or by the as-of date while it is open). */
const rulesInPlace: Evaluator = (_duty, unit, ctx) => {
  if (unit.kind !== 'year') return [];
  const checklist = procedureRulesChecklist(ctx.data.documents, minDate(unit.range.end, ctx.asOf)!);
  const missing = checklist.items.filter((i) => !i.established).map((i) => i.label);
  const evidence = checklist.items.flatMap((i): EvidenceRef[] =>
    i.document ? [{ table: 'documents', id: i.document.id }] : [],
  );
  const note =
    missing.length === 0
      ? `${checklist.total}项制度全部建立。`
      : `已建立${checklist.established}项制度，共${checklist.total}项；尚缺：${missing.join('、')}。`;
  return [
    {
      key: `${unit.year}`,
      label: '乡镇',
      ...countStatus(checklist.established, checklist.total, unit.range, ctx.asOf),
      note,
      evidence,
    },
  ];
};

/** The three posts 第二十三条 requires, each with who holds it on a date. */
function postsOn(officersOn: (role: Officer['role'], date: IsoDate) => Officer[], date: IsoDate) {
  return [
    { post: '人大主席', holders: officersOn('chair', date) },
    { post: '专职副主席', holders: officersOn('viceChair', date).filter((o) => o.fullTime) },
    { post: '人大专干', holders: officersOn('staff', date) },
  ];
}

/**
 * 23(1): a chair, a full-time vice-chair and at least one 专干 in post on the year's last day. While
 * the year is open they are checked on the as-of date: all in post then is met (a later vacancy
 * changes the result), a vacant post is pending until 31 December.
 */
const staffing: Evaluator = (_duty, unit, ctx) => {
  if (unit.kind !== 'year') return [];
  const state = periodState(unit.range, ctx.asOf);
  const base = { key: `${unit.year}`, label: '乡镇' };
  if (state === 'notStarted')
    return [
      {
        ...base,
        status: 'pending',
        dueDate: unit.range.end,
        note: `年度尚未开始，按${formatChineseDate(unit.range.end)}的在岗情况核对。`,
        evidence: [],
      },
    ];
  const open = state === 'open';
  return [{ ...base, ...staffingOn(unit.range, open ? ctx.asOf : unit.range.end, open, ctx.officersOn) }];
};

/** The staffing result on one date (the as-of date of an open year): who holds each post, and what is vacant. */
function staffingOn(
  range: DateRange,
  date: IsoDate,
  open: boolean,
  officersOn: (role: Officer['role'], date: IsoDate) => Officer[],
): Omit<SubjectResult, 'key' | 'label'> {
  const posts = postsOn(officersOn, date);
  const when = open
    ? `截至${formatChineseDate(date)}（年度未结束，以截至日期为准）`
    : formatChineseDate(date);
  const evidence = posts.flatMap((p) => p.holders.map((o): EvidenceRef => ({ table: 'officers', id: o.id })));
  const filled = posts
    .filter((p) => p.holders.length > 0)
    .map((p) => `${p.post}${p.holders.map((o) => o.name).join('、')}`);
  const vacant = posts.filter((p) => p.holders.length === 0).map((p) => p.post);
  if (vacant.length === 0) return { status: 'met', note: `${when}在岗：${filled.join('，')}。`, evidence };
  const inPost = filled.length > 0 ? `在岗：${filled.join('，')}；` : '';
  return {
    ...(open ? { status: 'pending', dueDate: range.end } : { status: 'missed' }),
    note: `${when}${inPost}缺${vacant.join('、')}${open ? `，须在${formatChineseDate(range.end)}前配齐` : ''}。`,
    evidence,
  };
}

export const EVALUATORS: Record<string, Evaluator> = {
  'art22-party-reports': partyReports,
  'art22-rules-in-place': rulesInPlace,
  'art23-staffing': staffing,
};
