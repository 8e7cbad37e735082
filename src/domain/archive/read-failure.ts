// How the reader's stages refuse an archive, and the small helpers their messages share.
import type { ArchiveFailure, ArchiveFailureReason } from './format';

/** Said after every refusal: the reader never writes, and the importer writes only after it. */
const NOTHING_IMPORTED = '没有导入任何数据。';

/** A refusal: the message, then that nothing was imported. */
export function fail(reason: ArchiveFailureReason, message: string, detail?: string): ArchiveFailure {
  return { ok: false, reason, message: `${message}${NOTHING_IMPORTED}`, ...(detail ? { detail } : {}) };
}

/** A size in MB for messages. */
export function mb(bytes: number): string {
  return `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;
}

/** A raw entry name shown in a message: decoded as UTF-8 when it is, control characters as `?`. */
export function printable(name: string): string {
  const bytes = Uint8Array.from(name, (c) => c.charCodeAt(0));
  const decoded = new TextDecoder('utf-8').decode(bytes);
  return Array.from(decoded, (c) => (c.charCodeAt(0) < 0x20 || c === '\u007f' || c === '\ufffd' ? '?' : c))
    .join('')
    .slice(0, 120);
}

const decoder = new TextDecoder('utf-8', { fatal: true });

/** Decodes UTF-8 text, or undefined when the bytes are not UTF-8. */
export function utf8(bytes: Uint8Array): string | undefined {
  try {
    return decoder.decode(bytes);
  } catch {
    return undefined;
  }
}
