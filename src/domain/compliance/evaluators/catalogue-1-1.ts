// Evaluators of the seven duties added in catalogue 1.1 (obligations.md, "Added in catalogue
// version 1.1"): one function per duty id.
import { addDays, diffDays, isAfter, isWithin, type IsoDate } from '../../dates';
import type { Activity, LedgerDocument, Session, Suggestion, VisitProblem } from '../../ledger';
import { promisedItemsOf } from '../../ledger/suggestions/schema';
import { DEFAULT_POINTS_FROM } from '../../points/default-table';
import { adoptedPointsTableOn } from '../../points/versions';
import type { EvaluationContext, Evaluator } from '../context';
import { combineStatuses, countStatus, deadlineStatus, periodState } from '../status';
import type { EvidenceRef, Status, SubjectResult } from '../types';
import {
  cn,
  notYetHeld,
  ref,
  sessionLabel,
  sessionRef,
  sessionsIn,
  shortText,
  termLabel,
} from './evidence-and-wording';

const documentRef = (d: LedgerDocument): EvidenceRef => ref('documents', d.id);

/** A date that has come by the as-of date; later dates are plans, not facts, as of then. */
const happened = (date: IsoDate | undefined, ctx: EvaluationContext) =>
  date !== undefined && !isAfter(date, ctx.asOf) ? date : undefined;

/** Oldest first, by a date. */
const byDate =
  <T>(date: (item: T) => IsoDate) =>
  (a: T, b: T) =>
    date(a) < date(b) ? -1 : date(a) > date(b) ? 1 : 0;

// ── 4(6): the election committee approved by the city standing committee ──

/**
 * Each term: an 选举委员会批准文件 linked to it, dated on or before its election day. `unknown`
 * without an election day; pending until the election day while none is recorded.
 */
const electionCommitteeApproved: Evaluator = (_duty, unit, ctx) => {
  const term = unit.kind === 'term' ? ctx.terms.find((t) => t.id === unit.termId) : undefined;
  if (!term) return [];
  const base = { key: term.id, label: termLabel(term) };
  const approvals = ctx.data.documents
    .filter((d) => d.kind === 'electionCommitteeApproval' && d.termId === term.id)
    .filter((d) => happened(d.adoptedOn, ctx))
    .sort(byDate((d) => d.adoptedOn));
  const evidence = approvals.map(documentRef);
  if (!term.electionDate)
    return [
      {
        ...base,
        status: 'unknown',
        note: `${termLabel(term)}没有登记选举日期，无法判断选举委员会是否在选举前获批。`,
        evidence,
      },
    ];
  const first = approvals[0];
  const status = deadlineStatus(first?.adoptedOn, term.electionDate, ctx.asOf);
  const election = `选举日${cn(term.electionDate)}`;
  const note = first
    ? `市人大常委会${cn(first.adoptedOn)}批准选举委员会（${shortText(first.title, 20)}），${election}，${status.status === 'met' ? '在选举前获批' : '晚于选举日'}。`
    : status.status === 'pending'
      ? `尚未登记市人大常委会批准选举委员会的文件，${election}，应在此前获批。`
      : `没有登记市人大常委会批准选举委员会的文件，${election}。`;
  return [{ ...base, ...status, note, evidence }];
};

// ── 10(3), 4(5): problems of a 视察/调研 forwarded and fed back ──

/** One problem's status: both dates within the window (`met`), late or overdue (`missed`), else pending. */
function problemStatus(problem: VisitProblem, due: IsoDate, ctx: EvaluationContext): Status {
  const forwarded = deadlineStatus(happened(problem.forwardedOn, ctx), due, ctx.asOf).status;
  const fedBack = deadlineStatus(happened(problem.fedBackOn, ctx), due, ctx.asOf).status;
  if (forwarded === 'missed' || fedBack === 'missed') return 'missed';
  return forwarded === 'pending' || fedBack === 'pending' ? 'pending' : 'met';
}

/** Each 视察 or 调研 of the range that recorded a problem: every problem forwarded and fed back in time. */
const visitProblemsFedBack: Evaluator = (_duty, unit, ctx) => {
  const days = ctx.numberSetting('visitProblemFeedbackDays');
  const visits = [
    ...ctx.activitiesIn('inspectionVisit', unit.range),
    ...ctx.activitiesIn('research', unit.range),
  ]
    .filter((a) => (a.problems?.length ?? 0) > 0 && !isAfter(a.date, ctx.asOf))
    .sort(byDate((a) => a.date));
  return visits.map((visit: Activity): SubjectResult => {
    const due = addDays(visit.date, days);
    const problems = visit.problems ?? [];
    const statuses = problems.map((p) => problemStatus(p, due, ctx));
    const late = problems.filter((_, i) => statuses[i] === 'missed');
    const open = problems.filter((_, i) => statuses[i] === 'pending');
    const head = `${cn(visit.date)}${shortText(visit.topic, 20)}收集问题${problems.length}个，应于${cn(due)}前（${days}天内）转交处理并向代表反馈`;
    const status: Status = late.length > 0 ? 'missed' : open.length > 0 ? 'pending' : 'met';
    const note =
      status === 'met'
        ? `${head}，均已按期转交和反馈。`
        : status === 'missed'
          ? `${head}，其中${late.length}个未按期：${late.map((p) => `「${shortText(p.description, 14)}」`).join('、')}。`
          : `${head}，尚有${open.length}个未完成转交或反馈。`;
    return {
      key: visit.id,
      label: shortText(visit.topic, 20),
      status,
      ...(status === 'pending' ? { dueDate: due } : {}),
      note,
      evidence: [ref('activities', visit.id)],
    };
  });
};

