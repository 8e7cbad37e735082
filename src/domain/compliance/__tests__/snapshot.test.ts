import { describe, expect, it } from 'vitest';
import { catalogue } from '../../catalogue';
import { generateDemo } from '../../demo/generate';
import { SnapshotSchema } from '../../ledger';
import { evaluate } from '../engine';
import {
  canClose,
  canonicalJson,
  catalogueChangeNote,
  catalogueHash,
  freezeEvaluation,
  periodKeyOf,
  periodLabel,
  sha256Hex,
  snapshotsNewestFirst,
} from '../snapshot';

describe('canonical JSON and its hash', () => {
  it('sorts keys at every depth and drops undefined fields', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { f: 1, e: undefined }], c: 'x' } })).toBe(
      '{"a":{"c":"x","d":[2,{"f":1}]},"b":1}',
    );
    expect(canonicalJson({ a: 1, b: 2 })).toBe(canonicalJson({ b: 2, a: 1 }));
  });

  it('hashes with SHA-256 (the known digest of "abc")', async () => {
    expect(await sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('gives the catalogue a stable hash that changes when a duty changes', async () => {
    const hash = await catalogueHash(catalogue);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(await catalogueHash(structuredClone(catalogue))).toBe(hash);
    const changed = structuredClone(catalogue);
    changed.duties[0]!.weight = 2;
    expect(await catalogueHash(changed)).not.toBe(hash);
  });
});

describe('closing a period', () => {
  const year2025 = { start: '2025-01-01', end: '2025-12-31' };
  it.each([
    ['2026-01-01', undefined, true, undefined],
    ['2025-12-31', undefined, true, undefined],
    ['2025-12-30', undefined, false, 'open'],
    ['2024-12-31', undefined, false, 'not-started'],
    ['2026-03-01', '2026-02-01', false, 'future-as-of'],
  ])('as of %s (today %s): ok %s', (asOf, today, ok, reason) => {
    const check = canClose(year2025, asOf, today);
    expect(check.ok).toBe(ok);
    if (!check.ok) {
      expect(check.reason).toBe(reason);
      expect(check.message).toMatch(/不能封存/);
    }
  });

  it('names the period and its key', () => {
    const terms = [{ id: '00000000-0000-4000-8000-000000000002', number: 7 }];
    expect(periodKeyOf({ kind: 'year', year: 2025 })).toBe('year:2025');
    expect(periodKeyOf({ kind: 'term', termId: terms[0]!.id })).toBe(`term:${terms[0]!.id}`);
    expect(periodLabel({ kind: 'year', year: 2025 }, terms)).toBe('2025年度');
    expect(periodLabel({ kind: 'term', termId: terms[0]!.id }, terms)).toBe('第七届');
    expect(periodLabel({ kind: 'term', termId: 'missing' }, terms)).toBe('本届');
  });

  it('freezes the demo year into a record the snapshot schema accepts, unchanged by later edits', async () => {
    const data = generateDemo({ fromYear: 2024, toYear: 2025, deputies: 40 });
    const evaluation = evaluate({
      data,
      catalogue,
      selection: { kind: 'year', year: 2024 },
      asOf: '2025-02-01',
    });
    const frozen = await freezeEvaluation(evaluation, {
      catalogue,
      settings: { values: { normativeFilingDays: 30 } },
      townshipName: '示例镇',
      closedBy: ' 刘敏 ',
      label: '2024年度',
    });
    const snapshot = SnapshotSchema.parse({
      ...frozen,
      id: '00000000-0000-4000-8000-000000000001',
      createdAt: '2025-02-01T08:00:00+08:00',
      updatedAt: '2025-02-01T08:00:00+08:00',
    });
    expect(snapshot).toMatchObject({
      periodKey: 'year:2024',
      period: { kind: 'year', year: 2024 },
      range: { start: '2024-01-01', end: '2024-12-31' },
      asOf: '2025-02-01',
      catalogueVersion: catalogue.version,
      catalogueHash: await catalogueHash(catalogue),
      settingsValues: { normativeFilingDays: 30 },
      closedBy: '刘敏',
      overall: evaluation.overall,
    });
    expect(snapshot.results).toEqual(evaluation.results);
    expect(snapshot.chapters['2']).toEqual(evaluation.chapters[2]);
    evaluation.results[0]!.subjects.push({ key: 'x', label: 'x', status: 'met', note: '', evidence: [] });
    expect(frozen.results[0]!.subjects).not.toContainEqual(expect.objectContaining({ key: 'x' }));
  });
});

describe('a snapshot under a changed catalogue', () => {
  it.each([
    ['h1', '1.0.0', { hash: 'h1', version: '1.0.0' }, undefined],
    ['h1', '1.0.0', { hash: 'h2', version: '1.0.0' }, /版本号同为 1.0.0，但内容已有改动/],
    ['h1', '1.0.0', { hash: 'h2', version: '1.1.0' }, /封存时为 1.0.0 版，现为 1.1.0 版/],
  ])('hash %s v%s against %j', (catalogueHash, catalogueVersion, current, note) => {
    const text = catalogueChangeNote({ catalogueHash, catalogueVersion }, current);
    if (note === undefined) expect(text).toBeUndefined();
    else expect(text).toMatch(note);
  });

  it('lists the newest closing first', () => {
    const list = [{ createdAt: '2025-01-02T00:00:00Z' }, { createdAt: '2025-03-01T00:00:00Z' }];
    expect(snapshotsNewestFirst(list)[0]!.createdAt).toBe('2025-03-01T00:00:00Z');
  });
});
