// Evaluators of the duties of chapter 3 (obligations.md): one function per duty id.
import {
  addMonths,
  halfYearRange,
  isAfter,
  isBefore,
  isWithin,
  maxDate,
  minDate,
  yearRange,
  type DateRange,
  type IsoDate,
} from '../../dates';
import type { AgendaItem, CredentialsCommittee, PresidiumMeeting, Session } from '../../ledger';
import { firstSessionOf } from '../../ledger/township/terms';
import { checkCommitteeSize } from '../../ledger/township/committees';
import { AGENDA_SHORT_LABELS, missingAgendaItems, sessionOrdinalInYear } from '../../ledger/meetings/agenda';
import { describeGap, meetingGap } from '../../ledger/meetings/intervals';
import { presidiumMembersOn, presidiumQuorum } from '../../ledger/meetings/quorum';
import type { EvaluationContext, Evaluator } from '../context';
import { cn, notYetHeld, sessionLabel, sessionRef, sessionsIn, termLabel } from './evidence-and-wording';
import { countStatus, periodState, uniqueEvidence } from '../status';
import type { EvidenceRef, SubjectResult, Unit } from '../types';

/** A subject per session opening in the unit's range, each judged by `judge` once it has opened. */
function eachSession(
  sessions: readonly Session[],
  ctx: EvaluationContext,
  judge: (session: Session) => Pick<SubjectResult, 'status' | 'note'>,
): SubjectResult[] {
  return sessions.map(
    (s) =>
      notYetHeld(s, ctx) ?? {
        key: s.id,
        label: sessionLabel(s, ctx),
        ...judge(s),
        evidence: [sessionRef(s)],
      },
  );
}

// ── 5(1) sessions a year ──

/** The calendar year of a yearly unit (the start's year for other units). */
const yearOf = (unit: Unit) => (unit.kind === 'year' ? unit.year : Number(unit.range.start.slice(0, 4)));

/** The sessions of a range that opened by the as-of date. */
const heldIn = (range: DateRange, ctx: EvaluationContext) =>
  sessionsIn(range, ctx).filter((s) => !isAfter(s.startDate, ctx.asOf));

/** "At least `min` sessions open in `range`": one subject for the township over that range. */
function sessionCount(
  range: DateRange,
  min: number,
  what: string,
  subject: { key: string; label: string },
  ctx: EvaluationContext,
): SubjectResult {
  const held = heldIn(range, ctx);
  const result = countStatus(held.length, min, range, ctx.asOf);
  const listed =
    held.length > 0 ? `（${held.map((s) => `${sessionLabel(s, ctx)}，${cn(s.startDate)}`).join('；')}）` : '';
  const note =
    result.status === 'pending'
      ? `截至${cn(ctx.asOf)}，${what}已开幕人代会${held.length}次${listed}，一般应至少${min}次，${cn(range.end)}前还可召开。`
      : `${what}开幕人代会${held.length}次${listed}，一般应至少${min}次。`;
  return { ...subject, ...result, note, evidence: held.map(sessionRef) };
}

const twoSessions: Evaluator = (duty, unit, ctx) => [
  sessionCount(
    unit.range,
    duty.target?.min ?? 2,
    `${yearOf(unit)}年`,
    { key: `${yearOf(unit)}`, label: '乡镇' },
    ctx,
  ),
];

/** A half-year's session: at least one opens in it. */
const sessionInHalf =
  (half: 1 | 2): Evaluator =>
  (duty, unit, ctx) => {
    const year = yearOf(unit);
    const name = half === 1 ? '上半年' : '下半年';
    return [
      sessionCount(
        halfYearRange(year, half),
        duty.target?.min ?? 1,
        `${year}年${name}`,
        { key: `${year}-H${half}`, label: name },
        ctx,
      ),
    ];
  };

const sessionLength: Evaluator = (_duty, unit, ctx) =>
  eachSession(sessionsIn(unit.range, ctx), ctx, (s) =>
    s.lengthDays >= 1
      ? { status: 'met', note: `会期${s.lengthDays}天，不少于1天。` }
      : { status: 'missed', note: `会期${s.lengthDays}天，不足1天。` },
  );

