import { describe, expect, it } from 'vitest';
import { countSetting, satisfactionRuleSetting, settingOrDefault } from '../settings';

const DAYS = { key: 'receptionDaysPerMonth', default: 1 };
const RULE = { key: 'satisfactionRule', default: 'atLeastHalf' };

describe('township settings of the activity pages', () => {
  it('take the township value when there is one, else the default', () => {
    expect(settingOrDefault(undefined, DAYS)).toBe(1);
    expect(settingOrDefault({ values: {} }, DAYS)).toBe(1);
    expect(settingOrDefault({ values: { receptionDaysPerMonth: 2 } }, DAYS)).toBe(2);
  });

  it.each([
    [{ receptionDaysPerMonth: 4 }, 4],
    [{ receptionDaysPerMonth: '3' }, 3],
    [{ receptionDaysPerMonth: -1 }, 1],
    [{ receptionDaysPerMonth: 'many' }, 1],
    [{ receptionDaysPerMonth: 1.5 }, 1],
  ] as [Record<string, number | string>, number][])('count setting %j → %i', (values, expected) => {
    expect(countSetting({ values }, DAYS)).toBe(expected);
  });

  it.each([
    [{}, 'atLeastHalf'],
    [{ satisfactionRule: 'moreThanHalf' }, 'moreThanHalf'],
    [{ satisfactionRule: 'toString' }, 'atLeastHalf'],
    [{ satisfactionRule: 7 }, 'atLeastHalf'],
  ] as [Record<string, number | string>, string][])('satisfaction rule %j → %s', (values, expected) => {
    expect(satisfactionRuleSetting({ values }, RULE)).toBe(expected);
  });

  it('falls back to "at least half" when the page knows no such setting', () => {
    expect(satisfactionRuleSetting({ values: { satisfactionRule: 'moreThanHalf' } }, undefined)).toBe(
      'atLeastHalf',
    );
  });
});
