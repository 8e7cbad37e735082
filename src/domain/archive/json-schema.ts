// JSON Schemas of the archive's files, generated from the zod schemas: shown on the format page
// and published as files in docs/archive-schema/ (`npm run ledger -- schemas docs/archive-schema`;
// a test fails when the files are stale). An id field that refers to another table carries
// `"x-references": "<table>"` (and `"x-reference-kinds"`), from the same marks the reader checks.
import { z } from 'zod';
import { RECORD_TABLES, SettingsSchema, type RecordTable, RECORD_TABLE_NAMES } from '../ledger';
import { CatalogueSchema } from '../schemas/duty';
import { REFERENCES } from './references';

/** One JSON Schema per record table (each file `data/records/<table>.json` is an array of these). */
export function archiveJsonSchemas(): Record<RecordTable | 'settings', object> {
  const out: Record<string, object> = {};
  for (const [table, { schema }] of Object.entries(RECORD_TABLES))
    out[table] = z.toJSONSchema(schema, { io: 'output', unrepresentable: 'any' });
  out['settings'] = z.toJSONSchema(SettingsSchema, { io: 'output', unrepresentable: 'any' });
  return out as Record<RecordTable | 'settings', object>;
}

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/**
 * The published schema files, by file name: `<table>.schema.json` (the array a records file
 * holds), `settings.schema.json` (the settings or null), `catalogue.schema.json`, and
 * `references.json` (every `table.field → table` reference the reader checks).
 */
export function archiveSchemaFiles(): Map<string, string> {
  const files = new Map<string, string>();
  const schemas = archiveJsonSchemas();
  for (const table of RECORD_TABLE_NAMES) {
    const { $schema, ...item } = schemas[table] as { $schema?: string };
    files.set(
      `${table}.schema.json`,
      json({
        $schema,
        title: `data/records/${table}.json（${RECORD_TABLES[table].label}）`,
        type: 'array',
        items: item,
      }),
    );
  }
  const { $schema, ...settings } = schemas.settings as { $schema?: string };
  files.set(
    'settings.schema.json',
    json({ $schema, title: 'data/settings.json', anyOf: [{ type: 'null' }, settings] }),
  );
  files.set(
    'catalogue.schema.json',
    json({
      title: 'data/catalogue.json',
      ...z.toJSONSchema(CatalogueSchema, { io: 'input', unrepresentable: 'any' }),
    }),
  );
  files.set(
    'references.json',
    json([
      ...REFERENCES.map((r): Record<string, unknown> => ({
        from: r.from,
        field: r.field,
        to: r.to,
        ...(r.kinds ? { kinds: r.kinds } : {}),
      })),
      { from: 'attachments', field: 'ownerId', to: '<ownerTable>' },
    ]),
  );
  return files;
}
