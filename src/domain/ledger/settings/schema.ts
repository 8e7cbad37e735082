import { z } from 'zod';
import type { Catalogue } from '../../schemas/duty';
import { TimestampSchema } from '../field-schemas';

/** One row of the 履职积分 table: points for one kind of record. */
export const PointsRuleSchema = z.object({
  /** Stable key of what earns the points (`sessionAttended`, `suggestion`, `activity:stationReception`). */
  key: z.string().min(1),
  label: z.string().min(1),
  /** Points per occurrence; negative for deductions. */
  points: z.number().min(-100).max(100),
});

/** A version of the points table; points are always computed with the version in force on the record's date. */
export const PointsTableSchema = z.object({
  version: z.number().int().min(1),
  /** From which date this version applies. */
  from: z.iso.date(),
  rules: z.array(PointsRuleSchema),
  /**
   * The day the township adopted this version (第十五条第（一）项 积分制); absent for a version only
   * saved, and in settings saved before catalogue 1.1. The tool's default table counts as the
   * township's scheme only once a version carries this date.
   */
  adoptedOn: z.iso.date({ message: '请填写有效日期（年-月-日）' }).optional(),
  /** The meeting or document that adopted it, as written (e.g. `主席团会议（2025年3月10日）`, a 文号). */
  adoptedBy: z.string().trim().max(100, { message: '通过的会议或文件不能超过100个字' }).optional(),
});

/** The township's settings: the catalogue's setting values, the points tables and the user's name. */
export const SettingsSchema = z.object({
  /** Always `settings`: one record per ledger. */
  id: z.literal('settings'),
  /** Values of the catalogue's settings, keyed by setting key; missing keys take the default. */
  values: z.record(z.string(), z.union([z.number(), z.string()])).default({}),
  /** Versions of the points table, oldest first. */
  pointsTables: z.array(PointsTableSchema).default([]),
  /** The name written into the change log for each write. */
  userName: z.string().trim().max(40).default(''),
  /** Remind to export when the last verified export is older than this many days. */
  backupReminderDays: z.number().int().min(1).max(365).default(7),
  updatedAt: TimestampSchema,
});

export type PointsRule = z.output<typeof PointsRuleSchema>;
export type PointsTable = z.output<typeof PointsTableSchema>;
export type Settings = z.output<typeof SettingsSchema>;

/** The value of a catalogue setting for this township: its own value, else the catalogue's default. */
export function settingValue(
  settings: Pick<Settings, 'values'> | undefined,
  catalogue: Catalogue,
  key: string,
) {
  const setting = catalogue.settings.find((s) => s.key === key);
  if (!setting) throw new Error(`unknown setting ${key}`);
  return settings?.values[key] ?? setting.default;
}
