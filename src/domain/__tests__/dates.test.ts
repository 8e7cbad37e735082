import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  compareDates,
  dateParts,
  daysInMonth,
  diffDays,
  formatChineseDate,
  halfYearRange,
  isAfter,
  isBefore,
  isIsoDate,
  isLeapYear,
  isWithin,
  maxDate,
  minDate,
  monthRange,
  overlapDays,
  quarterRange,
  rangeDays,
  today,
  yearRange,
} from '../dates';

describe('addMonths', () => {
  it.each([
    // The spec's examples (obligations.md, "How a duty is evaluated").
    ['2024-11-30', 3, '2025-02-28'],
    ['2023-11-30', 3, '2024-02-29'],
    ['2025-01-31', 1, '2025-02-28'],
    ['2024-01-31', 1, '2024-02-29'],
    // The presidium interval: 10 Jan + 3 months is 10 Apr.
    ['2025-01-10', 3, '2025-04-10'],
    ['2025-03-31', 1, '2025-04-30'],
    ['2025-08-31', 6, '2026-02-28'],
    ['2025-05-15', 0, '2025-05-15'],
    ['2025-12-15', 1, '2026-01-15'],
    ['2025-07-01', 18, '2027-01-01'],
    ['2025-03-31', -1, '2025-02-28'],
    ['2025-01-15', -1, '2024-12-15'],
    ['2024-02-29', 12, '2025-02-28'],
    ['2024-02-29', 48, '2028-02-29'],
  ])('%s + %i months = %s', (date, n, expected) => expect(addMonths(date, n)).toBe(expected));
});

describe('addDays and diffDays', () => {
  it.each([
    ['2025-02-28', 1, '2025-03-01'],
    ['2024-02-28', 1, '2024-02-29'],
    ['2024-12-31', 1, '2025-01-01'],
    ['2025-01-01', -1, '2024-12-31'],
    ['2025-03-28', 0, '2025-03-28'],
    ['2025-01-01', 365, '2026-01-01'],
    ['2024-01-01', 366, '2025-01-01'],
  ])('%s + %i days = %s, and back', (date, n, expected) => {
    expect(addDays(date, n)).toBe(expected);
    expect(diffDays(date, expected)).toBe(n);
    expect(diffDays(expected, date)).toBe(0 - n);
  });

  it('does not drift across the daylight-saving changes of other zones', () => {
    expect(diffDays('2025-03-01', '2025-04-01')).toBe(31);
    expect(diffDays('2025-10-01', '2025-11-01')).toBe(31);
  });
});

describe('comparing dates', () => {
  it.each([
    ['2025-01-01', '2025-01-02', -1],
    ['2025-01-02', '2025-01-01', 1],
    ['2025-06-30', '2025-06-30', 0],
    ['2024-12-31', '2025-01-01', -1],
  ])('compareDates(%s, %s) = %i', (a, b, expected) => {
    expect(compareDates(a, b)).toBe(expected);
    expect(isBefore(a, b)).toBe(expected < 0);
    expect(isAfter(a, b)).toBe(expected > 0);
  });

  it.each([
    [['2025-03-01', '2025-01-15', '2025-02-01'], '2025-01-15', '2025-03-01'],
    [[undefined, '2025-01-15', undefined], '2025-01-15', '2025-01-15'],
    [[], undefined, undefined],
    [[undefined], undefined, undefined],
  ])('minDate and maxDate of %j', (dates, min, max) => {
    expect(minDate(...dates)).toBe(min);
    expect(maxDate(...dates)).toBe(max);
  });
});

