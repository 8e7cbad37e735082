// The demo's activities of every kind, year by year, and the problems its law inspections find.
// Kinds whose number is a duty's subject (inspections, special reports, appraisals, budget reviews)
// keep their yearly counts; the everyday kinds (receptions, deeds, visits …) grow with `scale`.
import { addMonths, daysInMonth, isoDate, type IsoDate } from '../dates';
import { addDays } from './days';
import type { Activity, Deputy, InspectionProblem, LivelihoodProject, SatisfactionTest } from '../ledger';
import { defined, fill, isServing, later, randomDate, serviceWindow, type DemoContext } from './context';
import type { DemoCalendar } from './meetings';
import type { DemoPeople } from './people';
import {
  APPRAISAL_UNITS,
  DEED_TOPICS,
  LAW_INSPECTIONS,
  LAW_POPULARIZATION,
  LEGISLATION_TOPICS,
  RECEPTION_ISSUES,
  SPECIAL_REPORTS,
  THEME_TOPICS,
  TRAINING_TOPICS,
  TRAINING_TOPICS_FROM,
  UNITS,
  VISIT_TOPICS,
} from './pools';
import type { Random } from './random';

/** What the activity part produces. */
export interface DemoActivities {
  activities: Activity[];
  inspectionProblems: InspectionProblem[];
}

type ActivityDraft = Pick<Activity, 'kind' | 'date' | 'topic'> &
  Partial<Omit<Activity, 'id' | 'createdAt' | 'updatedAt' | 'kind' | 'date' | 'topic'>>;

/** A satisfaction test whose grades add up to at most `entitled`, mostly satisfied. */
export function satisfactionTest(rng: Random, entitled: number, published: boolean): SatisfactionTest {
  const satisfied = Math.round(entitled * (0.6 + rng.float() * 0.3));
  const unsatisfied = Math.min(entitled - satisfied, rng.int(0, 2));
  const abstain = Math.min(entitled - satisfied - unsatisfied, rng.int(0, 1));
  const basic = Math.max(0, entitled - satisfied - unsatisfied - abstain - rng.int(0, 2));
  return { entitled, satisfied, basic, unsatisfied, abstain, published };
}

/** Makes every activity of the demo, sorted by date, and the inspection problems. */
export function makeActivities(
  context: DemoContext,
  root: Random,
  calendar: DemoCalendar,
  people: DemoPeople,
  supervisedProjects: Map<number, LivelihoodProject>,
): DemoActivities {
  const kit = activityKit(context, root, calendar, people, supervisedProjects);
  // The stages run in this order: each forks its own random stream, and the records' ids follow it.
  for (const stage of ACTIVITY_STAGES) stage(kit);
  const { activities, inspectionProblems } = kit;
  activities.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return { activities, inspectionProblems };
}

/** What every activity stage shares: inputs, records made so far, helpers that pick deputies and dates. */
type ActivityKit = ReturnType<typeof activityKit>;

