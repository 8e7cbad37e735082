// The files kept on evidence records (附件), for the UI: list, add, read the bytes, count, and
// delete with undo. The work is in src/storage/attachments.ts.
import {
  addAttachment as addAttachmentOf,
  attachmentFiles as attachmentFilesOf,
  countAttachments as countAttachmentsOf,
  listAttachments as listAttachmentsOf,
  readAttachmentBlob as readAttachmentBlobOf,
} from '../attachments';
import { getLedgerDb } from '../instance';
import { onLedger } from './on-ledger';

export type { AttachedFile, AttachmentOwner } from '../attachments';

/** The attachments of one record, oldest first (descriptions only, no bytes). */
export const listAttachments = /* @__PURE__ */ onLedger(listAttachmentsOf);

/** Checks a file and stores it on a record, description and bytes in one transaction. */
export const addAttachment = /* @__PURE__ */ onLedger(addAttachmentOf);

/** How many attachments each of the given records has (from index keys only). */
export const countAttachments = /* @__PURE__ */ onLedger(countAttachmentsOf);

/** The bytes of an attachment; undefined when there are none. */
export const readAttachmentBlob = /* @__PURE__ */ onLedger(readAttachmentBlobOf);

/** Remove and restore of attachments, as the delete-with-undo hook wants them. */
export function attachmentFiles(): ReturnType<typeof attachmentFilesOf> {
  return attachmentFilesOf(getLedgerDb());
}
