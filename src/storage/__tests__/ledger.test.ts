import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { LedgerDb } from '../db';
import {
  PRE_IMPORT_BACKUP_KEY,
  READ_PAGE_SIZE,
  REPLACE_CHUNK_SIZE,
  clearAll,
  counts,
  exportAll,
  getSettings,
  isDemoLedger,
  readTable,
  replaceAll,
  saveSettings,
  type ReplaceProgress,
} from '../ledger';
import { T0, activity, deputy, freshDb, ledger, quotaError, township } from './helpers';

let db: LedgerDb;
beforeEach(() => {
  db = freshDb();
});
afterEach(async () => {
  vi.restoreAllMocks();
  await db.delete();
});

/** A small ledger that is already in the database before each replace. */
async function seedPrevious() {
  const previous = ledger({ township: [township()], deputies: [deputy({ name: '旧代表' })] });
  const result = await replaceAll(db, previous);
  expect(result.ok).toBe(true);
  return previous;
}

describe('replaceAll', () => {
  it('replaces every table and reports the counts', async () => {
    await seedPrevious();
    const next = ledger({
      township: [township({ isDemo: true })],
      deputies: [deputy(), deputy({ name: '李四' })],
      activities: [activity()],
    });
    const result = await replaceAll(db, next);
    expect(result).toMatchObject({ ok: true, counts: { township: 1, deputies: 2, activities: 1, terms: 0 } });
    // Exports list records in primary-key order.
    const sorted = <R extends { id: string }>(rows: R[]) => [...rows].sort((a, b) => (a.id < b.id ? -1 : 1));
    expect(await exportAll(db)).toEqual({ ...next, deputies: sorted(next.deputies) });
  });

  it('refuses the whole ledger when one record is invalid, and keeps the previous data', async () => {
    const previous = await seedPrevious();
    const bad = activity({ date: '2025-02-30' });
    const result = await replaceAll(
      db,
      ledger({ deputies: [deputy(), deputy()], activities: [activity(), activity(), bad] }),
    );
    expect(result).toMatchObject({ ok: false, reason: 'invalid', table: 'activities', index: 2 });
    expect(result).toHaveProperty('issues.date');
    if (result.ok) return;
    expect(result.message).toMatch(/^活动第3条记录有误：.*没有导入任何数据，已保存的数据没有改变。$/);
    expect(await exportAll(db)).toEqual(previous);
  });

  it('refuses a repeated id within a table', async () => {
    const one = deputy();
    const result = await replaceAll(db, ledger({ deputies: [one, deputy(), { ...one, name: '重复' }] }));
    expect(result).toMatchObject({
      ok: false,
      reason: 'invalid',
      table: 'deputies',
      index: 2,
      issues: { id: '编号重复' },
    });
    expect(await db.deputies.count()).toBe(0);
  });

  it('rolls everything back when the storage fails part-way (all-or-nothing)', async () => {
    const previous = await seedPrevious();
    // Deputies and many activities are written before the last table fails with a full disk.
    vi.spyOn(db.attachments, 'bulkPut').mockRejectedValue(quotaError());
    const result = await replaceAll(
      db,
      ledger({
        township: [township({ name: '示例镇' })],
        deputies: [deputy(), deputy()],
        activities: Array.from({ length: 2500 }, () => activity()),
        attachments: [
          {
            id: crypto.randomUUID(),
            createdAt: T0,
            updatedAt: T0,
            ownerTable: 'activities',
            ownerId: crypto.randomUUID(),
            fileName: '签到表.pdf',
            mediaType: 'application/pdf',
            size: 1024,
            sha256: 'a'.repeat(64),
          },
        ],
      }),
    );
    expect(result).toMatchObject({ ok: false, reason: 'quota' });
    if (result.ok) return;
    expect(result.message).toContain('已保存的数据没有改变');
    vi.restoreAllMocks();
    expect(await exportAll(db)).toEqual(previous);
  });

  it('reports progress after each chunk, ending at the total', async () => {
    const progress: ReplaceProgress[] = [];
    const deputies = Array.from({ length: 10 }, () => deputy());
    const activities = Array.from({ length: 2 * REPLACE_CHUNK_SIZE + 500 }, () => activity());
    const result = await replaceAll(db, ledger({ deputies, activities }), {
      onProgress: (p) => progress.push(p),
    });
    expect(result.ok).toBe(true);
    const total = deputies.length + activities.length;
    expect(progress).toEqual([
      { table: 'deputies', written: 10, total },
      { table: 'activities', written: 10 + REPLACE_CHUNK_SIZE, total },
      { table: 'activities', written: 10 + 2 * REPLACE_CHUNK_SIZE, total },
      { table: 'activities', written: total, total },
    ]);
    expect(await db.activities.count()).toBe(activities.length);
  });

  it('keeps only the bytes of attachments in the new data', async () => {
    const attachment = {
      id: crypto.randomUUID(),
      createdAt: T0,
      updatedAt: T0,
      ownerTable: 'activities' as const,
      ownerId: crypto.randomUUID(),
      fileName: '照片.jpg',
      mediaType: 'image/jpeg' as const,
      size: 5,
      sha256: 'b'.repeat(64),
    };
    await db.blobs.put({ id: 'stale', blob: new Blob(['old']) });
    const blobs = new Map([
      [attachment.id, new Blob(['hello'])],
      ['orphan', new Blob(['x'])],
    ]);
    expect((await replaceAll(db, ledger({ attachments: [attachment] }), { blobs })).ok).toBe(true);
    expect(await db.blobs.toCollection().primaryKeys()).toEqual([attachment.id]);
    expect(await (await db.blobs.get(attachment.id))!.blob.text()).toBe('hello');
  });
});

