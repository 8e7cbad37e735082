// The township settings these pages read, with the catalogue's defaults passed in by the page (the
// catalogue itself stays out of the browser bundle).
import type { Setting } from '../../schemas/duty';
import type { Settings } from '../settings/schema';
import { SATISFACTION_RULES, type SatisfactionRule } from '../workflows/satisfaction';

/** The part of a catalogue setting a page needs: its key, label, unit and default. */
export type SettingInfo = Pick<Setting, 'key' | 'label' | 'unit' | 'default'>;

/** The township's value of a setting, else the catalogue's default. */
export function settingOrDefault(
  settings: Pick<Settings, 'values'> | undefined,
  setting: Pick<SettingInfo, 'key' | 'default'>,
): number | string {
  return settings?.values[setting.key] ?? setting.default;
}

/** A whole-number setting (a count of days or people); the default when the stored value is not one. */
export function countSetting(
  settings: Pick<Settings, 'values'> | undefined,
  setting: Pick<SettingInfo, 'key' | 'default'>,
): number {
  const value = Number(settingOrDefault(settings, setting));
  return Number.isInteger(value) && value >= 0 ? value : Number(setting.default);
}

const isSatisfactionRule = (value: string): value is SatisfactionRule =>
  Object.hasOwn(SATISFACTION_RULES, value);

/** The satisfaction rule setting; `atLeastHalf` when the stored value is not a known rule. */
export function satisfactionRuleSetting(
  settings: Pick<Settings, 'values'> | undefined,
  setting: Pick<SettingInfo, 'key' | 'default'> | undefined,
): SatisfactionRule {
  const value = setting ? String(settingOrDefault(settings, setting)) : '';
  return isSatisfactionRule(value) ? value : 'atLeastHalf';
}
