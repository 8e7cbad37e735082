import { describe, expect, it } from 'vitest';
import { catalogue } from '../../../handbook';
import type { Setting } from '../../../schemas/duty';
import {
  formatSettingValue,
  parseSettingValue,
  parseUserFields,
  settingsFormValues,
  settingsValuesFromForm,
} from '../form';

const setting = (key: string): Setting => catalogue.settings.find((s) => s.key === key)!;
const interval = setting('presidiumIntervalMonths');
const dueDate = setting('annualPlanDueDate');
const passRule = setting('livelihoodPassRule');
const ratio: Setting = { ...interval, key: 'share', label: '比例', type: 'ratio', default: 0.5, unit: '' };

describe('parseSettingValue', () => {
  it.each([
    [interval, '4', { ok: true, value: 4 }],
    [interval, ' 12 ', { ok: true, value: 12 }],
    [interval, '1', { ok: true, value: 1 }],
    [interval, '0', { ok: false, message: '主席团会议最长间隔至少为1个月' }],
    [interval, '-3', { ok: false, message: '主席团会议最长间隔至少为1个月' }],
    [interval, '2.5', { ok: false, message: '主席团会议最长间隔应为整数' }],
    [interval, '三', { ok: false, message: '主席团会议最长间隔应为整数' }],
    [interval, '', { ok: false, message: '请填写主席团会议最长间隔' }],
    [interval, '99999999999999999999', { ok: false, message: '主席团会议最长间隔数字过大' }],
    [dueDate, '03-31', { ok: true, value: '03-31' }],
    [dueDate, '4-5', { ok: true, value: '04-05' }],
    [dueDate, '02-28', { ok: true, value: '02-28' }],
    [dueDate, '02-29', { ok: false, message: '2月29日不是每年都有，请改为2月28日或其他日期' }],
    [dueDate, '04-31', { ok: false, message: '4月没有31日' }],
    [dueDate, '13-01', { ok: false, message: '月份应为1到12' }],
    [dueDate, '00-10', { ok: false, message: '月份应为1到12' }],
    [dueDate, '03-00', { ok: false, message: '3月没有0日' }],
    [dueDate, '3月31日', { ok: false, message: '请按“月-日”填写，如 03-31' }],
    [passRule, 'majorityOfPresent', { ok: true, value: 'majorityOfPresent' }],
    [passRule, 'twoThirds', { ok: false, message: '请从列表中选择民生实事票决通过规则' }],
    [ratio, '0.6', { ok: true, value: 0.6 }],
    [ratio, '1', { ok: true, value: 1 }],
    [ratio, '0', { ok: false, message: '比例应大于0且不超过1' }],
    [ratio, '1.5', { ok: false, message: '比例应大于0且不超过1' }],
  ])('%#: %s “%s”', (s, raw, expected) => {
    expect(parseSettingValue(s, raw)).toEqual(expected);
  });
});

describe('formatSettingValue', () => {
  it.each([
    [interval, undefined, '3个月'],
    [interval, 4, '4个月'],
    [dueDate, '04-05', '4月5日'],
    [passRule, undefined, '超过全体代表的半数'],
  ])('%#', (s, value, text) => {
    expect(formatSettingValue(s, value)).toBe(text);
  });
});

describe('settingsValuesFromForm', () => {
  const settings = [interval, dueDate, passRule];

  it('fills the form with stored values, else the defaults', () => {
    expect(settingsFormValues(settings, { presidiumIntervalMonths: 4 })).toEqual({
      presidiumIntervalMonths: '4',
      annualPlanDueDate: '03-31',
      livelihoodPassRule: 'majorityOfAll',
    });
  });

  it('stores what differs from the default and keeps keys the catalogue does not know', () => {
    const form = {
      presidiumIntervalMonths: '4',
      annualPlanDueDate: '03-31',
      livelihoodPassRule: 'majorityOfAll',
    };
    expect(settingsValuesFromForm(settings, form, { annualPlanDueDate: '04-30', retired: 5 })).toEqual({
      ok: true,
      values: { presidiumIntervalMonths: 4, retired: 5 },
    });
  });

  it('gives a message per bad value and no values', () => {
    const form = {
      presidiumIntervalMonths: '0',
      annualPlanDueDate: '02-30',
      livelihoodPassRule: 'majorityOfAll',
    };
    expect(settingsValuesFromForm(settings, form, {})).toEqual({
      ok: false,
      issues: { presidiumIntervalMonths: '主席团会议最长间隔至少为1个月', annualPlanDueDate: '2月没有30日' },
    });
  });

  it('accepts every default of the catalogue', () => {
    const form = settingsFormValues(catalogue.settings, {});
    expect(settingsValuesFromForm(catalogue.settings, form, {})).toEqual({ ok: true, values: {} });
  });
});

describe('parseUserFields', () => {
  it.each([
    [
      { userName: ' 刘敏 ', backupReminderDays: '7' },
      { ok: true, value: { userName: '刘敏', backupReminderDays: 7 } },
    ],
    [
      { userName: '', backupReminderDays: '365' },
      { ok: true, value: { userName: '', backupReminderDays: 365 } },
    ],
    [
      { userName: '刘'.repeat(41), backupReminderDays: '0' },
      {
        ok: false,
        issues: {
          userName: '姓名不能超过40个字',
          backupReminderDays: '备份提醒间隔应为1到365之间的整数（天）',
        },
      },
    ],
    [
      { userName: '刘敏', backupReminderDays: '7.5' },
      { ok: false, issues: { backupReminderDays: '备份提醒间隔应为1到365之间的整数（天）' } },
    ],
  ])('%#', (form, expected) => {
    expect(parseUserFields(form)).toEqual(expected);
  });
});
