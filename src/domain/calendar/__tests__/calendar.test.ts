import { describe, expect, it } from 'vitest';
import { catalogue } from '../../handbook';
import { buildIcs, escapeIcsText, eventDrivenDuties, foldIcsLine, monthsOfYear } from '../calendar';

const ics = buildIcs(catalogue, { firstYear: 2025, siteUrl: '', stamp: '20250328T000000Z' });
const unfolded = ics.replace(/\r\n /g, '');

describe('monthsOfYear', () => {
  it('lists every duty under each month it falls due in', () => {
    const months = monthsOfYear(catalogue);
    expect(months.map((m) => m.month)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    for (const duty of catalogue.duties)
      for (const month of duty.dueMonths) expect(months[month - 1]!.duties).toContain(duty);
  });

  it('puts the annual work plan in March and the quarterly party report in every quarter', () => {
    const months = monthsOfYear(catalogue);
    const ids = (m: number) => months[m - 1]!.duties.map((d) => d.id);
    expect(ids(3)).toContain('art04-annual-work-plan');
    for (const m of [3, 6, 9, 12]) expect(ids(m)).toContain('art22-party-reports');
    for (const m of [1, 2, 4, 5, 7, 8, 10, 11]) expect(ids(m)).not.toContain('art22-party-reports');
  });

  it('keeps event-driven duties apart', () => {
    const events = eventDrivenDuties(catalogue);
    expect(events.map((d) => d.id)).toContain('law-suggestion-answer-deadline');
    expect(events.every((d) => d.dueMonths.length === 0)).toBe(true);
  });
});

describe('buildIcs', () => {
  it('is a calendar of CRLF lines no longer than 75 octets', () => {
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of ics.split('\r\n'))
      expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
  });

  it('has one recurring event per dated duty, on the last day of its months', () => {
    const dated = catalogue.duties.filter((d) => d.dueMonths.length > 0);
    expect(unfolded.match(/BEGIN:VEVENT/g)).toHaveLength(dated.length);
    expect(unfolded).toContain('UID:art22-party-reports@xiangxiang-township-congress');
    expect(unfolded).toMatch(
      /UID:art22-party-reports@[^\r]+\r\nDTSTAMP:20250328T000000Z\r\nDTSTART;VALUE=DATE:20250331\r\nDURATION:P1D\r\nRRULE:FREQ=YEARLY;BYMONTH=3,6,9,12;BYMONTHDAY=-1/,
    );
  });

  it('carries the Chinese titles intact', () => {
    expect(unfolded).toContain('SUMMARY:【到期】主席团制定闭会期间年度工作要点');
  });
});

describe('foldIcsLine', () => {
  it('never splits a multi-byte character', () => {
    const folded = foldIcsLine(`SUMMARY:${'人大'.repeat(40)}`);
    const lines = folded.split('\r\n ');
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join('')).toBe(`SUMMARY:${'人大'.repeat(40)}`);
    for (const line of lines) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(74 + 1);
  });
});

describe('escapeIcsText', () => {
  it.each([
    ['a,b', 'a\\,b'],
    ['a;b', 'a\\;b'],
    ['a\\b', 'a\\\\b'],
    ['a\nb', 'a\\nb'],
  ])('escapes %j', (input, expected) => expect(escapeIcsText(input)).toBe(expected));
});
