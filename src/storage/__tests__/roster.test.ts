import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { uuid } from '../../domain/ledger/__tests__/builders';
import type { LedgerDb } from '../db';
import { repository } from '../repository';
import { importDeputies, undoDeputyImport } from '../roster';
import { freshDb } from './helpers';

let db: LedgerDb;
beforeEach(() => {
  db = freshDb();
});
afterEach(async () => {
  await db.delete();
});

const stamp = '2026-12-07T02:00:00.000Z';
const deputy = (n: number, o: Record<string, unknown> = {}) => ({
  id: uuid(n),
  createdAt: stamp,
  updatedAt: stamp,
  name: `代表${n}`,
  levels: ['township'],
  serviceFrom: '2021-10-20',
  ...o,
});

describe('importDeputies', () => {
  it('writes every deputy in one go and undo takes them all out again', async () => {
    const sixty = Array.from({ length: 60 }, (_, i) => deputy(100 + i, { ethnicity: '01', gender: 'male' }));
    const result = await importDeputies(db, sixty);
    expect(result.ok).toBe(true);
    expect(await db.deputies.count()).toBe(60);
    if (!result.ok) return;
    expect(await undoDeputyImport(db, result.imported)).toEqual({ ok: true, removed: 60 });
    expect(await db.deputies.count()).toBe(0);
  });

  it('writes nothing when one record is invalid or its id is taken', async () => {
    const bad = await importDeputies(db, [deputy(1), deputy(2, { ethnicity: '99' })]);
    expect(bad).toMatchObject({
      ok: false,
      reason: 'invalid',
      message: '第 2 名代表未保存：民族不在代码表中。',
    });
    expect(await db.deputies.count()).toBe(0);
    await importDeputies(db, [deputy(3)]);
    const taken = await importDeputies(db, [deputy(4), deputy(3)]);
    expect(taken).toMatchObject({ ok: false, reason: 'conflict' });
    expect(await db.deputies.count()).toBe(1);
  });

  it('refuses to undo when a deputy was edited after the import, and removes nothing', async () => {
    const result = await importDeputies(db, [deputy(1), deputy(2)]);
    if (!result.ok) throw new Error('import failed');
    const edited = await repository(db, 'deputies').put({ ...deputy(2), phone: '13800000000' });
    expect(edited.ok).toBe(true);
    const undo = await undoDeputyImport(db, result.imported);
    expect(undo).toMatchObject({ ok: false, reason: 'changed' });
    expect(undo.ok ? '' : undo.message).toContain('代表2');
    expect(await db.deputies.count()).toBe(2);
  });
});
