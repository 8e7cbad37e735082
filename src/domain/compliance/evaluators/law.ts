// Evaluators of the duties of law (obligations.md): one function per duty id.
// law-suggestion-answer-deadline lives with the suggestions of chapter 5.
import { isAfter } from '../../dates';
import type { Deputy, Session } from '../../ledger';
import { checkFirstSession } from '../../ledger/township/terms';
import { sessionQuorum } from '../../ledger/meetings/quorum';
import { repeatedUnapprovedAbsences } from '../../ledger/meetings/session-form';
import type { EvaluationContext, Evaluator } from '../context';
import type { EvidenceRef, SubjectResult } from '../types';
import { documentDeadlineSubject, documentsAdopted } from './chapter2';
import { cn, notYetHeld, sessionLabel, sessionRef, sessionsIn, termLabel } from './evidence-and-wording';

// ── 地方组织法 14: two thirds present ──

const sessionQuorumEvaluator: Evaluator = (_duty, unit, ctx) =>
  sessionsIn(unit.range, ctx).map((s): SubjectResult => {
    const pending = notYetHeld(s, ctx);
    if (pending) return pending;
    const quorum = sessionQuorum(s);
    const subject = { key: s.id, label: sessionLabel(s, ctx), evidence: [sessionRef(s)] };
    const counts = `出席${s.deputiesPresent}人，在任代表${s.deputiesInOffice}人`;
    switch (quorum.status) {
      case 'unknown':
        return {
          ...subject,
          status: 'unknown',
          note: '未登记在任代表数或出席代表数，无法判断是否达到三分之二。',
        };
      case 'met':
        return { ...subject, status: 'met', note: `${counts}，达到三分之二（至少${quorum.needed}人）。` };
      case 'short':
        return {
          ...subject,
          status: 'missed',
          note: `${counts}，不足三分之二（至少应${quorum.needed}人）。`,
        };
    }
  });

// ── 地方组织法 20: first session within 2 months of the election ──

const firstSessionAfterElection: Evaluator = (_duty, unit, ctx) => {
  const term = unit.kind === 'term' ? ctx.terms.find((t) => t.id === unit.termId) : undefined;
  if (!term) return [];
  const heldSessions = ctx.sessions.filter((s) => !isAfter(s.startDate, ctx.asOf));
  const check = checkFirstSession(term, heldSessions, ctx.asOf);
  const subject = {
    key: term.id,
    label: termLabel(term),
    evidence: check.session ? [sessionRef(check.session)] : [],
  };
  const election = term.electionDate ? `选举日${cn(term.electionDate)}` : '';
  const due = check.dueDate ? `应不晚于${cn(check.dueDate)}开幕` : '';
  const opened = check.session ? `第一次会议${cn(check.session.startDate)}开幕` : '';
  switch (check.status) {
    case 'met':
      return [{ ...subject, status: 'met', note: `${election}，${opened}，在2个月内（${due}）。` }];
    case 'late':
      return [{ ...subject, status: 'missed', note: `${election}，${opened}，超过2个月（${due}）。` }];
    case 'missed':
      return [
        { ...subject, status: 'missed', note: `${election}，${due}，截至${cn(ctx.asOf)}未登记第一次会议。` },
      ];
    case 'pending':
      return [
        {
          ...subject,
          status: 'pending',
          dueDate: check.dueDate!,
          note: `${election}，第一次会议尚未召开，${due}。`,
        },
      ];
    case 'unknown':
      return [
        {
          ...subject,
          status: 'unknown',
          note: term.electionDate
            ? `${election}，${opened}，早于选举日，请核对日期。`
            : `未登记本届选举日期，无法判断第一次会议是否在选举后2个月内召开${opened ? `（${opened}）` : ''}。`,
        },
      ];
  }
};

// ── 预算法 14: published within 20 days ──

const budgetPublished: Evaluator = (_duty, unit, ctx) =>
  documentsAdopted('budgetDocument', unit.range, ctx).map((d) => documentDeadlineSubject(d, ctx));

// ── 代表法 62: two unapproved absences end the qualification ──

/** The sessions of a term that opened by the as-of date, oldest first. */
const termSessions = (termId: string, ctx: EvaluationContext): Session[] =>
  ctx.sessions.filter((s) => s.termId === termId && !isAfter(s.startDate, ctx.asOf));

/** A deputy's subject from the sessions they missed without approval. */
function absenceSubject(deputy: Deputy, missed: readonly Session[], ctx: EvaluationContext): SubjectResult {
  const evidence: EvidenceRef[] = [{ table: 'deputies', id: deputy.id }, ...missed.map(sessionRef)];
  const which = missed.map((s) => sessionLabel(s, ctx)).join('、');
  const subject = { key: deputy.id, label: deputy.name, evidence };
  if (missed.length >= 2)
    return {
      ...subject,
      status: 'missed',
      note: `本届未经批准缺席人代会${missed.length}次（${which}），依法代表资格终止（代表法第六十二条）。`,
    };
  return {
    ...subject,
    status: 'met',
    note:
      missed.length === 0
        ? '本届没有未经批准缺席人代会。'
        : `本届未经批准缺席人代会1次（${which}），再有1次代表资格即依法终止。`,
  };
}

const unapprovedAbsence: Evaluator = (_duty, unit, ctx) => {
  if (unit.kind !== 'term') return [];
  const sessions = termSessions(unit.termId, ctx);
  const missedBy = (deputyId: string) =>
    sessions.filter((s) => s.absences.some((a) => a.deputyId === deputyId && !a.approved));
  // A deputy who reached two is flagged even if they then left before serving half the term.
  const flagged = repeatedUnapprovedAbsences(sessions)
    .map((e) => ctx.deputy(e.deputyId))
    .filter((d): d is Deputy => d !== undefined);
  const measured = ctx.measuredDeputies(unit.range);
  const deputies = [...measured, ...flagged.filter((d) => !measured.includes(d))];
  return deputies.map((d) => absenceSubject(d, missedBy(d.id), ctx));
};

/** The evaluators of the duties from national law, by duty id. */
export const EVALUATORS: Record<string, Evaluator> = {
  'law-session-quorum': sessionQuorumEvaluator,
  'law-first-session-after-election': firstSessionAfterElection,
  'law-budget-published': budgetPublished,
  'law-unapproved-absence': unapprovedAbsence,
};
