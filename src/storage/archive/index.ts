// Export and import of the whole ledger as an archive (src/domain/archive/), and undo of the last
// import: export.ts writes and verifies, import.ts applies an archive in one transaction, undo.ts
// restores the copy an import kept (backup.ts), whole.ts reads and hashes the whole ledger.
export { exportLedger, lastVerifiedExport, type ExportResult, type VerifiedExport } from './export';
export { importLedger, type ImportMode, type ImportPlan } from './import';
export { canUndoImport, undoImport } from './undo';
export { ledgerHash } from './whole';
