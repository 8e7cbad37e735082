// The storage schema only grows. This test pins every shipped version of LEDGER_SCHEMA to the
// committed snapshot (src/storage/schema-snapshot.json) and checks that each version keeps every
// table and index of the one before.
//
// How to change the schema:
//   1. APPEND a version to LEDGER_SCHEMA in src/storage/db.ts, with a higher number, that repeats
//      every table and index of the previous version and adds the new ones. Never edit, reorder or
//      remove a shipped version: browsers that already opened it would fail to open the database.
//   2. Add a Dexie `.upgrade()` only when existing data must move, and snapshot the ledger first.
//   3. Run `UPDATE_SCHEMA_SNAPSHOT=1 npx vitest run src/storage` once: it appends the new version
//      to the snapshot (it never rewrites a version already there). Commit both files.
import 'fake-indexeddb/auto';
import { readFileSync, writeFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { RECORD_TABLES } from '../../domain/ledger';
import { LEDGER_SCHEMA, LedgerDb, STORAGE_SCHEMA_VERSION, type SchemaVersion } from '../db';

const SNAPSHOT_URL = new URL('../schema-snapshot.json', import.meta.url);

interface Snapshot {
  note: string;
  versions: SchemaVersion[];
}

/** A Dexie store spec split into its primary key and its indexes (`*tags`, `[a+b]` kept as written). */
function parseStore(spec: string): { primaryKey: string; indexes: string[] } {
  const [primaryKey = '', ...indexes] = spec.split(',').map((part) => part.trim());
  return { primaryKey, indexes: indexes.filter(Boolean) };
}

/** Ways a version history breaks the additive-only rule. */
function historyProblems(versions: readonly SchemaVersion[]): string[] {
  const problems: string[] = [];
  versions.forEach((current, i) => {
    if (!Number.isInteger(current.version) || current.version < 1)
      problems.push(`version ${current.version} is not a whole number from 1`);
    const previous = versions[i - 1];
    if (!previous) return;
    if (current.version <= previous.version)
      problems.push(`version ${current.version} does not come after version ${previous.version}`);
    for (const [table, spec] of Object.entries(previous.stores)) {
      const now = current.stores[table];
      if (now === undefined) {
        problems.push(`v${current.version}: table ${table} of v${previous.version} is missing`);
        continue;
      }
      const before = parseStore(spec);
      const after = parseStore(now);
      if (before.primaryKey !== after.primaryKey)
        problems.push(`v${current.version}: primary key of ${table} changed`);
      for (const index of before.indexes)
        if (!after.indexes.includes(index))
          problems.push(`v${current.version}: index ${table}.${index} of v${previous.version} is missing`);
    }
  });
  return problems;
}

/** Ways the shipped versions differ from the snapshot. */
function snapshotProblems(snapshot: readonly SchemaVersion[], versions: readonly SchemaVersion[]): string[] {
  const problems: string[] = [];
  for (const shipped of snapshot) {
    const declared = versions.find((v) => v.version === shipped.version);
    if (!declared) problems.push(`shipped version ${shipped.version} was removed`);
    else if (JSON.stringify(declared.stores) !== JSON.stringify(shipped.stores))
      problems.push(`shipped version ${shipped.version} was edited; append a new version instead`);
  }
  for (const declared of versions)
    if (!snapshot.some((v) => v.version === declared.version))
      problems.push(
        `version ${declared.version} is not in the snapshot; run UPDATE_SCHEMA_SNAPSHOT=1 npx vitest run src/storage`,
      );
  return problems;
}

function readSnapshot(): Snapshot {
  return JSON.parse(readFileSync(SNAPSHOT_URL, 'utf8')) as Snapshot;
}

const v1: SchemaVersion = { version: 1, stores: { a: 'id, date, *tags', b: 'id' } };

describe('historyProblems', () => {
  it.each<[string, SchemaVersion[], string[]]>([
    ['one version', [v1], []],
    [
      'an added index and table',
      [v1, { version: 2, stores: { a: 'id, date, *tags, kind', b: 'id', c: 'id' } }],
      [],
    ],
    [
      'a missing table',
      [v1, { version: 2, stores: { a: 'id, date, *tags' } }],
      ['v2: table b of v1 is missing'],
    ],
    [
      'a missing index',
      [v1, { version: 2, stores: { a: 'id, date', b: 'id' } }],
      ['v2: index a.*tags of v1 is missing'],
    ],
    [
      'a changed primary key',
      [v1, { version: 2, stores: { a: 'key, date, *tags', b: 'id' } }],
      ['v2: primary key of a changed'],
    ],
    ['a repeated version', [v1, { ...v1 }], ['version 1 does not come after version 1']],
    ['version 0', [{ ...v1, version: 0 }], ['version 0 is not a whole number from 1']],
  ])('%s', (_name, versions, expected) => {
    expect(historyProblems(versions)).toEqual(expected);
  });
});

describe('snapshotProblems', () => {
  it.each<[string, SchemaVersion[], SchemaVersion[], string[]]>([
    ['same', [v1], [v1], []],
    [
      'an edited version',
      [v1],
      [{ version: 1, stores: { a: 'id, date', b: 'id' } }],
      ['shipped version 1 was edited; append a new version instead'],
    ],
    ['a removed version', [v1], [], ['shipped version 1 was removed']],
    [
      'a version not yet in the snapshot',
      [v1],
      [v1, { version: 2, stores: v1.stores }],
      ['version 2 is not in the snapshot; run UPDATE_SCHEMA_SNAPSHOT=1 npx vitest run src/storage'],
    ],
  ])('%s', (_name, snapshot, versions, expected) => {
    expect(snapshotProblems(snapshot, versions)).toEqual(expected);
  });
});

describe('LEDGER_SCHEMA', () => {
  it('matches the committed snapshot of every shipped version', () => {
    const snapshot = readSnapshot();
    if (process.env['UPDATE_SCHEMA_SNAPSHOT']) {
      // Appends new versions only: a shipped version in the snapshot is never rewritten.
      const added = LEDGER_SCHEMA.filter((v) => !snapshot.versions.some((s) => s.version === v.version));
      if (added.length > 0) {
        snapshot.versions.push(...added);
        writeFileSync(SNAPSHOT_URL, `${JSON.stringify(snapshot, null, 2)}\n`);
      }
    }
    expect(snapshotProblems(readSnapshot().versions, LEDGER_SCHEMA)).toEqual([]);
  });

  it('only ever adds tables and indexes, in strictly increasing versions', () => {
    expect(historyProblems(LEDGER_SCHEMA)).toEqual([]);
    expect(historyProblems(readSnapshot().versions)).toEqual([]);
  });

  it('opens at the last version, with a table for every record table and its primary key id', () => {
    const latest = LEDGER_SCHEMA[LEDGER_SCHEMA.length - 1]!;
    expect(STORAGE_SCHEMA_VERSION).toBe(latest.version);
    for (const table of Object.keys(RECORD_TABLES)) {
      expect(latest.stores, table).toHaveProperty(table);
      expect(parseStore(latest.stores[table as keyof typeof latest.stores]).primaryKey).toBe('id');
    }
  });

  describe('in IndexedDB', () => {
    let db: LedgerDb | undefined;
    afterEach(async () => {
      await db?.delete();
    });

    it('creates exactly the tables and indexes of the last version', async () => {
      db = new LedgerDb(`schema-${crypto.randomUUID()}`);
      await db.open();
      expect(db.verno).toBe(STORAGE_SCHEMA_VERSION);
      const latest = LEDGER_SCHEMA[LEDGER_SCHEMA.length - 1]!;
      const opened = Object.fromEntries(
        db.tables.map((t) => [
          t.name,
          { primaryKey: t.schema.primKey.src, indexes: t.schema.indexes.map((i) => i.src).sort() },
        ]),
      );
      const declared = Object.fromEntries(
        Object.entries(latest.stores).map(([name, spec]) => {
          const { primaryKey, indexes } = parseStore(spec);
          return [name, { primaryKey, indexes: [...indexes].sort() }];
        }),
      );
      expect(opened).toEqual(declared);
    });
  });
});
