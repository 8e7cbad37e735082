import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { exportChangeLog } from '../change-log';
import { readCurrentUser, saveCurrentUser } from '../current-user';
import { openLedgerDb, type LedgerDb } from '../db';
import { saveSettings } from '../ledger';
import { repository } from '../repository';
import { deputy } from './helpers';

/** A localStorage stand-in (Node has none without a flag). */
class MemoryStorage {
  private readonly items = new Map<string, string>();
  getItem = (key: string) => this.items.get(key) ?? null;
  setItem = (key: string, value: string) => void this.items.set(key, value);
  removeItem = (key: string) => void this.items.delete(key);
}

let db: LedgerDb;
let name: string;
beforeEach(() => {
  vi.stubGlobal('localStorage', new MemoryStorage());
  name = `test-${crypto.randomUUID()}`;
  db = openLedgerDb(name);
});
afterEach(async () => {
  vi.unstubAllGlobals();
  await db.delete();
});

describe('the current user (当前使用者) in the change log', () => {
  it('is kept per browser and per ledger, trimmed, and forgotten when emptied', () => {
    expect(readCurrentUser(name)).toBe('');
    expect(saveCurrentUser('  刘敏 ', name)).toBe(true);
    expect(readCurrentUser(name)).toBe('刘敏');
    expect(readCurrentUser('another-ledger')).toBe('');
    saveCurrentUser('', name);
    expect(readCurrentUser(name)).toBe('');
  });

  it('is written into every entry, changes with the choice, and falls back to the settings name', async () => {
    await saveSettings(db, { userName: '设置中的姓名' });
    const deputies = repository(db, 'deputies');
    await deputies.put(deputy({ name: '甲' }));
    saveCurrentUser('刘敏', name);
    await deputies.put(deputy({ name: '乙' }));
    saveCurrentUser('王秀英', name);
    await deputies.put(deputy({ name: '丙' }));
    const log = await exportChangeLog(db);
    expect(log.map((e) => [e.label, e.user])).toEqual([
      ['设置', ''],
      ['甲', '设置中的姓名'],
      ['乙', '刘敏'],
      ['丙', '王秀英'],
    ]);
  });
});
