// A ledger written by the first shipped schema version opens with today's code and loses nothing:
// every record, the settings, the bookkeeping and the attachment bytes come back unchanged.
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { generateDemo } from '../../domain/demo/generate';
import { LEDGER_SCHEMA, LedgerDb, STORAGE_SCHEMA_VERSION, recordTable } from '../db';
import { getSettings } from '../ledger';
import type { RecordTable } from '../../domain/ledger';

const NAME = `upgrade-${crypto.randomUUID()}`;
const FIRST = LEDGER_SCHEMA[0];

/** The record tables version 1 had. */
const v1Tables = Object.keys(FIRST.stores).filter(
  (t) => !['settings', 'blobs', 'meta'].includes(t),
) as RecordTable[];

/** Writes a small demo ledger with the version 1 schema only, as a browser of that time did. */
async function writeWithFirstVersion() {
  const data = generateDemo({ fromYear: 2024, toYear: 2025 });
  const old = new Dexie(NAME);
  old.version(FIRST.version).stores(FIRST.stores);
  await old.open();
  for (const table of v1Tables) await old.table(table).bulkPut(data[table]);
  await old.table('settings').put({
    id: 'settings',
    values: { presidiumIntervalMonths: 2 },
    pointsTables: [],
    userName: '刘专干',
    backupReminderDays: 10,
    updatedAt: '2025-06-01T08:00:00.000Z',
  });
  await old.table('meta').put({ key: 'lastVerifiedExport', value: { at: '2025-06-01T08:00:00.000Z' } });
  await old.table('blobs').put({ id: 'photo', blob: new Blob([new Uint8Array([137, 80, 78, 71])]) });
  expect(old.verno).toBe(1);
  old.close();
  return data;
}

describe('opening a version 1 ledger with the current schema', () => {
  afterEach(async () => {
    await Dexie.delete(NAME);
  });

  it('upgrades to the current version and keeps every record, setting, meta entry and file', async () => {
    const data = await writeWithFirstVersion();
    const db = new LedgerDb(NAME);
    await db.open();
    expect(db.verno).toBe(STORAGE_SCHEMA_VERSION);
    expect(STORAGE_SCHEMA_VERSION).toBeGreaterThan(1);

    for (const table of v1Tables) {
      const stored = await recordTable(db, table).toArray();
      const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
      expect([...stored].sort(byId), table).toEqual([...data[table]].sort(byId));
    }
    expect(await getSettings(db)).toMatchObject({
      values: { presidiumIntervalMonths: 2 },
      userName: '刘专干',
      backupReminderDays: 10,
    });
    expect(await db.meta.get('lastVerifiedExport')).toEqual({
      key: 'lastVerifiedExport',
      value: { at: '2025-06-01T08:00:00.000Z' },
    });
    const blob = await db.blobs.get('photo');
    expect(new Uint8Array(await blob!.blob.arrayBuffer())).toEqual(new Uint8Array([137, 80, 78, 71]));
    // The tables added since version 1 exist and start empty.
    expect(await db.snapshots.count()).toBe(0);
    db.close();
  });
});
