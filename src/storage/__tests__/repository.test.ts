import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
// Dexie's error classes, reached through the subclass (only src/storage imports dexie itself).
import { LedgerDb } from '../db';
import { isQuotaError } from '../errors';
import { repository } from '../repository';
import { T0, activity, deputy, freshDb, quotaError } from './helpers';

let db: LedgerDb;
beforeEach(() => {
  db = freshDb();
});
afterEach(async () => {
  vi.restoreAllMocks();
  await db.delete();
});

/** A clock that returns the given instants in turn. */
function clock(...instants: string[]) {
  let i = 0;
  return () => new Date(instants[Math.min(i++, instants.length - 1)]!);
}

describe('put', () => {
  it('fills id and createdAt, and stamps updatedAt from the clock', async () => {
    const deputies = repository(db, 'deputies', { now: clock('2025-05-01T08:00:00.000Z') });
    const result = await deputies.put({ name: ' 李四 ', levels: ['township'], serviceFrom: '2021-10-01' });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.record).toMatchObject({
      name: '李四',
      status: 'active',
      createdAt: '2025-05-01T08:00:00.000Z',
      updatedAt: '2025-05-01T08:00:00.000Z',
    });
    expect(result.record.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(await deputies.get(result.record.id)).toEqual(result.record);
  });

  it('keeps the stored createdAt when an edit leaves it out, and always restamps updatedAt', async () => {
    const deputies = repository(db, 'deputies', {
      now: clock('2025-05-01T08:00:00.000Z', '2025-06-01T08:00:00.000Z'),
    });
    const first = await deputies.put({ name: '李四', levels: ['township'], serviceFrom: '2021-10-01' });
    if (!first.ok) throw new Error(first.message);
    const edit: Record<string, unknown> = { ...first.record, name: '李四光', updatedAt: T0 };
    delete edit['createdAt'];
    const second = await deputies.put(edit);
    expect(second).toMatchObject({
      ok: true,
      record: {
        name: '李四光',
        createdAt: '2025-05-01T08:00:00.000Z',
        updatedAt: '2025-06-01T08:00:00.000Z',
      },
    });
    expect(await deputies.count()).toBe(1);
  });

  it.each<[string, unknown, Record<string, string>]>([
    [
      'an empty name',
      { name: '  ', levels: ['township'], serviceFrom: '2021-10-01' },
      { name: '请填写姓名' },
    ],
    [
      'no level',
      { name: '李四', levels: [], serviceFrom: '2021-10-01' },
      { levels: '请至少选择一个代表层级' },
    ],
    [
      'an end before the start',
      { name: '李四', levels: ['city'], serviceFrom: '2021-10-01', serviceTo: '2020-01-01' },
      { serviceTo: '离任日期不能早于任职日期' },
    ],
  ])('refuses %s with a Chinese message and writes nothing', async (_name, input, issues) => {
    const deputies = repository(db, 'deputies');
    const result = await deputies.put(input);
    expect(result).toMatchObject({ ok: false, reason: 'invalid', issues });
    if (result.ok) return;
    expect(result.message).toMatch(/^代表名册未保存：/);
    expect(result.message).toContain(Object.values(issues)[0]);
    expect(await deputies.count()).toBe(0);
  });

  it('refuses a value that is not a record', async () => {
    const result = await repository(db, 'activities').put('hello');
    expect(result).toMatchObject({ ok: false, reason: 'invalid' });
    expect(await db.activities.count()).toBe(0);
  });
});

