// Export (written, read back, verified), import (merge / replace in one transaction), undo, and
// the restore drill: an archive restored on another PC gives the same ledger hash.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { diffLedgers, readArchive, type ReadArchive } from '../../domain/archive';
import { catalogue } from '../../domain/catalogue';
import { validInput, PNG_BYTES } from '../../../tests/fixtures/make-hostile-archives';
import { changeLogMiddleware } from '../change-log';
import type { LedgerDb } from '../db';
import { exportAll, replaceAll, saveSettings } from '../ledger';
import {
  canUndoImport,
  exportLedger,
  importLedger,
  lastVerifiedExport,
  ledgerHash,
  undoImport,
  type ImportMode,
} from '../archive';
import { freshDb } from './helpers';

const NOW = new Date('2026-11-28T02:00:00.000Z');
let source: LedgerDb;
let target: LedgerDb;

/** A database with the change log running, as the app opens it. */
const loggedDb = () => freshDb().use(changeLogMiddleware());

beforeEach(async () => {
  source = loggedDb();
  target = loggedDb();
  const input = await validInput();
  expect((await replaceAll(source, input.data, { blobs: input.blobs })).ok).toBe(true);
  await saveSettings(source, { userName: '李专干' });
});

afterEach(async () => {
  await source.delete();
  await target.delete();
});

async function exported(db: LedgerDb): Promise<ReadArchive> {
  const result = await exportLedger(db, { catalogue, appVersion: '0.1.0', now: NOW });
  if (!result.ok) throw new Error(result.message);
  const read = await readArchive(result.bytes);
  if (!read.ok) throw new Error(read.message);
  return read.archive;
}

async function importInto(
  db: LedgerDb,
  archive: ReadArchive,
  mode: ImportMode,
  resolve: 'keep-current' | 'take-incoming' = 'keep-current',
) {
  const diff = diffLedgers(await exportAll(db), archive.data);
  return importLedger(db, { archive, diff, mode, resolve, fileName: '示例镇人大台账_2026-11-28.zip' });
}

describe('exportLedger', () => {
  it('writes, verifies and records the last verified export under a Chinese file name', async () => {
    expect(await lastVerifiedExport(source)).toBeUndefined();
    const progress: number[] = [];
    const result = await exportLedger(source, {
      catalogue,
      appVersion: '0.1.0',
      now: NOW,
      onProgress: (f) => progress.push(f),
    });
    if (!result.ok) throw new Error(result.message);
    expect(result.fileName).toBe('示例镇人大台账_2026-11-28.zip');
    expect(await lastVerifiedExport(source)).toEqual({ at: result.verifiedAt, fileName: result.fileName });
    expect(progress.at(-1)).toBe(1);
    // The change log travels with the records.
    const read = await readArchive(result.bytes);
    if (!read.ok) throw new Error(read.message);
    expect(read.archive.changeLog?.length).toBeGreaterThan(0);
    expect(read.archive.changeLog).toHaveLength(await source.changeLog.count());
  });

  it('refuses, and records nothing, when an attachment has lost its bytes', async () => {
    await source.blobs.clear();
    const result = await exportLedger(source, { catalogue, appVersion: '0.1.0', now: NOW });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toContain('活动照片.png');
    expect(await lastVerifiedExport(source)).toBeUndefined();
  });
});

describe('exportLedger and committees saved before ids were kept', () => {
  it('exports and verifies them, with the ids their names give', async () => {
    const db = loggedDb();
    try {
      const input = await validInput();
      const original = input.data.credentialsCommittees[0]!;
      const { chairId: _c, viceChairId: _v, ...named } = original;
      const data = { ...input.data, credentialsCommittees: [{ ...named, memberIds: [] }] };
      expect((await replaceAll(db, data, { blobs: input.blobs })).ok).toBe(true);
      const archive = await exported(db);
      expect(archive.data.credentialsCommittees[0]).toMatchObject({
        chairId: original.chairId,
        memberIds: original.memberIds,
      });
    } finally {
      await db.delete();
    }
  });
});

