// The demo's calendar of sessions (人代会) and the meetings themselves: sessions with attendance,
// absences, agendas and votes, and presidium meetings between them. The calendar is fixed first
// because people (officers elected at a session) and activities (reviews before a session) hang on it.
import { isoDate, type IsoDate } from '../dates';
import { REQUIRED_AGENDA } from '../ledger/meetings/agenda';
import { addDays, diffDays } from './days';
import type { AgendaItem, PresidiumMeeting, PresidiumMember, Session } from '../ledger';
import { toChineseNumeral } from '../rules/numerals';
import { defined, isServing, type DemoContext, type RecordStamp } from './context';
import type { DemoPeople } from './people';
import { PRESIDIUM_TOPICS } from './pools';
import type { Random } from './random';

/** A session as planned before its records are made. */
export interface SessionPlan {
  stamp: RecordStamp;
  /** Its id (the stamp's), for references made before the record exists. */
  id: string;
  number: number;
  year: number;
  half: 1 | 2;
  startDate: IsoDate;
  lengthDays: number;
  /** The budget's preliminary review before the session; undefined when none was held. */
  reviewDate: IsoDate | undefined;
  /** Elections on the agenda (the term's first session, and the sessions that replace officers). */
  election: boolean;
  /** A budget adjustment on the (second-session) agenda. */
  adjustment: boolean;
  /** An appraisal (工作评议) held before it whose result it hears. */
  appraisal: boolean;
  /** Attendance below two thirds, one of the demo's deliberate misses. */
  lowAttendance: boolean;
}

/** When things happen in the demo term. */
export interface DemoCalendar {
  electionDate: IsoDate;
  sessions: SessionPlan[];
  /** The year's first (H1) and second (H2) session. */
  byYear: Map<number, { first: SessionPlan; second: SessionPlan }>;
  /** The session that elects a new 乡镇长, and the one that elects a new 副乡镇长 (absent in one-year demos). */
  headChange: SessionPlan;
  deputyHeadChange: SessionPlan | undefined;
}

/** The term's title as printed: 第七届人民代表大会. */
export const termTitle = (context: DemoContext, termNumber: number) =>
  `${context.info.name}第${toChineseNumeral(termNumber)}届人民代表大会`;

/** Plans the election and two sessions a year: H1 (January–March) and H2 (November–mid-December). */
export function planCalendar(context: DemoContext, rng: Random): DemoCalendar {
  const { fromYear } = context.options;
  const electionDate = isoDate(fromYear, 1, rng.int(6, 10));
  const sessions: SessionPlan[] = [];
  const byYear = new Map<number, { first: SessionPlan; second: SessionPlan }>();
  // Years with a budget adjustment, years with an appraisal heard at H2; the deliberate misses of
  // generate.ts fall in fixed positions of the range so that every demo shows them.
  const adjustmentYears = new Set([context.yearAt(1), context.yearAt(3)]);
  const appraisalYears = new Set([context.yearAt(1), context.yearAt(3)]);
  const reviewMissYear = context.yearAt(3);
  const lowAttendanceYear = context.yearAt(1);
  const plan = (year: number, half: 1 | 2, startDate: IsoDate, lengthDays: number): SessionPlan => {
    const stamp = context.stamp();
    const second = half === 2;
    const reviewed = !(second && year === reviewMissYear);
    const session: SessionPlan = {
      stamp,
      id: stamp.id,
      number: sessions.length + 1,
      year,
      half,
      startDate,
      lengthDays,
      reviewDate: reviewed ? addDays(startDate, -rng.int(4, 12)) : undefined,
      election: sessions.length === 0,
      adjustment: second && adjustmentYears.has(year),
      appraisal: second && appraisalYears.has(year),
      lowAttendance: second && year === lowAttendanceYear,
    };
    sessions.push(session);
    return session;
  };
  for (const year of context.years) {
    // The term's first session follows the election within the 2 months of 组织法 20.
    const firstDate =
      year === fromYear
        ? addDays(electionDate, rng.int(18, 30))
        : addDays(isoDate(year, 1, 1), rng.int(7, 68));
    const first = plan(year, 1, firstDate, year === fromYear ? 2 : rng.pick([1, 1, 1, 1.5]));
    const second = plan(year, 2, addDays(isoDate(year, 11, 5), rng.int(0, 35)), rng.pick([1, 1, 1.5]));
    byYear.set(year, { first, second });
  }
  const headChange = byYear.get(context.yearAt(2))!.second;
  headChange.election = true;
  const deputyHeadChange = context.years.length > 1 ? byYear.get(context.yearAt(3))!.first : undefined;
  if (deputyHeadChange) deputyHeadChange.election = true;
  return { electionDate, sessions, byYear, headChange, deputyHeadChange };
}

