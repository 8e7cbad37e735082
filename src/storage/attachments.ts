// Attachments: the files (scans, photos, PDFs) kept on evidence records. An attachment's
// description is a record of the `attachments` table; its bytes are a Blob in the `blobs` table
// under the same id, apart so that lists never load files. Every write touches both tables in ONE
// transaction: there is never a description without its bytes, nor bytes without a description.
import {
  AttachmentSchema,
  MAX_ATTACHMENT_BYTES,
  type Attachment,
  type AttachmentOwnerTable,
} from '../domain/ledger';
import {
  ATTACHMENT_SNIFF_BYTES,
  checkAttachmentFile,
  type FileRefusalReason,
} from '../domain/ledger/attachment-file';
import { sha256Hex } from '../domain/utils/canonical-json';
import type { LedgerDb } from './db';
import { recordTable } from './schema';
import {
  invalidFailure,
  storageFailure,
  type InvalidFailure,
  type StorageFailure,
  type WriteResult,
} from './errors';
import type { RemoveResult, RepositoryOptions } from './repository';

/** The record a file is attached to. */
export interface AttachmentOwner {
  table: AttachmentOwnerTable;
  id: string;
}

/** An attachment with its bytes: what a delete takes away and its undo puts back. */
export interface AttachedFile {
  attachment: Attachment;
  /** Undefined only for an attachment whose bytes were never loaded (an archive without them). */
  blob: Blob | undefined;
}

/** A file that was not added, and why; nothing was written. */
export interface FileRefusal {
  ok: false;
  /**
   * `empty`, `too-large`, `wrong-type`: the file itself (see checkAttachmentFile); `duplicate`: the
   * same bytes are already attached to this record; `no-owner`: the record was deleted meanwhile.
   */
  reason: FileRefusalReason | 'duplicate' | 'no-owner';
  message: string;
}

/** The outcome of {@link addAttachment}. */
export type AddAttachmentResult =
  { ok: true; record: Attachment } | FileRefusal | InvalidFailure | StorageFailure;

/** A chosen file: a browser `File`, or any Blob with a name. */
export type NamedBlob = Blob & { readonly name: string };

/** SHA-256 of the bytes, as lowercase hex (also on a plain-HTTP origin: see sha256Hex). */
async function blobSha256(blob: Blob): Promise<string> {
  return sha256Hex(new Uint8Array(await blob.arrayBuffer()));
}

/** The message of a file that was not added: it names the file, since several may be chosen. */
function notAdded(fileName: string, message: string): string {
  return `“${fileName}”未添加：${message}${/[。！？]$/.test(message) ? '' : '。'}`;
}

function refusal(reason: FileRefusal['reason'], fileName: string, message: string): FileRefusal {
  return { ok: false, reason, message: notAdded(fileName, message) };
}

/**
 * Attaches a chosen file to a record. The file is checked first (size, then its type from its
 * first bytes: a text file renamed `.png` is refused), its SHA-256 computed, its description
 * validated; then the description and the bytes are written in one transaction, which also checks
 * that the record still exists and does not already carry the same bytes. Nothing is written when
 * anything fails, a full disk (`quota`) included.
 */
export async function addAttachment(
  db: LedgerDb,
  owner: AttachmentOwner,
  file: NamedBlob,
  options: RepositoryOptions = {},
): Promise<AddAttachmentResult> {
  const fileName = file.name.trim() || '未命名文件';
  // The size is checked before any byte is read, so a huge file is refused at once.
  const readable = file.size > 0 && file.size <= MAX_ATTACHMENT_BYTES;
  const head = readable
    ? new Uint8Array(await file.slice(0, ATTACHMENT_SNIFF_BYTES).arrayBuffer())
    : new Uint8Array();
  const check = checkAttachmentFile(file, head);
  if (!check.ok) return refusal(check.reason, fileName, check.message);

  const stamp = (options.now ?? (() => new Date()))().toISOString();
  const parsed = AttachmentSchema.safeParse({
    id: (options.newId ?? (() => crypto.randomUUID()))(),
    createdAt: stamp,
    updatedAt: stamp,
    ownerTable: owner.table,
    ownerId: owner.id,
    fileName,
    mediaType: check.mediaType,
    size: file.size,
    sha256: await blobSha256(file),
  });
  if (!parsed.success) return invalidFailure(`附件“${fileName}”`, parsed.error);
  const attachment = parsed.data;
  // Stored under the type its bytes show, so that a preview (an <img>, a PDF frame) reads it right.
  const blob = new Blob([file], { type: attachment.mediaType });

  const ownerStore = recordTable(db, owner.table);
  try {
    return await db.transaction(
      'rw',
      [ownerStore, db.attachments, db.blobs],
      async (): Promise<AddAttachmentResult> => {
        if (!(await ownerStore.get(owner.id))) return refusal('no-owner', fileName, '这条记录已被删除');
        const same = await db.attachments
          .where('[ownerTable+ownerId]')
          .equals([owner.table, owner.id])
          .filter((a) => a.sha256 === attachment.sha256)
          .first();
        if (same) return refusal('duplicate', fileName, `这条记录已有同样的文件“${same.fileName}”`);
        await db.attachments.add(attachment);
        await db.blobs.add({ id: attachment.id, blob });
        return { ok: true, record: attachment };
      },
    );
  } catch (error) {
    const failure = storageFailure(error);
    return { ...failure, message: notAdded(fileName, failure.message) };
  }
}