/** The inputs, the output arrays and the helpers of the activity stages. */
function activityKit(
  context: DemoContext,
  root: Random,
  calendar: DemoCalendar,
  people: DemoPeople,
  supervisedProjects: Map<number, LivelihoodProject>,
) {
  const { unit: u, options } = context;
  const activities: Activity[] = [];
  const inspectionProblems: InspectionProblem[] = [];
  const add = (draft: ActivityDraft): Activity => {
    const activity: Activity = defined({
      ...context.stamp(),
      deputyIds: [],
      linkedActivityIds: [],
      tags: [],
      opinions: [],
      outsideSession: true,
      ...draft,
    });
    activities.push(activity);
    return activity;
  };
  // Deputies take part only once elected; the first days of the range belong to the old term.
  const activeFrom = addDays(calendar.electionDate, 1);
  const yearWindow = (year: number): [IsoDate, IsoDate] => [
    later(isoDate(year, 1, 1), activeFrom),
    isoDate(year, 12, 31),
  ];
  const scaled = (rng: Random, n: number) => rng.round(n * options.scale);
  const townshipOn = (date: IsoDate) => people.townshipDeputies.filter((d) => isServing(d, date));
  const allOn = (date: IsoDate) => people.deputies.filter((d) => isServing(d, date));
  const ids = (deputies: Deputy[]) => deputies.map((d) => d.id);
  const someOf = (rng: Random, date: IsoDate, min: number, max: number) =>
    ids(rng.sample(townshipOn(date), rng.int(min, max)));
  const shareOf = (rng: Random, date: IsoDate, low: number, high: number) => {
    const serving = townshipOn(date);
    return ids(rng.sample(serving, Math.round(serving.length * (low + rng.float() * (high - low)))));
  };
  const kindOfVisit = (topic: string) => (topic.startsWith('调研') ? 'research' : 'inspectionVisit');
  const sessionDays = new Set(
    calendar.sessions.flatMap((s) =>
      Array.from({ length: Math.ceil(s.lengthDays) }, (_, i) => addDays(s.startDate, i)),
    ),
  );
  return {
    context,
    root,
    calendar,
    people,
    supervisedProjects,
    u,
    options,
    activities,
    inspectionProblems,
    add,
    activeFrom,
    yearWindow,
    scaled,
    townshipOn,
    allOn,
    ids,
    someOf,
    shareOf,
    kindOfVisit,
    sessionDays,
  };
}

/** The activity stages, in the order they run (the order fixes the demo's random draws and ids). */
const ACTIVITY_STAGES: readonly ((kit: ActivityKit) => void)[] = [
  lawInspections,
  specialReports,
  visitsAndResearch,
  appraisals,
  fiscalProjectVisits,
  trainings,
  legislation,
  lawPopularization,
  stationReceptions,
  stationThemes,
  leaderStationVisits,
  practicalDeeds,
  voterReports,
  partyReports,
  budgetReviews,
];

/** 执法检查 (1–2 a year) and their problems through 反馈 → 交办 → 督办 → 评价 (→ 回头看). */
function lawInspections(kit: ActivityKit): void {
  const { context, root, add, someOf, inspectionProblems } = kit;
  const rng = root.fork('lawInspection');
  const topics = rng.shuffle(LAW_INSPECTIONS);
  let next = 0;
  for (const year of context.years) {
    const count = rng.int(1, 2);
    for (let i = 0; i < count; i++) {
      const spec = topics[next++ % topics.length]!;
      const date = randomDate(rng, isoDate(year, 4 + i * 3, 1), isoDate(year, 6 + i * 3, 28));
      const deputyIds = someOf(rng, date, 8, 15);
      const inspection = add({
        kind: 'lawInspection',
        date,
        topic: spec.topic,
        deputyIds,
        participants: deputyIds.length + rng.int(3, 6),
        tags: ['工作监督员'],
      });
      const problems = rng.sample(spec.problems, rng.int(2, Math.min(4, spec.problems.length)));
      problems.forEach(([description, unitKey], k) => {
        // One problem in one year drags past the six-month loop (a deliberate miss).
        const late = year === context.yearAt(2) && i === 0 && k === problems.length - 1;
        const feedbackOn = addDays(date, rng.int(5, 15));
        const assignedOn = addDays(feedbackOn, rng.int(3, 10));
        const supervisedOn = addDays(assignedOn, rng.int(30, 60));
        const evaluatedOn = late
          ? addDays(addMonths(date, 6), rng.int(10, 30))
          : addDays(supervisedOn, rng.int(15, 40));
        const revisitOn = rng.chance(0.5) ? addDays(evaluatedOn, rng.int(60, 90)) : undefined;
        const stages = cutAfter(context.end, [feedbackOn, assignedOn, supervisedOn, evaluatedOn, revisitOn]);
        inspectionProblems.push(
          defined({
            ...context.stamp(),
            inspectionId: inspection.id,
            description,
            unit: fill(context, rng, UNITS[unitKey]),
            feedbackOn: stages[0],
            assignedOn: stages[1],
            supervisedOn: stages[2],
            evaluatedOn: stages[3],
            evaluation: stages[3] ? rng.pick(['satisfied', 'satisfied', 'basic'] as const) : undefined,
            revisitOn: stages[4],
            note: late ? '整改涉及资金安排，评价延后。' : undefined,
          }),
        );
      });
    }
  }
}

