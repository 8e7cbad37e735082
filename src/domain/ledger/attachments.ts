import { z } from 'zod';
import { IdSchema, RecordBaseSchema } from './field-schemas';

/** Largest file accepted as an attachment: scans and photos, not videos. */
export const MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024;

/** File types accepted as attachments, with their Chinese names. */
export const ATTACHMENT_TYPES = {
  'image/jpeg': 'JPEG 图片',
  'image/png': 'PNG 图片',
  'image/webp': 'WebP 图片',
  'application/pdf': 'PDF 文件',
} as const;

/** A media type an attachment may have. */
export type AttachmentMediaType = keyof typeof ATTACHMENT_TYPES;

/**
 * The record tables whose records are evidence and so may carry files: the scanned sign-in sheet
 * of a session, the photos of an activity, the signed reply to a suggestion, the 验收 report of a
 * 民生实事 project, a filed document, the rectification proof of an inspection problem.
 */
export const ATTACHMENT_OWNER_TABLES = [
  'sessions',
  'presidiumMeetings',
  'activities',
  'inspectionProblems',
  'suggestions',
  'livelihoodProjects',
  'documents',
] as const;

/** A record table whose records may carry attachments. */
export type AttachmentOwnerTable = (typeof ATTACHMENT_OWNER_TABLES)[number];

/** Whether records of this table may carry attachments. */
export function isAttachmentOwnerTable(table: string): table is AttachmentOwnerTable {
  return (ATTACHMENT_OWNER_TABLES as readonly string[]).includes(table);
}

/** The message for a file of a type that is not accepted. */
export const WRONG_TYPE_MESSAGE = '只能上传 JPEG、PNG、WebP 图片或 PDF 文件';
/** The message for a file over {@link MAX_ATTACHMENT_BYTES}. */
export const TOO_LARGE_MESSAGE = `文件不能大于 ${MAX_ATTACHMENT_BYTES / 1024 / 1024} MB`;
/** The message for a file of no bytes. */
export const EMPTY_FILE_MESSAGE = '文件是空的';

/** An attachment's description; the bytes are stored beside it as a Blob. */
export const AttachmentSchema = RecordBaseSchema.extend({
  /** The table of the record the file belongs to: one of {@link ATTACHMENT_OWNER_TABLES}. */
  ownerTable: z.enum(ATTACHMENT_OWNER_TABLES, { message: '这类记录不能添加附件' }),
  /** The id of the record the file belongs to. */
  ownerId: IdSchema,
  /** The file's own name, as chosen by the user. */
  fileName: z.string().trim().min(1).max(200),
  /** The type found in the file's first bytes (not the one its name or the browser claimed). */
  mediaType: z.enum(Object.keys(ATTACHMENT_TYPES) as [AttachmentMediaType], {
    message: WRONG_TYPE_MESSAGE,
  }),
  /** Size of the bytes, in bytes. */
  size: z
    .number()
    .int()
    .min(1, { message: EMPTY_FILE_MESSAGE })
    .max(MAX_ATTACHMENT_BYTES, { message: TOO_LARGE_MESSAGE }),
  /** SHA-256 of the bytes, hex: the name of the file inside archives. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});

export type Attachment = z.output<typeof AttachmentSchema>;