/** The attachments of one record, oldest first (descriptions only, no bytes). */
export async function listAttachments(db: LedgerDb, owner: AttachmentOwner): Promise<Attachment[]> {
  const rows = await db.attachments.where('[ownerTable+ownerId]').equals([owner.table, owner.id]).toArray();
  return rows.sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.fileName.localeCompare(b.fileName));
}

/**
 * How many attachments each of the given records has (records without any are left out). Reads
 * only the `ownerId` index's keys: neither descriptions nor bytes.
 */
export async function countAttachments(
  db: LedgerDb,
  ownerIds: readonly string[],
): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  if (ownerIds.length === 0) return counts;
  const keys = await db.attachments.where('ownerId').anyOf(ownerIds).keys();
  for (const key of keys) counts.set(String(key), (counts.get(String(key)) ?? 0) + 1);
  return counts;
}

/** The bytes of an attachment, typed by their media type; undefined when there are none. */
export async function readAttachmentBlob(db: LedgerDb, id: string): Promise<Blob | undefined> {
  return (await db.blobs.get(id))?.blob;
}

/**
 * Deletes the attachments of a record with their bytes, and returns them for undo. It must run
 * inside a read-write transaction over the `attachments` and `blobs` tables (the caller's, which
 * also deletes the record), so the record and its files go together or not at all.
 */
export async function takeAttachmentsOf(db: LedgerDb, ownerId: string): Promise<AttachedFile[]> {
  const attachments = await db.attachments.where('ownerId').equals(ownerId).toArray();
  if (attachments.length === 0) return [];
  const ids = attachments.map((a) => a.id);
  const blobs = await db.blobs.bulkGet(ids);
  await db.attachments.bulkDelete(ids);
  await db.blobs.bulkDelete(ids);
  return attachments.map((attachment, i) => ({ attachment, blob: blobs[i]?.blob }));
}

/**
 * Validates files taken away by a delete, for putting them back: the parsed attachments, or the
 * failure of the first one that no longer passes its schema.
 */
export function parseAttachedFiles(files: readonly AttachedFile[]): AttachedFile[] | InvalidFailure {
  const parsed: AttachedFile[] = [];
  for (const file of files) {
    const result = AttachmentSchema.safeParse(file.attachment);
    if (!result.success) return invalidFailure(`附件“${file.attachment.fileName}”`, result.error);
    parsed.push({ attachment: result.data, blob: file.blob });
  }
  return parsed;
}

/**
 * Writes files back exactly as they were (same ids and stamps). It must run inside a read-write
 * transaction over the `attachments` and `blobs` tables; the files must have passed
 * {@link parseAttachedFiles}.
 */
export async function putAttachedFiles(db: LedgerDb, files: readonly AttachedFile[]): Promise<void> {
  if (files.length === 0) return;
  await db.attachments.bulkPut(files.map((f) => f.attachment));
  await db.blobs.bulkPut(files.flatMap((f) => (f.blob ? [{ id: f.attachment.id, blob: f.blob }] : [])));
}

/**
 * Deletes one attachment with its bytes, in one transaction, and returns it with its bytes (as
 * `attachments`) so that undo can put both back through {@link restoreAttachment}.
 */
export async function removeAttachment(db: LedgerDb, id: string): Promise<RemoveResult<Attachment>> {
  try {
    return await db.transaction('rw', [db.attachments, db.blobs], async () => {
      const attachment = await db.attachments.get(id);
      if (!attachment) return { ok: true as const, record: undefined };
      const stored = await db.blobs.get(id);
      await db.attachments.delete(id);
      await db.blobs.delete(id);
      return { ok: true as const, record: attachment, attachments: [{ attachment, blob: stored?.blob }] };
    });
  } catch (error) {
    return storageFailure(error);
  }
}

/**
 * Puts a deleted attachment back with its bytes (from `files`, as {@link removeAttachment}
 * returned them), in one transaction. Refused when its record was deleted meanwhile.
 */
export async function restoreAttachment(
  db: LedgerDb,
  record: Attachment,
  files: readonly AttachedFile[] = [],
): Promise<WriteResult<Attachment>> {
  const parsed = parseAttachedFiles([
    { attachment: record, blob: files.find((f) => f.attachment.id === record.id)?.blob },
  ]);
  if (!Array.isArray(parsed)) return parsed;
  const [file] = parsed as [AttachedFile];
  const ownerStore = recordTable(db, file.attachment.ownerTable);
  try {
    return await db.transaction('rw', [ownerStore, db.attachments, db.blobs], async () => {
      if (!(await ownerStore.get(file.attachment.ownerId)))
        return {
          ok: false as const,
          reason: 'storage' as const,
          message: `附件“${file.attachment.fileName}”没有恢复：它所属的记录已被删除。`,
        };
      await putAttachedFiles(db, [file]);
      return { ok: true as const, record: file.attachment };
    });
  } catch (error) {
    return storageFailure(error);
  }
}

/** The attachments of a database as the delete-with-undo hook wants them (remove and restore). */
export function attachmentFiles(db: LedgerDb) {
  return {
    remove: (id: string) => removeAttachment(db, id),
    restore: (record: Attachment, files?: readonly AttachedFile[]) => restoreAttachment(db, record, files),
  };
}