/** 专项工作报告 (1–2 a year), each after a visit or research on its subject, with opinions answered. */
function specialReports(kit: ActivityKit): void {
  const { context, root, calendar, add, someOf, shareOf, kindOfVisit } = kit;
  const rng = root.fork('specialReport');
  const topics = rng.shuffle(SPECIAL_REPORTS);
  let next = 0;
  for (const year of context.years) {
    const second = calendar.byYear.get(year)!.second;
    const dates = [randomDate(rng, isoDate(year, 6, 1), isoDate(year, 8, 31))];
    if (rng.chance(0.6)) dates.push(second.startDate);
    dates.forEach((date, i) => {
      const spec = topics[next++ % topics.length]!;
      const visitTopic = fill(context, rng, spec.visit);
      const visit = add({
        kind: kindOfVisit(visitTopic),
        date: addDays(date, -rng.int(15, 55)),
        topic: visitTopic,
        deputyIds: someOf(rng, date, 10, 20),
      });
      const opinions = rng.sample(spec.opinions, rng.int(2, spec.opinions.length)).map((text, k) => {
        // One opinion in one year is answered after the three months (a deliberate miss).
        const late = year === context.yearAt(1) && i === 0 && k === 0;
        const answeredOn = late
          ? addDays(addMonths(date, 3), rng.int(5, 25))
          : addDays(date, rng.int(20, 80));
        return defined({ text, answeredOn: answeredOn <= context.end ? answeredOn : undefined });
      });
      add({
        kind: 'specialReport',
        date,
        topic: fill(context, rng, spec.report),
        deputyIds: i === 0 ? someOf(rng, date, 20, 35) : shareOf(rng, date, 0.85, 0.95),
        linkedActivityIds: [visit.id],
        opinions,
        outsideSession: i === 0,
      });
    });
  }
}

/** Other visits and research: one before each session (第十条(二)) and one or two more a year. */
function visitsAndResearch(kit: ActivityKit): void {
  const { context, root, calendar, add, activeFrom, scaled, someOf, kindOfVisit, yearWindow } = kit;
  const rng = root.fork('visits');
  for (const plan of calendar.sessions) {
    const topic = fill(context, rng, rng.pick(VISIT_TOPICS));
    const date = later(activeFrom, addDays(plan.startDate, -rng.int(10, plan.half === 1 ? 40 : 60)));
    add({ kind: kindOfVisit(topic), date, topic, deputyIds: someOf(rng, date, 8, 18) });
  }
  for (const year of context.years)
    for (let i = scaled(rng, rng.int(1, 2)); i > 0; i--) {
      const topic = fill(context, rng, rng.pick(VISIT_TOPICS));
      const date = randomDate(rng, ...yearWindow(year));
      add({ kind: kindOfVisit(topic), date, topic, deputyIds: someOf(rng, date, 6, 15) });
    }
}

/** 工作评议 in the years whose H2 session hears the result (第十一条(二)). */
function appraisals(kit: ActivityKit): void {
  const { context, root, calendar, add, someOf } = kit;
  const rng = root.fork('appraisal');
  for (const plan of calendar.sessions.filter((s) => s.appraisal)) {
    const date = randomDate(rng, isoDate(plan.year, 9, 1), isoDate(plan.year, 10, 15));
    const deputyIds = someOf(rng, date, 20, 30);
    add({
      kind: 'appraisal',
      date,
      topic: `对${fill(context, rng, UNITS[rng.pick(APPRAISAL_UNITS)])}开展工作评议`,
      deputyIds,
      test: satisfactionTest(rng, deputyIds.length, true),
      reportedToPartyOn: addDays(date, rng.int(5, 20)),
      reportedToSessionId: plan.id,
    });
  }
}