describe('storage failures', () => {
  it('maps a QuotaExceededError to reason quota, and writes nothing', async () => {
    const deputies = repository(db, 'deputies');
    const kept = deputy({ name: '王五' });
    await db.deputies.put(kept);
    vi.spyOn(db.deputies, 'put').mockRejectedValue(quotaError());
    const result = await deputies.put({ ...kept, name: '王五六' });
    expect(result).toMatchObject({ ok: false, reason: 'quota' });
    if (result.ok) return;
    expect(result.message).toMatch(/^存储空间已满.*已保存的数据没有改变。$/);
    vi.restoreAllMocks();
    expect(await db.deputies.toArray()).toEqual([kept]);
  });

  it('recognises the quota error wrapped by Dexie', () => {
    expect(isQuotaError(new LedgerDb.AbortError('Transaction aborted', quotaError()))).toBe(true);
    expect(isQuotaError(new LedgerDb.BulkError('bulk', [quotaError()]))).toBe(true);
    expect(isQuotaError(new LedgerDb.AbortError('Transaction aborted'))).toBe(false);
  });

  it('maps a wrapped quota error thrown by put to reason quota', async () => {
    vi.spyOn(db.activities, 'put').mockRejectedValue(new LedgerDb.AbortError('aborted', quotaError()));
    const result = await repository(db, 'activities').put(activity());
    expect(result).toMatchObject({ ok: false, reason: 'quota' });
    expect(await db.activities.count()).toBe(0);
  });

  it('maps any other failure to reason storage', async () => {
    vi.spyOn(db.activities, 'put').mockRejectedValue(new LedgerDb.DatabaseClosedError('closed'));
    const result = await repository(db, 'activities').put(activity());
    expect(result).toMatchObject({ ok: false, reason: 'storage' });
    if (result.ok) return;
    expect(result.message).toContain('DatabaseClosedError');
    expect(result.message).toContain('已保存的数据没有改变');
  });
});

describe('remove and restore', () => {
  it('returns the removed record, and restore puts it back exactly', async () => {
    const activities = repository(db, 'activities');
    const record = activity({ topic: '集中进站', deputyIds: [crypto.randomUUID()] });
    await db.activities.put(record);

    const removed = await activities.remove(record.id);
    expect(removed).toEqual({ ok: true, record });
    expect(await activities.get(record.id)).toBeUndefined();

    expect(await activities.restore(record)).toEqual({ ok: true, record });
    expect(await activities.get(record.id)).toEqual(record);
  });

  it('removing a missing id changes nothing and returns no record', async () => {
    await db.activities.put(activity());
    expect(await repository(db, 'activities').remove(crypto.randomUUID())).toEqual({
      ok: true,
      record: undefined,
    });
    expect(await db.activities.count()).toBe(1);
  });
});

