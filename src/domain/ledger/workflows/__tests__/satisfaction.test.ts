import { describe, expect, it } from 'vitest';
import { SATISFACTION_GRADES, satisfactionGrade, type SatisfactionRule } from '../satisfaction';

describe('satisfactionGrade', () => {
  // entitled, satisfied, basic, grade under 'atLeastHalf', grade under 'moreThanHalf'
  it.each([
    [40, 30, 6, 'satisfied', 'satisfied'],
    [40, 20, 0, 'satisfied', 'unsatisfied'], // exactly half: the two rules part here
    [40, 20, 1, 'satisfied', 'basic'],
    [40, 21, 0, 'satisfied', 'satisfied'],
    [40, 19, 1, 'basic', 'unsatisfied'], // satisfied + basic exactly half
    [40, 19, 2, 'basic', 'basic'],
    [40, 10, 9, 'unsatisfied', 'unsatisfied'],
    [41, 20, 0, 'unsatisfied', 'unsatisfied'], // 20 of 41 is under half
    [41, 21, 0, 'satisfied', 'satisfied'],
    [50, 0, 25, 'basic', 'unsatisfied'],
    [50, 0, 0, 'unsatisfied', 'unsatisfied'],
    [1, 1, 0, 'satisfied', 'satisfied'],
  ] as [number, number, number, string, string][])(
    '%i entitled, %i 满意, %i 基本满意: %s / %s',
    (entitled, satisfied, basic, atLeastHalf, moreThanHalf) => {
      const test = { entitled, satisfied, basic };
      const grades: Record<SatisfactionRule, string> = { atLeastHalf, moreThanHalf };
      for (const rule of ['atLeastHalf', 'moreThanHalf'] as const)
        expect(satisfactionGrade(test, rule)).toBe(grades[rule]);
    },
  );

  it('uses "at least half" by default, as the catalogue setting does', () => {
    expect(satisfactionGrade({ entitled: 40, satisfied: 20, basic: 0 })).toBe('satisfied');
  });

  it('gives no grade when nobody was entitled to vote', () => {
    expect(satisfactionGrade({ entitled: 0, satisfied: 0, basic: 0 })).toBeUndefined();
  });

  it('names the grades in Chinese', () => {
    expect(SATISFACTION_GRADES).toEqual({ satisfied: '满意', basic: '基本满意', unsatisfied: '不满意' });
  });
});
