// Whatever JSON an archive holds, the reader answers with a Chinese refusal and never throws
// (issue 13.5): odd values in place of records, of ids and of whole tables.
import { beforeAll, describe, expect, it } from 'vitest';
import { Bag, validInput } from '../../../../tests/fixtures/make-hostile-archives';
import { readArchive } from '../read';
import { writeArchive } from '../write';

let good: Uint8Array;
beforeAll(async () => {
  good = await writeArchive(await validInput());
});

const ODD: unknown[] = [
  null,
  1,
  'x',
  [],
  true,
  { id: { toString: 1 } },
  { id: 1, createdAt: {}, updatedAt: [] },
  { id: ['a'], name: { valueOf: 2 } },
  { __proto__: { id: 'x' } },
];

async function refusal(table: string, edit: (rows: unknown[]) => unknown): Promise<string> {
  const bag = await Bag.of(good);
  const path = `data/records/${table}.json`;
  bag.setJson(path, edit(bag.json(path) as unknown[]));
  const read = await readArchive((await bag.reseal()).zip());
  if (read.ok) return 'valid';
  expect(read.message).toMatch(/[\u4e00-\u9fff]/);
  expect(read.message).not.toMatch(/期望|expected|\[object|undefined/i);
  return read.reason;
}

describe('odd JSON in the records', () => {
  it.each(['deputies', 'activities', 'credentialsCommittees', 'snapshots'])(
    'a %s record replaced by odd values is refused as invalid, never thrown',
    async (table) => {
      for (const value of ODD)
        expect(await refusal(table, (rows) => [value, ...rows.slice(1)]), JSON.stringify(value)).toBe(
          'invalid-record',
        );
    },
    60_000,
  );

  it.each(['township', 'sessions', 'attachments'])(
    'a whole %s table that is not a list is refused',
    async (table) => {
      for (const value of [null, {}, 'x', 7])
        expect(await refusal(table, () => value), JSON.stringify(value)).toBe('bad-format');
    },
    60_000,
  );
});
