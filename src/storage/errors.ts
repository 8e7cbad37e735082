// Expected storage failures as values, with a closed set of reasons and readable Chinese messages.
import type { z } from 'zod';
import { READ_ONLY_MESSAGE } from '../domain/safety';
import { fieldMessages, summarizeIssues } from '../domain/utils/error-map';

/** A record did not pass its schema: nothing was written. */
export interface InvalidFailure {
  ok: false;
  reason: 'invalid';
  /** One message per field path (`name`, `levels`, `test.entitled`), for showing next to fields. */
  issues: Record<string, string>;
  message: string;
}

/**
 * The browser refused the write (`quota`: disk or origin quota full; `readonly`: another tab is
 * the writer, see writer-lock.ts): nothing was written.
 */
export interface StorageFailure {
  ok: false;
  reason: 'quota' | 'storage' | 'readonly';
  message: string;
}

/** The outcome of a write: the record as stored, or why nothing was written. */
export type WriteResult<T> = { ok: true; record: T } | InvalidFailure | StorageFailure;

/** Every reason a write may fail for; UI code may switch over it exhaustively. */
export type WriteFailureReason = InvalidFailure['reason'] | StorageFailure['reason'];

const UNCHANGED = '已保存的数据没有改变。';

/** The invalid-record failure for a zod error, with a summary that names the table. */
export function invalidFailure(label: string, error: z.ZodError): InvalidFailure {
  return {
    ok: false,
    reason: 'invalid',
    issues: fieldMessages(error),
    message: `${label}未保存：${summarizeIssues(error)}。`,
  };
}

/**
 * Whether an error (or any error it wraps) is the browser's quota error. Dexie wraps IndexedDB's
 * `QuotaExceededError` in its own errors (`AbortError` with `inner`, `BulkError` with `failures`),
 * and older Firefox names it `NS_ERROR_DOM_QUOTA_REACHED`.
 */
export function isQuotaError(error: unknown, depth = 0): boolean {
  if (depth > 5 || typeof error !== 'object' || error === null) return false;
  const e = error as { name?: unknown; inner?: unknown; cause?: unknown; failures?: unknown };
  if (e.name === 'QuotaExceededError' || e.name === 'NS_ERROR_DOM_QUOTA_REACHED') return true;
  if (isQuotaError(e.inner, depth + 1) || isQuotaError(e.cause, depth + 1)) return true;
  return Array.isArray(e.failures) && e.failures.some((f) => isQuotaError(f, depth + 1));
}

/** Whether an error (or any error it wraps) is the read-only guard's refusal (read-only-guard.ts). */
export function isReadOnlyError(error: unknown, depth = 0): boolean {
  if (depth > 5 || typeof error !== 'object' || error === null) return false;
  const e = error as { name?: unknown; inner?: unknown; cause?: unknown; failures?: unknown };
  if (e.name === 'ReadOnlyTabError') return true;
  if (isReadOnlyError(e.inner, depth + 1) || isReadOnlyError(e.cause, depth + 1)) return true;
  return Array.isArray(e.failures) && e.failures.some((f) => isReadOnlyError(f, depth + 1));
}

/** The failure value for an error thrown by IndexedDB or Dexie during a write. */
export function storageFailure(error: unknown): StorageFailure {
  // A refusal carries its own message (the writer lock's, or the restore drill's: drill.ts).
  if (isReadOnlyError(error))
    return {
      ok: false,
      reason: 'readonly',
      message:
        error instanceof Error && error.name === 'ReadOnlyTabError' ? error.message : READ_ONLY_MESSAGE,
    };
  if (isQuotaError(error))
    return {
      ok: false,
      reason: 'quota',
      message: `存储空间已满，本次没有保存。请先导出归档，再删除不需要的附件或清理磁盘后重试；${UNCHANGED}`,
    };
  const name = typeof error === 'object' && error !== null && 'name' in error ? String(error.name) : '';
  return {
    ok: false,
    reason: 'storage',
    message: `浏览器存储写入失败${name ? `（${name}）` : ''}，本次没有保存。请刷新页面后重试；${UNCHANGED}`,
  };
}
