import { describe, expect, it } from 'vitest';
import { describeGap, meetingGap, monthsAndDays, presidiumGaps } from '../intervals';

describe('monthsAndDays', () => {
  it.each([
    ['2025-01-10', '2025-01-10', 0, 0],
    ['2025-01-10', '2025-01-30', 0, 20],
    ['2025-01-10', '2025-04-10', 3, 0],
    ['2025-01-10', '2025-04-11', 3, 1],
    ['2025-01-31', '2025-02-28', 1, 0],
    ['2025-01-31', '2025-03-30', 1, 30],
    ['2024-11-30', '2025-02-28', 3, 0],
    ['2024-12-20', '2025-01-05', 0, 16],
    ['2023-05-15', '2025-05-14', 23, 29],
  ])('%s → %s: %i months %i days', (from, to, months, days) =>
    expect(monthsAndDays(from, to)).toEqual({ months, days }),
  );

  it('refuses a stretch that runs backwards', () => {
    expect(() => monthsAndDays('2025-02-01', '2025-01-01')).toThrow(RangeError);
  });
});

describe('meetingGap (no stretch longer than 3 months)', () => {
  it.each([
    ['2025-01-10', '2025-04-10', false],
    ['2025-01-10', '2025-04-11', true],
    ['2024-11-30', '2025-02-28', false],
    ['2024-11-30', '2025-03-01', true],
    ['2023-11-30', '2024-02-29', false],
    ['2025-03-01', '2025-03-01', false],
  ])('%s → %s is too long: %s', (previous, date, tooLong) =>
    expect(meetingGap(previous, date).tooLong).toBe(tooLong),
  );

  it('takes another limit', () => {
    expect(meetingGap('2025-01-10', '2025-03-11', 2).tooLong).toBe(true);
    expect(meetingGap('2025-01-10', '2025-03-10', 2).tooLong).toBe(false);
  });

  it('counts the days and the months', () => {
    expect(meetingGap('2025-01-10', '2025-04-12')).toEqual({
      previous: '2025-01-10',
      totalDays: 92,
      months: 3,
      days: 2,
      tooLong: true,
    });
  });
});

describe('presidiumGaps', () => {
  it('gives each meeting the stretch since the one before it, whatever the input order', () => {
    const gaps = presidiumGaps([
      { id: 'c', date: '2025-06-01' },
      { id: 'a', date: '2025-01-10' },
      { id: 'b', date: '2025-02-20' },
    ]);
    expect(gaps.has('a')).toBe(false);
    expect(gaps.get('b')).toMatchObject({ previous: '2025-01-10', totalDays: 41, tooLong: false });
    expect(gaps.get('c')).toMatchObject({ previous: '2025-02-20', months: 3, days: 12, tooLong: true });
  });

  it('orders meetings on the same day by id', () => {
    const gaps = presidiumGaps([
      { id: 'y', date: '2025-03-01' },
      { id: 'x', date: '2025-03-01' },
    ]);
    expect(gaps.has('x')).toBe(false);
    expect(gaps.get('y')).toMatchObject({ previous: '2025-03-01', totalDays: 0 });
  });

  it('is empty without meetings', () => expect(presidiumGaps([]).size).toBe(0));
});

describe('describeGap', () => {
  it.each([
    [{ totalDays: 0, months: 0, days: 0 }, '同一天'],
    [{ totalDays: 20, months: 0, days: 20 }, '20天'],
    [{ totalDays: 90, months: 3, days: 0 }, '90天（3个月）'],
    [{ totalDays: 92, months: 3, days: 2 }, '92天（3个月又2天）'],
  ])('%j reads %s', (gap, text) => expect(describeGap(gap)).toBe(text));
});
