// What every evaluator reads besides its duty: the records with lookups built once per
// evaluation, the township's settings, the as-of date, and who is measured in a period.
import {
  addDays,
  addMonths,
  isAfter,
  isBefore,
  isWithin,
  minDate,
  overlapDays,
  rangeDays,
  type DateRange,
  type IsoDate,
} from '../dates';
import type {
  Activity,
  ActivityKind,
  Deputy,
  LedgerData,
  Officer,
  OfficerRole,
  PointsTable,
  Session,
  Settings,
  Term,
} from '../ledger';
import { settingValue } from '../ledger/settings/schema';
import type { Catalogue, Duty } from '../schemas/duty';
import type { SubjectResult, Unit } from './types';

/** Evaluates one duty over one unit: returns its subjects, each with a status and its workings. */
export type Evaluator = (duty: Duty, unit: Unit, ctx: EvaluationContext) => SubjectResult[];

/** The records and lookups of one evaluation. Built once by `evaluationContext`, read by every evaluator. */
export interface EvaluationContext {
  data: LedgerData;
  catalogue: Catalogue;
  asOf: IsoDate;
  /** A number setting of the township, else the catalogue's default. */
  numberSetting(key: string): number;
  /** A text setting (`MM-DD` dates, choices) of the township, else the catalogue's default. */
  textSetting(key: string): string;
  /** Activities of one kind, oldest first. */
  activitiesOf(kind: ActivityKind): readonly Activity[];
  /** Activities of one kind dated within a range, oldest first. */
  activitiesIn(kind: ActivityKind, range: DateRange): Activity[];
  /** Activities of one kind a deputy took part in, dated within a range, oldest first. */
  activitiesOfDeputy(kind: ActivityKind, deputyId: string, range: DateRange): Activity[];
  /** The township's saved 履职积分 table versions (none when the caller passed no settings). */
  pointsTables: readonly PointsTable[];
  /** Sessions, oldest first. */
  sessions: readonly Session[];
  /** Terms, oldest first. */
  terms: readonly Term[];
  /** The term whose dates contain a date. */
  termOn(date: IsoDate): Term | undefined;
  /** The last day of a term: its end date, else five years after its start less a day. */
  termEnd(term: Term): IsoDate;
  /** People holding an office on a date. */
  officersOn(role: OfficerRole, date: IsoDate): Officer[];
  /** Deputy by id. */
  deputy(id: string): Deputy | undefined;
  /** Activity by id. */
  activity(id: string): Activity | undefined;
  /**
   * The deputies measured for a duty over `range`: those who served at least half of it
   * (obligations.md, "Who counts as a deputy"). Township deputies only, unless `allLevels`.
   */
  measuredDeputies(range: DateRange, options?: { allLevels?: boolean; leaderCadreOnly?: boolean }): Deputy[];
}

/** The dates a deputy served: from the service start to its end (an ended or suspended status without an end date counts to the record's last update). */
export function serviceRange(deputy: Deputy): DateRange {
  const end = deputy.serviceTo ?? (deputy.status === 'active' ? '9999-12-31' : deputy.updatedAt.slice(0, 10));
  return { start: deputy.serviceFrom, end: isBefore(end, deputy.serviceFrom) ? deputy.serviceFrom : end };
}

/** Whether a deputy served at least half of a range (days counted both ends included). */
export function servedHalfOf(deputy: Deputy, range: DateRange): boolean {
  return overlapDays(serviceRange(deputy), range) * 2 >= rangeDays(range);
}

const byDate =
  <T>(date: (item: T) => IsoDate) =>
  (a: T, b: T) =>
    date(a) < date(b) ? -1 : date(a) > date(b) ? 1 : 0;

function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** First index in activities sorted by date whose date is not before `date` (binary search). */
function lowerBound(sorted: readonly Activity[], date: IsoDate): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]!.date < date) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The activities of a date-sorted list that fall within a range (ISO dates sort as text). */
function slice(sorted: readonly Activity[] | undefined, range: DateRange): Activity[] {
  if (!sorted) return [];
  const start = lowerBound(sorted, range.start);
  let end = start;
  while (end < sorted.length && sorted[end]!.date <= range.end) end++;
  return sorted.slice(start, end);
}

/** Builds the context of one evaluation. */
export function evaluationContext(
  data: LedgerData,
  settings: (Pick<Settings, 'values'> & Partial<Pick<Settings, 'pointsTables'>>) | undefined,
  catalogue: Catalogue,
  asOf: IsoDate,
): EvaluationContext {
  // Indexes built once, each on first use: the engine asks "activities of this kind (of this
  // deputy) in this period" for every deputy and every inner period, which must not scan all
  // activities each time; a duty that never asks does not pay for the index.
  let byKind: Map<ActivityKind, Activity[]> | undefined;
  const activitiesByKind = () => {
    if (byKind) return byKind;
    byKind = new Map();
    const sorted = [...data.activities].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
    for (const a of sorted) push(byKind, a.kind, a);
    return byKind;
  };
  const byDeputy = new Map<ActivityKind, Map<string, Activity[]>>();
  const activitiesByDeputy = (kind: ActivityKind) => {
    let index = byDeputy.get(kind);
    if (index) return index;
    index = new Map();
    for (const a of activitiesByKind().get(kind) ?? [])
      for (const id of a.deputyIds.length > 1 ? new Set(a.deputyIds) : a.deputyIds) push(index, id, a);
    byDeputy.set(kind, index);
    return index;
  };
  let byId: Map<string, Activity> | undefined;
  const deputies = new Map(data.deputies.map((d) => [d.id, d]));
  const terms = [...data.terms].sort(byDate((t) => t.startDate));
  const termEnd = (term: Term): IsoDate => {
    if (term.endDate) return term.endDate;
    const next = terms.find((t) => isAfter(t.startDate, term.startDate));
    const fiveYears = addDays(addMonths(term.startDate, 60), -1);
    return minDate(fiveYears, next ? addDays(next.startDate, -1) : undefined) ?? fiveYears;
  };
  const setting = (key: string) => settingValue(settings, catalogue, key);

  return {
    data,
    catalogue,
    asOf,
    numberSetting: (key) => Number(setting(key)),
    textSetting: (key) => String(setting(key)),
    activitiesOf: (kind) => activitiesByKind().get(kind) ?? [],
    activitiesIn: (kind, range) => slice(activitiesByKind().get(kind), range),
    activitiesOfDeputy: (kind, deputyId, range) => slice(activitiesByDeputy(kind).get(deputyId), range),
    pointsTables: settings?.pointsTables ?? [],
    sessions: [...data.sessions].sort(byDate((s) => s.startDate)),
    terms,
    termOn: (date) => terms.find((t) => isWithin(date, { start: t.startDate, end: termEnd(t) })),
    termEnd,
    officersOn: (role, date) =>
      data.officers.filter(
        (o) => o.role === role && isWithin(date, { start: o.from, end: o.to ?? '9999-12-31' }),
      ),
    deputy: (id) => deputies.get(id),
    activity: (id) => (byId ??= new Map(data.activities.map((a) => [a.id, a]))).get(id),
    measuredDeputies: (range, options = {}) =>
      data.deputies.filter(
        (d) =>
          (options.allLevels || d.levels.includes('township')) &&
          (!options.leaderCadreOnly || d.isLeaderCadre) &&
          servedHalfOf(d, range),
      ),
  };
}