/** The first planned session that opens after a date. */
export function sessionAfter(calendar: DemoCalendar, date: IsoDate): SessionPlan | undefined {
  return calendar.sessions.find((s) => s.startDate > date);
}

/** Makes the session records: attendance, absences, agenda and votes. */
export function makeSessions(
  context: DemoContext,
  rng: Random,
  calendar: DemoCalendar,
  people: DemoPeople,
): Session[] {
  const { unit: u } = context;
  const unapproved = new Map<string, number>();
  // The absentee misses two sessions without leave, a third and two thirds into the term.
  const n = calendar.sessions.length;
  const picks = n >= 3 ? [Math.floor(n / 3), Math.floor((2 * n) / 3)] : [0, 1];
  const absenteeSessions = new Set(picks.filter((i) => i < n).map((i) => calendar.sessions[i]!.id));
  const leaders = new Set(people.presidiumDeputies.slice(0, 3).map((d) => d.id));
  for (const o of people.officers) if (o.deputyId) leaders.add(o.deputyId);

  return calendar.sessions.map((plan) => {
    const inOffice = people.townshipDeputies.filter((d) => isServing(d, plan.startDate));
    const absentCount = plan.lowAttendance
      ? inOffice.length - (Math.ceil((inOffice.length * 2) / 3) - 1)
      : rng.int(2, Math.max(3, Math.round(inOffice.length * 0.1)));
    const forced = absenteeSessions.has(plan.id) && isServing(people.absentee, plan.startDate);
    const candidates = inOffice.filter((d) => !leaders.has(d.id) && d !== people.absentee);
    const absent = [
      ...(forced ? [people.absentee] : []),
      ...rng.sample(candidates, absentCount - (forced ? 1 : 0)),
    ];
    // Now and then one deputy stays away without leave, never twice (only the absentee reaches two).
    const stray =
      !plan.lowAttendance && rng.chance(0.35) ? absent.find((d) => d !== people.absentee) : undefined;
    const absences = absent.map((d) => {
      const approved = d === people.absentee ? !forced : d !== stray || (unapproved.get(d.id) ?? 0) > 0;
      if (!approved) unapproved.set(d.id, (unapproved.get(d.id) ?? 0) + 1);
      return { deputyId: d.id, approved };
    });
    const present = inOffice.length - absent.length;

    const agenda: AgendaItem[] = [...REQUIRED_AGENDA[plan.half === 1 ? 'first' : 'second']];
    if (plan.adjustment) agenda.splice(agenda.indexOf('budgetExecution') + 1, 0, 'budgetAdjustment');
    if (plan.appraisal) agenda.push('appraisalReport');
    if (plan.election) agenda.push('election');
    const otherAgenda: string[] = [];
    if (plan.number === 1)
      otherAgenda.push(
        '审议通过代表资格审查委员会关于代表资格的审查报告',
        `选举${u}人民代表大会主席、副主席，${u}长、副${u}长`,
      );
    else if (plan === calendar.headChange) otherAgenda.push(`补选${u}长`);
    else if (plan === calendar.deputyHeadChange) otherAgenda.push(`补选副${u}长`);

    const vote = (subject: string) => {
      const no = rng.int(0, 2);
      const abstain = rng.int(0, 3);
      return { subject, yes: present - no - abstain, no, abstain };
    };
    const subjects =
      plan.half === 1
        ? [
            `关于${u}人民政府工作报告的决议`,
            `关于${u}人大主席团工作报告的决议`,
            `关于${plan.year}年财政预算的决议`,
          ]
        : [
            `关于${plan.year}年预算执行情况和${plan.year - 1}年决算的决议`,
            '关于代表建议、批评和意见办理情况报告的决议',
            ...(plan.adjustment ? [`关于${plan.year}年预算调整方案的决议`] : []),
          ];
    const session: Session = defined({
      ...plan.stamp,
      termId: people.term.id,
      number: plan.number,
      startDate: plan.startDate,
      lengthDays: plan.lengthDays,
      deputiesInOffice: inOffice.length,
      deputiesPresent: present,
      agenda,
      otherAgenda,
      votes: subjects.map(vote),
      absences,
      preliminaryReviewDate: plan.reviewDate,
      note: plan.lowAttendance
        ? '会期正值流感高发，多名代表请假，出席人数不足在任代表的三分之二。'
        : undefined,
    });
    return session;
  });
}

