import { describe, expect, it } from 'vitest';
import { formatVoteLines, parseVoteLines } from '../votes';

describe('parseVoteLines', () => {
  it.each([
    ['关于政府工作报告的决议 43 1 1', { subject: '关于政府工作报告的决议', yes: 43, no: 1, abstain: 1 }],
    ['  关于预算的决议\t50  0  2 ', { subject: '关于预算的决议', yes: 50, no: 0, abstain: 2 }],
    ['关于预算的决议　４３　１　０', { subject: '关于预算的决议', yes: 43, no: 1, abstain: 0 }],
    ['关于预算的决议 43票 1票 0票', { subject: '关于预算的决议', yes: 43, no: 1, abstain: 0 }],
    ['关于预算的决议，43，1，0', { subject: '关于预算的决议', yes: 43, no: 1, abstain: 0 }],
    [
      '关于2025年 预算调整方案的决议 40 2 3',
      { subject: '关于2025年 预算调整方案的决议', yes: 40, no: 2, abstain: 3 },
    ],
  ])('reads %j', (line, vote) => expect(parseVoteLines(line)).toEqual({ ok: true, votes: [vote] }));

  it('reads several lines and skips blank ones', () => {
    expect(parseVoteLines('甲 1 2 3\n\n乙 4 5 6\n')).toEqual({
      ok: true,
      votes: [
        { subject: '甲', yes: 1, no: 2, abstain: 3 },
        { subject: '乙', yes: 4, no: 5, abstain: 6 },
      ],
    });
    expect(parseVoteLines(['甲 1 2 3'])).toMatchObject({ ok: true, votes: [{ subject: '甲' }] });
    expect(parseVoteLines('')).toEqual({ ok: true, votes: [] });
  });

  it.each([
    ['关于预算的决议 43 1', 'malformed', 1],
    ['关于预算的决议', 'malformed', 1],
    ['关于预算的决议 四十三 1 1', 'malformed', 1],
    ['关于预算的决议 43 -1 1', 'malformed', 1],
    ['甲 1 2 3\n\n43 1 1', 'missing-subject', 3],
    [`${'长'.repeat(101)} 1 1 1`, 'subject-too-long', 1],
  ])('refuses %j (%s, line %i)', (text, reason, line) => {
    expect(parseVoteLines(text)).toMatchObject({ ok: false, reason, line });
  });

  it('says in Chinese which line is wrong and how it should read', () => {
    const result = parseVoteLines('甲 1 2 3\n乙 四 5 6');
    expect(result).toEqual({
      ok: false,
      reason: 'malformed',
      line: 2,
      message:
        '第2行格式不对：应为“事项 赞成 反对 弃权”，各项之间用空格隔开，如“关于政府工作报告的决议 43 1 1”',
    });
    expect(parseVoteLines('43 1 1')).toMatchObject({ message: '第1行缺少表决事项，应写在三个票数前面' });
  });

  it('refuses votes that add up to more than the deputies present', () => {
    expect(parseVoteLines('甲 40 3 2', 45)).toMatchObject({ ok: true });
    expect(parseVoteLines('甲 40 3 3', 45)).toEqual({
      ok: false,
      reason: 'over-present',
      line: 1,
      message: '第1行赞成、反对、弃权共46票，多于出席代表数45人',
    });
  });
});

describe('formatVoteLines', () => {
  it('writes votes back as lines that parse to the same votes', () => {
    const votes = [
      { subject: '关于政府工作报告的决议', yes: 43, no: 1, abstain: 1 },
      { subject: '关于 预算的决议', yes: 44, no: 0, abstain: 1 },
    ];
    const lines = formatVoteLines(votes);
    expect(lines).toEqual(['关于政府工作报告的决议 43 1 1', '关于 预算的决议 44 0 1']);
    expect(parseVoteLines(lines)).toEqual({ ok: true, votes });
  });
});
