import { describe, expect, it } from 'vitest';
import { ActivitySchema } from '../../activities/schema';
import { activity } from '../../__tests__/builders';
import {
  countAnswered,
  formatOpinionLines,
  opinionsStatus,
  parseOpinionLines,
  readLooseDate,
} from '../opinions';

describe('parseOpinionLines', () => {
  it.each([
    ['nothing typed', '', []],
    ['an unanswered opinion without a bar', '加快村道硬化', [{ text: '加快村道硬化' }]],
    ['an unanswered opinion with an empty date', '加快村道硬化| ', [{ text: '加快村道硬化' }]],
    ['an answered opinion', '加快村道硬化|2025-08-20', [{ text: '加快村道硬化', answeredOn: '2025-08-20' }]],
    [
      'a full-width bar and spaces',
      '  完善农田水利设施 ｜ 2025-09-01 ',
      [{ text: '完善农田水利设施', answeredOn: '2025-09-01' }],
    ],
    [
      'dates as staff write them',
      '甲|2025/8/2\n乙|2025.10.3\n丙|2025年11月30日',
      [
        { text: '甲', answeredOn: '2025-08-02' },
        { text: '乙', answeredOn: '2025-10-03' },
        { text: '丙', answeredOn: '2025-11-30' },
      ],
    ],
    [
      'blank lines skipped',
      '甲\n\n   \r\n乙|2025-01-02',
      [{ text: '甲' }, { text: '乙', answeredOn: '2025-01-02' }],
    ],
    [
      'a bar inside the text: the last one splits',
      '甲|乙|2025-01-02',
      [{ text: '甲|乙', answeredOn: '2025-01-02' }],
    ],
  ])('%s', (_, text, opinions) => expect(parseOpinionLines(text)).toEqual({ ok: true, opinions }));

  it.each([
    [
      'a date that is not one',
      '甲\n乙|下周',
      2,
      '第2行的答复日期“下周”无法识别，请写成“2025-08-20”这样的年-月-日；尚未答复的不写日期',
    ],
    [
      'a day that does not exist',
      '甲|2025-02-30',
      1,
      '第1行的答复日期“2025-02-30”不是实际存在的日期，请检查月份和日子',
    ],
    ['month 13', '\n甲|2025-13-01', 2, '第2行的答复日期“2025-13-01”不是实际存在的日期，请检查月份和日子'],
    ['no text before the bar', '|2025-08-20', 1, '第1行缺少意见内容（“|”前面的部分）'],
    ['a text over 500 characters', `${'字'.repeat(501)}|2025-08-20`, 1, '第1行的意见内容超过500个字'],
  ])('refuses %s with the line and a Chinese message', (_, text, line, message) =>
    expect(parseOpinionLines(text)).toEqual({ ok: false, line, message }),
  );

  it('gives opinions the activity schema accepts', () => {
    const result = parseOpinionLines('加快村道硬化|2025-08-20\n完善农田水利设施');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const parsed = ActivitySchema.safeParse(activity({ kind: 'specialReport', opinions: result.opinions }));
    expect(parsed.success).toBe(true);
  });
});

describe('formatOpinionLines', () => {
  it('writes one line per opinion and reads back the same', () => {
    const opinions = [{ text: '甲', answeredOn: '2025-08-20' }, { text: '乙' }];
    const text = formatOpinionLines(opinions);
    expect(text).toBe('甲|2025-08-20\n乙');
    expect(parseOpinionLines(text)).toEqual({ ok: true, opinions });
  });
});

describe('readLooseDate', () => {
  it.each([
    ['2025-08-20', { iso: '2025-08-20' }],
    ['2024-2-29', { iso: '2024-02-29' }],
    ['2025-2-29', { error: 'calendar' }],
    ['20250820', { error: 'format' }],
    ['8月20日', { error: 'format' }],
  ])('%s', (text, expected) => expect(readLooseDate(text)).toEqual(expected));
});

describe('countAnswered and opinionsStatus', () => {
  it.each([
    [[], { answered: 0, total: 0 }, { ok: undefined, text: '未记录代表意见' }],
    [[{ text: '甲' }], { answered: 0, total: 1 }, { ok: false, text: '意见已答复 0/1' }],
    [
      [{ text: '甲', answeredOn: '2025-08-20' }, { text: '乙' }],
      { answered: 1, total: 2 },
      { ok: false, text: '意见已答复 1/2' },
    ],
    [
      [{ text: '甲', answeredOn: '2025-08-20' }],
      { answered: 1, total: 1 },
      { ok: true, text: '意见已答复 1/1' },
    ],
  ])('%j', (opinions, count, status) => {
    expect(countAnswered(opinions)).toEqual(count);
    expect(opinionsStatus(opinions)).toEqual(status);
  });
});