// ── 5(2) agendas ──

/** Whether a budget adjustment was approved at a session, so its agenda must carry it. */
function hasAdjustment(session: Session, ctx: EvaluationContext): boolean {
  return ctx.data.documents.some(
    (d) =>
      d.kind === 'budgetDocument' &&
      d.budgetDocument === 'adjustment' &&
      (d.sessionId === session.id || (d.sessionId === undefined && d.adoptedOn === session.startDate)),
  );
}

/** The required items a session lacks, as the year's `ordinal`-th session. */
function missingItems(session: Session, ordinal: 1 | 2, ctx: EvaluationContext): AgendaItem[] {
  const missing = missingAgendaItems(session.agenda, ordinal);
  if (ordinal === 2 && hasAdjustment(session, ctx) && !session.agenda.includes('budgetAdjustment'))
    missing.push('budgetAdjustment');
  return missing;
}

/** The year's first (or second) session: its agenda carries every required item. */
const sessionAgenda =
  (ordinal: 1 | 2): Evaluator =>
  (_duty, unit, ctx) => {
    const sessions = sessionsIn(unit.range, ctx).filter(
      (s) => sessionOrdinalInYear(ctx.sessions, s) === ordinal,
    );
    const which = ordinal === 1 ? '当年第一次会议' : '当年第二次会议';
    return eachSession(sessions, ctx, (s) => {
      const missing = missingItems(s, ordinal, ctx);
      const adjustment = ordinal === 2 && hasAdjustment(s, ctx) ? '（当年有预算调整方案，须一并审批）' : '';
      return missing.length === 0
        ? { status: 'met', note: `作为${which}，议程包括全部必备内容${adjustment}。` }
        : {
            status: 'missed',
            note: `作为${which}，议程缺少：${missing.map((i) => AGENDA_SHORT_LABELS[i]).join('、')}${adjustment}。`,
          };
    });
  };

// ── 6(1) presidium interval ──

const byDate = (a: PresidiumMeeting, b: PresidiumMeeting) =>
  a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : 1;

/** A point the presidium clock runs from or to: a meeting, or the first or last day measured. */
interface Anchor {
  date: IsoDate;
  /** How the note names it: `2025年4月10日的会议`, `2025年1月1日（年初）`. */
  name: string;
  meeting?: PresidiumMeeting;
}

const meetingAnchor = (m: PresidiumMeeting): Anchor => ({
  date: m.date,
  name: `${cn(m.date)}的会议`,
  meeting: m,
});
const meetingRef = (m: PresidiumMeeting): EvidenceRef => ({ table: 'presidiumMeetings', id: m.id });

/** "X至Y相隔N天（3个月又4天），超过3个月" when the stretch from `from` to `to` is too long, else undefined. */
function tooLong(from: Anchor, to: Anchor, months: number): string | undefined {
  const gap = meetingGap(from.date, to.date, months);
  return gap.tooLong ? `${from.name}至${to.name}相隔${describeGap(gap)}，超过${months}个月` : undefined;
}

/** Where the year's clock starts: the previous year's last meeting when recorded, else 1 January. */
function clockStart(year: number, meetings: readonly PresidiumMeeting[], ctx: EvaluationContext): Anchor {
  const previous = meetings
    .filter((m) => m.date.startsWith(`${year - 1}-`) && !isAfter(m.date, ctx.asOf))
    .at(-1);
  const first = yearRange(year).start;
  return previous ? meetingAnchor(previous) : { date: first, name: `${cn(first)}（年初）` };
}

/**
 * No stretch longer than the allowed months between presidium meetings, from the clock's start to
 * 31 December (in an open year, to the as-of date: missed once the gap since the last meeting is
 * already too long, else pending until that gap runs out).
 */