describe('importLedger', () => {
  it('restores an export on another PC to the same ledger (the restore drill)', async () => {
    const archive = await exported(source);
    const result = await importInto(target, archive, 'replace');
    if (!result.ok) throw new Error(result.message);
    expect(result.counts['deputies']).toBe(archive.data.deputies.length);
    expect(await ledgerHash(target)).toBe(await ledgerHash(source));
    const blob = await target.blobs.get(archive.data.attachments[0]!.id);
    expect(new Uint8Array(await blob!.blob.arrayBuffer())).toEqual(PNG_BYTES);
  });

  it('replace: undo brings back the ledger as it was, attachments included', async () => {
    const other = await validInput('shanzao');
    await replaceAll(target, other.data, { blobs: other.blobs });
    // A second attachment only the target has: a replace removes its bytes, undo must bring them back.
    const extra = { ...other.data.attachments[0]!, id: '44444444-4444-4444-8444-444444444444' };
    await target.attachments.put(extra);
    await target.blobs.put({ id: extra.id, blob: new Blob([PNG_BYTES], { type: 'image/png' }) });
    const before = await ledgerHash(target);
    const result = await importInto(target, await exported(source), 'replace');
    expect(result.ok).toBe(true);
    expect(await ledgerHash(target)).toBe(await ledgerHash(source));
    expect(await target.blobs.get(extra.id)).toBeUndefined();
    expect(await canUndoImport(target)).toMatchObject({ fileName: '示例镇人大台账_2026-11-28.zip' });
    expect(await undoImport(target)).toEqual({ ok: true });
    expect(await ledgerHash(target)).toBe(before);
    expect(await canUndoImport(target)).toBeUndefined();
    expect((await undoImport(target)).ok).toBe(false);
  });

  it('undo restores a ledger kept in several parts, and leaves no part behind', async () => {
    const { generateDemo } = await import('../../domain/demo/generate');
    const demo = generateDemo({ townshipId: 'shanzao', seed: 3 });
    expect((await replaceAll(target, demo)).ok).toBe(true);
    const before = await ledgerHash(target);
    expect((await importInto(target, await exported(source), 'replace')).ok).toBe(true);
    const parts = (await target.meta.toArray()).filter((m) => m.key.startsWith('preImportBackup#'));
    // More than one chunk of records: the copy is written (and read back) in parts.
    expect(parts.length).toBeGreaterThan(1);
    expect(await undoImport(target)).toEqual({ ok: true });
    expect(await ledgerHash(target)).toBe(before);
    expect((await target.meta.toArray()).filter((m) => m.key.startsWith('preImportBackup'))).toEqual([]);
  });

  it('undo still restores a copy kept whole by an earlier version', async () => {
    const before = await ledgerHash(source);
    const data = await exportAll(source);
    const settings = await source.settings.get('settings');
    const blobs = await source.blobs.toArray();
    // An empty archive replaces everything.
    expect((await importInto(source, await exported(target), 'replace')).ok).toBe(true);
    expect(await ledgerHash(source)).not.toBe(before);
    await source.meta.where('key').startsWith('preImportBackup').delete();
    await source.meta.put({
      key: 'preImportBackup',
      value: { at: NOW.toISOString(), data, settings, blobs },
    });
    expect(await undoImport(source)).toEqual({ ok: true });
    expect(await ledgerHash(source)).toBe(before);
  });

  it('merge: adds and updates, keeps local records, and never silently overwrites a conflict', async () => {
    const archive = await exported(source);
    await importInto(target, archive, 'replace');
    const [d0, d1] = archive.data.deputies;
    // Here: d1 edited locally after the export, and a local-only deputy.
    await target.deputies.put({ ...d1!, name: '本机修改', updatedAt: '2026-12-01T00:00:00.000Z' });
    const local = { ...d1!, id: '55555555-5555-4555-8555-555555555555', name: '本机新增' };
    await target.deputies.put(local);
    // There: d0 updated later, d1 changed in the archive too (older than the local edit), a new deputy.
    const incoming: ReadArchive = {
      ...archive,
      data: {
        ...archive.data,
        deputies: [
          ...archive.data.deputies.slice(2),
          { ...d0!, name: '归档更新', updatedAt: '2026-12-05T00:00:00.000Z' },
          { ...d1!, name: '归档修改', updatedAt: '2026-11-30T00:00:00.000Z' },
          { ...d1!, id: '66666666-6666-4666-8666-666666666666', name: '归档新增' },
        ],
      },
    };
    const diff = diffLedgers(await exportAll(target), incoming.data);
    expect(diff.totals).toEqual({ added: 1, updated: 1, conflicts: 1 });
    const result = await importLedger(target, {
      archive: incoming,
      diff,
      mode: 'merge',
      resolve: 'keep-current',
    });
    expect(result.ok).toBe(true);
    const name = async (id: string) => (await target.deputies.get(id))?.name;
    expect(await name(d0!.id)).toBe('归档更新');
    expect(await name(d1!.id)).toBe('本机修改');
    expect(await name(local.id)).toBe('本机新增');
    expect(await name('66666666-6666-4666-8666-666666666666')).toBe('归档新增');

    await undoImport(target);
    const again = await importLedger(target, {
      archive: incoming,
      diff,
      mode: 'merge',
      resolve: 'take-incoming',
    });
    expect(again.ok).toBe(true);
    expect(await name(d1!.id)).toBe('归档修改');
  });

  it('replace takes the archive settings; merge keeps the current ones', async () => {
    const archive = await exported(source);
    await saveSettings(target, { userName: '王主席' });
    await importInto(target, archive, 'merge');
    expect((await target.settings.get('settings'))?.userName).toBe('王主席');
    await importInto(target, archive, 'replace');
    expect((await target.settings.get('settings'))?.userName).toBe('李专干');
  });
});