describe('isIsoDate and dateParts', () => {
  it.each([
    ['2025-03-28', true],
    ['2024-02-29', true],
    ['2000-02-29', true],
    ['1900-02-29', false],
    ['2025-02-29', false],
    ['2025-04-31', false],
    ['2025-13-01', false],
    ['2025-00-10', false],
    ['2025-3-28', false],
    ['2025-03-28T00:00:00Z', false],
    ['', false],
    [20250328, false],
    [undefined, false],
  ])('isIsoDate(%j) is %s', (value, expected) => expect(isIsoDate(value)).toBe(expected));

  it('splits a date into numbers', () => {
    expect(dateParts('2025-03-08')).toEqual({ year: 2025, month: 3, day: 8 });
  });

  it('refuses a malformed date instead of guessing', () => {
    expect(() => addDays('2025-02-30', 1)).toThrow(RangeError);
    expect(() => formatChineseDate('28/03/2025')).toThrow(RangeError);
  });

  it.each([
    [2024, 2, 29],
    [2025, 2, 28],
    [2100, 2, 28],
    [2000, 2, 29],
    [2025, 4, 30],
    [2025, 12, 31],
  ])('%i-%i has %i days', (year, month, days) => {
    expect(daysInMonth(year, month)).toBe(days);
    expect(isLeapYear(year)).toBe(month === 2 && days === 29);
  });
});

describe('today', () => {
  it.each([
    // 23:30 UTC is already the next morning in China.
    ['2025-03-27T23:30:00Z', '2025-03-28'],
    ['2025-03-27T15:59:59Z', '2025-03-27'],
    ['2025-03-27T16:00:00Z', '2025-03-28'],
    ['2024-12-31T16:00:00Z', '2025-01-01'],
  ])('at %s it is %s in China', (moment, expected) => expect(today(() => new Date(moment))).toBe(expected));

  it('reads the system clock by default', () => expect(isIsoDate(today())).toBe(true));
});

describe('periods', () => {
  it.each([
    ['year 2024', yearRange(2024), '2024-01-01', '2024-12-31', 366],
    ['H1 2025', halfYearRange(2025, 1), '2025-01-01', '2025-06-30', 181],
    ['H2 2025', halfYearRange(2025, 2), '2025-07-01', '2025-12-31', 184],
    ['Q1 2024', quarterRange(2024, 1), '2024-01-01', '2024-03-31', 91],
    ['Q2 2025', quarterRange(2025, 2), '2025-04-01', '2025-06-30', 91],
    ['Q3 2025', quarterRange(2025, 3), '2025-07-01', '2025-09-30', 92],
    ['Q4 2025', quarterRange(2025, 4), '2025-10-01', '2025-12-31', 92],
    ['February 2024', monthRange(2024, 2), '2024-02-01', '2024-02-29', 29],
    ['February 2025', monthRange(2025, 2), '2025-02-01', '2025-02-28', 28],
    ['November 2025', monthRange(2025, 11), '2025-11-01', '2025-11-30', 30],
  ])('%s runs from %s to %s', (_, range, start, end, days) => {
    expect(range).toEqual({ start, end });
    expect(rangeDays(range)).toBe(days);
  });

  it.each([
    ['the same range', yearRange(2025), yearRange(2025), 365],
    ['a quarter inside the year', yearRange(2025), quarterRange(2025, 2), 91],
    ['ranges touching on one day', { start: '2025-01-01', end: '2025-03-01' }, monthRange(2025, 3), 1],
    ['consecutive ranges', halfYearRange(2025, 1), halfYearRange(2025, 2), 0],
    ['ranges years apart', yearRange(2024), yearRange(2026), 0],
    ['a service that started mid-year', { start: '2025-07-01', end: '2030-06-30' }, yearRange(2025), 184],
  ])('overlapDays of %s is %i', (_, a, b, days) => {
    expect(overlapDays(a, b)).toBe(days);
    expect(overlapDays(b, a)).toBe(days);
  });

  it.each([
    ['2025-01-01', yearRange(2025), true],
    ['2025-12-31', yearRange(2025), true],
    ['2024-12-31', yearRange(2025), false],
    ['2025-07-01', halfYearRange(2025, 1), false],
    ['2025-06-30', halfYearRange(2025, 1), true],
  ])('isWithin(%s, %j) is %s', (date, range, expected) => expect(isWithin(date, range)).toBe(expected));

  it('counts an inverted range as empty', () =>
    expect(rangeDays({ start: '2025-02-01', end: '2025-01-31' })).toBe(0));
});

describe('formatChineseDate', () => {
  it.each([
    ['2025-03-28', '2025年3月28日'],
    ['2025-01-01', '2025年1月1日'],
    ['2025-10-10', '2025年10月10日'],
  ])('%s is written %s', (date, expected) => expect(formatChineseDate(date)).toBe(expected));
});
