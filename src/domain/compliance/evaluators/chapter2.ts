// Evaluators of the duties of chapter 2 (obligations.md): one function per duty id.
// Also the deadline of a filed or published document, which law-budget-published shares.
import { addDays, daysInMonth, isAfter, isBefore, isWithin, isoDate, type IsoDate } from '../../dates';
import type { LedgerDocument, Session } from '../../ledger';
import { firstSessionOf } from '../../ledger/township/terms';
import { documentDeadline } from '../../ledger/documents/deadlines';
import { approvesBudget } from '../../ledger/meetings/agenda';
import type { EvaluationContext, Evaluator } from '../context';
import { deadlineStatus } from '../status';
import type { EvidenceRef, SubjectResult } from '../types';
import { cn, notYetHeld, sessionLabel, sessionRef, sessionsIn, termLabel } from './evidence-and-wording';

const documentRef = (d: LedgerDocument): EvidenceRef => ({ table: 'documents', id: d.id });

/** A date that has come by the as-of date; later dates are plans, not facts, as of then. */
const happened = (date: IsoDate | undefined, ctx: EvaluationContext) =>
  date !== undefined && !isAfter(date, ctx.asOf) ? date : undefined;

// ── 4(3) annual work plan ──

/** The day `MM-DD` in a year, clamped to the month's end (`02-29` in a common year is 28 February). */
function dayInYear(year: number, monthDay: string): IsoDate {
  const [month, day] = monthDay.split('-').map(Number) as [number, number];
  return isoDate(year, month, Math.min(day, daysInMonth(year, month)));
}

const annualWorkPlan: Evaluator = (_duty, unit, ctx) => {
  const year = Number(unit.range.start.slice(0, 4));
  const due = dayInYear(year, ctx.textSetting('annualPlanDueDate'));
  const plan = ctx.data.documents
    .filter((d) => d.kind === 'annualWorkPlan' && (d.year ?? Number(d.adoptedOn.slice(0, 4))) === year)
    .filter((d) => happened(d.adoptedOn, ctx))
    .sort((a, b) => (a.adoptedOn < b.adoptedOn ? -1 : 1))[0];
  const result = deadlineStatus(plan?.adoptedOn, due, ctx.asOf);
  const note = plan
    ? `${year}年闭会期间工作要点于${cn(plan.adoptedOn)}通过，期限为${cn(due)}${result.status === 'met' ? '，按期' : '，逾期'}。`
    : result.status === 'pending'
      ? `尚未登记${year}年闭会期间工作要点，应于${cn(due)}前通过。`
      : `未登记${year}年闭会期间工作要点，期限${cn(due)}已过。`;
  return [{ key: `${year}`, label: '乡镇', ...result, note, evidence: plan ? [documentRef(plan)] : [] }];
};

// ── 4(6) deputy list published before the term's first session ──

const deputyListPublished: Evaluator = (_duty, unit, ctx) => {
  const term = unit.kind === 'term' ? ctx.terms.find((t) => t.id === unit.termId) : undefined;
  if (!term) return [];
  const first = firstSessionOf(term.id, ctx.sessions);
  const opening = first?.startDate ?? term.startDate;
  const openingText = first
    ? `本届第一次会议${cn(opening)}开幕`
    : `本届第一次会议未登记，按届期开始日${cn(opening)}计`;
  const list = ctx.data.documents
    .filter((d) => d.kind === 'deputyListPublication' && d.termId === term.id)
    .map((d) => ({ document: d, on: happened(d.publishedOn ?? d.adoptedOn, ctx) }))
    .filter((l) => l.on !== undefined)
    .sort((a, b) => (a.on! < b.on! ? -1 : 1))[0];
  // Dates carry no time of day: publishing on the opening day cannot show it came first.
  const result = deadlineStatus(list?.on, addDays(opening, -1), ctx.asOf);
  const note = list
    ? `代表名单于${cn(list.on!)}公布，${openingText}，${result.status === 'met' ? '在会前公布' : '未在会前公布'}。`
    : result.status === 'pending'
      ? `尚未登记代表名单公布，${openingText}，应在此前公布。`
      : `未登记代表名单公布，${openingText}。`;
  return [
    {
      key: term.id,
      label: termLabel(term),
      ...result,
      note,
      evidence: [...(list ? [documentRef(list.document)] : []), ...(first ? [sessionRef(first)] : [])],
    },
  ];
};

// ── 4(9) normative filing; 预算法 14 publication ──

/**
 * A document against its deadline (filing a normative resolution, publishing a budget document):
 * met when done within it, missed when late or overdue, else pending until the last day.
 */