const presidiumInterval: Evaluator = (_duty, unit, ctx) => {
  const year = yearOf(unit);
  const range = yearRange(year);
  const months = ctx.numberSetting('presidiumIntervalMonths');
  const meetings = [...ctx.data.presidiumMeetings].sort(byDate);
  const start = clockStart(year, meetings, ctx);
  const subject = { key: `${year}`, label: '乡镇' };
  const since = start.meeting ? `从上年最后一次会议（${cn(start.date)}）起算` : `从${cn(start.date)}起算`;
  const state = periodState(range, ctx.asOf);
  if (state === 'notStarted') {
    const due = clampTo(addMonths(start.date, months), range);
    const note = `${year}年尚未开始；${since}，第一次主席团会议应不晚于${cn(due)}。`;
    return [{ ...subject, status: 'pending', dueDate: due, note, evidence: [] }];
  }

  const until = state === 'closed' ? range.end : ctx.asOf;
  const held = meetings.filter((m) => isWithin(m.date, { start: range.start, end: until }));
  const anchors = [start, ...held.map(meetingAnchor)];
  const last = anchors.at(-1)!;
  const end: Anchor = {
    date: until,
    name: state === 'closed' ? `${cn(until)}（年末）` : `${cn(until)}（截至日期）`,
  };
  // The open year's last stretch runs on: it counts as too long only once it already is.
  const stretches = [...anchors.slice(1), end].map((to, i) => ({ from: anchors[i]!, to }));
  const long = stretches
    .map((s) => ({ ...s, text: tooLong(s.from, s.to, months) }))
    .filter((s) => s.text !== undefined);
  const count = `${year}年${state === 'open' ? `截至${cn(ctx.asOf)}` : ''}共举行主席团会议${held.length}次（${since}）`;

  if (long.length > 0) {
    const note = `${count}；${long.map((s) => s.text).join('；')}。`;
    const meetingsCited = long.flatMap((s) => [s.from.meeting, s.to.meeting]).filter((m) => m !== undefined);
    return [{ ...subject, status: 'missed', note, evidence: uniqueEvidence(meetingsCited.map(meetingRef)) }];
  }
  const evidence = held.map(meetingRef);
  if (state === 'open') {
    const due = clampTo(addMonths(last.date, months), range);
    const note = `${count}，间隔均未超过${months}个月；下一次会议应不晚于${cn(due)}。`;
    return [{ ...subject, status: 'pending', dueDate: due, note, evidence }];
  }
  return [{ ...subject, status: 'met', note: `${count}，到年末的各段间隔均未超过${months}个月。`, evidence }];
};

/** A date moved into a range: before it → its start, after it → its end. */
const clampTo = (date: IsoDate, range: DateRange): IsoDate =>
  minDate(maxDate(date, range.start), range.end) ?? date;

// ── 6(2) presidium quorum ──

/** A held presidium meeting against more than half of the members on its date. */
function quorumOf(m: PresidiumMeeting, ctx: EvaluationContext): Pick<SubjectResult, 'status' | 'note'> {
  const members = presidiumMembersOn(ctx.data.presidiumMembers, m.date);
  const quorum = presidiumQuorum(m.membersPresent, members);
  const counts = `出席${m.membersPresent}人，当日主席团成员${members}人`;
  switch (quorum.status) {
    case 'unknown':
      return {
        status: 'unknown',
        note:
          members === 0
            ? `${cn(m.date)}没有登记在任的主席团成员，无法判断出席是否过半数。`
            : `出席${m.membersPresent}人，多于当日登记的主席团成员${members}人，请核对主席团成员名单。`,
      };
    case 'met':
      return { status: 'met', note: `${counts}，过半数（至少${quorum.needed}人）。` };
    case 'short':
      return { status: 'missed', note: `${counts}，未过半数（至少应${quorum.needed}人）。` };
  }
}

