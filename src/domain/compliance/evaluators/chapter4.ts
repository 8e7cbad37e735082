// Evaluators of the duties of chapter 4 (obligations.md): one function per duty id.
import {
  addDays,
  addMonths,
  diffDays,
  formatChineseDate,
  isAfter,
  isWithin,
  type IsoDate,
} from '../../dates';
import type { Activity, ActivityKind, InspectionProblem, Session } from '../../ledger';
import { checkReportVisit, reportVisitLabel } from '../../ledger/supervision/report-visit';
import { loopDueDate } from '../../ledger/workflows/inspection';
import type { EvaluationContext, Evaluator } from '../context';
import {
  activitiesOfKinds,
  deadlineNote,
  ref,
  sessionLabel,
  shortText,
  townshipCount,
} from './evidence-and-wording';
import { deadlineStatus } from '../status';
import type { Status, SubjectResult } from '../types';

/** The kinds that count as 视察、调研 (a fiscal project visit is a 视察 too, as the catalogue says). */
const VISIT_KINDS = ['inspectionVisit', 'research', 'fiscalProjectVisit'] as const satisfies ActivityKind[];

/** Whether a date falls on a day of a recorded session (its opening day and the days its length covers). */
function isSessionDay(date: IsoDate, sessions: readonly Session[]): boolean {
  return sessions.some((s) =>
    isWithin(date, { start: s.startDate, end: addDays(s.startDate, Math.ceil(s.lengthDays) - 1) }),
  );
}

/** 8(1): at least 1 执法检查 in the year, shown against the full target of 2. */
const lawInspections: Evaluator = (duty, unit, ctx) => [
  townshipCount(duty, unit, ctx, '开展执法检查', ctx.activitiesIn('lawInspection', unit.range)),
];

/** The date an inspection problem belongs to: its inspection's, else the first loop date recorded. */
function problemDate(problem: InspectionProblem, inspection: Activity | undefined): IsoDate | undefined {
  return inspection?.date ?? problem.feedbackOn ?? problem.assignedOn ?? problem.supervisedOn;
}

/** 8(2): each problem found by an inspection reaches 评价 within the loop months of the inspection. */
const inspectionLoop: Evaluator = (_duty, unit, ctx) => {
  const months = ctx.numberSetting('inspectionLoopMonths');
  const inspections = new Map(ctx.activitiesOf('lawInspection').map((a) => [a.id, a]));
  return ctx.data.inspectionProblems.flatMap((problem): SubjectResult[] => {
    const inspection = inspections.get(problem.inspectionId);
    const date = problemDate(problem, inspection);
    if (!date || !isWithin(date, unit.range)) return [];
    const base = { key: problem.id, label: shortText(problem.description) };
    if (!inspection)
      return [
        {
          ...base,
          status: 'unknown',
          note: '找不到发现这个问题的执法检查记录，无法计算闭环期限。',
          evidence: [ref('inspectionProblems', problem.id)],
        },
      ];
    const due = loopDueDate(problem, inspection.date, { inspectionLoopMonths: months });
    const status = deadlineStatus(problem.evaluatedOn, due, ctx.asOf);
    return [
      {
        ...base,
        ...status,
        note: deadlineNote(
          `执法检查日期${formatChineseDate(inspection.date)}`,
          due,
          '评价',
          problem.evaluatedOn,
          status.status,
        ),
        evidence: [ref('inspectionProblems', problem.id), ref('activities', inspection.id)],
      },
    ];
  });
};

/** 9(1): at least 1 专项工作报告 heard in the year. */
const specialReports: Evaluator = (duty, unit, ctx) => [
  townshipCount(duty, unit, ctx, '听取和讨论专项工作报告', ctx.activitiesIn('specialReport', unit.range)),
];

/** A special report's subject identity. */
const reportBase = (report: Activity) => ({ key: report.id, label: shortText(report.topic) });

/** 9(2): each special report has a linked 视察 or 调研 on or before its day, within the window. */
const reportPrecededByVisit: Evaluator = (_duty, unit, ctx) => {
  const windowDays = ctx.numberSetting('reportVisitWindowDays');
  return ctx.activitiesIn('specialReport', unit.range).map((report) => {
    const check = checkReportVisit(report, ctx.activity, windowDays);
    const words = reportVisitLabel(check, windowDays).text;
    const evidence = [ref('activities', report.id)];
    if (check.status === 'inTime' || check.status === 'tooEarly')
      evidence.push(ref('activities', check.visit.id));
    if (check.status === 'inTime')
      return { ...reportBase(report), status: 'met', note: `${words}。`, evidence };
    // A report still to come can be prepared until its own day.
    if (isAfter(report.date, ctx.asOf))
      return {
        ...reportBase(report),
        status: 'pending',
        dueDate: report.date,
        note: `报告定于${formatChineseDate(report.date)}，${words}。`,
        evidence,
      };
    return { ...reportBase(report), status: 'missed', note: `${words}。`, evidence };
  });
};

