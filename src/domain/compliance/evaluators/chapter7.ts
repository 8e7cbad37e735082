// Evaluators of the duties of chapter 7 (obligations.md): one function per duty id.
// 第二十条: the 民生实事 projects — their five stages (五单), the one the presidium supervises, and
// their place in the year's work plan.
import { addDays, formatChineseDate, isAfter, isWithin, minDate, type IsoDate } from '../../dates';
import type { LivelihoodProject, Session } from '../../ledger';
import { orderedStageProblems } from '../../ledger/workflows/steps';
import {
  LIVELIHOOD_STAGE_ORDER,
  VOTE_PASS_RULES,
  votePassed,
  type VotePassRule,
} from '../../ledger/workflows/livelihood';
import type { Duty } from '../../schemas/duty';
import type { EvaluationContext, Evaluator } from '../context';
import { countStatus, deadlineStatus } from '../status';
import type { EvidenceRef, SubjectResult } from '../types';

/** `至少应1个` with the full target beside it when the rules give a range. */
function targetText(duty: Duty, unit = '个'): string {
  const { min, full } = duty.target ?? { min: 1, full: 1 };
  return full > min ? `至少应${min}${unit}（目标${min}—${full}${unit}）` : `至少应${min}${unit}`;
}

/** The 民生实事 projects carried out in a year (voted for it, normally at the previous year's second session). */
const projectsOf = (ctx: EvaluationContext, year: number) =>
  ctx.data.livelihoodProjects.filter((p) => p.year === year);

const projectRef = (p: LivelihoodProject): EvidenceRef => ({ table: 'livelihoodProjects', id: p.id });

/** The township's pass rule for the ballot; an unknown stored value falls back to the legal inference. */
function passRule(ctx: EvaluationContext): VotePassRule {
  const value = ctx.textSetting('livelihoodPassRule');
  return Object.hasOwn(VOTE_PASS_RULES, value) ? (value as VotePassRule) : 'majorityOfAll';
}

/**
 * The last day a year's projects can be accepted (验收评单): the opening day of the next year's
 * first session, since the satisfaction test may be held at that session (catalogue 1.1's
 * clarification); when that session is not recorded, 31 December of the next year.
 */
function acceptanceDue(ctx: EvaluationContext, year: number): { due: IsoDate; session?: Session } {
  const session = ctx.sessions.find((s) => s.startDate.startsWith(`${year + 1}-`));
  return session ? { due: session.startDate, session } : { due: `${year + 1}-12-31` };
}

/** Whether a vote date falls within a session's days (a half day counts as a day). */
function isDuringSession(date: IsoDate, session: Session): boolean {
  const end = addDays(session.startDate, Math.max(1, Math.ceil(session.lengthDays)) - 1);
  return isWithin(date, { start: session.startDate, end });
}

/** What is wrong with the ballot (票决定单): a failure (missed), or missing data (unknown). */
function ballotFinding(
  project: LivelihoodProject,
  ctx: EvaluationContext,
): { missed?: string; unknown?: string } {
  if (!project.votedOn) return {};
  const session = ctx.sessions.find((s) => s.id === project.sessionId);
  if (!session) return { unknown: '票决定单没有登记在哪次人代会上票决' };
  if (!isDuringSession(project.votedOn, session))
    return {
      missed: `票决日期${formatChineseDate(project.votedOn)}不在所登记的人代会会期内（${formatChineseDate(session.startDate)}开幕）`,
    };
  if (!project.tally) return { unknown: '票决定单没有记录表决票数' };
  const rule = passRule(ctx);
  if (!votePassed(project.tally, rule))
    return {
      missed: `票决赞成${project.tally.yes}票，在任代表${project.tally.inOffice}人，未${VOTE_PASS_RULES[rule]}`,
    };
  return {};
}

