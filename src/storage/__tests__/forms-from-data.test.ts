// The command-line tool fills forms from an archive in memory (src/domain/forms/load-from-data.ts);
// the browser from its database (src/storage/forms.ts). Both must give every form the same values.
import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalogue } from '../../domain/catalogue';
import { generateDemo } from '../../domain/demo/generate';
import { forms } from '../../domain/forms/catalogue';
import { formSourceFromData } from '../../domain/forms/load-from-data';
import { formValues } from '../../domain/forms/sources';
import type { LedgerData } from '../../domain/ledger';
import type { FormSource } from '../../domain/schemas/form';
import type { LedgerDb } from '../db';
import { loadFormSource } from '../forms';
import { replaceAll } from '../ledger';
import { freshDb } from './helpers';

let db: LedgerDb;
let data: LedgerData;

beforeAll(async () => {
  db = freshDb();
  data = generateDemo({ deputies: 40, fromYear: 2024, toYear: 2025, scale: 0.3 });
  expect((await replaceAll(db, data)).ok).toBe(true);
}, 120_000);
afterAll(() => db.delete());

/** A few records of each source: the first, the middle and the last. */
function recordsOf(source: FormSource): string[] {
  const pick = (rows: readonly { id: string }[]) => [
    ...new Set([rows[0], rows[rows.length >> 1], rows.at(-1)].flatMap((r) => (r ? [r.id] : []))),
  ];
  switch (source) {
    case 'session':
      return pick(data.sessions);
    case 'presidiumMeeting':
      return pick(data.presidiumMeetings);
    case 'credentialsCommittee':
      return pick(data.credentialsCommittees);
    case 'activity':
      return pick(data.activities);
    case 'inspectionProblem':
      return pick(data.inspectionProblems);
    case 'suggestion':
      return pick(data.suggestions);
    case 'livelihoodYear':
      return [...new Set(data.livelihoodProjects.map((p) => String(p.year)))];
    case 'livelihoodProject':
      return pick(data.livelihoodProjects);
    case 'deputy':
      return pick(data.deputies);
    case 'document':
      return pick(data.documents);
  }
}

const sources = [...new Set(forms.flatMap((f) => (f.source ? [f.source] : [])))];

describe.each(sources)('the records of a %s', (source) => {
  it('fill forms alike from an archive in memory and from the database', async () => {
    const ids = recordsOf(source);
    expect(ids.length).toBeGreaterThan(0);
    for (const record of ids) {
      const fromDb = await loadFormSource(db, source, { record }, catalogue);
      const fromData = formSourceFromData(data, undefined, source, { record }, catalogue);
      expect(fromDb, record).toBeDefined();
      expect(formValues(fromData!), record).toEqual(formValues(fromDb!));
    }
    expect(
      formSourceFromData(data, undefined, source, { record: 'no-such-record' }, catalogue),
    ).toBeUndefined();
  });
});