// ── 4(13), 15(1): the township's points scheme ──

/** A points table version adopted (and in force) by the year's last day; the default table does not count. */
const pointsScheme: Evaluator = (_duty, unit, ctx) => {
  if (unit.kind !== 'year') return [];
  const yearEnd = unit.range.end;
  const lastDay = isAfter(yearEnd, ctx.asOf) ? ctx.asOf : yearEnd;
  const adopted = adoptedPointsTableOn(ctx.pointsTables, lastDay);
  const status = countStatus(adopted ? 1 : 0, 1, unit.range, ctx.asOf);
  const unadopted = ctx.pointsTables.filter((t) => t.adoptedOn === undefined).length;
  const note = adopted
    ? `第${adopted.version}版积分表于${cn(adopted.adoptedOn!)}经${adopted.adoptedBy ?? '（未写明会议或文件）'}通过${
        adopted.from === DEFAULT_POINTS_FROM ? '' : `，自${cn(adopted.from)}起适用`
      }。`
    : `${status.status === 'missed' ? `${unit.year}年` : `截至${cn(ctx.asOf)}，`}没有乡镇通过的履职积分表${
        unadopted > 0 ? `（设置中有${unadopted}个版本未登记通过日期）` : '（本工具的默认积分表不计入）'
      }。`;
  return [{ key: `${unit.year}`, label: '乡镇', ...status, note, evidence: [] }];
};

// ── 16(3): promised items tracked ──

const suggestionLabel = (s: Suggestion) => `${s.number} ${shortText(s.title, 12)}`;

/** Each answered suggestion with promised items: every item done or reported by its promised date. */
const promisesTracked: Evaluator = (_duty, unit, ctx) =>
  ctx.data.suggestions
    .filter((s) => isWithin(s.assignedOn ?? s.submittedOn, unit.range))
    .filter((s) => (s.firstAnsweredOn ?? s.answeredOn) !== undefined && s.promisedItems.length > 0)
    .map((s): SubjectResult => {
      const items = promisedItemsOf(s).map((item) => ({
        item,
        status: item.dueOn
          ? deadlineStatus(happened(item.doneOn, ctx), item.dueOn, ctx.asOf).status
          : ('unknown' as const),
      }));
      const status = combineStatuses(items.map((i) => i.status));
      const words = (filter: Status) =>
        items
          .filter((i) => i.status === filter)
          .map(
            (i) => `「${shortText(i.item.content, 14)}」${i.item.dueOn ? `（期限${cn(i.item.dueOn)}）` : ''}`,
          )
          .join('、');
      const head = `答复承诺${items.length}项`;
      const note =
        status === 'met'
          ? `${head}，均在承诺期限内落实或反馈。`
          : status === 'missed' || status === 'partial'
            ? `${head}，未在期限内落实或反馈：${words('missed')}。`
            : status === 'unknown'
              ? `${head}，${words('unknown')}没有登记承诺期限，无法判断。`
              : `${head}，尚未到期、未登记落实：${words('pending')}。`;
      const dues = items.filter((i) => i.status === 'pending').map((i) => i.item.dueOn!);
      return {
        key: s.id,
        label: suggestionLabel(s),
        status: status === 'partial' ? 'missed' : status,
        ...(status === 'pending' ? { dueDate: dues.sort()[0] } : {}),
        note,
        evidence: [ref('suggestions', s.id)],
      };
    });

// ── 预算法 45: deputies hear voters' views on the draft budget ──

/**
 * Whether a session reviews and approves a draft budget (预算法 45 speaks of 预算草案): 预算审查批准
 * on its agenda, or a 预算 document it approved. Adjustments and final accounts alone do not count.
 */
const approvesBudgetDraft = (session: Session, ctx: EvaluationContext) =>
  session.agenda.includes('budgetApproval') ||
  ctx.data.documents.some(
    (d) => d.kind === 'budgetDocument' && d.budgetDocument === 'budget' && d.sessionId === session.id,
  );

