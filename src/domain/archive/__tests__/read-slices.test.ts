// The reader checks each record file's rows as they are parsed, a slice of 2,000 lines at a time
// (so a 100,000-record table is never held raw and parsed at once), with the same refusals, in
// the same order, as parsing every file first and checking the records after. The export's
// read-back (`trustRecords`) keeps the rows as parsed, unchecked.
import { beforeAll, describe, expect, it } from 'vitest';
import { Bag, validInput } from '../../../../tests/fixtures/make-hostile-archives';
import { readArchive } from '../read';
import { writeArchive } from '../write';
import { RECORD_TABLE_NAMES } from '../../ledger';

let good: Uint8Array;
beforeAll(async () => {
  good = await writeArchive(await validInput());
});

/** Rows in the writer's one-record-per-line shape (read a slice at a time). */
const lines = (rows: readonly unknown[]) =>
  new TextEncoder().encode(`[\n${rows.map((r) => JSON.stringify(r)).join(',\n')}\n]\n`);

/** 4,500 deputies: clones of the archive's first, each with an id of its own (three slices). */
async function manyDeputies(bag: Bag): Promise<Record<string, unknown>[]> {
  const first = (bag.json('data/records/deputies.json') as Record<string, unknown>[])[0]!;
  return Array.from({ length: 4500 }, () => ({ ...first, id: crypto.randomUUID() }));
}

/** The refusal of the bag after `edit`, resealed. */
async function refusal(
  edit: (bag: Bag) => Promise<void> | void,
): Promise<{ reason: string; message: string }> {
  const bag = await Bag.of(good);
  await edit(bag);
  const read = await readArchive((await bag.reseal()).zip());
  return read.ok ? { reason: 'valid', message: '' } : { reason: read.reason, message: read.message };
}

describe('records checked slice by slice', () => {
  it('numbers a bad record by its row in the whole file, past the first slices', async () => {
    const result = await refusal(async (bag) => {
      const rows = await manyDeputies(bag);
      rows[4320] = { ...rows[4320], name: '' };
      bag.files.set('data/records/deputies.json', lines(rows));
    });
    expect(result.reason).toBe('invalid-record');
    expect(result.message).toContain('第 4321 条记录');
  });

  it('finds an id repeated across slices', async () => {
    const result = await refusal(async (bag) => {
      const rows = await manyDeputies(bag);
      rows[4499] = { ...rows[4499], id: rows[10]!['id'] };
      bag.files.set('data/records/deputies.json', lines(rows));
    });
    expect(result.reason).toBe('duplicate-id');
    expect(result.message).toContain('第 4500 条记录与第 11 条编号重复');
  });

  it('reports a later file that is not JSON before a bad record of an earlier table, as before', async () => {
    const [first, , later] = RECORD_TABLE_NAMES;
    const result = await refusal(async (bag) => {
      const rows = bag.json(`data/records/${first}.json`) as Record<string, unknown>[];
      bag.files.set(`data/records/${first}.json`, lines([{ ...rows[0], id: 'not-an-id' }, ...rows.slice(1)]));
      bag.files.set(`data/records/${later}.json`, new TextEncoder().encode('[\n{"id":\n]\n'));
    });
    expect(result.reason).toBe('bad-format');
    expect(result.message).toContain(`data/records/${later}.json`);
  });

  it('reports settings that are not JSON before a bad record', async () => {
    const result = await refusal(async (bag) => {
      const rows = await manyDeputies(bag);
      rows[2500] = { ...rows[2500], id: 'x' };
      bag.files.set('data/records/deputies.json', lines(rows));
      bag.files.set('data/settings.json', new TextEncoder().encode('{'));
    });
    expect(result.reason).toBe('bad-format');
    expect(result.message).toContain('data/settings.json');
  });

  it('reads rows unchecked only for the export’s read-back (trustRecords)', async () => {
    const bag = await Bag.of(good);
    const rows = bag.json('data/records/deputies.json') as Record<string, unknown>[];
    const odd = { ...rows[0], name: '', extra: 1 };
    bag.files.set('data/records/deputies.json', lines([odd, ...rows.slice(1)]));
    const zip = (await bag.reseal()).zip();
    const checked = await readArchive(zip);
    expect(checked.ok ? 'valid' : checked.reason).toBe('invalid-record');
    const trusted = await readArchive(zip, { trustRecords: true, skipCopyCheck: true });
    expect(trusted.ok && trusted.archive.data.deputies[0]).toEqual(odd);
  });
});
