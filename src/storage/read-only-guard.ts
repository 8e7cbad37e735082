// Read-only at the storage layer: a Dexie DBCore middleware that refuses every write of a tab that
// is not the writer (writer-lock.ts), whatever the UI does. The refusal is a ReadOnlyTabError, which
// errors.ts turns into the failure value with reason `readonly`.
import type { DBCore, Middleware } from 'dexie';
import { READ_ONLY_MESSAGE } from '../domain/safety';

/** The error of a write refused because another tab is the writer. */
export class ReadOnlyTabError extends Error {
  override readonly name = 'ReadOnlyTabError';
  constructor() {
    super(READ_ONLY_MESSAGE);
  }
}

/**
 * Tables a reader may still write: `meta` holds bookkeeping, not records — a reader tab that
 * exports a verified archive may record that it did (`lastVerifiedExport`).
 */
const ALWAYS_WRITABLE = new Set(['meta']);

/** The middleware: every `mutate` (add, put, delete, deleteRange) fails while `canWrite()` is false. */
export function readOnlyGuard(canWrite: () => boolean): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'readOnlyGuard',
    create: (down) => ({
      ...down,
      table(tableName) {
        const table = down.table(tableName);
        if (ALWAYS_WRITABLE.has(tableName)) return table;
        return {
          ...table,
          mutate: (request) => (canWrite() ? table.mutate(request) : Promise.reject(new ReadOnlyTabError())),
        };
      },
    }),
  };
}