describe('page', () => {
  const N = 5000;
  const kinds = ['stationReception', 'training', 'research', 'lawInspection'] as const;
  const deputyId = crypto.randomUUID();
  /** Activity i: date 2020-01-01 + i days, kind i % 4, deputy on every 10th. */
  function nth(i: number) {
    const date = new Date(Date.UTC(2020, 0, 1 + i)).toISOString().slice(0, 10);
    return activity({
      date,
      kind: kinds[i % 4]!,
      topic: `活动${i}`,
      deputyIds: i % 10 === 0 ? [deputyId] : [],
    });
  }

  beforeEach(async () => {
    await db.activities.bulkPut(Array.from({ length: N }, (_, i) => nth(i)));
  });

  const topics = (rows: { topic: string }[]) => rows.map((r) => r.topic);

  it('pages by an index with offset and limit, and counts the whole query', async () => {
    const page = await repository(db, 'activities').page({ index: 'date', offset: 100, limit: 3 });
    expect(page.total).toBe(N);
    expect(topics(page.rows)).toEqual(['活动100', '活动101', '活动102']);
  });

  it('pages newest first with reverse', async () => {
    const page = await repository(db, 'activities').page({
      index: 'date',
      reverse: true,
      offset: 0,
      limit: 2,
    });
    expect(topics(page.rows)).toEqual([`活动${N - 1}`, `活动${N - 2}`]);
  });

  it('limits to an inclusive range of the index', async () => {
    const page = await repository(db, 'activities').page({
      index: 'date',
      range: ['2020-01-01', '2020-12-31'],
      reverse: true,
      offset: 0,
      limit: 1,
    });
    expect(page.total).toBe(366);
    expect(topics(page.rows)).toEqual(['活动365']);
  });

  it('filters by equality through the compound index, sorted by the second part', async () => {
    const page = await repository(db, 'activities').page({
      where: { index: 'kind', equals: 'training' },
      index: 'date',
      range: ['2021-01-01', undefined],
      offset: 1,
      limit: 2,
    });
    // 2021-01-01 is day 366; training is every i % 4 === 1 from there: 369, 373, 377 …
    expect(page.total).toBe(
      Array.from({ length: N }, (_, i) => i).filter((i) => i >= 366 && i % 4 === 1).length,
    );
    expect(topics(page.rows)).toEqual(['活动373', '活动377']);
  });

  it('pages any of several kinds as one list by date, merging the [kind+date] ranges', async () => {
    const repo = repository(db, 'activities');
    // training (i % 4 === 1) and research (i % 4 === 2), newest first (day 366, 2021-01-01, is research): every page is the slice of
    // that list, and the total counts both kinds only.
    const expected = Array.from({ length: N }, (_, i) => N - 1 - i)
      .filter((i) => i % 4 === 1 || i % 4 === 2)
      .map((i) => `活动${i}`);
    const query = { whereAnyOf: { index: 'kind', anyOf: ['training', 'research'] }, index: 'date' };
    for (const offset of [0, 20, 390]) {
      const page = await repo.page({ ...query, reverse: true, offset, limit: 20 });
      expect(page.total).toBe(expected.length);
      expect(topics(page.rows)).toEqual(expected.slice(offset, offset + 20));
    }
    const oldest = await repo.page({ ...query, range: ['2021-01-01', undefined], offset: 0, limit: 3 });
    expect(topics(oldest.rows)).toEqual(['活动366', '活动369', '活动370']);
  });

  it('orders records of one date by id across kinds, as the date index does', async () => {
    await db.activities.clear();
    const ids = ['c', 'a', 'b'].map((c) => `0000000${c}-0000-4000-8000-000000000000`);
    await db.activities.bulkPut([
      activity({ id: ids[0]!, date: '2025-05-01', kind: 'training', topic: 'c' }),
      activity({ id: ids[1]!, date: '2025-05-01', kind: 'research', topic: 'a' }),
      activity({ id: ids[2]!, date: '2025-05-01', kind: 'lawInspection', topic: 'b' }),
    ]);
    const repo = repository(db, 'activities');
    const anyOf = { whereAnyOf: { index: 'kind', anyOf: ['training', 'research', 'lawInspection'] } };
    const merged = await repo.page({ ...anyOf, index: 'date', offset: 0, limit: 10 });
    const byDate = await repo.page({ index: 'date', offset: 0, limit: 10 });
    expect(topics(merged.rows)).toEqual(['a', 'b', 'c']);
    expect(topics(merged.rows)).toEqual(topics(byDate.rows));
  });

  it('filters a multi-entry index by equality', async () => {
    const page = await repository(db, 'activities').page({
      where: { index: 'deputyIds', equals: deputyId },
      offset: 0,
      limit: 1000,
    });
    expect(page.total).toBe(N / 10);
    expect(page.rows).toHaveLength(N / 10);
  });

  it('refuses an index the table does not have, instead of scanning', async () => {
    await expect(repository(db, 'activities').page({ index: 'topic', offset: 0, limit: 10 })).rejects.toThrow(
      /no index "topic"/,
    );
    await expect(
      repository(db, 'activities').page({
        where: { index: 'stationId', equals: 'x' },
        index: 'date',
        offset: 0,
        limit: 1,
      }),
    ).rejects.toThrow(/\[stationId\+date\]/);
  });

  it('counts the table', async () => {
    expect(await repository(db, 'activities').count()).toBe(N);
  });
});