const presidiumQuorumEvaluator: Evaluator = (_duty, unit, ctx) =>
  ctx.data.presidiumMeetings
    .filter((m) => isWithin(m.date, unit.range))
    .sort(byDate)
    .map((m): SubjectResult => {
      const subject = {
        key: m.id,
        label: `${cn(m.date)}主席团${m.adHoc ? '临时' : ''}会议`,
        evidence: [meetingRef(m)],
      };
      if (isAfter(m.date, ctx.asOf))
        return {
          ...subject,
          status: 'pending',
          dueDate: m.date,
          note: `会议定于${cn(m.date)}召开，尚未举行。`,
        };
      return { ...subject, ...quorumOf(m, ctx) };
    });

// ── 7(1) credentials committee ──

/** What a check of the committee found: the rule failed, data is missing to judge it, or approval is still to come. */
interface Finding {
  kind: 'fail' | 'unknown' | 'pending';
  text: string;
}

const sameName = (a: string, b: string) => a.trim() === b.trim();

/** The township deputies of a term: elected for it, or (term not recorded) serving during it. */
function deputiesOfTerm(termId: string, termRange: DateRange, ctx: EvaluationContext) {
  return ctx.data.deputies.filter(
    (d) =>
      d.levels.includes('township') &&
      (d.termId === termId ||
        (d.termId === undefined &&
          !isAfter(d.serviceFrom, termRange.end) &&
          !(d.serviceTo && isBefore(d.serviceTo, termRange.start)))),
  );
}

/** The 主任委员 and 副主任委员 against the term's presidium members. */
function leadershipFindings(
  committee: CredentialsCommittee,
  termId: string,
  ctx: EvaluationContext,
): Finding[] {
  const findings: Finding[] = [];
  const presidium = ctx.data.presidiumMembers.filter((m) => m.termId === termId);
  const chair = committee.chairId
    ? ctx.data.presidiumMembers.find((m) => m.id === committee.chairId)
    : undefined;
  const vice = committee.viceChairId
    ? ctx.data.presidiumMembers.find((m) => m.id === committee.viceChairId)
    : undefined;
  // The same person: the same presidium record or deputy when ids are kept, else the same name.
  const samePerson =
    chair && vice
      ? chair.id === vice.id || (chair.deputyId !== undefined && chair.deputyId === vice.deputyId)
      : sameName(committee.chairName, committee.viceChairName);
  if (samePerson) findings.push({ kind: 'fail', text: '主任委员与副主任委员是同一人' });
  if (presidium.length === 0)
    return [...findings, { kind: 'unknown', text: '本届主席团成员未登记，无法核对主任委员、副主任委员' }];
  for (const [role, name, id] of [
    ['主任委员', committee.chairName, committee.chairId],
    ['副主任委员', committee.viceChairName, committee.viceChairId],
  ] as const)
    if (id ? !presidium.some((m) => m.id === id) : !presidium.some((m) => sameName(m.name, name)))
      findings.push({ kind: 'fail', text: `${role}${name}不是本届主席团成员` });
  return findings;
}

/** The 委员 (without the chair and vice-chair, who are not counted among them), with their ids when kept. */
const committeeMembers = (c: CredentialsCommittee) =>
  c.memberNames
    .map((name, i) => ({ name, id: c.memberIds[i] }))
    .filter((m) => !sameName(m.name, c.chairName) && !sameName(m.name, c.viceChairName));

/** The 委员: 3–5 of them, all deputies of the term. */
function memberFindings(
  committee: CredentialsCommittee,
  termId: string,
  range: DateRange,
  ctx: EvaluationContext,
): Finding[] {
  const members = committeeMembers(committee);
  const withIds = members.every((m) => m.id !== undefined);
  const size = checkCommitteeSize({
    memberNames: members.map((m) => m.name),
    ...(withIds ? { memberIds: members.map((m) => m.id!) } : {}),
  });
  const findings: Finding[] = size.ok ? [] : [{ kind: 'fail', text: size.text }];
  const deputies = deputiesOfTerm(termId, range, ctx);
  if (deputies.length === 0)
    return [...findings, { kind: 'unknown', text: '本届代表未登记，无法核对委员是否为本届代表' }];
  // By id when the record keeps them (a namesake is not the member), else by name.
  const outsiders = members
    .filter((m) =>
      m.id ? !deputies.some((d) => d.id === m.id) : !deputies.some((d) => sameName(d.name, m.name)),
    )
    .map((m) => m.name);
  if (outsiders.length > 0) findings.push({ kind: 'fail', text: `委员${outsiders.join('、')}不是本届代表` });
  return findings;
}

