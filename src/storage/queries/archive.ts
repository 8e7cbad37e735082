// What the 归档与导入 page and the 立即导出 button do: export and verify the ledger, import an
// archive (dry run against the current ledger, merge or replace, undo). The work is in
// src/storage/archive (export, import, undo); the restore drill is in ./drill.ts.
import type { Township } from '../../domain/ledger';
import {
  canUndoImport as canUndoImportOf,
  exportLedger as exportLedgerOf,
  importLedger as importLedgerOf,
  lastVerifiedExport as lastVerifiedExportOf,
  undoImport as undoImportOf,
} from '../archive';
import type { LedgerDb } from '../db';
import { getLedgerDb } from '../instance';
import { counts, exportAll } from '../ledger';
import { onLedger } from './on-ledger';

export type { ImportMode, ImportPlan } from '../archive';

/** The township and the number of records in all: what an import is checked against. */
export async function readArchiveSummary(
  db: LedgerDb = getLedgerDb(),
): Promise<{ township: Township | undefined; total: number }> {
  const township = await db.township.toCollection().first();
  const perTable = await counts(db);
  return { township, total: Object.values(perTable).reduce((sum, n) => sum + n, 0) };
}

/** Writes the archive of the whole ledger and verifies it by reading it back. */
export const exportLedger = /* @__PURE__ */ onLedger(exportLedgerOf);

/** When and as what the ledger was last exported and verified. */
export const lastVerifiedExport = /* @__PURE__ */ onLedger(lastVerifiedExportOf);

/** The whole ledger as it is, one consistent read (the left side of an import's dry run). */
export const readWholeLedger = /* @__PURE__ */ onLedger(exportAll);

/** Imports a verified archive, all or nothing, keeping a copy for 撤销本次导入. */
export const importLedger = /* @__PURE__ */ onLedger(importLedgerOf);

/** The last import that can still be undone, if any. */
export const canUndoImport = /* @__PURE__ */ onLedger(canUndoImportOf);

/** Puts back the ledger as it was before the last import. */
export const undoImport = /* @__PURE__ */ onLedger(undoImportOf);
