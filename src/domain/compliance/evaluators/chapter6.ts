// Evaluators of the duties of chapter 6 (obligations.md): one function per duty id.
// 第十七条 to 第十九条: the liaison stations — their leadership, plans, monthly receptions and themed
// activities, and the deputies who come to receive the public there.
import { formatChineseDate, halfYearRange, isAfter, minDate, monthRange, overlapDays } from '../../dates';
import type { DateRange, IsoDate } from '../../dates';
import type { Activity, Officer, OfficerRole, Station } from '../../ledger';
import { receptionSummary } from '../../ledger/activities/reception-summary';
import type { Duty } from '../../schemas/duty';
import type { EvaluationContext, Evaluator } from '../context';
import { countStatus, periodState } from '../status';
import type { EvidenceRef, SubjectResult } from '../types';

const HALVES = [
  { half: 1, key: 'H1', label: '上半年' },
  { half: 2, key: 'H2', label: '下半年' },
] as const;

/** `至少应2次` with the full target beside it when the rules give a range (`至少应3次（目标3—4次）`). */
function targetText(duty: Duty, unit = '次'): string {
  const { min, full } = duty.target ?? { min: 1, full: 1 };
  return full > min ? `至少应${min}${unit}（目标${min}—${full}${unit}）` : `至少应${min}${unit}`;
}

/** Evidence references to activities. */
const activityRefs = (activities: readonly Activity[]): EvidenceRef[] =>
  activities.map((a) => ({ table: 'activities', id: a.id }));

/** The date a state (who is in post, which rules exist) is judged on: the period's last day, or the as-of date while it is open. */
function checkDate(range: DateRange, asOf: IsoDate): IsoDate {
  return minDate(range.end, asOf)!;
}

/** Open or not-started periods can still be put right: pending until their last day; closed ones are missed. */
function missedOrPending(range: DateRange, asOf: IsoDate): Pick<SubjectResult, 'status' | 'dueDate'> {
  return periodState(range, asOf) === 'closed'
    ? { status: 'missed' }
    : { status: 'pending', dueDate: range.end };
}

/** Names compared loosely: spaces (including the full-width one) do not count. */
const sameName = (a: string | undefined, b: string) =>
  a !== undefined && a.replace(/[\s\u3000]/g, '') === b.replace(/[\s\u3000]/g, '');

/** Officers of a role whose time in post overlaps a range. */
function officersDuring(ctx: EvaluationContext, role: OfficerRole, range: DateRange): Officer[] {
  return ctx.data.officers.filter(
    (o) => o.role === role && overlapDays({ start: o.from, end: o.to ?? '9999-12-31' }, range) > 0,
  );
}

/** One post of a township station compared with the officers of the year. */
interface PostCheck {
  post: string;
  role: string;
  recorded: string[];
  officers: Officer[];
}

/** Whether a post's recorded names include one of the officers (`undefined` when either side is not recorded). */
function postMatches(check: PostCheck): boolean | undefined {
  if (check.recorded.length === 0 || check.officers.length === 0) return undefined;
  return check.recorded.some((name) => check.officers.some((o) => sameName(name, o.name)));
}

/** 17(2): a township-level station's head is the 人大主席, a deputy head a 副主席, the liaison a 专干. */
const stationLeadership: Evaluator = (_duty, unit, ctx) => {
  const stations = ctx.data.stations.filter((s) => s.level === 'township');
  return stations.map((station) => {
    const base = { key: station.id, label: station.name };
    if (periodState(unit.range, ctx.asOf) === 'notStarted')
      return {
        ...base,
        status: 'pending',
        dueDate: unit.range.end,
        note: '年度尚未开始，届时按当年在任的人大主席、副主席、专干核对。',
        evidence: [],
      };
    const during = { start: unit.range.start, end: checkDate(unit.range, ctx.asOf) };
    const checks: PostCheck[] = [
      {
        post: '站长',
        role: '人大主席',
        recorded: station.headName ? [station.headName] : [],
        officers: officersDuring(ctx, 'chair', during),
      },
      {
        post: '副站长',
        role: '人大副主席',
        recorded: station.deputyHeadNames,
        officers: officersDuring(ctx, 'viceChair', during),
      },
      {
        post: '联络员',
        role: '人大专干',
        recorded: station.liaisonName ? [station.liaisonName] : [],
        officers: officersDuring(ctx, 'staff', during),
      },
    ];
    return { ...base, ...leadershipResult(checks, unit.range, ctx.asOf) };
  });
};