/** The session that approved the committee against the term's first session. */
function approvalFindings(
  committee: CredentialsCommittee,
  first: Session | undefined,
  opening: IsoDate,
  ctx: EvaluationContext,
): Finding[] {
  if (!committee.approvedSessionId)
    return isAfter(opening, ctx.asOf)
      ? [{ kind: 'pending', text: '尚待本届第一次会议通过' }]
      : [{ kind: 'unknown', text: '未登记通过该委员会的会议' }];
  if (!first) return [{ kind: 'unknown', text: '本届第一次会议未登记，无法核对通过该委员会的会议' }];
  if (committee.approvedSessionId === first.id) return [];
  const by = ctx.sessions.find((s) => s.id === committee.approvedSessionId);
  return [{ kind: 'fail', text: `由${by ? sessionLabel(by, ctx) : '其他会议'}通过，而不是本届第一次会议` }];
}

const credentialsCommittee: Evaluator = (_duty, unit, ctx) => {
  const term = unit.kind === 'term' ? ctx.terms.find((t) => t.id === unit.termId) : undefined;
  if (!term) return [];
  const first = firstSessionOf(term.id, ctx.sessions);
  const opening = first?.startDate ?? term.startDate;
  const subject = { key: term.id, label: termLabel(term) };
  const committees = ctx.data.credentialsCommittees.filter((c) => c.termId === term.id);
  const committee = committees.find((c) => first && c.approvedSessionId === first.id) ?? committees[0];

  if (!committee)
    return [
      isAfter(opening, ctx.asOf)
        ? {
            ...subject,
            status: 'pending',
            dueDate: opening,
            note: `尚未登记代表资格审查委员会，应由本届第一次会议（${cn(opening)}）通过。`,
            evidence: [],
          }
        : {
            ...subject,
            status: 'missed',
            note: '未登记代表资格审查委员会（应由本届第一次会议通过）。',
            evidence: [],
          },
    ];

  const findings = [
    ...leadershipFindings(committee, term.id, ctx),
    ...memberFindings(committee, term.id, unit.range, ctx),
    ...approvalFindings(committee, first, opening, ctx),
  ];
  const approvedBy = ctx.sessions.find((s) => s.id === committee.approvedSessionId);
  const evidence: EvidenceRef[] = [
    { table: 'credentialsCommittees', id: committee.id },
    ...(approvedBy ? [sessionRef(approvedBy)] : []),
  ];
  const composition = `主任委员${committee.chairName}、副主任委员${committee.viceChairName}，委员${committeeMembers(committee).length}人`;
  const status = findings.some((f) => f.kind === 'fail')
    ? 'missed'
    : findings.some((f) => f.kind === 'unknown')
      ? 'unknown'
      : findings.some((f) => f.kind === 'pending')
        ? 'pending'
        : 'met';
  const note =
    status === 'met'
      ? `${composition}，均为主席团成员和本届代表，经本届第一次会议通过。`
      : `${composition}；${findings.map((f) => f.text).join('；')}。`;
  return [{ ...subject, status, ...(status === 'pending' ? { dueDate: opening } : {}), note, evidence }];
};

/** The evaluators of chapter 3, by duty id. */
export const EVALUATORS: Record<string, Evaluator> = {
  'art05-two-sessions': twoSessions,
  'art05-first-session-h1': sessionInHalf(1),
  'art05-second-session-h2': sessionInHalf(2),
  'art05-session-length': sessionLength,
  'art05-first-session-agenda': sessionAgenda(1),
  'art05-second-session-agenda': sessionAgenda(2),
  'art06-presidium-interval': presidiumInterval,
  'art06-presidium-quorum': presidiumQuorumEvaluator,
  'art07-credentials-committee': credentialsCommittee,
};
