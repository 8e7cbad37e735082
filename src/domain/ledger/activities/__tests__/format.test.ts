import { describe, expect, it } from 'vitest';
import { deputySummary, testSummary, UNKNOWN_DEPUTY } from '../format';

const NAMES = new Map([
  ['d1', '张三'],
  ['d2', '李四'],
  ['d3', '王五'],
  ['d4', '赵六'],
]);

describe('deputySummary', () => {
  it.each([
    [[], '无'],
    [['d1'], '1人：张三'],
    [['d1', 'd2'], '2人：张三、李四'],
    [['d1', 'd2', 'd3'], '3人：张三、李四、王五'],
    [['d1', 'd2', 'd3', 'd4'], '4人：张三、李四、王五等'],
    [['gone'], `1人：${UNKNOWN_DEPUTY}`],
  ] as [string[], string][])('%j → %s', (ids, expected) => {
    expect(deputySummary(ids, NAMES)).toBe(expected);
  });

  it('shows as many names as asked', () => {
    expect(deputySummary(['d1', 'd2'], NAMES, 1)).toBe('2人：张三等');
  });
});

describe('testSummary', () => {
  const test = { entitled: 40, satisfied: 20, basic: 10, unsatisfied: 5, abstain: 0, published: true };

  it('says when there is no test', () => {
    expect(testSummary(undefined, 'atLeastHalf')).toEqual({ grade: '未测评', publication: '' });
  });

  it('grades under the township rule and tells whether the result is public', () => {
    expect(testSummary(test, 'atLeastHalf')).toEqual({ grade: '满意', publication: '已公开' });
    expect(testSummary({ ...test, published: false }, 'moreThanHalf')).toEqual({
      grade: '基本满意',
      publication: '未公开',
    });
  });

  it('cannot grade a test nobody was entitled to vote in', () => {
    expect(
      testSummary({ ...test, entitled: 0, satisfied: 0, basic: 0, unsatisfied: 0 }, 'atLeastHalf').grade,
    ).toBe('无法评定');
  });
});