/** 9(3): every opinion on a special report answered within the months of the setting. */
const reportOpinionsAnswered: Evaluator = (_duty, unit, ctx) => {
  const months = ctx.numberSetting('reportOpinionAnswerMonths');
  return ctx
    .activitiesIn('specialReport', unit.range)
    .filter((report) => report.opinions.length > 0)
    .map((report) => {
      const due = addMonths(report.date, months);
      const statuses = report.opinions.map((o) => deadlineStatus(o.answeredOn, due, ctx.asOf).status);
      const count = (s: Status) => statuses.filter((x) => x === s).length;
      const late = report.opinions.filter((_, i) => statuses[i] === 'missed');
      const status: Status = late.length > 0 ? 'missed' : count('pending') > 0 ? 'pending' : 'met';
      const parts = [`按期答复${count('met')}条`];
      if (late.length > 0)
        parts.push(`逾期或超期未答复${late.length}条（“${shortText(late[0]!.text, 20)}”等）`);
      if (count('pending') > 0) parts.push(`尚未答复${count('pending')}条`);
      return {
        ...reportBase(report),
        status,
        ...(status === 'pending' ? { dueDate: due } : {}),
        note: `报告日${formatChineseDate(report.date)}，${report.opinions.length}条代表意见应于${formatChineseDate(due)}前答复：${parts.join('，')}。`,
        evidence: [ref('activities', report.id)],
      };
    });
};

/** 10(1): at least 3 视察、调研 in the year, shown against the full target of 4. */
const visitsResearch: Evaluator = (duty, unit, ctx) => [
  townshipCount(duty, unit, ctx, '组织视察、调研', activitiesOfKinds(ctx, VISIT_KINDS, unit.range)),
];

/** 10(2): a 视察 or 调研 in the window of days before each session opens. */
const preSessionVisit: Evaluator = (_duty, unit, ctx) => {
  const windowDays = ctx.numberSetting('preSessionVisitWindowDays');
  return ctx.sessions
    .filter((s) => isWithin(s.startDate, unit.range))
    .map((session) => {
      const window = { start: addDays(session.startDate, -windowDays), end: addDays(session.startDate, -1) };
      const visits = activitiesOfKinds(ctx, VISIT_KINDS, window);
      const base = { key: session.id, label: sessionLabel(session, ctx) };
      const opens = `会议${formatChineseDate(session.startDate)}开幕`;
      const last = visits.at(-1);
      if (last)
        return {
          ...base,
          status: 'met' as const,
          note: `${opens}，开幕前${diffDays(last.date, session.startDate)}天组织了${shortText(last.topic, 24)}（${windowDays}天内共${visits.length}次视察、调研）。`,
          evidence: [ref('sessions', session.id), ...visits.map((v) => ref('activities', v.id))],
        };
      const upcoming = !isAfter(ctx.asOf, window.end);
      return {
        ...base,
        ...(upcoming ? { status: 'pending' as const, dueDate: window.end } : { status: 'missed' as const }),
        note: `${opens}，开幕前${windowDays}天内${upcoming ? '尚未' : '没有'}组织视察、调研。`,
        evidence: [ref('sessions', session.id)],
      };
    });
};

/** The first session that opens after a date. */
const nextSessionAfter = (date: IsoDate, ctx: EvaluationContext) =>
  ctx.sessions.find((s) => isAfter(s.startDate, date));

/**
 * 11(2): each 工作评议's result reported to the party committee and on the agenda of the next
 * session. Both are due by that session: until it has opened the appraisal is pending.
 */
const appraisalReported: Evaluator = (_duty, unit, ctx) =>
  ctx.activitiesIn('appraisal', unit.range).map((appraisal) => {
    const next = nextSessionAfter(appraisal.date, ctx);
    const toParty = appraisal.reportedToPartyOn;
    const onAgenda =
      next !== undefined &&
      (appraisal.reportedToSessionId === next.id || next.agenda.includes('appraisalReport'));
    const parts = [
      toParty ? `${formatChineseDate(toParty)}已报党委` : '未记录报党委',
      next
        ? `${onAgenda ? '已列入' : '未列入'}下一次人代会（${sessionLabel(next, ctx)}）议程`
        : '下一次人代会尚未登记',
    ];
    const evidence = [ref('activities', appraisal.id), ...(next ? [ref('sessions', next.id)] : [])];
    const base = { key: appraisal.id, label: shortText(appraisal.topic), evidence };
    if (toParty && onAgenda) return { ...base, status: 'met' as const, note: `${parts.join('，')}。` };
    if (!next || isAfter(next.startDate, ctx.asOf))
      return {
        ...base,
        status: 'pending' as const,
        ...(next ? { dueDate: next.startDate } : {}),
        note: `${parts.join('，')}；应在下一次人代会前完成。`,
      };
    return { ...base, status: 'missed' as const, note: `${parts.join('，')}。` };
  });

/** 12(3): at least 1 视察 of a fiscally funded project outside session days. */
const fiscalProjectVisit: Evaluator = (duty, unit, ctx) => {
  const visits = ctx.activitiesIn('fiscalProjectVisit', unit.range);
  const outside = visits.filter((v) => v.outsideSession && !isSessionDay(v.date, ctx.sessions));
  const during = visits.length - outside.length;
  return [
    townshipCount(
      duty,
      unit,
      ctx,
      '在闭会期间视察财政资金支持的项目',
      outside,
      during > 0 ? `另有${during}次在人代会会期内，不计入。` : '',
    ),
  ];
};

export const EVALUATORS: Record<string, Evaluator> = {
  'art08-law-inspections': lawInspections,
  'art08-inspection-loop': inspectionLoop,
  'art09-special-reports': specialReports,
  'art09-report-preceded-by-visit': reportPrecededByVisit,
  'art09-report-opinions-answered': reportOpinionsAnswered,
  'art10-visits-research': visitsResearch,
  'art10-pre-session-visit': preSessionVisit,
  'art11-appraisal-reported': appraisalReported,
  'art12-fiscal-project-visit': fiscalProjectVisit,
};