/** Makes presidium meetings: one at each session, one to prepare it, and others every two months or so. */
export function makePresidiumMeetings(
  context: DemoContext,
  rng: Random,
  calendar: DemoCalendar,
  members: PresidiumMember[],
): PresidiumMeeting[] {
  const plans: { date: IsoDate; topics: string[]; fill: boolean }[] = [];
  const sessionName = (n: number) => `本届人代会第${toChineseNumeral(n)}次会议`;
  for (const s of calendar.sessions) {
    plans.push({
      date: s.startDate,
      topics: [`${sessionName(s.number)}主席团第一次会议：推选执行主席，通过大会议程和日程`],
      fill: false,
    });
    // The new presidium exists only from the term's first session, so that one has no preparatory meeting.
    if (s.number > 1)
      plans.push({
        date: addDays(s.startDate, -rng.int(7, 12)),
        topics: [`研究${sessionName(s.number)}筹备工作`],
        fill: false,
      });
  }
  // One year lets more than three months pass without a meeting (a deliberate miss).
  const gapYear = context.yearAt(2);
  const gapSessions = calendar.byYear.get(gapYear)!;
  const gapStart = addDays(gapSessions.first.startDate, rng.int(40, 55));
  const gapEnd = addDays(gapStart, rng.int(100, 112));
  const between = () => ({ topics: rng.sample(PRESIDIUM_TOPICS, rng.int(1, 3)), fill: true });
  plans.push({ date: gapStart, ...between() }, { date: gapEnd, ...between() });
  plans.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));

  // Fill every stretch longer than ~80 days, except the deliberate gap.
  const anchors = [...plans];
  for (let i = 0; i + 1 < anchors.length; i++) {
    const a = anchors[i]!.date;
    const b = anchors[i + 1]!.date;
    if (a === gapStart && b === gapEnd) continue;
    const span = diffDays(a, b);
    const extra = Math.ceil(span / 75) - 1;
    for (let k = 1; k <= extra; k++)
      plans.push({ date: addDays(a, Math.round((span * k) / (extra + 1)) + rng.int(-4, 4)), ...between() });
  }
  plans.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  // Meetings inside the deliberate gap would close it; fills never land there, but make sure.
  const kept = plans.filter((p) => !(p.date > gapStart && p.date < gapEnd));

  const quorumMissYear = context.yearAt(2);
  let quorumMissed = false;
  return kept.map((p) => {
    const onDate = members.filter((m) => m.from <= p.date && (m.to === undefined || m.to >= p.date)).length;
    const missQuorum = !quorumMissed && p.fill && p.date.startsWith(`${quorumMissYear}-`) && p.date >= gapEnd;
    if (missQuorum) quorumMissed = true;
    const present = missQuorum
      ? Math.floor(onDate / 2)
      : Math.max(Math.floor(onDate / 2) + 1, onDate - rng.int(0, 2));
    return defined({
      ...context.stamp(),
      date: p.date,
      membersPresent: present,
      adHoc: p.fill && rng.chance(0.1),
      topics: p.topics,
      note: missQuorum ? '部分成员外出参加培训，到会人数未过半。' : undefined,
    });
  });
}