/** 财政资金项目视察 between sessions, on the year's supervised 民生实事 when there is one. */
function fiscalProjectVisits(kit: ActivityKit): void {
  const { context, root, supervisedProjects, add, activeFrom, scaled, someOf, sessionDays } = kit;
  const rng = root.fork('fiscalProjectVisit');
  for (const year of context.years)
    for (let i = scaled(rng, 1); i > 0; i--) {
      let date = randomDate(rng, later(isoDate(year, 4, 1), activeFrom), isoDate(year, 10, 31));
      while (sessionDays.has(date)) date = addDays(date, 1);
      const project = supervisedProjects.get(year);
      add({
        kind: 'fiscalProjectVisit',
        date,
        topic: project ? `视察民生实事项目“${project.title}”建设进度` : '视察财政资金支持的农村基础设施项目',
        deputyIds: someOf(rng, date, 8, 15),
        projectId: project?.id,
        outsideSession: true,
      });
    }
}

/** 集中学习培训, 1–2 a year, most deputies attending. */
function trainings(kit: ActivityKit): void {
  const { context, root, calendar, options, add, scaled, shareOf } = kit;
  const rng = root.fork('training');
  for (const year of context.years) {
    const topics = [
      ...TRAINING_TOPICS,
      ...TRAINING_TOPICS_FROM.filter((t) => year >= t.from).map((t) => t.topic),
    ];
    for (let i = scaled(rng, rng.int(1, 2)); i > 0; i--) {
      const first = year === options.fromYear && i === 1;
      const date = first
        ? randomDate(rng, addDays(calendar.sessions[0]!.startDate, 10), isoDate(year, 4, 30))
        : randomDate(rng, isoDate(year, 3, 1), isoDate(year, 10, 31));
      const deputyIds = shareOf(rng, date, 0.7, 0.9);
      add({
        kind: 'training',
        date,
        topic: first ? '新一届代表初任履职培训' : rng.pick(topics),
        deputyIds,
        participants: deputyIds.length + rng.int(3, 8),
      });
    }
  }
}

/** 立法相关活动: three a year, most deputies at two or more. */
function legislation(kit: ActivityKit): void {
  const { context, root, add, scaled, shareOf, yearWindow } = kit;
  const rng = root.fork('legislation');
  for (const year of context.years)
    for (let i = scaled(rng, 3); i > 0; i--) {
      const date = randomDate(rng, ...yearWindow(year));
      add({
        kind: 'legislation',
        date,
        topic: rng.pick(LEGISLATION_TOPICS),
        deputyIds: shareOf(rng, date, 0.65, 0.85),
      });
    }
}

/** 普法宣传: three a year, on the dates of the law-popularisation calendar. */
function lawPopularization(kit: ActivityKit): void {
  const { context, root, add, activeFrom, scaled, someOf } = kit;
  const rng = root.fork('lawPopularization');
  for (const year of context.years) {
    const count = scaled(rng, 3);
    const topics = rng.shuffle(LAW_POPULARIZATION);
    for (let i = 0; i < count; i++) {
      const spec = topics[i % topics.length]!;
      const date = later(
        activeFrom,
        randomDate(rng, isoDate(year, spec.month, 1), isoDate(year, spec.month, 28)),
      );
      add({
        kind: 'lawPopularization',
        date,
        topic: spec.topic,
        deputyIds: someOf(rng, date, 6, 15),
        participants: rng.int(60, 300),
        tags: ['法治宣传员'],
      });
    }
  }
}

