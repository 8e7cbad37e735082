// addDays and diffDays of ../dates, memoised. The demo does tens of thousands of day steps over a
// few thousand distinct dates; dates.ts validates and goes through Date objects on every call, which
// is right at the edges but made a cold generateDemo() spend most of its time in date arithmetic.
import { addDays as addDaysOnce, diffDays as diffDaysOnce, type IsoDate } from '../dates';

const EPOCH: IsoDate = '2000-01-01';
const dayOf = new Map<IsoDate, number>();
const dateOf = new Map<number, IsoDate>();

/** Days from 2000-01-01 to a date, cached. */
function dayNumber(date: IsoDate): number {
  let day = dayOf.get(date);
  if (day === undefined) {
    day = diffDaysOnce(EPOCH, date);
    dayOf.set(date, day);
    dateOf.set(day, date);
  }
  return day;
}

/** The date `n` days later (earlier for negative `n`); same result as dates.ts's addDays. */
export function addDays(date: IsoDate, n: number): IsoDate {
  const day = dayNumber(date) + n;
  let out = dateOf.get(day);
  if (out === undefined) {
    out = addDaysOnce(EPOCH, day);
    dateOf.set(day, out);
    dayOf.set(out, day);
  }
  return out;
}

/** Days from `from` to `to`; same result as dates.ts's diffDays. */
export function diffDays(from: IsoDate, to: IsoDate): number {
  return dayNumber(to) - dayNumber(from);
}
