import { describe, expect, it } from 'vitest';
import { LivelihoodProjectSchema } from '../../livelihood/schema';
import { livelihoodProject, satisfactionTest } from '../../__tests__/builders';
import { currentStage, stageProblems, votePassed, type VotePassRule } from '../livelihood';

const make = (o: Record<string, unknown> = {}) => LivelihoodProjectSchema.parse(livelihoodProject(o));

const TALLY = { inOffice: 70, yes: 60, no: 5, abstain: 3 };
// All five stages in order, the ballot and the acceptance test recorded.
const COMPLETE = {
  pointedOn: '2024-08-01',
  screenedOn: '2024-10-15',
  votedOn: '2024-12-20',
  tally: TALLY,
  publishedOn: '2025-01-05',
  acceptedOn: '2025-12-10',
  acceptance: satisfactionTest(),
};

describe('votePassed', () => {
  // inOffice, yes, no, abstain, under majorityOfAll, under majorityOfPresent
  it.each([
    [70, 60, 5, 3, true, true],
    [70, 36, 0, 0, true, true],
    [70, 35, 0, 0, false, true], // exactly half of all is not more than half
    [70, 35, 34, 0, false, true],
    [70, 30, 10, 5, false, true], // a majority of those voting, not of all deputies
    [70, 30, 20, 10, false, false], // 30 of 60 cast: exactly half
    [70, 30, 29, 0, false, true],
    [75, 38, 0, 0, true, true],
    [74, 37, 0, 0, false, true],
    [70, 0, 0, 0, false, false],
    [0, 0, 0, 0, false, false],
  ])('%i in office, %i yes, %i no, %i abstain: %s / %s', (inOffice, yes, no, abstain, ofAll, ofPresent) => {
    const tally = { inOffice, yes, no, abstain };
    const expected: Record<VotePassRule, boolean> = { majorityOfAll: ofAll, majorityOfPresent: ofPresent };
    for (const rule of ['majorityOfAll', 'majorityOfPresent'] as const)
      expect(votePassed(tally, rule)).toBe(expected[rule]);
  });

  it('takes a majority of all deputies by default (组织法 25)', () => {
    expect(votePassed({ inOffice: 70, yes: 30, no: 10, abstain: 5 })).toBe(false);
  });
});

describe('currentStage', () => {
  it.each([
    [{}, undefined],
    [{ pointedOn: '2024-08-01' }, 'pointedOn'],
    [{ pointedOn: '2024-08-01', screenedOn: '2024-10-15' }, 'screenedOn'],
    [{ pointedOn: '2024-08-01', votedOn: '2024-12-20' }, 'votedOn'],
    [{ publishedOn: '2025-01-05' }, 'publishedOn'],
    [COMPLETE, 'acceptedOn'],
  ])('of %j is %s', (o, stage) => expect(currentStage(make(o))).toBe(stage));
});

describe('stageProblems', () => {
  it.each([
    ['nothing recorded', {}, []],
    ['the first stages only', { pointedOn: '2024-08-01', screenedOn: '2024-10-15' }, []],
    ['all five in order', COMPLETE, []],
    ['two stages on the same day', { pointedOn: '2024-08-01', screenedOn: '2024-08-01' }, []],
    [
      '论证 dated before 点单',
      { pointedOn: '2024-08-01', screenedOn: '2024-07-15' },
      [
        {
          stage: 'screenedOn',
          message: '「论证议单」的日期（2024年7月15日）早于「群众点单」的日期（2024年8月1日）',
        },
      ],
    ],
    [
      '晒单 dated before 票决, compared with the latest earlier stage',
      { ...COMPLETE, publishedOn: '2024-12-01' },
      [
        {
          stage: 'publishedOn',
          message: '「公开晒单」的日期（2024年12月1日）早于「票决定单」的日期（2024年12月20日）',
        },
      ],
    ],
    [
      'one early date compared with the latest before it, not with its neighbour',
      { ...COMPLETE, screenedOn: '2025-02-01' },
      [
        {
          stage: 'votedOn',
          message: '「票决定单」的日期（2024年12月20日）早于「论证议单」的日期（2025年2月1日）',
        },
        {
          stage: 'publishedOn',
          message: '「公开晒单」的日期（2025年1月5日）早于「论证议单」的日期（2025年2月1日）',
        },
      ],
    ],
    [
      '票决 recorded while 点单 and 论证 are missing',
      { votedOn: '2024-12-20', tally: TALLY },
      [
        { stage: 'pointedOn', message: '缺少「群众点单」的日期，但后面的「票决定单」已经记录' },
        { stage: 'screenedOn', message: '缺少「论证议单」的日期，但后面的「票决定单」已经记录' },
      ],
    ],
    [
      'a ballot without its tally',
      { pointedOn: '2024-08-01', screenedOn: '2024-10-15', votedOn: '2024-12-20' },
      [{ stage: 'votedOn', message: '已记录「票决定单」，但没有记录表决票数' }],
    ],
    [
      'more votes than deputies',
      { ...COMPLETE, tally: { inOffice: 70, yes: 60, no: 10, abstain: 3 } },
      [{ stage: 'votedOn', message: '赞成、反对、弃权票数之和多于在任代表数' }],
    ],
    [
      'an acceptance without its test, listed after the earlier stage problems',
      { ...COMPLETE, screenedOn: undefined, acceptance: undefined },
      [
        { stage: 'screenedOn', message: '缺少「论证议单」的日期，但后面的「验收评单」已经记录' },
        { stage: 'acceptedOn', message: '已记录「验收评单」，但没有记录满意度测评结果' },
      ],
    ],
  ])('%s', (_, o, problems) => expect(stageProblems(make(o))).toEqual(problems));
});
