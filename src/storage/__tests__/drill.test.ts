import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ReadArchive } from '../../domain/archive';
import { ledgerHash } from '../archive';
import { exportChangeLog } from '../change-log';
import { openLedgerDb } from '../db';
import { activeDrill, DRILL_DB_NAME, DRILL_READ_ONLY_MESSAGE, drillDb, endDrill, startDrill } from '../drill';
import { replaceAll, saveSettings } from '../ledger';
import { repository } from '../repository';
import { deputy, ledger, township } from './helpers';

/** A sessionStorage for Node, as the browser's tab has one. */
class MemoryStorage {
  private readonly items = new Map<string, string>();
  get length() {
    return this.items.size;
  }
  clear = () => this.items.clear();
  getItem = (key: string) => this.items.get(key) ?? null;
  key = (index: number) => [...this.items.keys()][index] ?? null;
  removeItem = (key: string) => void this.items.delete(key);
  setItem = (key: string, value: string) => void this.items.set(key, String(value));
}

beforeEach(() => {
  Object.defineProperty(globalThis, 'sessionStorage', { value: new MemoryStorage(), configurable: true });
});
afterEach(async () => {
  await endDrill();
});

/** An archive as readArchive returns it. */
function archiveOf(names: string[]): ReadArchive {
  const data = ledger({
    township: [township({ name: '壶天镇', townshipId: 'hutian' })],
    deputies: names.map((name) => deputy({ name })),
  });
  return {
    info: {
      townshipId: 'hutian',
      townshipName: '壶天镇',
      baggingDate: '2026-11-28',
      appVersion: 'test',
      formatVersion: 1,
      catalogueVersion: '1',
      counts: { township: 1, deputies: names.length },
      payloadOxum: '0.0',
      isDemo: false,
    },
    data,
    settings: undefined,
    blobs: new Map(),
  };
}

describe('restore drill', () => {
  it('opens an archive in a read-only drill database and discards it, leaving the ledger as it was', async () => {
    const real = openLedgerDb(`test-${crypto.randomUUID()}`);
    await replaceAll(real, ledger({ township: [township()], deputies: [deputy({ name: '本镇代表' })] }));
    await saveSettings(real, { userName: '李专干' });
    const before = await ledgerHash(real);
    const logBefore = await exportChangeLog(real);

    const started = await startDrill(archiveOf(['甲', '乙', '丙']), '壶天镇人大台账_2026-11-28.zip');
    expect(started.ok).toBe(true);
    expect(activeDrill()).toMatchObject({ townshipName: '壶天镇', baggingDate: '2026-11-28' });

    const drill = drillDb();
    expect(drill.name).toBe(DRILL_DB_NAME);
    expect((await drill.deputies.orderBy('name').toArray()).map((d) => d.name).sort()).toEqual([
      '丙',
      '乙',
      '甲',
    ]);

    // Every write is refused, with the drill's message, and changes nothing.
    const put = await repository(drill, 'deputies').put(deputy({ name: '丁' }));
    expect(put).toMatchObject({ ok: false, reason: 'readonly', message: DRILL_READ_ONLY_MESSAGE });
    const removed = await repository(drill, 'deputies').remove((await drill.deputies.toArray())[0]!.id);
    expect(removed).toMatchObject({ ok: false, reason: 'readonly' });
    expect(await saveSettings(drill, { userName: '别人' })).toMatchObject({ ok: false, reason: 'readonly' });
    expect(await drill.deputies.count()).toBe(3);

    await endDrill();
    expect(activeDrill()).toBeUndefined();
    expect(await Dexie.exists(DRILL_DB_NAME)).toBe(false);
    expect(await ledgerHash(real)).toBe(before);
    expect(await exportChangeLog(real)).toEqual(logBefore);
    await real.delete();
  });

  it('refuses an archive whose records do not pass their schemas, and starts no drill', async () => {
    const archive = archiveOf(['甲']);
    (archive.data.deputies[0] as { name: string }).name = '';
    const started = await startDrill(archive);
    expect(started).toMatchObject({ ok: false, reason: 'invalid' });
    expect(activeDrill()).toBeUndefined();
    expect(await Dexie.exists(DRILL_DB_NAME)).toBe(false);
  });

  it("carries the archive's change log into the drill", async () => {
    const source = openLedgerDb(`test-${crypto.randomUUID()}`);
    await repository(source, 'deputies').put(deputy({ name: '甲' }));
    const changeLog = await exportChangeLog(source);
    const started = await startDrill({ ...archiveOf(['甲']), changeLog });
    expect(started.ok).toBe(true);
    expect(await exportChangeLog(drillDb())).toEqual(changeLog);
    await source.delete();
  });
});
