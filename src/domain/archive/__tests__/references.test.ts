// The reference table derived from the schemas' idRef marks (issue 13.1), and the published JSON
// Schema files (13.7): every id field is marked, the references are there, the files in
// docs/archive-schema/ are what the schemas give today.
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { IdSchema, RECORD_TABLES } from '../../ledger';
import { archiveSchemaFiles } from '../json-schema';
import { REFERENCES, findMissingReference, findMissingReferencePaced } from '../references';

const rule = (r: { from: string; field: string; to: string }) => `${r.from}.${r.field} → ${r.to}`;

describe('REFERENCES, derived from the schemas', () => {
  it('finds the same missing reference paced as at once, pausing on a large table', async () => {
    const { validInput } = await import('../../../../tests/fixtures/make-hostile-archives');
    const { data } = await validInput();
    const activity = data.activities[0]!;
    const many = Array.from({ length: 5000 }, (_, i) => ({
      ...activity,
      id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    }));
    const broken = {
      ...data,
      activities: [...many, { ...activity, stationId: IdSchema.parse(many[0]!.id) }],
    };
    let turns = 0;
    const paced = await findMissingReferencePaced(broken, async () => void turns++);
    expect(paced).toEqual(findMissingReference(broken));
    expect(paced).toMatchObject({ table: 'activities', field: 'stationId', missingId: many[0]!.id });
    expect(turns).toBeGreaterThan(1);
    expect(await findMissingReferencePaced(data, async () => undefined)).toBeUndefined();
  });

  it('holds the references the format promises, including nested and officer ones', () => {
    const all = REFERENCES.map(rule);
    for (const expected of [
      'officers.deputyId → deputies',
      'presidiumMembers.deputyId → deputies',
      'sessions.absences[].deputyId → deputies',
      'suggestions.leadOfficerId → officers',
      'suggestions.supervisorOfficerId → officers',
      'activities.reportedToSessionId → sessions',
      'snapshots.period.termId → terms',
      'inspectionProblems.inspectionId → activities',
      'activities.deputyIds[] → deputies',
    ])
      expect(all).toContain(expected);
    expect(REFERENCES.find((r) => r.field === 'inspectionId')?.kinds).toEqual(['lawInspection']);
  });

  it('leaves no id field unmarked (a plain IdSchema other than `id` and attachments.ownerId)', () => {
    const unmarked: string[] = [];
    const walk = (schema: unknown, path: string): void => {
      if (schema === IdSchema) {
        if (path !== 'id') unmarked.push(path);
        return;
      }
      const def = (schema as { _zod: { def: Record<string, unknown> & { type: string } } })._zod.def;
      if (def.type === 'object')
        for (const [k, v] of Object.entries(def['shape'] as Record<string, unknown>))
          walk(v, path ? `${path}.${k}` : k);
      else if (def.type === 'array') walk(def['element'], `${path}[]`);
      else if (['optional', 'nullable', 'default', 'prefault', 'readonly', 'catch'].includes(def.type))
        walk(def['innerType'], path);
      else if (def.type === 'pipe') walk(def['in'], path);
      else if (def.type === 'union') for (const o of def['options'] as unknown[]) walk(o, path);
    };
    for (const [table, { schema }] of Object.entries(RECORD_TABLES)) {
      const before = unmarked.length;
      walk(schema, '');
      for (let i = before; i < unmarked.length; i++) unmarked[i] = `${table}.${unmarked[i]}`;
    }
    expect(unmarked.filter((f) => f !== 'attachments.ownerId')).toEqual([]);
  });
});

describe('published JSON Schemas (docs/archive-schema/)', () => {
  it('are what the schemas give today (run `npm run ledger -- schemas docs/archive-schema`)', async () => {
    const dir = join(__dirname, '../../../../docs/archive-schema');
    const files = archiveSchemaFiles();
    expect((await readdir(dir)).sort()).toEqual([...files.keys()].sort());
    // Compared as JSON: the files are formatted by Prettier like the rest of the repository.
    for (const [name, text] of files)
      expect(JSON.parse(await readFile(join(dir, name), 'utf8')), name).toEqual(JSON.parse(text));
  });

  it('mark reference fields with x-references', () => {
    const activities = archiveSchemaFiles().get('activities.schema.json')!;
    expect(activities).toContain('"x-references": "deputies"');
    expect(archiveSchemaFiles().get('inspectionProblems.schema.json')).toContain('"x-reference-kinds"');
  });
});

describe('credentials committees of older archives', () => {
  it('get their ids from their names on reading', async () => {
    const { validInput } = await import('../../../../tests/fixtures/make-hostile-archives');
    const { readArchive } = await import('../read');
    const { writeArchive } = await import('../write');
    const input = await validInput();
    const named = input.data.credentialsCommittees.map((c) => {
      const { chairId: _c, viceChairId: _v, ...rest } = c;
      return { ...rest, memberIds: [] };
    });
    const read = await readArchive(
      await writeArchive({ ...input, data: { ...input.data, credentialsCommittees: named } }),
    );
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    const original = input.data.credentialsCommittees[0]!;
    expect(read.archive.data.credentialsCommittees[0]).toMatchObject({
      chairId: original.chairId,
      viceChairId: original.viceChairId,
      memberIds: original.memberIds,
    });
  });
});
