// The importer against the hostile corpus (tests/fixtures/make-hostile-archives.ts): every archive
// is refused with its reason and a Chinese message, and the ledger is byte for byte unchanged.
import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { diffLedgers, readArchive } from '../../domain/archive';
import {
  makeHarmlessArchives,
  makeHostileArchives,
  validInput,
  type HostileArchive,
} from '../../../tests/fixtures/make-hostile-archives';
import { changeLogMiddleware } from '../change-log';
import type { LedgerDb } from '../db';
import { exportAll, replaceAll, saveSettings } from '../ledger';
import { importLedger, ledgerHash } from '../archive';
import { freshDb } from './helpers';

// Built at collection time so that each archive is its own named test.
const corpus: HostileArchive[] = await makeHostileArchives();
const harmless = await makeHarmlessArchives();
let db: LedgerDb;
let before: string;
let bookkeeping: string;

/** The tables ledgerHash leaves out (meta, the change log): unchanged too after a refusal. */
async function otherTables(): Promise<string> {
  return JSON.stringify([await db.meta.toArray(), await db.changeLog.toArray()]);
}

beforeAll(async () => {
  db = freshDb().use(changeLogMiddleware());
  const input = await validInput();
  const loaded = await replaceAll(db, input.data, { blobs: input.blobs });
  expect(loaded.ok).toBe(true);
  await saveSettings(db, { userName: '李专干' });
  before = await ledgerHash(db);
  bookkeeping = await otherTables();
}, 120_000);

afterAll(() => db.delete());

describe('the hostile corpus', () => {
  it('holds at least 25 archives with distinct names', async () => {
    expect(corpus.length).toBeGreaterThanOrEqual(25);
    expect(new Set(corpus.map((c) => c.name)).size).toBe(corpus.length);
  });

  it('covers every refusal reason the issue lists', () => {
    const reasons = new Set(corpus.map((c) => c.expected));
    for (const reason of [
      'not-zip',
      'truncated',
      'zip-bomb',
      'too-large',
      'too-many-entries',
      'bad-path',
      'duplicate-entry',
      'missing-file',
      'manifest',
      'checksum',
      'invalid-record',
      'duplicate-id',
      'missing-reference',
      'newer-format',
      'other-township',
      'symlink',
      'encrypted',
      'unsupported-method',
      'copy-mismatch',
    ])
      expect(reasons, reason).toContain(reason);
  });

  it.each(corpus.map((item) => [item.name, item] as const))(
    '%s is refused with its reason; the ledger is unchanged',
    async (_name, item) => {
      const read = await readArchive(item.bytes);
      if (item.expected === 'other-township') {
        // Readable, but flagged so the page warns and asks before anything is written.
        expect(read.ok, item.name).toBe(true);
        if (!read.ok) return;
        const diff = diffLedgers(await exportAll(db), read.archive.data);
        expect(diff.otherTownship).toBe(true);
      } else {
        expect(read.ok, item.name).toBe(false);
        if (read.ok) return;
        expect(read.reason, `${item.name}: ${read.message}`).toBe(item.expected);
        // A clear Chinese message that says nothing was imported.
        expect(read.message).toMatch(/[\u4e00-\u9fff]/);
        expect(read.message).toContain('没有导入任何数据');
        // zod's own wording ("期望 object") and English never reach the user.
        expect(read.message).not.toMatch(/期望|expected|invalid|undefined|\[object/i);
      }
      expect(await ledgerHash(db)).toBe(before);
      expect(await otherTables()).toBe(bookkeeping);
    },
  );
});

describe('harmless variations', () => {
  it.each(harmless.map((item) => [item.name, item] as const))('%s verifies', async (_name, item) => {
    const read = await readArchive(item.bytes);
    expect(read.ok ? 'valid' : read.message).toBe('valid');
  });
});

describe('importLedger never writes half', () => {
  it('rolls back everything when the write fails midway', async () => {
    const input = await validInput('shanzao');
    const { writeArchive } = await import('../../domain/archive');
    const read = await readArchive(await writeArchive(input));
    if (!read.ok) throw new Error(read.message);
    const original = db.activities.bulkPut.bind(db.activities);
    db.activities.bulkPut = (() => Promise.reject(new DOMException('disk', 'QuotaExceededError'))) as never;
    try {
      const result = await importLedger(db, {
        archive: read.archive,
        diff: diffLedgers(await exportAll(db), read.archive.data),
        mode: 'replace',
        resolve: 'keep-current',
      });
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.reason).toBe('quota');
    } finally {
      db.activities.bulkPut = original;
    }
    expect(await ledgerHash(db)).toBe(before);
    expect(await otherTables()).toBe(bookkeeping);
  });

  /** A readable archive of another ledger (several chunks of records), with its dry run. */
  async function demoPlan() {
    const { writeArchive } = await import('../../domain/archive');
    const { generateDemo } = await import('../../domain/demo/generate');
    const read = await readArchive(
      await writeArchive({
        data: generateDemo({ townshipId: 'shanzao', seed: 7 }),
        settings: undefined,
        blobs: new Map(),
        catalogue: (await import('../../domain/catalogue')).catalogue,
        appVersion: 'test',
        now: new Date('2026-11-28T02:00:00Z'),
      }),
    );
    if (!read.ok) throw new Error(read.message);
    return {
      archive: read.archive,
      diff: diffLedgers(await exportAll(db), read.archive.data),
      mode: 'replace' as const,
      resolve: 'keep-current' as const,
    };
  }

  it('rolls back everything when the user cancels between two chunks', async () => {
    const plan = await demoPlan();
    const cancel = new AbortController();
    const fractions: number[] = [];
    const result = await importLedger(db, plan, {
      signal: cancel.signal,
      onProgress: (f) => {
        fractions.push(f);
        // Part of the records are written (inside the transaction) when the cancel comes.
        if (f > 0.5) cancel.abort();
      },
    });
    expect(result).toMatchObject({ ok: false, reason: 'cancelled' });
    expect(fractions.some((f) => f > 0.5 && f < 0.9)).toBe(true);
    expect(await ledgerHash(db)).toBe(before);
    expect(await otherTables()).toBe(bookkeeping);
  });

  it('refuses to write over a change made after it read the ledger', async () => {
    const plan = await demoPlan();
    const records = JSON.stringify(await exportAll(db));
    const meta = JSON.stringify(await db.meta.toArray());
    let written: Promise<unknown> | undefined;
    const result = await importLedger(db, plan, {
      // Called once the ledger has been read and before the import's own transaction starts.
      onProgress: (f) => {
        if (f === 0.05) written = saveSettings(db, { userName: '另一个窗口' });
      },
    });
    expect(written).toBeDefined();
    await written;
    expect(result).toMatchObject({ ok: false, reason: 'storage' });
    if (!result.ok) expect(result.message).toContain('导入期间台账有了新的修改');
    // Only the other write landed: the records and the bookkeeping are as they were.
    expect((await db.settings.get('settings'))?.userName).toBe('另一个窗口');
    expect(JSON.stringify(await exportAll(db))).toBe(records);
    expect(JSON.stringify(await db.meta.toArray())).toBe(meta);
  });
});