describe('readTable', () => {
  it('tells its sink each page in key order as it is read, then the whole table', async () => {
    const activities = Array.from({ length: 2 * READ_PAGE_SIZE + 500 }, () => activity());
    expect((await replaceAll(db, ledger({ township: [township()], activities }))).ok).toBe(true);
    const told: string[] = [];
    const pages: unknown[][] = [];
    let whole: readonly unknown[] | undefined;
    const rows = await db.transaction('r', db.activities, db.deputies, async () => {
      const sink = {
        rows: (table: string, page: readonly unknown[]) => {
          told.push(`${table} ${page.length}`);
          pages.push([...page]);
        },
        end: (table: string, all: readonly unknown[]) => {
          told.push(`${table} end ${all.length}`);
          whole = all;
        },
      };
      const empty = await readTable(db, 'deputies', sink);
      expect(empty).toEqual([]);
      return readTable(db, 'activities', sink);
    });
    expect(told).toEqual([
      'deputies end 0',
      `activities ${READ_PAGE_SIZE}`,
      `activities ${READ_PAGE_SIZE}`,
      'activities 500',
      `activities end ${activities.length}`,
    ]);
    // The sink was told the very array returned, and the pages make it up in order.
    expect(whole).toBe(rows);
    expect(pages.flat()).toEqual(rows);
    expect(rows.map((r) => r.id)).toEqual(activities.map((a) => a.id).sort());
  });
});

describe('clearAll, counts, isDemoLedger', () => {
  it('clears records and bytes but keeps settings', async () => {
    await replaceAll(
      db,
      ledger({ township: [township({ isDemo: true })], activities: [activity(), activity()] }),
    );
    await db.blobs.put({ id: 'x', blob: new Blob(['x']) });
    await saveSettings(db, { userName: '刘专干' });
    expect(await isDemoLedger(db)).toBe(true);
    expect(await counts(db)).toMatchObject({ township: 1, activities: 2, deputies: 0 });

    expect(await clearAll(db)).toEqual({ ok: true });
    expect(Object.values(await counts(db)).every((n) => n === 0)).toBe(true);
    expect(await db.blobs.count()).toBe(0);
    expect(await isDemoLedger(db)).toBe(false);
    expect((await getSettings(db)).userName).toBe('刘专干');
  });

  it('drops the undo copy of the last import, so it cannot bring the cleared ledger back', async () => {
    await db.meta.put({ key: PRE_IMPORT_BACKUP_KEY, value: { at: T0 } });
    await db.meta.put({ key: 'lastVerifiedExport', value: { at: T0 } });
    expect(await clearAll(db)).toEqual({ ok: true });
    expect(await db.meta.get(PRE_IMPORT_BACKUP_KEY)).toBeUndefined();
    expect(await db.meta.get('lastVerifiedExport')).toBeDefined();
  });
});

describe('settings', () => {
  it('returns the defaults when none were saved', async () => {
    expect(await getSettings(db)).toEqual({
      id: 'settings',
      values: {},
      pointsTables: [],
      userName: '',
      backupReminderDays: 7,
      updatedAt: '1970-01-01T00:00:00.000Z',
    });
  });

  it('saves the given fields over the current ones, stamped', async () => {
    const now = () => new Date('2025-04-01T00:00:00.000Z');
    await saveSettings(db, { userName: '刘专干' }, { now });
    const result = await saveSettings(db, { backupReminderDays: 14, values: { minSessions: 2 } }, { now });
    expect(result).toMatchObject({
      ok: true,
      record: {
        userName: '刘专干',
        backupReminderDays: 14,
        values: { minSessions: 2 },
        updatedAt: '2025-04-01T00:00:00.000Z',
      },
    });
    expect(await getSettings(db)).toEqual(result.ok && result.record);
  });

  it('refuses invalid settings and keeps the saved ones', async () => {
    await saveSettings(db, { userName: '刘专干' });
    const result = await saveSettings(db, { backupReminderDays: 0 });
    expect(result).toMatchObject({ ok: false, reason: 'invalid' });
    expect(result).toHaveProperty('issues.backupReminderDays');
    if (result.ok) return;
    expect(result.message).toMatch(/^设置未保存：/);
    expect((await getSettings(db)).backupReminderDays).toBe(7);
  });
});
