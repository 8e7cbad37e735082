// The demo's evidence for the seven duties of catalogue 1.1: the city standing committee's approval
// of the election committee, problems collected on 视察/调研 and their feedback, the points table's
// adoption (settings), hearing voters' views on the draft budget, the published suggestion-handling
// report, and the publication of the deputies' information. Drawn from a random stream of its own,
// so adding it moved nothing the rest of the demo makes. Promised items with their dates are made
// with the suggestions (suggestions.ts).
import { isoDate, type IsoDate } from '../dates';
import type { Activity, LedgerDocument, PointsTable, VisitProblem } from '../ledger';
import { DEFAULT_POINTS_TABLE } from '../points/default-table';
import { addDays } from './days';
import { defined, isServing, later, randomDate, type DemoContext } from './context';
import type { DemoCalendar } from './meetings';
import type { DemoPeople } from './people';
import type { Random } from './random';

/** Problems deputies bring back from a 视察 or 调研 (forwarded to the unit named). */
const VISIT_PROBLEMS: readonly [string, string][] = [
  ['部分村道急弯处缺少警示标志和护栏', '{u}交通站'],
  ['集中供水点水压不足，高峰时段断水', '{u}水利站'],
  ['农村生活垃圾转运不及时', '{u}生态环境办'],
  ['村卫生室药品种类不全', '{u}卫生院'],
  ['部分山塘护坡垮塌，存在安全隐患', '{u}水利站'],
  ['留守儿童课后看护场所不足', '{u}中心学校'],
  ['农贸市场排水不畅，雨天积水', '{u}市场监管所'],
  ['部分路灯损坏未及时维修', '{u}村镇建设办'],
];

/** What catalogue 1.1's evidence adds to the demo's records. */
export interface DemoAdditions {
  /** The visits with their problems (same ids), and the 听取选民对预算草案的意见 activities. */
  activities: Activity[];
  documents: LedgerDocument[];
}

/**
 * Adds catalogue 1.1's evidence to the activities and documents made so far. Deliberate misses
 * (listed in generate.ts): the election committee's approval dated after the election; year 2's
 * first visit with problems fed back after 90 days; year 3's first session without hearing voters'
 * views on the budget; year 2's suggestion-handling report published 45 days after its session;
 * no publication of the deputies' information in year 4.
 */
export function addCatalogue11Evidence(
  context: DemoContext,
  rng: Random,
  calendar: DemoCalendar,
  people: DemoPeople,
  activities: readonly Activity[],
  documents: readonly LedgerDocument[],
): DemoAdditions {
  const u = context.unit;
  const within = (date: IsoDate | undefined) =>
    date !== undefined && date <= context.end ? date : undefined;
  const newDocuments: LedgerDocument[] = [];
  const addDocument = (
    draft: Omit<LedgerDocument, 'id' | 'createdAt' | 'updatedAt' | 'includesLivelihood'>,
  ) => newDocuments.push(defined({ ...context.stamp(), includesLivelihood: false, ...draft }));

  // 4(6): the approval of the election committee — dated three days after the election (a miss).
  const approvedOn = addDays(calendar.electionDate, 3);
  addDocument({
    kind: 'electionCommitteeApproval',
    title: `湘乡市人大常委会关于同意设立${context.info.name}换届选举委员会的批复`,
    adoptedOn: approvedOn,
    termId: people.term.id,
    note: '批复文件落款日期晚于选举日，台账按文件日期登记。',
  });

  // 10(3): problems on about half of the visits, forwarded and fed back within 90 days, except
  // on year 2's first visit (fed back after 100–120 days).
  const lateYear = context.yearAt(1);
  let lateDone = false;
  const visits = activities.map((a): Activity => {
    if (a.kind !== 'inspectionVisit' && a.kind !== 'research') return a;
    const late = !lateDone && a.date.startsWith(`${lateYear}-`);
    if (!late && !rng.chance(0.5)) return a;
    if (late) lateDone = true;
    const problems = rng.sample(VISIT_PROBLEMS, rng.int(1, 3)).map(([description, unit]): VisitProblem => {
      const forwardedOn = within(addDays(a.date, rng.int(3, 20)));
      const fedBackOn = forwardedOn
        ? within(addDays(a.date, late ? rng.int(100, 120) : rng.int(30, 85)))
        : undefined;
      return defined({ description, forwardedTo: unit.replaceAll('{u}', u), forwardedOn, fedBackOn });
    });
    return { ...a, problems };
  });

  // 预算法 45: deputies hear voters' views 20–60 days before each first session (it approves the
  // year's draft budget); none before year 3's first session (a miss).
  const heard: Activity[] = [];
  const activeFrom = addDays(calendar.electionDate, 1);
  for (const plan of calendar.sessions.filter((p) => p.half === 1)) {
    if (plan.year === context.yearAt(2) && context.years.length > 2) continue;
    const date = later(addDays(plan.startDate, -rng.int(20, 60)), later(activeFrom, context.start));
    if (date >= plan.startDate) continue;
    const serving = people.townshipDeputies.filter((d) => isServing(d, date));
    heard.push(
      defined({
        ...context.stamp(),
        kind: 'budgetVoterViews',
        date,
        topic: `组织代表听取选民和社会各界对${plan.year}年预算草案的意见`,
        deputyIds: rng.sample(serving, rng.int(8, 15)).map((d) => d.id),
        linkedActivityIds: [],
        tags: ['进选区'],
        opinions: [],
        outsideSession: true,
        note: '以座谈会和入户走访方式听取意见，意见汇总后送乡镇财政所。',
      } satisfies Activity),
    );
  }

  // 代表法: the suggestion-handling report heard at each second session, published 5–20 days later;
  // year 2's 45 days later (a miss).
  for (const plan of calendar.sessions.filter((p) => p.half === 2)) {
    const days = plan.year === context.yearAt(1) && context.years.length > 1 ? 45 : rng.int(5, 20);
    addDocument({
      kind: 'suggestionReport',
      title: `关于${plan.year}年代表建议、批评和意见办理情况的报告`,
      adoptedOn: plan.startDate,
      year: plan.year,
      sessionId: plan.id,
      publishedOn: within(addDays(plan.startDate, days)),
    });
  }

  // 代表法: the deputies' basic information and performance published once a year, in the spring;
  // none in year 4 (a miss).
  for (const year of context.years) {
    if (year === context.yearAt(3) && context.years.length > 3) continue;
    const on = later(randomDate(rng, isoDate(year, 3, 1), isoDate(year, 4, 30)), activeFrom);
    addDocument({
      kind: 'deputyInfoPublication',
      title: `${year}年${context.info.name}人大代表基本情况和履职情况公开`,
      adoptedOn: on,
      publishedOn: on,
      year,
      note: '在政务公开栏和代表联络站公示。',
    });
  }

  const byDate = (a: Activity, b: Activity) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0);
  return {
    activities: [...visits, ...heard].sort(byDate),
    documents: [...documents, ...newDocuments],
  };
}

/**
 * The demo's points tables (a setting): the tool's default table, adopted by the presidium in
 * February of year 2 — so year 1 has no adopted scheme (art15-points-scheme's deliberate miss).
 */
export function demoPointsTables(fromYear: number, toYear: number): PointsTable[] {
  const adoptedOn = isoDate(Math.min(fromYear + 1, toYear), 2, 18);
  return [
    {
      ...DEFAULT_POINTS_TABLE,
      rules: DEFAULT_POINTS_TABLE.rules.map((rule) => ({ ...rule })),
      adoptedOn,
      adoptedBy: '乡镇人大主席团会议',
    },
  ];
}
