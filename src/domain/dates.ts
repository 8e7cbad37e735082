// Calendar dates as the rules count them: China dates without time of day, held as ISO strings
// (`2025-03-28`). Arithmetic goes through Date.UTC on whole days, never through local-time parsing,
// so the result is the same on every PC whatever its time zone or daylight-saving rules.

/** A calendar date in China time, `YYYY-MM-DD`. */
export type IsoDate = string;

/** A span of dates, both ends included (`2025-01-01` to `2025-12-31` is the whole year). */
export interface DateRange {
  start: IsoDate;
  end: IsoDate;
}

/** Returns the current moment; injected so that tests and the command-line tool can fix "today". */
export type Clock = () => Date;

const MS_PER_DAY = 86_400_000;
/** China Standard Time is UTC+8 all year (no daylight saving since 1991). */
const CHINA_OFFSET_MS = 8 * 3_600_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

const pad2 = (n: number) => String(n).padStart(2, '0');
const pad4 = (n: number) => String(n).padStart(4, '0');

/** Number of days in a month (`month` 1–12); handles leap years. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Whether a year has 29 February (Gregorian rule). */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Whether a value is a real calendar date in `YYYY-MM-DD` form (`2025-02-29` is not). */
export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== 'string') return false;
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const month = Number(match[2]);
  const day = Number(match[3]);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(Number(match[1]), month);
}

/** Year, month (1–12) and day of an ISO date; a malformed date is a programming error, so it throws. */
export function dateParts(date: IsoDate): { year: number; month: number; day: number } {
  const match = ISO_DATE.exec(date);
  // Dates are parsed by the schemas at the edges; a bad one here means a caller skipped that step.
  if (!match || !isIsoDate(date)) throw new RangeError(`not a calendar date: ${String(date)}`);
  return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
}

/** The ISO date of a year, month (1–12) and day; the day must exist in that month. */
export function isoDate(year: number, month: number, day: number): IsoDate {
  return `${pad4(year)}-${pad2(month)}-${pad2(day)}`;
}

const toDayNumber = (date: IsoDate) => {
  const { year, month, day } = dateParts(date);
  // Date.UTC reads years 0–99 as 1900–1999; setting the year afterwards avoids that quirk.
  const d = new Date(Date.UTC(2000, month - 1, day));
  d.setUTCFullYear(year);
  return d.getTime() / MS_PER_DAY;
};

const fromDayNumber = (days: number): IsoDate => {
  const d = new Date(days * MS_PER_DAY);
  return isoDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
};

/**
 * The same day `n` months later (earlier for negative `n`), clamped to that month's last day:
 * 30 Nov + 3 months = 28 Feb (29 Feb in a leap year), as obligations.md counts deadlines.
 */
export function addMonths(date: IsoDate, n: number): IsoDate {
  const { year, month, day } = dateParts(date);
  const index = year * 12 + (month - 1) + n;
  const newYear = Math.floor(index / 12);
  const newMonth = index - newYear * 12 + 1;
  return isoDate(newYear, newMonth, Math.min(day, daysInMonth(newYear, newMonth)));
}

/** The date `n` days later (earlier for negative `n`). */
export function addDays(date: IsoDate, n: number): IsoDate {
  return fromDayNumber(toDayNumber(date) + n);
}

/** Days from `from` to `to`: positive when `to` is later, 0 on the same day. */
export function diffDays(from: IsoDate, to: IsoDate): number {
  return toDayNumber(to) - toDayNumber(from);
}

/**
 * Sort order of two dates: negative when `a` is earlier, 0 when equal, positive when later.
 * `YYYY-MM-DD` strings sort as text in calendar order, so no parsing is needed: the compliance
 * engine compares dates millions of times. Dates are validated where they enter (the schemas).
 */
export function compareDates(a: IsoDate, b: IsoDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Whether `a` is strictly earlier than `b`. */
export const isBefore = (a: IsoDate, b: IsoDate): boolean => compareDates(a, b) < 0;

/** Whether `a` is strictly later than `b`. */
export const isAfter = (a: IsoDate, b: IsoDate): boolean => compareDates(a, b) > 0;

/** The earliest of the given dates, ignoring missing ones; undefined when none is given. */
export function minDate(...dates: (IsoDate | undefined)[]): IsoDate | undefined {
  return dates.reduce<IsoDate | undefined>(
    (min, d) => (d === undefined || (min !== undefined && !isBefore(d, min)) ? min : d),
    undefined,
  );
}

/** The latest of the given dates, ignoring missing ones; undefined when none is given. */
export function maxDate(...dates: (IsoDate | undefined)[]): IsoDate | undefined {
  return dates.reduce<IsoDate | undefined>(
    (max, d) => (d === undefined || (max !== undefined && !isAfter(d, max)) ? max : d),
    undefined,
  );
}

/** Today's date in China, from the given clock (the system clock by default), whatever the PC's time zone. */
export function today(clock: Clock = () => new Date()): IsoDate {
  const china = new Date(clock().getTime() + CHINA_OFFSET_MS);
  return isoDate(china.getUTCFullYear(), china.getUTCMonth() + 1, china.getUTCDate());
}

/** The calendar year: 1 January to 31 December. */
export function yearRange(year: number): DateRange {
  return { start: isoDate(year, 1, 1), end: isoDate(year, 12, 31) };
}

/** A half-year: H1 is January–June, H2 is July–December. */
export function halfYearRange(year: number, half: 1 | 2): DateRange {
  return half === 1
    ? { start: isoDate(year, 1, 1), end: isoDate(year, 6, 30) }
    : { start: isoDate(year, 7, 1), end: isoDate(year, 12, 31) };
}

/** A quarter: Q1 is January–March, and so on. */
export function quarterRange(year: number, quarter: 1 | 2 | 3 | 4): DateRange {
  const first = (quarter - 1) * 3 + 1;
  return { start: isoDate(year, first, 1), end: isoDate(year, first + 2, daysInMonth(year, first + 2)) };
}

/** A month (1–12), first to last day. */
export function monthRange(year: number, month: number): DateRange {
  return { start: isoDate(year, month, 1), end: isoDate(year, month, daysInMonth(year, month)) };
}

/** Days in a range, both ends counted (a whole leap year has 366); 0 for a range that ends before it starts. */
export function rangeDays(range: DateRange): number {
  return Math.max(0, diffDays(range.start, range.end) + 1);
}

/** Days two ranges share, both ends counted; 0 when they do not meet. */
export function overlapDays(a: DateRange, b: DateRange): number {
  const start = maxDate(a.start, b.start)!;
  const end = minDate(a.end, b.end)!;
  return rangeDays({ start, end });
}

/** Whether a date lies in a range, both ends included. */
export function isWithin(date: IsoDate, range: DateRange): boolean {
  return !isBefore(date, range.start) && !isAfter(date, range.end);
}

/** A date as written in Chinese documents: `2025-03-28` → `2025年3月28日`. */
export function formatChineseDate(date: IsoDate): string {
  const { year, month, day } = dateParts(date);
  return `${year}年${month}月${day}日`;
}