/** Each session that approves a draft budget: a 听取选民对预算草案的意见 activity within the window before it opens. */
const budgetVoterViews: Evaluator = (_duty, unit, ctx) => {
  const windowDays = ctx.numberSetting('budgetVoterViewsWindowDays');
  return sessionsIn(unit.range, ctx)
    .filter((s) => approvesBudgetDraft(s, ctx))
    .map((session): SubjectResult => {
      const window = { start: addDays(session.startDate, -windowDays), end: addDays(session.startDate, -1) };
      const heard = ctx.activitiesIn('budgetVoterViews', window).filter((a) => happened(a.date, ctx));
      const base = { key: session.id, label: sessionLabel(session, ctx) };
      const opens = `会议${cn(session.startDate)}开幕审查预算草案`;
      const last = heard.at(-1);
      if (last)
        return {
          ...base,
          status: 'met',
          note: `${opens}，开幕前${diffDays(last.date, session.startDate)}天（${cn(last.date)}）组织代表听取了选民和社会各界对预算草案的意见。`,
          evidence: [sessionRef(session), ...heard.map((a) => ref('activities', a.id))],
        };
      const upcoming = notYetHeld(session, ctx);
      if (upcoming)
        return {
          ...upcoming,
          dueDate: window.end,
          note: `${opens}，开幕前${windowDays}天内尚未登记组织代表听取选民和社会各界意见的活动。`,
        };
      return {
        ...base,
        status: 'missed',
        note: `${opens}，开幕前${windowDays}天内没有登记组织代表听取选民和社会各界意见的活动。`,
        evidence: [sessionRef(session)],
      };
    });
};

// ── 代表法: the suggestion-handling report published ──

/**
 * The year's sessions that heard the suggestion-handling report (agenda item of 5(2)): its
 * 代表建议办理情况报告 document published within the days of the setting from the session's opening.
 */
const suggestionReportPublished: Evaluator = (_duty, unit, ctx) => {
  if (unit.kind !== 'year') return [];
  const days = ctx.numberSetting('suggestionReportPublishDays');
  const heard = sessionsIn(unit.range, ctx).filter(
    (s) =>
      s.agenda.includes('suggestionReport') ||
      ctx.data.documents.some((d) => d.kind === 'suggestionReport' && d.sessionId === s.id),
  );
  return heard.map((session): SubjectResult => {
    const due = addDays(session.startDate, days);
    const reports = ctx.data.documents
      .filter((d) => d.kind === 'suggestionReport' && d.sessionId === session.id)
      .sort(byDate((d) => d.publishedOn ?? '9999-12-31'));
    const published = reports.find((d) => happened(d.publishedOn, ctx));
    const pending = notYetHeld(session, ctx);
    const status = pending
      ? { status: 'pending' as const, dueDate: due }
      : deadlineStatus(published?.publishedOn, due, ctx.asOf);
    const head = `${sessionLabel(session, ctx)}（${cn(session.startDate)}开幕）听取代表建议办理情况报告，应于${cn(due)}前（${days}天内）向社会公开`;
    const note = published
      ? `${head}，${cn(published.publishedOn!)}公开${status.status === 'missed' ? '，逾期' : ''}。`
      : status.status === 'missed'
        ? `${head}，没有登记公开日期，已逾期。`
        : `${head}，尚未登记公开。`;
    return {
      key: session.id,
      label: sessionLabel(session, ctx),
      ...status,
      note,
      evidence: [sessionRef(session), ...reports.map(documentRef)],
    };
  });
};

// ── 代表法: deputies' basic information and performance published ──

/**
 * The township in a year: at least ⌈12 ÷ months⌉ publications of the deputies' information (once a
 * year with the default of 12 months: the tool's reading, the law sets no frequency).
 */
const deputyInfoPublished: Evaluator = (_duty, unit, ctx) => {
  if (unit.kind !== 'year') return [];
  const months = Math.max(1, ctx.numberSetting('deputyInfoPublicationMonths'));
  const needed = Math.max(1, Math.ceil(12 / months));
  const publications = ctx.data.documents
    .filter((d) => d.kind === 'deputyInfoPublication')
    .map((d) => ({ document: d, on: happened(d.publishedOn ?? d.adoptedOn, ctx) }))
    .filter(
      (p): p is { document: LedgerDocument; on: IsoDate } => p.on !== undefined && isWithin(p.on, unit.range),
    )
    .sort(byDate((p) => p.on));
  const status = countStatus(publications.length, needed, unit.range, ctx.asOf);
  const rule = `按每${months}个月至少1次，全年至少应${needed}次`;
  const dates = publications.map((p) => cn(p.on)).join('、');
  const note =
    periodState(unit.range, ctx.asOf) === 'closed'
      ? `全年公开代表基本情况和履职情况${publications.length}次${dates ? `（${dates}）` : ''}，${rule}。`
      : `截至${cn(ctx.asOf)}，本年已公开${publications.length}次${dates ? `（${dates}）` : ''}，${rule}。`;
  return [
    {
      key: `${unit.year}`,
      label: '乡镇',
      ...status,
      note,
      evidence: publications.map((p) => documentRef(p.document)),
    },
  ];
};

/** The evaluators of catalogue 1.1's new duties, by duty id. */
export const EVALUATORS: Record<string, Evaluator> = {
  'art04-election-committee-approved': electionCommitteeApproved,
  'art10-visit-problems-fed-back': visitProblemsFedBack,
  'art15-points-scheme': pointsScheme,
  'art16-promises-tracked': promisesTracked,
  'law-budget-voter-views': budgetVoterViews,
  'law-suggestion-report-published': suggestionReportPublished,
  'law-deputy-info-published': deputyInfoPublished,
};
