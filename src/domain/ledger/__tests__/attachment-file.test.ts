import { describe, expect, it } from 'vitest';
import { AttachmentSchema, isAttachmentOwnerTable, MAX_ATTACHMENT_BYTES, RECORD_TABLES } from '..';
import {
  ATTACHMENT_SNIFF_BYTES,
  checkAttachmentFile,
  formatFileSize,
  isImageType,
  sniffMediaType,
} from '../attachment-file';
import { attachment } from './builders';

const bytes = (...values: number[]) => new Uint8Array(values);
const text = (value: string) => new TextEncoder().encode(value);
/** `prefix` followed by zeros up to `length` bytes. */
const padded = (prefix: Uint8Array, length = 64) => {
  const out = new Uint8Array(length);
  out.set(prefix);
  return out;
};

const PNG_HEAD = bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d);
const JPEG_HEAD = bytes(0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46);
const WEBP_HEAD = new Uint8Array([...text('RIFF'), 0x24, 0, 0, 0, ...text('WEBPVP8 ')]);
const PDF_HEAD = text('%PDF-1.7\n%âãÏÓ\n');

describe('sniffMediaType', () => {
  it.each<[string, Uint8Array, string | undefined]>([
    ['a PNG', PNG_HEAD, 'image/png'],
    ['a JPEG', JPEG_HEAD, 'image/jpeg'],
    ['a WebP', WEBP_HEAD, 'image/webp'],
    ['a PDF', PDF_HEAD, 'application/pdf'],
    [
      'a PDF with bytes before its header',
      padded(new Uint8Array([...text('\r\n  '), ...PDF_HEAD])),
      'application/pdf',
    ],
    ['plain text', text('会议纪要：同意。'), undefined],
    [
      'a RIFF that is not WebP (a WAV)',
      new Uint8Array([...text('RIFF'), 0, 0, 0, 0, ...text('WAVE')]),
      undefined,
    ],
    ['a GIF', text('GIF89a'), undefined],
    ['a Word file (zip)', bytes(0x50, 0x4b, 0x03, 0x04), undefined],
    ['a PNG cut short', PNG_HEAD.slice(0, 4), undefined],
    ['no bytes', bytes(), undefined],
  ])('%s → %s', (_name, head, expected) => {
    expect(sniffMediaType(head)).toBe(expected);
  });

  it('looks for %PDF- only within the first kilobyte', () => {
    const late = new Uint8Array(ATTACHMENT_SNIFF_BYTES + 64);
    late.set(PDF_HEAD, ATTACHMENT_SNIFF_BYTES);
    expect(sniffMediaType(late)).toBeUndefined();
    const inTime = new Uint8Array(ATTACHMENT_SNIFF_BYTES);
    inTime.set(text('%PDF-'), ATTACHMENT_SNIFF_BYTES - 5);
    expect(sniffMediaType(inTime)).toBe('application/pdf');
  });
});

describe('checkAttachmentFile', () => {
  it.each<[string, { name: string; size: number }, Uint8Array, ReturnType<typeof checkAttachmentFile>]>([
    ['a photo', { name: '活动照片.png', size: 2048 }, PNG_HEAD, { ok: true, mediaType: 'image/png' }],
    [
      'a JPEG named .png: the bytes decide',
      { name: '照片.png', size: 2048 },
      JPEG_HEAD,
      { ok: true, mediaType: 'image/jpeg' },
    ],
    ['a scan', { name: '签到表.pdf', size: 250_000 }, PDF_HEAD, { ok: true, mediaType: 'application/pdf' }],
    [
      'exactly the largest size',
      { name: '大图.jpg', size: MAX_ATTACHMENT_BYTES },
      JPEG_HEAD,
      { ok: true, mediaType: 'image/jpeg' },
    ],
    [
      'a text file renamed .png',
      { name: '照片.png', size: 30 },
      text('这不是图片'),
      { ok: false, reason: 'wrong-type', message: '只能上传 JPEG、PNG、WebP 图片或 PDF 文件' },
    ],
    [
      'one byte over the limit',
      { name: '大图.jpg', size: MAX_ATTACHMENT_BYTES + 1 },
      JPEG_HEAD,
      { ok: false, reason: 'too-large', message: '文件不能大于 20 MB' },
    ],
    [
      'a big file of the wrong type: too big is said first',
      { name: '录像.mp4', size: 50 * 1024 * 1024 },
      bytes(0, 0, 0, 0x18, 0x66, 0x74, 0x79, 0x70),
      { ok: false, reason: 'too-large', message: '文件不能大于 20 MB' },
    ],
    [
      'an empty file',
      { name: '空白.pdf', size: 0 },
      bytes(),
      { ok: false, reason: 'empty', message: '文件是空的' },
    ],
  ])('%s', (_name, file, head, expected) => {
    expect(checkAttachmentFile(file, head)).toEqual(expected);
  });
});

describe('formatFileSize', () => {
  it.each<[number, string]>([
    [1, '0.1 KB'],
    [68, '0.1 KB'],
    [700, '0.7 KB'],
    [1024, '1 KB'],
    [1536, '1.5 KB'],
    [12 * 1024 + 300, '12 KB'],
    [1024 * 1024 - 1, '1 MB'],
    [1024 * 1024, '1 MB'],
    [1.25 * 1024 * 1024, '1.3 MB'],
    [MAX_ATTACHMENT_BYTES, '20 MB'],
  ])('%d bytes → %s', (size, expected) => {
    expect(formatFileSize(size)).toBe(expected);
  });
});

describe('owners and types', () => {
  it('names only record tables as owners, and refuses other owners in the schema', () => {
    for (const table of ['sessions', 'activities', 'documents', 'inspectionProblems'])
      expect(isAttachmentOwnerTable(table)).toBe(true);
    for (const table of ['deputies', 'stations', 'attachments', 'nonsense'])
      expect(isAttachmentOwnerTable(table)).toBe(false);
    for (const table of Object.keys(RECORD_TABLES).filter(isAttachmentOwnerTable))
      expect(AttachmentSchema.safeParse(attachment({ ownerTable: table })).success).toBe(true);
    const result = AttachmentSchema.safeParse(attachment({ ownerTable: 'deputies' }));
    expect(result.error?.issues[0]?.message).toBe('这类记录不能添加附件');
  });

  it('shows images as pictures and PDFs not', () => {
    expect(isImageType('image/webp')).toBe(true);
    expect(isImageType('application/pdf')).toBe(false);
  });
});
