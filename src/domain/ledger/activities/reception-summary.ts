// The month summary of station receptions (第十七条(四), the "1+4" mechanism): for each station and
// each month of a year, how many reception days were held and how many of them had fewer deputies
// present than the township's setting asks. It counts; judging met or missed is the compliance
// engine's work (duty art17-monthly-reception), so the page shows numbers, never a verdict.
import { dateParts, isWithin, yearRange } from '../../dates';
import type { Activity } from './schema';

/** The fields of an activity the summary reads. */
export type ReceptionInput = Pick<Activity, 'kind' | 'date' | 'stationId' | 'deputyIds'>;

/** One station-month. */
export interface MonthReceptions {
  /** Distinct days with at least one reception at the station. */
  days: number;
  /** Of those days, the ones whose deputies present (all receptions of the day together) were fewer than `minDeputies`. */
  shortDays: number;
}

/** One row of the summary: a station (or the receptions that name no known station). */
export interface StationReceptionRow {
  /** The station's id; undefined for the row of receptions without a known station. */
  stationId: string | undefined;
  /** The station's name, or `未填写联络站`. */
  name: string;
  /** Twelve entries, January first. */
  months: MonthReceptions[];
  /** Sums over the year. */
  total: MonthReceptions;
}

/** The name of the row for receptions whose station is empty or no longer in the register. */
export const NO_STATION_LABEL = '未填写联络站';

/**
 * Reception days per station and month of `year`. Only `stationReception` activities dated in that
 * year count. Several receptions on one day at one station make one day; their deputies are pooled
 * (a deputy counted once) before comparing with `minDeputies`. Every station listed gets a row, in
 * the given order, even with no reception; receptions of unknown stations share one last row, shown
 * only when there are some.
 */
export function receptionSummary(
  activities: readonly ReceptionInput[],
  stations: readonly { id: string; name: string }[],
  year: number,
  minDeputies: number,
): StationReceptionRow[] {
  const range = yearRange(year);
  const known = new Set(stations.map((s) => s.id));
  // station key → date → deputies present that day
  const byStation = new Map<string | undefined, Map<string, Set<string>>>();
  for (const activity of activities) {
    if (activity.kind !== 'stationReception' || !isWithin(activity.date, range)) continue;
    const key = activity.stationId && known.has(activity.stationId) ? activity.stationId : undefined;
    const days = byStation.get(key) ?? new Map<string, Set<string>>();
    byStation.set(key, days);
    const present = days.get(activity.date) ?? new Set<string>();
    days.set(activity.date, present);
    for (const id of activity.deputyIds) present.add(id);
  }

  const row = (stationId: string | undefined, name: string): StationReceptionRow => {
    const months = Array.from({ length: 12 }, () => ({ days: 0, shortDays: 0 }));
    for (const [date, present] of byStation.get(stationId) ?? []) {
      const month = months[dateParts(date).month - 1]!;
      month.days += 1;
      if (present.size < minDeputies) month.shortDays += 1;
    }
    const total = months.reduce(
      (sum, m) => ({ days: sum.days + m.days, shortDays: sum.shortDays + m.shortDays }),
      { days: 0, shortDays: 0 },
    );
    return { stationId, name, months, total };
  };

  const rows = stations.map((s) => row(s.id, s.name));
  if (byStation.has(undefined)) rows.push(row(undefined, NO_STATION_LABEL));
  return rows;
}

/**
 * The years a year picker offers: every year from the earliest to the latest dated record, and the
 * current year, newest first. Only the current year when there are no records.
 */
export function yearChoices(
  first: string | undefined,
  last: string | undefined,
  currentYear: number,
): number[] {
  const years = [currentYear];
  if (first) years.push(dateParts(first).year);
  if (last) years.push(dateParts(last).year);
  const from = Math.min(...years);
  const to = Math.max(...years);
  return Array.from({ length: to - from + 1 }, (_, i) => to - i);
}

/**
 * The year a summary opens at: the current year, or the latest year with records when the current
 * year has none yet (early January, or a ledger filled in afterwards).
 */
export function defaultYear(last: string | undefined, currentYear: number): number {
  return last ? Math.min(currentYear, dateParts(last).year) : currentYear;
}