/** 进站接待: every station, most months; deputies take turns so that each comes at least twice a year. */
function stationReceptions(kit: ActivityKit): void {
  const { context, root, people, add, activeFrom, scaled, ids } = kit;
  const rng = root.fork('stationReception');
  const turn = new Map(people.stations.map((s) => [s.id, 0]));
  for (const station of people.stations) {
    const members = rng.shuffle(people.stationMembers.get(station.id)!);
    for (const year of context.years)
      for (let month = 1; month <= 12; month++) {
        // Area stations now and then skip a month, most often February (Spring Festival).
        if (station.level === 'other' && rng.chance(month === 2 ? 0.35 : 0.05)) continue;
        const from = later(isoDate(year, month, 1), activeFrom);
        const to = isoDate(year, month, daysInMonth(year, month));
        if (from > to) continue;
        for (let r = scaled(rng, 1); r > 0; r--) {
          const date = randomDate(rng, from, to);
          const wanted = rng.int(3, 5);
          const present: Deputy[] = [];
          for (let tries = 0; tries < members.length && present.length < wanted; tries++) {
            const i = turn.get(station.id)!;
            turn.set(station.id, i + 1);
            const d = members[i % members.length]!;
            if (isServing(d, date) && !present.includes(d)) present.push(d);
          }
          const visitors = rng.int(2, 12);
          add({
            kind: 'stationReception',
            date,
            topic: `${month}月接待日：${rng.sample(RECEPTION_ISSUES, 2).join('、')}等问题`,
            deputyIds: ids(present),
            stationId: station.id,
            visitors,
            issues: rng.int(1, Math.min(visitors, 6)),
            tags: rng.sample(['进站点', '码上找代表', '随手拍', '12345'], rng.int(1, 2)),
          });
        }
      }
  }
}

/** 集中进站主题活动, one each half-year. */
function stationThemes(kit: ActivityKit): void {
  const { context, root, people, add, activeFrom, scaled, allOn, ids } = kit;
  const rng = root.fork('stationTheme');
  for (const year of context.years)
    for (const half of [1, 2] as const) {
      const [from, to] = halfWindow(year, half, activeFrom);
      for (let i = scaled(rng, 1); i > 0; i--) {
        const station = rng.pick(people.stations);
        const date = randomDate(rng, from, to);
        const spec = rng.pick(THEME_TOPICS);
        add({
          kind: 'stationTheme',
          date,
          topic: spec.topic,
          deputyIds: ids(rng.sample(allOn(date), rng.int(12, 25))),
          stationId: station.id,
          visitors: rng.int(20, 80),
          tags: [...spec.tags],
        });
      }
    }
}

/** 领导干部进站: each leader-cadre deputy each half-year (one misses one, a deliberate miss of 第十九条). */
function leaderStationVisits(kit: ActivityKit): void {
  const { context, root, people, add, activeFrom, scaled } = kit;
  const rng = root.fork('leaderStationVisit');
  const leaders = people.deputies.filter((d) => d.isLeaderCadre);
  for (const year of context.years)
    for (const half of [1, 2] as const)
      for (const leader of leaders) {
        // One leader cadre misses one half-year (a deliberate miss of 第十九条).
        if (leader === people.idleLeader && year === context.yearAt(2) && half === 2) continue;
        const window = serviceWindow(leader, ...halfWindow(year, half, activeFrom));
        if (!window) continue;
        for (let i = scaled(rng, 1); i > 0; i--)
          add({
            kind: 'leaderStationVisit',
            date: randomDate(rng, ...window),
            topic: '领导干部代表进站听取代表和群众意见建议',
            deputyIds: [leader.id],
            stationId: rng.chance(0.6) ? leader.stationId : rng.pick(people.stations).id,
            visitors: rng.int(5, 20),
          });
      }
}

/** 为民办实事: most deputies one or two a year (第十四条(五) says 力求, so a few do none). */
function practicalDeeds(kit: ActivityKit): void {
  const { context, root, people, add, scaled, yearWindow } = kit;
  const rng = root.fork('practicalDeed');
  for (const year of context.years)
    for (const deputy of people.deputies) {
      const window = serviceWindow(deputy, ...yearWindow(year));
      if (!window) continue;
      const township = deputy.levels.includes('township');
      const base = rng.chance(township ? 0.9 : 0.6) ? (rng.chance(0.25) ? 2 : 1) : 0;
      for (let i = scaled(rng, base); i > 0; i--)
        add({
          kind: 'practicalDeed',
          date: randomDate(rng, ...window),
          topic: fill(context, rng, rng.pick(DEED_TOPICS), people.villageOf.get(deputy.id)),
          deputyIds: [deputy.id],
          tags: [rng.pick(['群众服务员', '民情信息员', '纠纷调解员'])],
        });
    }
}

