// Checks a file chosen to be attached, before any byte of it is stored: its size, and its type as
// told by its first bytes (magic numbers). A file's name and the type the browser reports are both
// guesses from the extension, so a text file renamed `照片.png` would pass them; the bytes cannot lie
// that way. Pure: the caller reads the first bytes (see ATTACHMENT_SNIFF_BYTES).
import {
  ATTACHMENT_TYPES,
  EMPTY_FILE_MESSAGE,
  MAX_ATTACHMENT_BYTES,
  TOO_LARGE_MESSAGE,
  WRONG_TYPE_MESSAGE,
  type AttachmentMediaType,
} from './attachments';

/**
 * How many leading bytes {@link checkAttachmentFile} needs. PDF readers accept `%PDF-` anywhere in
 * the first kilobyte (some scanners write a few bytes before it), so we look as far.
 */
export const ATTACHMENT_SNIFF_BYTES = 1024;

/** What a chosen file looks like before its bytes are read: `File` fits. */
export interface ChosenFile {
  readonly name: string;
  /** Size in bytes. */
  readonly size: number;
}

/** Why a chosen file is refused. */
export type FileRefusalReason = 'empty' | 'too-large' | 'wrong-type';

/** The outcome of {@link checkAttachmentFile}: the type found in the bytes, or why not. */
export type FileCheck =
  { ok: true; mediaType: AttachmentMediaType } | { ok: false; reason: FileRefusalReason; message: string };

/** Whether `bytes` has `signature` at `offset`. */
function hasBytes(bytes: Uint8Array, offset: number, signature: readonly number[]): boolean {
  return signature.every((byte, i) => bytes[offset + i] === byte);
}

const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG = [0xff, 0xd8, 0xff];
const RIFF = ascii('RIFF');
const WEBP = ascii('WEBP');
const PDF = ascii('%PDF-');

/** Whether `%PDF-` starts anywhere in the given bytes. */
function hasPdfHeader(bytes: Uint8Array): boolean {
  const end = Math.min(bytes.length, ATTACHMENT_SNIFF_BYTES) - PDF.length;
  for (let offset = 0; offset <= end; offset++) if (hasBytes(bytes, offset, PDF)) return true;
  return false;
}

/** The accepted type a file's first bytes show, or undefined when they show none of them. */
export function sniffMediaType(head: Uint8Array): AttachmentMediaType | undefined {
  if (hasBytes(head, 0, PNG)) return 'image/png';
  if (hasBytes(head, 0, JPEG)) return 'image/jpeg';
  if (hasBytes(head, 0, RIFF) && hasBytes(head, 8, WEBP)) return 'image/webp';
  if (hasPdfHeader(head)) return 'application/pdf';
  return undefined;
}

/**
 * Checks a chosen file: not empty, not over {@link MAX_ATTACHMENT_BYTES}, and of an accepted type
 * by its first bytes (`head`, at least {@link ATTACHMENT_SNIFF_BYTES} of them when the file is that
 * long). The size is checked first, so a huge file is refused without reading it.
 */
export function checkAttachmentFile(file: ChosenFile, head: Uint8Array): FileCheck {
  if (file.size <= 0) return { ok: false, reason: 'empty', message: EMPTY_FILE_MESSAGE };
  if (file.size > MAX_ATTACHMENT_BYTES) return { ok: false, reason: 'too-large', message: TOO_LARGE_MESSAGE };
  const mediaType = sniffMediaType(head);
  if (!mediaType) return { ok: false, reason: 'wrong-type', message: WRONG_TYPE_MESSAGE };
  return { ok: true, mediaType };
}

/** Whether an attachment of this type can be shown as a picture (thumbnail, preview). */
export function isImageType(mediaType: AttachmentMediaType): boolean {
  return mediaType.startsWith('image/');
}

/** The Chinese name of an attachment type: `PNG 图片`. */
export function attachmentTypeLabel(mediaType: AttachmentMediaType): string {
  return ATTACHMENT_TYPES[mediaType];
}

const KB = 1024;
const MB = 1024 * 1024;

/** Trims a number to at most one decimal, without a trailing `.0`. */
function oneDecimal(value: number): string {
  return String(Math.round(value * 10) / 10);
}

/**
 * A file size as people read it: `0.1 KB`, `12 KB`, `3.5 KB`, `1.2 MB`, `20 MB`. Below 10 of a unit
 * one decimal is kept; a size that would round to `1024 KB` is shown as `1 MB`.
 */
export function formatFileSize(bytes: number): string {
  if (bytes < KB) return `${oneDecimal(Math.max(bytes / KB, 0.1))} KB`;
  if (bytes < MB) {
    const kb = bytes / KB;
    const text = kb < 10 ? oneDecimal(kb) : String(Math.round(kb));
    if (text !== '1024') return `${text} KB`;
  }
  const mb = bytes / MB;
  return `${mb < 10 ? oneDecimal(mb) : String(Math.round(mb))} MB`;
}
