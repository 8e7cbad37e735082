// The annual work calendar: which duty falls due in which month, and the same as an iCalendar
// file (RFC 5545) that opens in Outlook, WPS, phone calendars and the like.
import { daysInMonth } from '../dates';
import type { Catalogue, Duty } from '../schemas/duty';

export interface CalendarMonth {
  /** 1–12. */
  month: number;
  duties: Duty[];
}

/** The twelve months with the duties due in each, in catalogue order. */
export function monthsOfYear(catalogue: Catalogue): CalendarMonth[] {
  return Array.from({ length: 12 }, (_, i) => ({
    month: i + 1,
    duties: catalogue.duties.filter((duty) => duty.dueMonths.includes(i + 1)),
  }));
}

/** Duties that fall due with an event (a session, a suggestion, a term) rather than on a date. */
export const eventDrivenDuties = (catalogue: Catalogue): Duty[] =>
  catalogue.duties.filter((duty) => duty.dueMonths.length === 0);

/** Escapes a TEXT value (RFC 5545 §3.3.11). */
export function escapeIcsText(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/**
 * Folds a content line so that no line is longer than 75 octets (RFC 5545 §3.1), never splitting
 * a UTF-8 character; continuation lines start with one space.
 */
export function foldIcsLine(line: string): string {
  const encoder = new TextEncoder();
  const out: string[] = [];
  let current = '';
  let size = 0;
  for (const char of line) {
    const bytes = encoder.encode(char).length;
    const limit = out.length === 0 ? 75 : 74; // continuation lines lose one octet to the space
    if (size + bytes > limit) {
      out.push(current);
      current = '';
      size = 0;
    }
    current += char;
    size += bytes;
  }
  out.push(current);
  return out.join('\r\n ');
}

const pad = (n: number) => String(n).padStart(2, '0');

export interface IcsOptions {
  /** The first year of the recurring events (the rules took effect in 2025). */
  firstYear: number;
  /** Absolute base of the site's links in descriptions, e.g. `http://localhost:4321`; empty for none. */
  siteUrl: string;
  /** Fixed DTSTAMP, so that the file is the same at every build. */
  stamp: string;
}

/**
 * One recurring all-day event per duty with due months, on the last day of each due month, with a
 * reminder seven days before. Event-driven duties have no date and are left out.
 */
export function buildIcs(catalogue: Catalogue, options: IcsOptions): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//xiangxiang-township-congress//handbook//ZH',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeIcsText('乡镇人大工作日历')}`,
    'X-WR-TIMEZONE:Asia/Shanghai',
  ];
  for (const duty of catalogue.duties) {
    if (duty.dueMonths.length === 0) continue;
    const months = [...duty.dueMonths].sort((a, b) => a - b);
    const first = months[0]!;
    const url = `${options.siteUrl}/duties/#${duty.id}`;
    lines.push(
      'BEGIN:VEVENT',
      `UID:${duty.id}@xiangxiang-township-congress`,
      `DTSTAMP:${options.stamp}`,
      `DTSTART;VALUE=DATE:${options.firstYear}${pad(first)}${pad(daysInMonth(options.firstYear, first))}`,
      'DURATION:P1D',
      `RRULE:FREQ=YEARLY;BYMONTH=${months.join(',')};BYMONTHDAY=-1`,
      `SUMMARY:${escapeIcsText(`【到期】${duty.title}`)}`,
      `DESCRIPTION:${escapeIcsText(`${duty.dueNote}。${duty.rule}\n依据：${duty.sourceLabel}${options.siteUrl ? `\n${url}` : ''}`)}`,
      'TRANSP:TRANSPARENT',
      'BEGIN:VALARM',
      'ACTION:DISPLAY',
      'TRIGGER:-P7D',
      `DESCRIPTION:${escapeIcsText(`7天后到期：${duty.title}`)}`,
      'END:VALARM',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldIcsLine).join('\r\n') + '\r\n';
}
