// The opinions deputies raise on a special report (第九条(三)), typed as one line each:
// `意见内容|答复日期`, the date left out while the opinion is unanswered. Parsing is strict about
// dates (a wrong answer date would silently change whether the duty is met) and lenient about how
// staff write them (2025/8/20, 2025.8.20 and 2025年8月20日 are all read as 2025-08-20).
import { isIsoDate, isoDate } from '../../dates';
import type { z } from 'zod';
import type { OpinionSchema } from '../activities/schema';

/** One opinion as stored: its text and, once answered, the answer date. */
export type Opinion = z.output<typeof OpinionSchema>;

/** The longest opinion text the schema accepts. */
export const OPINION_MAX_LENGTH = 500;

/** The result of reading the lines: the opinions, or the first line that cannot be read and why. */
export type OpinionLinesResult =
  | { ok: true; opinions: Opinion[] }
  | { ok: false; /** 1-based line number in the text. */ line: number; message: string };

/** Both the ASCII bar and the full-width one a Chinese input method types. */
const SEPARATORS = ['|', '｜'];
const LOOSE_DATE = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/;

/** The ISO date of a date as staff write it, or why it is not one (not a date form, or no such day). */
export function readLooseDate(text: string): { iso: string } | { error: 'format' | 'calendar' } {
  const match = LOOSE_DATE.exec(text.trim());
  if (!match) return { error: 'format' };
  const iso = isoDate(Number(match[1]), Number(match[2]), Number(match[3]));
  return isIsoDate(iso) ? { iso } : { error: 'calendar' };
}

/** Splits a line at its last separator: the text before, the date after (undefined without one). */
function splitLine(line: string): { text: string; date: string | undefined } {
  const at = Math.max(...SEPARATORS.map((s) => line.lastIndexOf(s)));
  if (at < 0) return { text: line.trim(), date: undefined };
  return { text: line.slice(0, at).trim(), date: line.slice(at + 1).trim() };
}

/**
 * Reads the opinions typed one per line as `意见内容|答复日期`; blank lines are skipped, a missing
 * or empty date means not yet answered. The first line that cannot be read is reported with its
 * line number and a Chinese sentence that says how to write it.
 */
export function parseOpinionLines(text: string): OpinionLinesResult {
  const opinions: Opinion[] = [];
  const lines = text.split(/\r?\n/);
  for (const [index, raw] of lines.entries()) {
    const line = index + 1;
    if (raw.trim() === '') continue;
    const { text: opinion, date } = splitLine(raw);
    if (opinion === '') return { ok: false, line, message: `第${line}行缺少意见内容（“|”前面的部分）` };
    if (opinion.length > OPINION_MAX_LENGTH)
      return { ok: false, line, message: `第${line}行的意见内容超过${OPINION_MAX_LENGTH}个字` };
    if (!date) {
      opinions.push({ text: opinion });
      continue;
    }
    const read = readLooseDate(date);
    if ('error' in read)
      return {
        ok: false,
        line,
        message:
          read.error === 'calendar'
            ? `第${line}行的答复日期“${date}”不是实际存在的日期，请检查月份和日子`
            : `第${line}行的答复日期“${date}”无法识别，请写成“2025-08-20”这样的年-月-日；尚未答复的不写日期`,
      };
    opinions.push({ text: opinion, answeredOn: read.iso });
  }
  return { ok: true, opinions };
}

/** The lines for editing stored opinions: the reverse of {@link parseOpinionLines}. */
export function formatOpinionLines(opinions: readonly Opinion[]): string {
  return opinions.map((o) => (o.answeredOn ? `${o.text}|${o.answeredOn}` : o.text)).join('\n');
}

/** How many of a report's opinions have an answer date. */
export function countAnswered(opinions: readonly Opinion[]): { answered: number; total: number } {
  return { answered: opinions.filter((o) => o.answeredOn !== undefined).length, total: opinions.length };
}

/**
 * The list's words for the answers: `意见已答复 2/3`; `ok` when every opinion is answered, and
 * undefined when no opinion is recorded (there is nothing to answer).
 */
export function opinionsStatus(opinions: readonly Opinion[]): { ok: boolean | undefined; text: string } {
  const { answered, total } = countAnswered(opinions);
  if (total === 0) return { ok: undefined, text: '未记录代表意见' };
  return { ok: answered === total, text: `意见已答复 ${answered}/${total}` };
}