/** 向选民报告履职: each deputy once in the term, mostly from the second year on, results published. */
function voterReports(kit: ActivityKit): void {
  const { context, root, people, add, scaled, yearWindow } = kit;
  const rng = root.fork('voterReport');
  const laterYears = context.years.length > 1 ? context.years.slice(1) : context.years;
  for (const deputy of people.townshipDeputies) {
    // A few deputies have not reported yet, and a few results were not made public.
    if (rng.chance(0.05)) continue;
    const windows = laterYears
      .map((year) => serviceWindow(deputy, ...yearWindow(year)))
      .filter((w): w is [IsoDate, IsoDate] => w !== undefined);
    if (windows.length === 0) continue;
    const window = rng.pick(windows);
    for (let i = scaled(rng, 1); i > 0; i--) {
      const entitled = rng.int(50, 90);
      add({
        kind: 'voterReport',
        date: randomDate(rng, ...window),
        topic: `向${deputy.constituency ?? '原选区'}选民报告履职情况`,
        deputyIds: [deputy.id],
        participants: entitled,
        test: satisfactionTest(rng, entitled, rng.chance(0.95)),
        tags: ['进选区'],
      });
    }
  }
}

/** 向党委汇报 every quarter, except one quarter (a deliberate miss of 第二十二条(一)). */
function partyReports(kit: ActivityKit): void {
  const { context, root, people, u, add, activeFrom, scaled } = kit;
  const rng = root.fork('partyReport');
  const chair = people.presidiumDeputies[0]!;
  for (const year of context.years)
    for (const quarter of [1, 2, 3, 4]) {
      if (year === context.yearAt(1) && quarter === 3) continue;
      const from = later(isoDate(year, quarter * 3 - 2, 1), activeFrom);
      const to = isoDate(year, quarter * 3, daysInMonth(year, quarter * 3));
      for (let i = scaled(rng, 1); i > 0; i--)
        add({
          kind: 'partyReport',
          date: randomDate(rng, from, to),
          topic: `主席团向${u}党委汇报${year}年第${quarter}季度人大工作`,
          deputyIds: isServing(chair, to) ? [chair.id] : [],
        });
    }
}

/** 预算初步审查 before each session that has one in the calendar. */
function budgetReviews(kit: ActivityKit): void {
  const { root, calendar, add, someOf } = kit;
  const rng = root.fork('budgetReview');
  for (const plan of calendar.sessions) {
    if (!plan.reviewDate) continue;
    const topic =
      plan.half === 1
        ? `${plan.year}年财政预算草案初步审查`
        : `${plan.year}年预算执行情况${plan.adjustment ? '、预算调整方案' : ''}和${plan.year - 1}年决算草案初步审查`;
    add({
      kind: 'budgetReview',
      date: plan.reviewDate,
      topic,
      deputyIds: someOf(rng, plan.reviewDate, 8, 12),
    });
  }
}

/** A half-year's first and last day, starting no earlier than `activeFrom`. */
function halfWindow(year: number, half: 1 | 2, activeFrom: IsoDate): [IsoDate, IsoDate] {
  const from = half === 1 ? isoDate(year, 1, 1) : isoDate(year, 7, 1);
  const to = half === 1 ? isoDate(year, 6, 30) : isoDate(year, 12, 31);
  return [later(from, activeFrom), to];
}

/** Stage dates in order, with the first one after `end` and all after it dropped (not happened yet). */
export function cutAfter(end: IsoDate, stages: (IsoDate | undefined)[]): (IsoDate | undefined)[] {
  const cut = stages.findIndex((d) => d !== undefined && d > end);
  return cut < 0 ? stages : stages.map((d, i) => (i < cut ? d : undefined));
}
