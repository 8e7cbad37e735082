// The settings profile under which the city compares townships (issue 15): one set of values for
// the catalogue's settings, the catalogue's defaults unless the city loads its own, so that a
// township that relaxed a setting does not rank higher for it. Pure: parsed, compared and described
// here; CityPage only draws.
import type { Catalogue, Setting } from '../schemas/duty';
import type { Settings } from '../ledger';

/** Values of the catalogue's settings by key (missing keys take the default). */
export type SettingValues = Readonly<Record<string, number | string>>;

/** A profile: the values and where they came from (`义务清单默认设置`, a file's name). */
export interface SettingsProfile {
  name: string;
  values: SettingValues;
}

/** The catalogue's defaults as a profile (every key set to its default). */
export function defaultProfile(catalogue: Catalogue): SettingsProfile {
  return {
    name: '义务清单默认设置',
    values: Object.fromEntries(catalogue.settings.map((s) => [s.key, s.default])),
  };
}

/** A setting whose value in a township differs from the profile's. */
export interface SettingDifference {
  key: string;
  label: string;
  /** The township's value as text (`45 天`). */
  own: string;
  /** The profile's value as text. */
  profile: string;
}

/** A setting's value as the page prints it: the choice's label, or the value with its unit. */
export function settingValueText(setting: Setting, value: number | string): string {
  if (setting.type === 'choice')
    return setting.choices.find((c) => c.value === value)?.label ?? String(value);
  if (setting.type === 'ratio' && typeof value === 'number') return `${Math.round(value * 1000) / 10}%`;
  return `${value}${setting.unit ? ` ${setting.unit}` : ''}`;
}

/** The settings in which a township's own values differ from the profile, in catalogue order. */
export function settingDifferences(
  own: Pick<Settings, 'values'> | undefined,
  profile: SettingValues,
  catalogue: Catalogue,
): SettingDifference[] {
  const differences: SettingDifference[] = [];
  for (const setting of catalogue.settings) {
    const ownValue = own?.values[setting.key] ?? setting.default;
    const profileValue = profile[setting.key] ?? setting.default;
    if (ownValue === profileValue) continue;
    differences.push({
      key: setting.key,
      label: setting.label,
      own: settingValueText(setting, ownValue),
      profile: settingValueText(setting, profileValue),
    });
  }
  return differences;
}

/** A profile read from a file, or why it could not be read (in Chinese). */
export type ProfileRead = { ok: true; profile: SettingsProfile } | { ok: false; message: string };

/** Checks one value against its setting's type; a Chinese message when it does not fit. */
function checkValue(setting: Setting, value: unknown): string | undefined {
  const where = `“${setting.label}”`;
  switch (setting.type) {
    case 'integer':
      return Number.isInteger(value) && (value as number) >= 0 ? undefined : `${where}应为非负整数`;
    case 'ratio':
      return typeof value === 'number' && value >= 0 && value <= 1
        ? undefined
        : `${where}应为 0 到 1 之间的小数`;
    case 'monthDay':
      return typeof value === 'string' && /^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/.test(value)
        ? undefined
        : `${where}应为“月-日”，如 03-31`;
    case 'choice':
      return setting.choices.some((c) => c.value === value)
        ? undefined
        : `${where}应为 ${setting.choices.map((c) => c.value).join('、')} 之一`;
  }
}

/**
 * Reads a settings profile from JSON text: either `{ "values": { key: value } }` (the shape of a
 * ledger's settings, `data/settings.json` in an archive) or a plain `{ key: value }` object. Every
 * key must be a catalogue setting and every value must fit its type; keys left out take the
 * catalogue's default.
 */
export function parseSettingsProfile(text: string, name: string, catalogue: Catalogue): ProfileRead {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, message: `${name} 不是有效的 JSON 文件。` };
  }
  const isObject = (v: unknown): v is Record<string, unknown> =>
    typeof v === 'object' && v !== null && !Array.isArray(v);
  if (!isObject(raw)) return { ok: false, message: `${name} 应为一个 JSON 对象。` };
  const values = isObject(raw['values']) ? raw['values'] : raw;
  const problems: string[] = [];
  const parsed: Record<string, number | string> = {};
  for (const [key, value] of Object.entries(values)) {
    const setting = catalogue.settings.find((s) => s.key === key);
    if (!setting) {
      if (values === raw) problems.push(`没有名为“${key}”的设置`);
      continue;
    }
    const problem = checkValue(setting, value);
    if (problem) problems.push(problem);
    else parsed[key] = value as number | string;
  }
  if (problems.length > 0) return { ok: false, message: `${name} 有误：${problems.join('；')}。` };
  return { ok: true, profile: { name, values: { ...defaultProfile(catalogue).values, ...parsed } } };
}
