// JSON Schemas of the archive's record files, generated from the zod schemas (shown on the format page).
import { z } from 'zod';
import { RECORD_TABLES, SettingsSchema, type RecordTable } from '../ledger';

/** One JSON Schema per record table (each file `data/<table>.json` is an array of these). */
export function archiveJsonSchemas(): Record<RecordTable | 'settings', object> {
  const out: Record<string, object> = {};
  for (const [table, { schema }] of Object.entries(RECORD_TABLES))
    out[table] = z.toJSONSchema(schema, { io: 'output', unrepresentable: 'any' });
  out['settings'] = z.toJSONSchema(SettingsSchema, { io: 'output', unrepresentable: 'any' });
  return out as Record<RecordTable | 'settings', object>;
}
