import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import { READ_ONLY_MESSAGE } from '../../domain/safety';
import { exportLedger, lastVerifiedExport } from '../archive';
import { LedgerDb, STORAGE_SCHEMA_VERSION, openLedgerDb } from '../db';
import { isReadOnlyError, storageFailure } from '../errors';
import { checkIndexedDb, readBrowserStorage, readLedgerHealth, requestPersistence } from '../health';
import { saveSettings } from '../ledger';
import { readOnlyGuard } from '../read-only-guard';
import { repository } from '../repository';
import {
  WRITER_LOCK_NAME,
  createWriterLock,
  tabWriterLock,
  type WriterLock,
  type WriterState,
} from '../writer-lock';
import { catalogue } from '../../domain/catalogue';
import { deputy, township } from './helpers';

const dbs: LedgerDb[] = [];
const locks: WriterLock[] = [];
afterEach(async () => {
  for (const lock of locks.splice(0)) lock.release();
  for (const db of dbs.splice(0)) await db.delete();
});

/** A database with the read-only guard over a switch the test flips. */
function guardedDb(canWrite: { value: boolean }): LedgerDb {
  const db = new LedgerDb(`test-${crypto.randomUUID()}`).use(readOnlyGuard(() => canWrite.value));
  dbs.push(db);
  return db;
}

/** Resolves with the first state of `lock` that `predicate` accepts. */
function until(lock: WriterLock, predicate: (state: WriterState) => boolean): Promise<WriterState> {
  if (predicate(lock.state)) return Promise.resolve(lock.state);
  return new Promise((resolve) => {
    const stop = lock.subscribe((state) => {
      if (!predicate(state)) return;
      stop();
      resolve(state);
    });
  });
}

function lock(name: string) {
  const created = createWriterLock(navigator.locks, name);
  locks.push(created);
  return created;
}

describe('writer lock (Web Locks)', () => {
  it('makes the first tab the writer, the second a reader that takes over when the first closes', async () => {
    const name = `lock-${crypto.randomUUID()}`;
    const first = lock(name);
    const second = lock(name);
    expect(first.state).toBe('idle');
    first.claim();
    expect(await until(first, (s) => s !== 'pending')).toBe('writer');
    second.claim();
    expect(await until(second, (s) => s !== 'pending')).toBe('reader');
    expect(second.canWrite()).toBe(false);
    first.release();
    expect(await until(second, (s) => s === 'writer')).toBe('writer');
    expect(second.canWrite()).toBe(true);
  });

  it('writes, but says so, where the browser has no Web Locks', () => {
    const alone = createWriterLock(undefined, 'any');
    locks.push(alone);
    alone.claim();
    expect(alone.state).toBe('unsupported');
    expect(alone.canWrite()).toBe(true);
  });

  it('lets a tab that never claimed write (pages that only read never block a ledger tab)', () => {
    expect(lock(`lock-${crypto.randomUUID()}`).canWrite()).toBe(true);
  });
});

