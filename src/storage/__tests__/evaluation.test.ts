import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RECORD_TABLES, type RecordTable } from '../../domain/ledger';
import { activity, inspectionProblem, suggestion, uuid } from '../../domain/ledger/__tests__/builders';
import type { LedgerDb } from '../db';
import { loadForEvaluation } from '../evaluation';
import { replaceAll } from '../ledger';
import { freshDb, ledger } from './helpers';

/** Builder inputs parsed by their schemas, as stored records. */
const parse = <T extends RecordTable>(table: T, raws: Record<string, unknown>[]) =>
  raws.map((raw) => RECORD_TABLES[table].schema.parse(raw)) as never[];

describe('loadForEvaluation', () => {
  let db: LedgerDb;
  beforeEach(async () => {
    db = freshDb();
  });
  afterEach(async () => {
    await db.delete();
  });

  it('reads activities and suggestions around the period only, and the problems of the inspections read', async () => {
    const near = activity({ id: uuid(101), kind: 'lawInspection', date: '2025-06-01' });
    const far = activity({ id: uuid(102), kind: 'lawInspection', date: '2020-06-01' });
    const result = await replaceAll(
      db,
      ledger({
        activities: parse('activities', [near, far]),
        inspectionProblems: parse('inspectionProblems', [
          inspectionProblem({ id: uuid(201), inspectionId: uuid(101) }),
          inspectionProblem({ id: uuid(202), inspectionId: uuid(102) }),
        ]),
        suggestions: parse('suggestions', [
          suggestion({ id: uuid(301), submittedOn: '2024-12-20' }),
          suggestion({ id: uuid(302), submittedOn: '2019-01-05' }),
        ]),
      }),
    );
    expect(result.ok).toBe(true);
    const data = await loadForEvaluation(db, { start: '2025-01-01', end: '2025-12-31' });
    expect(data.activities.map((a) => a.id)).toEqual([uuid(101)]);
    expect(data.inspectionProblems.map((p) => p.id)).toEqual([uuid(201)]);
    expect(data.suggestions.map((s) => s.id)).toEqual([uuid(301)]);
    expect(data.attachments).toEqual([]);
  });
});
