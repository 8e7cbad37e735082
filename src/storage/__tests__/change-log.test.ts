import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import {
  GENESIS_HASH,
  recordHash,
  verifyChain,
  WHOLE_TABLE,
  type ChangeLogEntry,
} from '../../domain/ledger/change-log';
import { suggestion } from '../../domain/ledger/__tests__/builders';
import { addAttachment } from '../attachments';
import { changeLogPage, exportChangeLog } from '../change-log';
import { openLedgerDb, type LedgerDb } from '../db';
import { clearAll, replaceAll, saveSettings } from '../ledger';
import { repository } from '../repository';
import { deputy, ledger, township } from './helpers';

const dbs: LedgerDb[] = [];
/** A logged database (as the app opens it), unique per test. */
function loggedDb(): LedgerDb {
  const db = openLedgerDb(`test-${crypto.randomUUID()}`);
  dbs.push(db);
  return db;
}
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete();
});

/** The log without the fields that vary from run to run. */
const shape = (entries: ChangeLogEntry[]) =>
  entries.map(({ seq, table, recordId, action, user }) => ({ seq, table, recordId, action, user }));

describe('change log: one entry per write', () => {
  it('logs a put, an edit, a remove and a restore with hashes of the record before and after', async () => {
    const db = loggedDb();
    await saveSettings(db, { userName: '李专干' });
    const deputies = repository(db, 'deputies');
    const created = await deputies.put(deputy({ name: '王五' }));
    if (!created.ok) throw new Error(created.message);
    const edited = await deputies.put({ ...created.record, name: '王五一' });
    if (!edited.ok) throw new Error(edited.message);
    const removed = await deputies.remove(created.record.id);
    if (!removed.ok || !removed.record) throw new Error('not removed');
    await deputies.restore(removed.record);

    const log = await exportChangeLog(db);
    const id = created.record.id;
    expect(shape(log)).toEqual([
      { seq: 1, table: 'settings', recordId: 'settings', action: 'create', user: '' },
      { seq: 2, table: 'deputies', recordId: id, action: 'create', user: '李专干' },
      { seq: 3, table: 'deputies', recordId: id, action: 'update', user: '李专干' },
      { seq: 4, table: 'deputies', recordId: id, action: 'delete', user: '李专干' },
      { seq: 5, table: 'deputies', recordId: id, action: 'restore', user: '李专干' },
    ]);
    const [, create, update, remove, restore] = log as [unknown, ...ChangeLogEntry[]];
    expect(create!.before).toBeUndefined();
    expect(create!.after).toBe(recordHash(created.record));
    expect(create!.label).toBe('王五');
    expect(update!.before).toBe(recordHash(created.record));
    expect(update!.after).toBe(recordHash(edited.record));
    expect(remove!.before).toBe(recordHash(edited.record));
    expect(remove!.after).toBeUndefined();
    expect(restore!.after).toBe(remove!.before);
    expect(log[0]!.prev).toBe(GENESIS_HASH);
    expect(verifyChain(log)).toEqual({ ok: true, count: 5, lastHash: log[4]!.hash });
  });

  it('appends nothing for a write refused as invalid', async () => {
    const db = loggedDb();
    const result = await repository(db, 'deputies').put({ name: '' });
    expect(result.ok).toBe(false);
    expect(await db.changeLog.count()).toBe(0);
  });

  it('appends nothing when the transaction rolls back', async () => {
    const db = loggedDb();
    await repository(db, 'deputies').put(deputy());
    await expect(
      db.transaction('rw', db.deputies, async () => {
        await db.deputies.put(deputy({ name: '回滚' }));
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');
    expect(await db.deputies.count()).toBe(1);
    expect(shape(await exportChangeLog(db)).map((e) => e.action)).toEqual(['create']);
  });

  it('logs nothing for a write that changes nothing', async () => {
    const db = loggedDb();
    const record = deputy();
    await db.deputies.put(record);
    await db.deputies.put({ ...record });
    expect(await db.changeLog.count()).toBe(1);
  });

  it('refuses writes to the log itself: it is append-only', async () => {
    const db = loggedDb();
    await repository(db, 'deputies').put(deputy());
    await expect(db.changeLog.clear()).rejects.toThrow('只能由台账自动追加');
    await expect(db.changeLog.update(1, { user: '别人' })).rejects.toThrow();
    expect(await db.changeLog.count()).toBe(1);
  });

  it('logs a file added to a record, and the record and its file deleted together', async () => {
    const db = loggedDb();
    const saved = await repository(db, 'suggestions').put(suggestion({ id: undefined }));
    if (!saved.ok) throw new Error(saved.message);
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3, 4]);
    const added = await addAttachment(
      db,
      { table: 'suggestions', id: saved.record.id },
      new File([png], '扫描件.png', { type: 'image/png' }),
    );
    expect(added.ok).toBe(true);
    await repository(db, 'suggestions').remove(saved.record.id);
    expect((await exportChangeLog(db)).map((e) => `${e.table}:${e.action}`)).toEqual([
      'suggestions:create',
      'attachments:create',
      'suggestions:delete',
      'attachments:delete',
    ]);
  });
});

describe('change log: whole-ledger loads and clears', () => {
  it('logs replaceAll of 10,000 records as one entry per table', async () => {
    const db = loggedDb();
    const many = Array.from({ length: 10_000 }, (_, i) => deputy({ name: `代表${i}` }));
    const result = await replaceAll(db, ledger({ township: [township()], deputies: many }));
    expect(result.ok).toBe(true);
    const log = await exportChangeLog(db);
    expect(shape(log)).toEqual([
      { seq: 1, table: 'township', recordId: WHOLE_TABLE, action: 'import', user: '' },
      { seq: 2, table: 'deputies', recordId: WHOLE_TABLE, action: 'import', user: '' },
    ]);
    expect(log[1]).toMatchObject({ count: 10_000, removed: 0 });
    expect(log[1]!.ids).toMatch(/^[0-9a-f]{64}$/);
    expect(verifyChain(log).ok).toBe(true);

    // Loading again over it: one entry per table again, counting what it replaced.
    await replaceAll(db, ledger({ township: [township()], deputies: many.slice(0, 3) }));
    const again = (await exportChangeLog(db)).slice(2);
    expect(again.map((e) => [e.table, e.action, e.count, e.removed])).toEqual([
      ['township', 'import', 1, 1],
      ['deputies', 'import', 3, 10_000],
    ]);
    expect(verifyChain(await exportChangeLog(db)).ok).toBe(true);
  }, 60_000);

  it('logs clearAll as one clear entry per table that had records', async () => {
    const db = loggedDb();
    await replaceAll(db, ledger({ township: [township()], deputies: [deputy(), deputy()] }));
    await clearAll(db);
    const log = await exportChangeLog(db);
    expect(log.slice(2).map((e) => [e.table, e.action, e.count, e.removed])).toEqual([
      ['township', 'clear', 0, 1],
      ['deputies', 'clear', 0, 2],
    ]);
    expect(verifyChain(log).ok).toBe(true);
  });

  it('logs a large bulkPut outside a marked transaction as one summary entry', async () => {
    const db = loggedDb();
    await db.deputies.bulkPut(Array.from({ length: 60 }, () => deputy()));
    const log = await exportChangeLog(db);
    expect(log.map((e) => [e.table, e.action, e.count])).toEqual([['deputies', 'import', 60]]);
  });
});

describe('change log: tampering', () => {
  it('verifyChain points at the entry that was changed', async () => {
    const db = loggedDb();
    const deputies = repository(db, 'deputies');
    for (const name of ['甲', '乙', '丙', '丁']) await deputies.put(deputy({ name }));
    const log = await exportChangeLog(db);
    expect(verifyChain(log).ok).toBe(true);

    const edited = log.map((e) => (e.seq === 3 ? { ...e, user: '冒名' } : e));
    expect(verifyChain(edited)).toMatchObject({ ok: false, seq: 3 });
    const check = verifyChain(edited);
    if (!check.ok) expect(check.message).toContain('修改记录第 3 条');

    const removed = log.filter((e) => e.seq !== 2);
    expect(verifyChain(removed)).toMatchObject({ ok: false, seq: 3 });
  });

  it('pages the log newest first, by table', async () => {
    const db = loggedDb();
    await saveSettings(db, { userName: '甲' });
    const deputies = repository(db, 'deputies');
    for (const name of ['甲', '乙', '丙']) await deputies.put(deputy({ name }));
    const page = await changeLogPage(db, { table: 'deputies', offset: 0, limit: 2 });
    expect(page.total).toBe(3);
    expect(page.rows.map((e) => e.label)).toEqual(['丙', '乙']);
  });
});
