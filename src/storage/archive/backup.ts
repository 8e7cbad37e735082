// The copy of the ledger an import keeps (meta `preImportBackup` and its parts), for 撤销本次导入.
import type { LedgerData, RecordTable, Settings } from '../../domain/ledger';
import { PRE_IMPORT_BACKUP_KEY } from '../ledger';

/** Meta key of the copy of the ledger taken before the last import (for 撤销本次导入). */
export const BACKUP = PRE_IMPORT_BACKUP_KEY;

/**
 * The meta value of {@link BACKUP}: when, from which file, the settings and the attachment bytes
 * an import removed or replaced; the records are in `parts` entries `preImportBackup#000001`…
 * of {@link BackupPart} (backups written before parts existed hold them in `data`).
 */
export interface ImportBackup {
  at: string;
  fileName?: string;
  parts?: number;
  data?: LedgerData;
  settings: Settings | undefined;
  blobs: { id: string; blob: Blob }[];
}

/** Up to one chunk of one table's records of the pre-import copy. */
export interface BackupPart {
  table: RecordTable;
  rows: unknown[];
}

/** The meta key of the copy's part number `index` (from 0). */
export const backupPartKey = (index: number) => `${BACKUP}#${String(index + 1).padStart(6, '0')}`;
