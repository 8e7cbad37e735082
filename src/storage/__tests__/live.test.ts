import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LedgerDb } from '../db';
import { observe } from '../live';
import { repository } from '../repository';
import { activity, freshDb } from './helpers';

let db: LedgerDb;
beforeEach(() => {
  db = freshDb();
});
afterEach(async () => {
  await db.delete();
});

/** Resolves when `predicate` holds for the values seen so far. */
function waitFor(values: unknown[], predicate: (values: unknown[]) => boolean): Promise<void> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const tick = () => {
      if (predicate(values)) resolve();
      else if (Date.now() - started > 2000) reject(new Error(`timed out; saw ${JSON.stringify(values)}`));
      else setTimeout(tick, 5);
    };
    tick();
  });
}

describe('observe', () => {
  it('emits the first result, then again after a write, and stops when unsubscribed', async () => {
    const seen: unknown[] = [];
    const errors: unknown[] = [];
    const stop = observe(
      () => db.activities.count(),
      (n) => seen.push(n),
      (e) => errors.push(e),
    );
    await waitFor(seen, (v) => v.length === 1);
    expect(seen).toEqual([0]);

    await repository(db, 'activities').put(activity());
    await waitFor(seen, (v) => v.length === 2);
    expect(seen).toEqual([0, 1]);

    stop();
    await repository(db, 'activities').put(activity());
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(seen).toEqual([0, 1]);
    expect(errors).toEqual([]);
  });

  it('reports a failing query through onError', async () => {
    const errors: unknown[] = [];
    const stop = observe(
      () => db.activities.where('topic').equals('x').toArray(),
      () => undefined,
      (e) => errors.push(e),
    );
    await waitFor(errors, (v) => v.length === 1);
    expect(errors[0]).toMatchObject({ name: 'SchemaError' });
    stop();
  });
});
