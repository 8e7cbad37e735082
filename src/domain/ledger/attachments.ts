import { z } from 'zod';
import { IdSchema, RecordBaseSchema } from './common';

/** Largest file accepted as an attachment: scans and photos, not videos. */
export const MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024;

/** File types accepted as attachments, with their Chinese names. */
export const ATTACHMENT_TYPES = {
  'image/jpeg': 'JPEG 图片',
  'image/png': 'PNG 图片',
  'image/webp': 'WebP 图片',
  'application/pdf': 'PDF 文件',
} as const;

/** An attachment's description; the bytes are stored beside it as a Blob. */
export const AttachmentSchema = RecordBaseSchema.extend({
  /** The table and record the file belongs to. */
  ownerTable: z.string().min(1),
  ownerId: IdSchema,
  /** The file's own name, as chosen by the user. */
  fileName: z.string().trim().min(1).max(200),
  mediaType: z.enum(Object.keys(ATTACHMENT_TYPES) as [keyof typeof ATTACHMENT_TYPES], {
    message: '只能上传 JPEG、PNG、WebP 图片或 PDF 文件',
  }),
  size: z
    .number()
    .int()
    .min(1, { message: '文件是空的' })
    .max(MAX_ATTACHMENT_BYTES, { message: `文件不能大于 ${MAX_ATTACHMENT_BYTES / 1024 / 1024} MB` }),
  /** SHA-256 of the bytes, hex: the name of the file inside archives. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});

export type Attachment = z.output<typeof AttachmentSchema>;
