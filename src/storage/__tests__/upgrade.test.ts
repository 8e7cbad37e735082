// A ledger written by the first shipped schema version opens with today's code and loses nothing:
// every record, the settings, the bookkeeping and the attachment bytes come back unchanged.
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { generateDemo } from '../../domain/demo/generate';
import { LEDGER_SCHEMA, LedgerDb, STORAGE_SCHEMA_VERSION, recordTable } from '../db';
import { getSettings } from '../ledger';
import { discardPreUpgradeCopy, preUpgradeCopy, restorePreUpgradeCopy } from '../pre-upgrade';
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

  it('keeps a restorable copy of the version 1 ledger, taken before the upgrade', async () => {
    const data = await writeWithFirstVersion();
    const db = new LedgerDb(NAME);
    await db.open();
    const records = v1Tables.reduce((sum, t) => sum + data[t].length, 0);
    expect(await preUpgradeCopy(db)).toMatchObject({
      fromVersion: 1,
      toVersion: STORAGE_SCHEMA_VERSION,
      records,
    });

    // The upgraded ledger is then changed (as a faulty upgrade might have): the copy undoes it.
    const deputy = data.deputies[0]!;
    await db.deputies.put({ ...deputy, name: '改错的名字' });
    await db.activities.clear();
    await db.settings.put({ ...(await getSettings(db)), userName: '别人' });
    expect(await restorePreUpgradeCopy(db)).toEqual({ ok: true });
    const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
    for (const table of v1Tables)
      expect([...(await recordTable(db, table).toArray())].sort(byId), table).toEqual(
        [...data[table]].sort(byId),
      );
    expect((await getSettings(db)).userName).toBe('刘专干');
    expect(await preUpgradeCopy(db)).toBeUndefined();
    db.close();
  });

  it('keeps no copy for a new ledger or one already at the current version', async () => {
    const fresh = new LedgerDb(NAME);
    await fresh.open();
    expect(await preUpgradeCopy(fresh)).toBeUndefined();
    fresh.close();

    await Dexie.delete(NAME);
    await writeWithFirstVersion();
    const first = new LedgerDb(NAME);
    await first.open();
    const copy = await preUpgradeCopy(first);
    expect(copy).toBeDefined();
    expect(await discardPreUpgradeCopy(first)).toEqual({ ok: true });
    first.close();
    const again = new LedgerDb(NAME);
    await again.open();
    expect(await preUpgradeCopy(again)).toBeUndefined();
    expect(await again.meta.where('key').startsWith('preUpgradeCopy').count()).toBe(0);
    again.close();
  });
});
