// Writes the first-run setup (township, term, officers, presidium) in one transaction: a ledger is
// either set up completely or not at all.
import { RECORD_TABLES } from '../domain/ledger';
import type { SetupRecords } from '../domain/ledger/setup';
import type { LedgerDb } from './db';
import { storageFailure, type StorageFailure } from './errors';

export type SetupResult = { ok: true } | StorageFailure | { ok: false; reason: 'exists'; message: string };

/** Saves the setup's records; refuses when this browser already holds a township's ledger. */
export async function writeSetup(db: LedgerDb, records: SetupRecords): Promise<SetupResult> {
  try {
    return await db.transaction('rw', [db.township, db.terms, db.officers, db.presidiumMembers], async () => {
      if ((await db.township.count()) > 0)
        return {
          ok: false as const,
          reason: 'exists' as const,
          message: '这个浏览器里已经有乡镇台账，不能重复初始化。',
        };
      await db.township.add(RECORD_TABLES.township.schema.parse(records.township));
      await db.terms.add(RECORD_TABLES.terms.schema.parse(records.term));
      await db.officers.bulkAdd(records.officers.map((o) => RECORD_TABLES.officers.schema.parse(o)));
      await db.presidiumMembers.bulkAdd(
        records.presidiumMembers.map((m) => RECORD_TABLES.presidiumMembers.schema.parse(m)),
      );
      return { ok: true as const };
    });
  } catch (error) {
    return storageFailure(error);
  }
}
