import { describe, expect, it } from 'vitest';
import { catalogue } from '../../catalogue';
import { defaultProfile, parseSettingsProfile, settingDifferences } from '../profile';

describe('settingDifferences', () => {
  const profile = defaultProfile(catalogue).values;

  it('finds nothing for a township without settings of its own or with the defaults', () => {
    expect(settingDifferences(undefined, profile, catalogue)).toEqual([]);
    expect(settingDifferences({ values: { suggestionAnswerMonths: 3 } }, profile, catalogue)).toEqual([]);
  });

  it('lists each differing setting with both values as text', () => {
    expect(
      settingDifferences(
        { values: { suggestionAnswerMonths: 6, livelihoodPassRule: 'majorityOfPresent' } },
        profile,
        catalogue,
      ),
    ).toEqual([
      { key: 'suggestionAnswerMonths', label: '代表建议答复期限', own: '6 个月', profile: '3 个月' },
      {
        key: 'livelihoodPassRule',
        label: '民生实事票决通过规则',
        own: '超过出席代表的半数',
        profile: '超过全体代表的半数',
      },
    ]);
  });
});

describe('parseSettingsProfile', () => {
  it('reads a ledger settings file and a plain object, filling the rest with defaults', () => {
    for (const text of [
      '{"values":{"suggestionAnswerMonths":2},"userName":"x"}',
      '{"suggestionAnswerMonths":2}',
    ]) {
      const read = parseSettingsProfile(text, '市设置.json', catalogue);
      expect(read.ok).toBe(true);
      if (read.ok) {
        expect(read.profile.name).toBe('市设置.json');
        expect(read.profile.values['suggestionAnswerMonths']).toBe(2);
        expect(read.profile.values['annualPlanDueDate']).toBe('03-31');
      }
    }
  });

  it.each([
    ['not json', '市设置.json 不是有效的 JSON 文件。'],
    ['[1]', '市设置.json 应为一个 JSON 对象。'],
    ['{"nope":1}', '市设置.json 有误：没有名为“nope”的设置。'],
    ['{"suggestionAnswerMonths":-1}', '市设置.json 有误：“代表建议答复期限”应为非负整数。'],
    ['{"annualPlanDueDate":"3月31日"}', '市设置.json 有误：“年度工作要点通过期限”应为“月-日”，如 03-31。'],
    [
      '{"livelihoodPassRule":"all"}',
      '市设置.json 有误：“民生实事票决通过规则”应为 majorityOfAll、majorityOfPresent 之一。',
    ],
  ])('refuses %s in Chinese', (text, message) => {
    expect(parseSettingsProfile(text, '市设置.json', catalogue)).toEqual({ ok: false, message });
  });
});