export function documentDeadlineSubject(document: LedgerDocument, ctx: EvaluationContext): SubjectResult {
  const deadline = documentDeadline(
    {
      ...document,
      filedOn: happened(document.filedOn, ctx),
      publishedOn: happened(document.publishedOn, ctx),
    },
    { normativeFilingDays: ctx.numberSetting('normativeFilingDays'), today: ctx.asOf },
  )!;
  const { action, limitDays, dueDate, days } = deadline;
  const adopted = `${cn(document.adoptedOn)}通过`;
  const head = `${adopted}，应于${cn(dueDate)}前${action}（${limitDays}天内）`;
  const done = document.kind === 'normativeResolution' ? document.filedOn : document.publishedOn;
  const subject = { key: document.id, label: document.title, evidence: [documentRef(document)] };
  switch (deadline.status) {
    case 'onTime':
      return { ...subject, status: 'met', note: `${head}，${cn(done!)}${action}（第${days}天），按期。` };
    case 'late':
      return {
        ...subject,
        status: 'missed',
        note: `${head}，${cn(done!)}才${action}（第${days}天），逾期。`,
      };
    case 'overdue':
      return { ...subject, status: 'missed', note: `${head}，截至${cn(ctx.asOf)}仍未${action}，已逾期。` };
    case 'pending':
      return { ...subject, status: 'pending', dueDate, note: `${head}，尚未${action}。` };
  }
}

/** The documents of a kind adopted within a range, oldest first. */
export function documentsAdopted(
  kind: LedgerDocument['kind'],
  range: { start: IsoDate; end: IsoDate },
  ctx: EvaluationContext,
): LedgerDocument[] {
  return ctx.data.documents
    .filter((d) => d.kind === kind && isWithin(d.adoptedOn, range) && !isAfter(d.adoptedOn, ctx.asOf))
    .sort((a, b) => (a.adoptedOn < b.adoptedOn ? -1 : a.adoptedOn > b.adoptedOn ? 1 : 0));
}

const normativeFiling: Evaluator = (_duty, unit, ctx) =>
  documentsAdopted('normativeResolution', unit.range, ctx).map((d) => documentDeadlineSubject(d, ctx));

// ── 4(11), 12(2) budget preliminary review ──

/** Whether a session approves a budget document: by its agenda, or by a budget document it approved. */
const approvesBudgetAt = (session: Session, ctx: EvaluationContext) =>
  approvesBudget(session.agenda) ||
  ctx.data.documents.some((d) => d.kind === 'budgetDocument' && d.sessionId === session.id);

/**
 * The preliminary review before a session: its own review date, else a 预算初步审查 activity held
 * after the previous session opened and before this one opens (the ledger links it only by date).
 */
function reviewBefore(
  session: Session,
  ctx: EvaluationContext,
): { date: IsoDate; ref: EvidenceRef } | undefined {
  const own = happened(session.preliminaryReviewDate, ctx);
  if (own && isBefore(own, session.startDate)) return { date: own, ref: sessionRef(session) };
  const previous = ctx.sessions.filter((s) => isBefore(s.startDate, session.startDate)).at(-1);
  const activity = ctx
    .activitiesOf('budgetReview')
    .filter((a) => isBefore(a.date, session.startDate) && (!previous || isAfter(a.date, previous.startDate)))
    .filter((a) => happened(a.date, ctx))
    .at(-1);
  return activity ? { date: activity.date, ref: { table: 'activities', id: activity.id } } : undefined;
}

const budgetPreliminaryReview: Evaluator = (_duty, unit, ctx) =>
  sessionsIn(unit.range, ctx)
    .filter((s) => approvesBudgetAt(s, ctx))
    .map((s): SubjectResult => {
      const review = reviewBefore(s, ctx);
      const subject = { key: s.id, label: sessionLabel(s, ctx) };
      if (review)
        return {
          ...subject,
          status: 'met',
          note: `会前于${cn(review.date)}组织代表进行了预算初步审查，会议${cn(s.startDate)}开幕。`,
          evidence: [sessionRef(s), review.ref],
        };
      const pending = notYetHeld(s, ctx);
      if (pending)
        return {
          ...pending,
          dueDate: addDays(s.startDate, -1),
          note: `会议定于${cn(s.startDate)}开幕，尚未登记会前的预算初步审查。`,
        };
      return {
        ...subject,
        status: 'missed',
        note: `会议${cn(s.startDate)}开幕审批预算，会前没有登记组织代表进行的预算初步审查。`,
        evidence: [sessionRef(s)],
      };
    });

/** The evaluators of chapter 2, by duty id. */
export const EVALUATORS: Record<string, Evaluator> = {
  'art04-annual-work-plan': annualWorkPlan,
  'art04-deputy-list-published': deputyListPublished,
  'art04-normative-filing': normativeFiling,
  'art04-budget-preliminary-review': budgetPreliminaryReview,
};
