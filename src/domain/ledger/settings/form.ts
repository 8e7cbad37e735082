// 设置: the settings form as pure functions — each catalogue setting read from what was typed
// (integer ≥ 1, a month-day that exists every year, one of the choices) with a Chinese message
// when it cannot be, and the township's stored values built from the form.
import { daysInMonth } from '../../dates';
import type { Setting } from '../../schemas/duty';
import type { Settings } from './schema';

/** A setting's stored value. */
export type SettingValue = number | string;

/** The outcome of reading one typed value. */
export type SettingParse = { ok: true; value: SettingValue } | { ok: false; message: string };

/** The form's text for a stored (or default) value. */
export function settingText(setting: Setting, value: SettingValue | undefined): string {
  return String(value ?? setting.default);
}

/** Reads one typed value of a catalogue setting, by its type. */
export function parseSettingValue(setting: Setting, raw: string): SettingParse {
  const text = raw.trim();
  const fail = (message: string): SettingParse => ({ ok: false, message });
  if (text === '') return fail(`请填写${setting.label}`);
  switch (setting.type) {
    case 'integer': {
      if (!/^[-+]?\d+$/.test(text)) return fail(`${setting.label}应为整数`);
      const value = Number(text);
      if (value < 1) return fail(`${setting.label}至少为1${setting.unit}`);
      if (!Number.isSafeInteger(value)) return fail(`${setting.label}数字过大`);
      return { ok: true, value };
    }
    case 'monthDay': {
      const match = /^(\d{1,2})-(\d{1,2})$/.exec(text);
      if (!match) return fail('请按“月-日”填写，如 03-31');
      const month = Number(match[1]);
      const day = Number(match[2]);
      if (month < 1 || month > 12) return fail('月份应为1到12');
      // A year's deadline must exist every year: 29 February does not.
      if (month === 2 && day === 29) return fail('2月29日不是每年都有，请改为2月28日或其他日期');
      if (day < 1 || day > daysInMonth(2001, month)) return fail(`${month}月没有${day}日`);
      return { ok: true, value: `${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` };
    }
    case 'ratio': {
      if (!/^\d+(\.\d+)?$/.test(text)) return fail(`${setting.label}应为0到1之间的小数`);
      const value = Number(text);
      if (value <= 0 || value > 1) return fail(`${setting.label}应大于0且不超过1`);
      return { ok: true, value };
    }
    case 'choice':
      return setting.choices.some((c) => c.value === text)
        ? { ok: true, value: text }
        : fail(`请从列表中选择${setting.label}`);
  }
}

/** A stored value as read by people: `30天`, `3月31日`, a choice's label. */
export function formatSettingValue(setting: Setting, value: SettingValue | undefined): string {
  const v = value ?? setting.default;
  if (setting.type === 'choice') return setting.choices.find((c) => c.value === v)?.label ?? String(v);
  if (setting.type === 'monthDay') {
    const match = /^(\d{2})-(\d{2})$/.exec(String(v));
    return match ? `${Number(match[1])}月${Number(match[2])}日` : String(v);
  }
  return `${v}${setting.unit}`;
}

/** The form's texts: one per setting, the stored value or the default. */
export function settingsFormValues(
  settings: readonly Setting[],
  values: Settings['values'],
): Record<string, string> {
  return Object.fromEntries(settings.map((s) => [s.key, settingText(s, values[s.key])]));
}

/**
 * The township's values from the form: every setting must read; a value equal to the default is
 * left out, so that the setting follows the catalogue's default. Keys the catalogue does not know
 * (from a newer or older version) are kept as they were.
 */
export function settingsValuesFromForm(
  settings: readonly Setting[],
  form: Readonly<Record<string, string>>,
  current: Settings['values'],
): { ok: true; values: Settings['values'] } | { ok: false; issues: Record<string, string> } {
  const issues: Record<string, string> = {};
  const known = new Set(settings.map((s) => s.key));
  const values: Settings['values'] = Object.fromEntries(
    Object.entries(current).filter(([key]) => !known.has(key)),
  );
  for (const setting of settings) {
    const parsed = parseSettingValue(
      setting,
      form[setting.key] ?? settingText(setting, current[setting.key]),
    );
    if (!parsed.ok) issues[setting.key] = parsed.message;
    else if (parsed.value !== setting.default) values[setting.key] = parsed.value;
  }
  return Object.keys(issues).length > 0 ? { ok: false, issues } : { ok: true, values };
}

/** The user's own fields of the settings. */
export interface UserFields {
  userName: string;
  backupReminderDays: number;
}

/** The longest user name the change log keeps. */
export const USER_NAME_MAX = 40;
/** Bounds of the backup reminder, in days. */
export const BACKUP_REMINDER_DAYS = { min: 1, max: 365 } as const;

/** Reads the user's name and the backup reminder from the form. */
export function parseUserFields(form: {
  userName: string;
  backupReminderDays: string;
}): { ok: true; value: UserFields } | { ok: false; issues: Record<string, string> } {
  const issues: Record<string, string> = {};
  const userName = form.userName.trim();
  if (userName.length > USER_NAME_MAX) issues['userName'] = `姓名不能超过${USER_NAME_MAX}个字`;
  const days = form.backupReminderDays.trim();
  const { min, max } = BACKUP_REMINDER_DAYS;
  if (!/^\d+$/.test(days) || Number(days) < min || Number(days) > max)
    issues['backupReminderDays'] = `备份提醒间隔应为${min}到${max}之间的整数（天）`;
  return Object.keys(issues).length > 0
    ? { ok: false, issues }
    : { ok: true, value: { userName, backupReminderDays: Number(days) } };
}