/** `站长登记为张三，不是当年在任的人大主席（李明）`. */
const mismatchText = (c: PostCheck) =>
  `${c.post}登记为${c.recorded.join('、')}，不是当年在任的${c.role}（${c.officers.map((o) => o.name).join('、')}）`;

/** The status and note of one station's leadership from its three post checks. */
function leadershipResult(
  checks: PostCheck[],
  range: DateRange,
  asOf: IsoDate,
): Omit<SubjectResult, 'key' | 'label'> {
  const evidence = uniqueOfficers(checks.flatMap((c) => c.officers)).map((o): EvidenceRef => ({
    table: 'officers',
    id: o.id,
  }));
  const wrong = checks.filter((c) => postMatches(c) === false);
  if (wrong.length > 0)
    return { ...missedOrPending(range, asOf), note: `${wrong.map(mismatchText).join('；')}。`, evidence };
  const notRecorded = checks.filter((c) => c.recorded.length === 0).map((c) => c.post);
  const noOfficer = checks.filter((c) => c.officers.length === 0).map((c) => c.role);
  const gaps = [
    ...(notRecorded.length > 0 ? [`联络站未登记${notRecorded.join('、')}`] : []),
    ...(noOfficer.length > 0 ? [`台账未登记当年在任的${noOfficer.join('、')}`] : []),
  ];
  if (gaps.length > 0) return { status: 'unknown', note: `${gaps.join('；')}，无法核对。`, evidence };
  const [head, deputy, liaison] = checks.map((c) => c.recorded.join('、'));
  return {
    status: 'met',
    note: `站长${head}为人大主席，副站长${deputy}中有人大副主席，联络员${liaison}为人大专干。`,
    evidence,
  };
}

const uniqueOfficers = (officers: Officer[]) => [...new Map(officers.map((o) => [o.id, o])).values()];

/** Documents of a kind for a station; documents that name no station apply to every station. */
function stationDocuments(ctx: EvaluationContext, station: Station, kind: 'stationRules' | 'stationPlan') {
  return ctx.data.documents.filter(
    (d) => d.kind === kind && (d.stationId === undefined || d.stationId === station.id),
  );
}

/** 17(3): every station has its operating rules (进站操作细则) and an activity plan for the year. */
const stationPlans: Evaluator = (_duty, unit, ctx) => {
  if (unit.kind !== 'year') return [];
  const lastDay = checkDate(unit.range, ctx.asOf);
  return ctx.data.stations.map((station): SubjectResult => {
    const rules = stationDocuments(ctx, station, 'stationRules').filter(
      (d) => !isAfter(d.adoptedOn, lastDay),
    );
    const plans = stationDocuments(ctx, station, 'stationPlan').filter(
      (d) => (d.year ?? Number(d.adoptedOn.slice(0, 4))) === unit.year && !isAfter(d.adoptedOn, lastDay),
    );
    const missing = [
      rules.length === 0 ? '进站操作细则' : '',
      plans.length === 0 ? `${unit.year}年度活动计划` : '',
    ]
      .filter(Boolean)
      .join('和');
    const evidence = [...rules, ...plans].map((d): EvidenceRef => ({ table: 'documents', id: d.id }));
    const base = { key: station.id, label: station.name, evidence };
    if (!missing)
      return {
        ...base,
        status: 'met',
        note: `有进站操作细则（${formatChineseDate(rules.at(-1)!.adoptedOn)}通过）和${unit.year}年度活动计划（${formatChineseDate(plans[0]!.adoptedOn)}通过）。`,
      };
    return { ...base, ...missedOrPending(unit.range, ctx.asOf), note: `没有${missing}。` };
  });
};

