// The problems deputies collect on a 视察 or 调研 (第十条第（三）项), typed one per line as
// `问题内容|转交单位|转交日期|反馈日期` (trailing parts left out while not done), and the list's
// words for how many were forwarded and fed back in time.
import { addDays, isAfter, type IsoDate } from '../../dates';
import type { VisitProblem } from '../activities/schema';
import { readLooseDate } from './opinions';

/** The longest problem text the schema accepts. */
export const VISIT_PROBLEM_MAX_LENGTH = 300;

/** The result of reading the lines: the problems, or the first line that cannot be read and why. */
export type ProblemLinesResult =
  | { ok: true; problems: VisitProblem[] }
  | { ok: false; /** 1-based line number in the text. */ line: number; message: string };

/**
 * Reads the problems typed one per line as `问题内容|转交单位|转交日期|反馈日期` (「｜」 too); the
 * unit and dates may be left out or empty. Dates are read as staff write them (2025/8/20 …). The
 * first line that cannot be read is reported with its number and how to write it.
 */
export function parseProblemLines(text: string): ProblemLinesResult {
  const problems: VisitProblem[] = [];
  for (const [index, raw] of text.split(/\r?\n/).entries()) {
    const line = index + 1;
    if (raw.trim() === '') continue;
    const [description = '', unit = '', forwarded = '', fedBack = '', ...extra] = raw
      .split(/[|｜]/)
      .map((part) => part.trim());
    if (!description) return { ok: false, line, message: `第${line}行缺少问题内容（第一个“|”前面的部分）` };
    if (description.length > VISIT_PROBLEM_MAX_LENGTH)
      return { ok: false, line, message: `第${line}行的问题内容超过${VISIT_PROBLEM_MAX_LENGTH}个字` };
    if (extra.some(Boolean))
      return {
        ok: false,
        line,
        message: `第${line}行的“|”太多：最多写“问题内容|转交单位|转交日期|反馈日期”四项`,
      };
    const dates: Partial<Record<'forwardedOn' | 'fedBackOn', IsoDate>> = {};
    for (const [key, label, value] of [
      ['forwardedOn', '转交日期', forwarded],
      ['fedBackOn', '反馈日期', fedBack],
    ] as const) {
      if (!value) continue;
      const read = readLooseDate(value);
      if ('error' in read)
        return {
          ok: false,
          line,
          message:
            read.error === 'calendar'
              ? `第${line}行的${label}“${value}”不是实际存在的日期，请检查月份和日子`
              : `第${line}行的${label}“${value}”无法识别，请写成“2025-08-20”这样的年-月-日`,
        };
      dates[key] = read.iso;
    }
    if (dates.fedBackOn && !dates.forwardedOn)
      return { ok: false, line, message: `第${line}行有反馈日期却没有转交日期，请先写转交日期` };
    if (dates.fedBackOn && dates.forwardedOn && isAfter(dates.forwardedOn, dates.fedBackOn))
      return { ok: false, line, message: `第${line}行的反馈日期早于转交日期` };
    problems.push({ description, ...(unit ? { forwardedTo: unit } : {}), ...dates });
  }
  return { ok: true, problems };
}

/** The lines for editing stored problems: the reverse of {@link parseProblemLines}. */
export function formatProblemLines(problems: readonly VisitProblem[]): string {
  return problems
    .map((p) =>
      [p.description, p.forwardedTo ?? '', p.forwardedOn ?? '', p.fedBackOn ?? '']
        .join('|')
        .replace(/\|+$/, ''),
    )
    .join('\n');
}

/**
 * The list's words for a visit's problems: `问题已反馈 2/3`; `ok` false when one is late or past
 * the window undone (`windowDays` after the visit), undefined when none is recorded.
 */
export function visitProblemsStatus(
  problems: readonly VisitProblem[] | undefined,
  visitDate: IsoDate,
  asOf: IsoDate,
  windowDays: number,
): { ok: boolean | undefined; text: string } {
  const list = problems ?? [];
  if (list.length === 0) return { ok: undefined, text: '未记录收集的问题' };
  const due = addDays(visitDate, windowDays);
  const done = list.filter((p) => p.forwardedOn && p.fedBackOn);
  const late = list.some(
    (p) =>
      (p.fedBackOn ? isAfter(p.fedBackOn, due) : isAfter(asOf, due)) ||
      (p.forwardedOn ? isAfter(p.forwardedOn, due) : isAfter(asOf, due)),
  );
  const text = `问题已转交并反馈 ${done.length}/${list.length}`;
  return {
    ok: !late && (done.length === list.length || !isAfter(asOf, due)),
    text: late ? `${text}（超过${windowDays}天）` : text,
  };
}
