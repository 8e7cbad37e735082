// Undo of the last import (撤销本次导入): the copy of the ledger the import kept is written back.
import type { LedgerData } from '../../domain/ledger';
import type { LedgerDb } from '../db';
import { storageFailure, type StorageFailure } from '../errors';
import { importBackupKeys, overwriteLedger, RECORD_TABLE_NAMES } from '../ledger';
import { BACKUP, backupPartKey, type BackupPart, type ImportBackup } from './backup';
import { allTables } from './whole';

/** Whether the last import can be undone: when it was made and from which file. */
export async function canUndoImport(db: LedgerDb): Promise<{ at: string; fileName?: string } | undefined> {
  const entry = await db.meta.get(BACKUP);
  const value = entry?.value as Partial<ImportBackup> | undefined;
  if (typeof value?.at !== 'string') return undefined;
  return { at: value.at, ...(value.fileName ? { fileName: value.fileName } : {}) };
}

/**
 * Restores the ledger as it was before the last import (records, settings, attachment bytes): the
 * copy is read first, then written back in one transaction that also deletes it.
 */
export async function undoImport(db: LedgerDb): Promise<{ ok: true } | StorageFailure> {
  let backup: ImportBackup | undefined;
  let data: LedgerData;
  try {
    [backup, data] = await db.transaction('r', db.meta, async () => {
      const head = (await db.meta.get(BACKUP))?.value as ImportBackup | undefined;
      const rows = Object.fromEntries(RECORD_TABLE_NAMES.map((t) => [t, [] as unknown[]]));
      if (head?.data) return [head, head.data] as const;
      for (let index = 0; index < (head?.parts ?? 0); index++) {
        const part = (await db.meta.get(backupPartKey(index)))?.value as BackupPart | undefined;
        if (!part) throw new Error('导入前的副本不完整');
        for (const row of part.rows) rows[part.table]!.push(row);
      }
      return [head, rows as LedgerData] as const;
    });
  } catch (error) {
    return storageFailure(error);
  }
  if (!backup) return { ok: false, reason: 'storage', message: '没有可以撤销的导入。' };
  const copy = backup;
  try {
    // The copy's records were validated when they were first written to the ledger.
    await db.transaction('rw', allTables(db), async () => {
      await overwriteLedger(db, data, { blobs: new Map(copy.blobs.map((b) => [b.id, b.blob])) });
      if (copy.settings) await db.settings.put(copy.settings);
      else await db.settings.delete('settings');
      await importBackupKeys(db).delete();
    });
    return { ok: true };
  } catch (error) {
    return storageFailure(error);
  }
}
