import { describe, expect, it } from 'vitest';
import { ACTIVITY_KINDS, ActivitySchema } from '../../activities/schema';
import { activity, satisfactionTest, uuid } from '../../__tests__/builders';
import { appraisalStatus, fiscalVisitStatus, isSupervisionKind, SUPERVISION_KINDS } from '../activity-status';

const make = (o: Record<string, unknown>) => ActivitySchema.parse(activity(o));

describe('SUPERVISION_KINDS', () => {
  it('are the kinds of 第八条至第十二条, each with a Chinese name', () => {
    expect(SUPERVISION_KINDS.map((k) => ACTIVITY_KINDS[k])).toEqual([
      '执法检查',
      '听取专项工作报告',
      '视察',
      '调研',
      '工作评议',
      '财政资金项目视察',
      '预算初步审查',
      '听取选民对预算草案的意见',
    ]);
    expect(isSupervisionKind('research')).toBe(true);
    expect(isSupervisionKind('training')).toBe(false);
  });
});

describe('appraisalStatus', () => {
  it.each([
    ['not reported', {}, 'atLeastHalf', { ok: false, parts: ['未报党委'] }],
    [
      'reported to the party committee and a session, with a test',
      { reportedToPartyOn: '2025-06-01', reportedToSessionId: uuid(30), test: satisfactionTest() },
      'atLeastHalf',
      { ok: true, parts: ['已报党委（2025年6月1日）', '已向人代会报告', '测评满意'] },
    ],
    [
      'a test exactly at half, under the stricter rule',
      { test: satisfactionTest({ entitled: 40, satisfied: 20, basic: 0, unsatisfied: 20 }) },
      'moreThanHalf',
      { ok: false, parts: ['未报党委', '测评不满意'] },
    ],
  ] as const)('%s', (_, o, rule, expected) =>
    expect(appraisalStatus(make({ kind: 'appraisal', ...o }), rule)).toEqual(expected),
  );
});

describe('fiscalVisitStatus', () => {
  it.each([
    [true, '白果村机耕道硬化', { ok: true, parts: ['闭会期间', '白果村机耕道硬化'] }],
    [false, undefined, { ok: false, parts: ['会议期间'] }],
  ])('outside session %s', (outsideSession, title, expected) =>
    expect(fiscalVisitStatus(make({ kind: 'fiscalProjectVisit', outsideSession }), title)).toEqual(expected),
  );
});