describe('read-only guard', () => {
  it('refuses every write of a reader with the read-only failure, and writes nothing', async () => {
    const canWrite = { value: true };
    const db = guardedDb(canWrite);
    const deputies = repository(db, 'deputies');
    const kept = await deputies.put(deputy({ name: '李四' }));
    expect(kept.ok).toBe(true);

    canWrite.value = false;
    const refused = await deputies.put(deputy({ name: '王五' }));
    expect(refused).toEqual({ ok: false, reason: 'readonly', message: READ_ONLY_MESSAGE });
    await expect(db.deputies.delete(kept.ok ? kept.record.id : '')).rejects.toSatisfy(isReadOnlyError);
    await expect(db.township.add(township())).rejects.toSatisfy(isReadOnlyError);
    const settings = await saveSettings(db, { backupReminderDays: 14 });
    expect(settings).toMatchObject({ ok: false, reason: 'readonly' });
    expect((await db.deputies.toArray()).map((d) => d.name)).toEqual(['李四']);
    expect(await db.settings.count()).toBe(0);

    canWrite.value = true;
    expect((await deputies.put(deputy({ name: '王五' }))).ok).toBe(true);
    expect(await db.deputies.count()).toBe(2);
  });

  it('still lets a reader record a verified export (meta is bookkeeping, not records)', async () => {
    const canWrite = { value: true };
    const db = guardedDb(canWrite);
    await db.township.add(township());
    canWrite.value = false;
    const result = await exportLedger(db, { catalogue, appVersion: 'test' });
    expect(result.ok).toBe(true);
    expect((await readLedgerHealth(db)).lastExport).toEqual(await lastVerifiedExport(db));
    expect((await readLedgerHealth(db)).lastExport?.at).toBe(result.ok ? result.verifiedAt : 'failed');
  });

  it('is wired into openLedgerDb over this tab’s writer lock', async () => {
    const holder = lock(WRITER_LOCK_NAME);
    holder.claim();
    await until(holder, (s) => s === 'writer');
    tabWriterLock.claim();
    try {
      await until(tabWriterLock, (s) => s === 'reader');
      const db = openLedgerDb(`test-${crypto.randomUUID()}`);
      dbs.push(db);
      expect(await repository(db, 'deputies').put(deputy())).toMatchObject({ reason: 'readonly' });
      holder.release();
      await until(tabWriterLock, (s) => s === 'writer');
      expect((await repository(db, 'deputies').put(deputy())).ok).toBe(true);
    } finally {
      tabWriterLock.release();
    }
  });

  it('maps a wrapped refusal to the read-only failure', () => {
    expect(storageFailure({ name: 'AbortError', inner: { name: 'ReadOnlyTabError' } }).reason).toBe(
      'readonly',
    );
    expect(storageFailure({ name: 'AbortError' }).reason).toBe('storage');
  });
});

describe('storage health', () => {
  it('reads a fresh ledger as never exported, with the default reminder and the schema version', async () => {
    const db = guardedDb({ value: true });
    expect(await readLedgerHealth(db)).toEqual({
      schemaVersion: STORAGE_SCHEMA_VERSION,
      lastExport: undefined,
      reminderDays: 7,
      ledger: 'empty',
      preUpgrade: undefined,
    });
    await saveSettings(db, { backupReminderDays: 30 });
    await db.township.add(township());
    // The setup alone has nothing to lose yet; the first real record makes the ledger worth a backup.
    expect(await readLedgerHealth(db)).toMatchObject({ reminderDays: 30, ledger: 'empty' });
    await db.deputies.add(deputy());
    expect(await readLedgerHealth(db)).toMatchObject({ reminderDays: 30, ledger: 'real' });
  });

  it('says honestly what the browser answered', async () => {
    expect(await readBrowserStorage(undefined)).toEqual({ persistence: 'unsupported' });
    const storage = {
      persisted: async () => false,
      persist: async () => true,
      estimate: async () => ({ usage: 10, quota: 100 }),
    };
    expect(await readBrowserStorage(storage)).toEqual({ persistence: 'denied', usage: 10, quota: 100 });
    expect(await requestPersistence(storage)).toBe('granted');
    expect(await requestPersistence({ persist: async () => false })).toBe('denied');
    expect(await requestPersistence({})).toBe('unsupported');
  });
});

describe('checkIndexedDb', () => {
  it('is ok where IndexedDB opens', async () => {
    expect(await checkIndexedDb(new IDBFactory())).toEqual({ diagnosis: 'ok' });
  });

  it('finds it missing where the API does not exist', async () => {
    expect(await checkIndexedDb(null)).toEqual({ diagnosis: 'missing' });
  });

  it('finds it blocked where opening throws, with the browser’s error name', async () => {
    const throwing = {
      open: () => {
        throw new DOMException('no', 'SecurityError');
      },
    } as unknown as IDBFactory;
    expect(await checkIndexedDb(throwing)).toEqual({ diagnosis: 'blocked', detail: 'SecurityError' });
  });

  it('finds it blocked where opening never answers', async () => {
    const silent = { open: () => ({}) } as unknown as IDBFactory;
    expect(await checkIndexedDb(silent, 10)).toEqual({ diagnosis: 'blocked', detail: '无响应' });
  });
});
