import { describe, expect, it } from 'vitest';
import { formatProblemLines, parseProblemLines, visitProblemsStatus } from '../visit-problems';

describe('parseProblemLines', () => {
  it('reads content, unit and both dates, skipping blank lines and leaving out what is not done', () => {
    const result = parseProblemLines(
      '村道缺少护栏|镇交通站|2025/5/20|2025年7月1日\n\n垃圾转运不及时|镇生态环境办\n路灯损坏||2025-06-01',
    );
    expect(result).toEqual({
      ok: true,
      problems: [
        {
          description: '村道缺少护栏',
          forwardedTo: '镇交通站',
          forwardedOn: '2025-05-20',
          fedBackOn: '2025-07-01',
        },
        { description: '垃圾转运不及时', forwardedTo: '镇生态环境办' },
        { description: '路灯损坏', forwardedOn: '2025-06-01' },
      ],
    });
    if (result.ok) expect(parseProblemLines(formatProblemLines(result.problems))).toEqual(result);
  });

  it.each([
    ['|镇交通站', '第1行缺少问题内容'],
    ['村道|镇交通站|2025-02-30', '不是实际存在的日期'],
    ['村道|镇交通站|五月', '无法识别'],
    ['村道|镇交通站||2025-07-01', '有反馈日期却没有转交日期'],
    ['村道|镇交通站|2025-07-02|2025-07-01', '反馈日期早于转交日期'],
    ['村道|a|2025-07-01|2025-07-02|多余', '“|”太多'],
  ])('refuses %s', (text, message) => {
    const result = parseProblemLines(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toContain(message);
  });
});

describe('visitProblemsStatus', () => {
  const done = { description: '村道', forwardedOn: '2025-05-20', fedBackOn: '2025-07-01' };
  it.each([
    [[], '2025-06-01', undefined, '未记录收集的问题'],
    [[done], '2025-12-31', true, '问题已转交并反馈 1/1'],
    [[{ description: '村道', forwardedOn: '2025-05-20' }], '2025-08-08', true, '问题已转交并反馈 0/1'],
    [[{ description: '村道', forwardedOn: '2025-05-20' }], '2025-08-09', false, '（超过90天）'],
    [[{ ...done, fedBackOn: '2025-08-09' }], '2025-12-31', false, '（超过90天）'],
  ])('%j as of %s', (problems, asOf, ok, text) => {
    const status = visitProblemsStatus(problems, '2025-05-10', asOf, 90);
    expect(status.ok).toBe(ok);
    expect(status.text).toContain(text);
  });
});