/** One project's five stages: in order, a valid ballot, accepted by the opening day of the next year's first session. */
function fiveStagesResult(project: LivelihoodProject, ctx: EvaluationContext): SubjectResult {
  const base = { key: project.id, label: project.title, evidence: [projectRef(project)] };
  const { due, session } = acceptanceDue(ctx, project.year);
  const dueText = session
    ? `${project.year + 1}年第一次人代会开幕日（${formatChineseDate(session.startDate)}）当日或之前`
    : `${formatChineseDate(due)}前（台账尚未登记${project.year + 1}年第一次人代会）`;
  // Order problems only: a missing stage is judged against the deadline below.
  const disorder = orderedStageProblems(project, LIVELIHOOD_STAGE_ORDER).filter(
    (p) => project[p.stage] !== undefined,
  );
  const ballot = ballotFinding(project, ctx);
  const failures = [...disorder.map((p) => p.message), ...(ballot.missed ? [ballot.missed] : [])];
  if (failures.length > 0) return { ...base, status: 'missed', note: `${failures.join('；')}。` };
  if (project.acceptedOn && isAfter(project.acceptedOn, due))
    return {
      ...base,
      status: 'missed',
      note: `验收评单${formatChineseDate(project.acceptedOn)}完成，应在${dueText}完成，逾期。`,
    };
  const missing = LIVELIHOOD_STAGE_ORDER.filter((s) => project[s.key] === undefined).map(
    (s) => `「${s.label}」`,
  );
  if (missing.length > 0) {
    const { status, dueDate } = deadlineStatus(undefined, due, ctx.asOf);
    return {
      ...base,
      status,
      ...(dueDate ? { dueDate } : {}),
      note: `尚未记录${missing.join('、')}，验收评单应在${dueText}完成${status === 'missed' ? '，已过期' : ''}。`,
    };
  }
  if (ballot.unknown) return { ...base, status: 'unknown', note: `${ballot.unknown}，无法判断是否通过。` };
  return {
    ...base,
    status: 'met',
    note: `五个环节依次完成：${LIVELIHOOD_STAGE_ORDER.map((s) => `${s.label}${formatChineseDate(project[s.key]!)}`).join('，')}；验收评单在${dueText}完成。`,
  };
}

/** 20(1): each project of the year goes through the five stages in order, with a valid ballot at a session. */
const fiveStages: Evaluator = (_duty, unit, ctx) =>
  unit.kind === 'year' ? projectsOf(ctx, unit.year).map((p) => fiveStagesResult(p, ctx)) : [];

/** 20(2): at least one project of the year is supervised by the presidium. */
const supervised: Evaluator = (duty, unit, ctx) => {
  if (unit.kind !== 'year') return [];
  const projects = projectsOf(ctx, unit.year);
  const found = projects.filter((p) => p.supervised);
  return [
    {
      key: `${unit.year}`,
      label: '乡镇',
      ...countStatus(found.length, duty.target?.min ?? 1, unit.range, ctx.asOf),
      note: `${unit.year}年民生实事${projects.length}个，其中主席团督办${found.length}个，${targetText(duty)}。`,
      evidence: found.map(projectRef),
    },
  ];
};

/** 20(3): the year's work plan (or supervision plan) lists the supervision of the 民生实事. */
const inPlan: Evaluator = (_duty, unit, ctx) => {
  if (unit.kind !== 'year') return [];
  const lastDay = minDate(unit.range.end, ctx.asOf)!;
  const plans = ctx.data.documents.filter(
    (d) =>
      (d.kind === 'annualWorkPlan' || d.kind === 'supervisionPlan') &&
      (d.year ?? Number(d.adoptedOn.slice(0, 4))) === unit.year &&
      !isAfter(d.adoptedOn, lastDay),
  );
  const listing = plans.filter((d) => d.includesLivelihood);
  const status = countStatus(listing.length, 1, unit.range, ctx.asOf);
  const note =
    listing.length > 0
      ? `${listing.map((d) => `《${d.title}》`).join('、')}列入了民生实事监督。`
      : plans.length > 0
        ? `${plans.map((d) => `《${d.title}》`).join('、')}没有列入民生实事监督。`
        : `没有${unit.year}年度工作要点或监督工作计划。`;
  const evidence = (listing.length > 0 ? listing : plans).map((d): EvidenceRef => ({
    table: 'documents',
    id: d.id,
  }));
  return [{ key: `${unit.year}`, label: '乡镇', ...status, note, evidence }];
};

export const EVALUATORS: Record<string, Evaluator> = {
  'art20-livelihood-five-stages': fiveStages,
  'art20-livelihood-supervised': supervised,
  'art20-livelihood-in-plan': inPlan,
};
