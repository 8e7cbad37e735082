// The copy of the ledger kept before a schema upgrade. Upgrades only add tables and indexes (see
// LEDGER_SCHEMA in db.ts), but an upgrade that went wrong must never cost a township its records:
// when a browser opens a ledger written by an older version, the first upgrade step copies every
// record table and the settings, as they were, into `meta` (a head `preUpgradeCopy` and parts
// `preUpgradeCopy#000001`…), in the upgrade's own transaction — so either the upgrade and the copy
// both happen, or neither. The 存储状况 panel offers to restore it or to delete it.
//
// Attachment bytes are not copied: no upgrade touches the `blobs` store.
import type { Transaction } from 'dexie';
import { SettingsSchema, type LedgerData, type RecordTable, type Settings } from '../domain/ledger';
import type { LedgerDb } from './db';
import type { SchemaVersion } from './schema';
import { storageFailure, type StorageFailure } from './errors';
import { overwriteLedger, RECORD_TABLE_NAMES, REPLACE_CHUNK_SIZE } from './ledger';

/** The meta key of the copy's head; its parts follow it (`#000001`…). */
export const PRE_UPGRADE_KEY = 'preUpgradeCopy';

const partKey = (index: number) => `${PRE_UPGRADE_KEY}#${String(index + 1).padStart(6, '0')}`;
const NOT_RECORDS = new Set(['settings', 'blobs', 'meta', 'changeLog']);

/** The head of the copy. */
interface CopyHead {
  /** The version the ledger was written by, and the one it was upgraded to. */
  fromVersion: number;
  toVersion: number;
  at: string;
  parts: number;
  records: number;
  settings: unknown;
}

/** Up to one chunk of one table's records. */
interface CopyPart {
  table: RecordTable;
  rows: unknown[];
}

/** What the panel shows of a kept copy. */
export interface PreUpgradeCopy {
  fromVersion: number;
  toVersion: number;
  at: string;
  records: number;
}

/**
 * Copies the ledger as the schema `from` left it. Runs inside Dexie's upgrade transaction (the
 * upgrade function of the first version above `from`), so it uses only that transaction's tables.
 */
export async function keepPreUpgradeCopy(
  tx: Transaction,
  from: SchemaVersion,
  toVersion: number,
  now: () => Date = () => new Date(),
): Promise<void> {
  const meta = tx.table('meta');
  await meta.where('key').startsWith(PRE_UPGRADE_KEY).delete();
  const tables = Object.keys(from.stores).filter((t) => !NOT_RECORDS.has(t)) as RecordTable[];
  let parts = 0;
  let records = 0;
  for (const table of tables) {
    const rows = await tx.table(table).toArray();
    records += rows.length;
    for (let start = 0; start < rows.length; start += REPLACE_CHUNK_SIZE)
      await meta.put({
        key: partKey(parts++),
        value: { table, rows: rows.slice(start, start + REPLACE_CHUNK_SIZE) } satisfies CopyPart,
      });
  }
  const head: CopyHead = {
    fromVersion: from.version,
    toVersion,
    at: now().toISOString(),
    parts,
    records,
    settings: (await tx.table('settings').get('settings')) ?? null,
  };
  await meta.put({ key: PRE_UPGRADE_KEY, value: head });
}

/** The copy kept before the last upgrade, if any. */
export async function preUpgradeCopy(db: LedgerDb): Promise<PreUpgradeCopy | undefined> {
  const head = (await db.meta.get(PRE_UPGRADE_KEY))?.value as CopyHead | undefined;
  if (!head) return undefined;
  const { fromVersion, toVersion, at, records } = head;
  return { fromVersion, toVersion, at, records };
}

/**
 * Puts the ledger back as it was before the upgrade: every record table (tables added by the
 * upgrade come back empty) and the settings, in one transaction that also deletes the copy.
 */
export async function restorePreUpgradeCopy(db: LedgerDb): Promise<{ ok: true } | StorageFailure> {
  try {
    const [head, data] = await db.transaction('r', db.meta, async () => {
      const head = (await db.meta.get(PRE_UPGRADE_KEY))?.value as CopyHead | undefined;
      const rows = Object.fromEntries(RECORD_TABLE_NAMES.map((t) => [t, [] as unknown[]]));
      for (let index = 0; index < (head?.parts ?? 0); index++) {
        const part = (await db.meta.get(partKey(index)))?.value as CopyPart | undefined;
        if (!part) throw new Error('升级前的副本不完整，无法恢复');
        for (const row of part.rows) rows[part.table]?.push(row);
      }
      return [head, rows as LedgerData] as const;
    });
    if (!head) return { ok: false, reason: 'storage', message: '没有升级前的副本。' };
    const settings = SettingsSchema.safeParse(head.settings);
    await db.transaction(
      'rw',
      [...RECORD_TABLE_NAMES.map((t) => db.table(t)), db.blobs, db.settings, db.meta],
      async () => {
        // The copy's records were validated when they were first written.
        await overwriteLedger(db, data);
        if (settings.success) await db.settings.put(settings.data satisfies Settings);
        else await db.settings.delete('settings');
        await db.meta.where('key').startsWith(PRE_UPGRADE_KEY).delete();
      },
    );
    return { ok: true };
  } catch (error) {
    return storageFailure(error);
  }
}

/** Deletes the copy (once the upgraded ledger is known to be right). */
export async function discardPreUpgradeCopy(db: LedgerDb): Promise<{ ok: true } | StorageFailure> {
  try {
    await db.meta.where('key').startsWith(PRE_UPGRADE_KEY).delete();
    return { ok: true };
  } catch (error) {
    return storageFailure(error);
  }
}