/** 17(4): each station, each month, has enough reception days ("1+4", as the township's settings read it). */
const monthlyReception: Evaluator = (_duty, unit, ctx) => {
  if (unit.kind !== 'year') return [];
  const daysPerMonth = ctx.numberSetting('receptionDaysPerMonth');
  const minDeputies = ctx.numberSetting('receptionMinDeputies');
  const receptions = ctx.activitiesIn('stationReception', unit.range);
  const rows = receptionSummary(receptions, ctx.data.stations, unit.year, minDeputies);
  return rows.flatMap((row) => {
    if (row.stationId === undefined) return [];
    return row.months.map((month, index): SubjectResult => {
      const range = monthRange(unit.year, index + 1);
      const counted = month.days - month.shortDays;
      const short = month.shortDays > 0 ? `，其中${month.shortDays}天到站代表不足${minDeputies}人` : '';
      return {
        key: `${range.start.slice(0, 7)}:${row.stationId}`,
        label: `${index + 1}月 · ${row.name}`,
        ...countStatus(counted, daysPerMonth, range, ctx.asOf),
        note: `${index + 1}月有${month.days}个接待日${short}，合格接待日${counted}天；本乡镇“1+4”口径为每月至少${daysPerMonth}天、每天至少${minDeputies}名代表到站。`,
        evidence: activityRefs(
          receptions.filter(
            (a) => a.stationId === row.stationId && a.date.startsWith(range.start.slice(0, 7)),
          ),
        ),
      };
    });
  });
};

/** 17(5): each half-year, at least one themed activity with deputies gathered at a station. */
const halfYearTheme: Evaluator = (duty, unit, ctx) => {
  if (unit.kind !== 'year') return [];
  const min = duty.target?.min ?? 1;
  return HALVES.map(({ half, key, label }): SubjectResult => {
    const range = halfYearRange(unit.year, half);
    const found = ctx.activitiesIn('stationTheme', range);
    return {
      key: `${unit.year}-${key}`,
      label,
      ...countStatus(found.length, min, range, ctx.asOf),
      note: `${label}组织集中进站主题活动${found.length}次，${targetText(duty)}。`,
      evidence: activityRefs(found),
    };
  });
};

/** The activities of a kind in a range that a deputy took part in, one per day (two records of one day are one visit). */
function deputyVisits(ctx: EvaluationContext, kind: Activity['kind'], range: DateRange, deputyId: string) {
  const byDay = new Map<IsoDate, Activity>();
  for (const a of ctx.activitiesOfDeputy(kind, deputyId, range)) if (!byDay.has(a.date)) byDay.set(a.date, a);
  return [...byDay.values()];
}

/** 18(1): every deputy of every level registered with the township receives the public at a station at least twice a year. */
const deputyReceptions: Evaluator = (duty, unit, ctx) => {
  if (unit.kind !== 'year') return [];
  const min = duty.target?.min ?? 2;
  return ctx.measuredDeputies(unit.range, { allLevels: true }).map((deputy): SubjectResult => {
    const visits = deputyVisits(ctx, 'stationReception', unit.range, deputy.id);
    return {
      key: deputy.id,
      label: deputy.name,
      ...countStatus(visits.length, min, unit.range, ctx.asOf),
      note: `全年进站接待群众${visits.length}次，${targetText(duty)}。`,
      evidence: activityRefs(visits),
    };
  });
};

/** 19(1): every leader-cadre deputy visits a station at least once each half-year. */
const leaderDeputyVisits: Evaluator = (duty, unit, ctx) => {
  if (unit.kind !== 'year') return [];
  const min = duty.target?.min ?? 1;
  return HALVES.flatMap(({ half, key, label }) => {
    const range = halfYearRange(unit.year, half);
    return ctx.measuredDeputies(range, { leaderCadreOnly: true }).map((deputy): SubjectResult => {
      const visits = deputyVisits(ctx, 'leaderStationVisit', range, deputy.id);
      return {
        key: `${unit.year}-${key}:${deputy.id}`,
        label: `${label} · ${deputy.name}`,
        ...countStatus(visits.length, min, range, ctx.asOf),
        note: `${label}进站听取意见${visits.length}次，${targetText(duty)}。`,
        evidence: activityRefs(visits),
      };
    });
  });
};

export const EVALUATORS: Record<string, Evaluator> = {
  'art17-station-leadership': stationLeadership,
  'art17-station-plans': stationPlans,
  'art17-monthly-reception': monthlyReception,
  'art17-half-year-theme': halfYearTheme,
  'art18-deputy-receptions': deputyReceptions,
  'art19-leader-deputy-visits': leaderDeputyVisits,
};
