import 'fake-indexeddb/auto';
import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MAX_ATTACHMENT_BYTES } from '../../domain/ledger';
import {
  addAttachment,
  countAttachments,
  listAttachments,
  readAttachmentBlob,
  removeAttachment,
  restoreAttachment,
  type AttachmentOwner,
} from '../attachments';
import { LedgerDb } from '../db';
import { repository } from '../repository';
import { activity, deputy, freshDb, quotaError } from './helpers';

let db: LedgerDb;
beforeEach(() => {
  db = freshDb();
});
afterEach(async () => {
  vi.restoreAllMocks();
  await db.delete();
});

/** The first bytes of a PNG, then some more: enough for the type check. */
const PNG_BYTES = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3, 4, 5, 6, 7, 8]);
const PDF_BYTES = new TextEncoder().encode('%PDF-1.4\n1 0 obj\n<<>>\nendobj\n%%EOF\n');

const png = (name = '活动照片.png', bytes: Uint8Array<ArrayBuffer> = PNG_BYTES) =>
  new File([bytes], name, { type: 'image/png' });
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** A clock that moves one minute on each call, so attachments have distinct stamps. */
function ticking() {
  let minute = 0;
  return () => new Date(Date.UTC(2025, 4, 1, 8, minute++));
}

/** Stores an activity and returns it as an attachment owner. */
async function storedActivity(topic = '进站接待群众'): Promise<AttachmentOwner> {
  const record = activity({ topic });
  await db.activities.put(record);
  return { table: 'activities', id: record.id };
}

async function stored() {
  return { attachments: await db.attachments.count(), blobs: await db.blobs.count() };
}

describe('addAttachment', () => {
  it('stores the description and the bytes under one id, typed by the bytes, with their SHA-256', async () => {
    const owner = await storedActivity();
    const result = await addAttachment(db, owner, new File([PNG_BYTES], ' 照片.png ', { type: '' }), {
      now: () => new Date('2025-05-01T08:00:00.000Z'),
    });
    expect(result).toMatchObject({
      ok: true,
      record: {
        ownerTable: 'activities',
        ownerId: owner.id,
        fileName: '照片.png',
        mediaType: 'image/png',
        size: PNG_BYTES.length,
        sha256: sha256(PNG_BYTES),
        createdAt: '2025-05-01T08:00:00.000Z',
        updatedAt: '2025-05-01T08:00:00.000Z',
      },
    });
    if (!result.ok) return;
    const blob = await readAttachmentBlob(db, result.record.id);
    expect(blob?.type).toBe('image/png');
    expect(new Uint8Array(await blob!.arrayBuffer())).toEqual(PNG_BYTES);
  });

  it('believes the bytes over the name: a PDF named .png is stored as a PDF', async () => {
    const owner = await storedActivity();
    const result = await addAttachment(db, owner, png('扫描件.png', PDF_BYTES));
    expect(result).toMatchObject({ ok: true, record: { mediaType: 'application/pdf' } });
  });

  it.each<[string, () => File, string, string]>([
    [
      'a text file renamed .png',
      () => new File(['这不是图片，是会议记录。'], '照片.png', { type: 'image/png' }),
      'wrong-type',
      '“照片.png”未添加：只能上传 JPEG、PNG、WebP 图片或 PDF 文件。',
    ],
    [
      'a file over 20 MB',
      () => {
        const bytes = new Uint8Array(MAX_ATTACHMENT_BYTES + 1);
        bytes.set(PNG_BYTES);
        return new File([bytes], '大照片.png', { type: 'image/png' });
      },
      'too-large',
      '“大照片.png”未添加：文件不能大于 20 MB。',
    ],
    ['an empty file', () => new File([], '空白.pdf'), 'empty', '“空白.pdf”未添加：文件是空的。'],
  ])('refuses %s with a Chinese message and writes nothing', async (_name, file, reason, message) => {
    const owner = await storedActivity();
    expect(await addAttachment(db, owner, file())).toEqual({ ok: false, reason, message });
    expect(await stored()).toEqual({ attachments: 0, blobs: 0 });
  });

  it('refuses the same bytes twice on one record, but not on another record', async () => {
    const first = await storedActivity('普法宣传');
    const second = await storedActivity('集中培训');
    expect((await addAttachment(db, first, png('a.png'))).ok).toBe(true);
    expect(await addAttachment(db, first, png('b.png'))).toEqual({
      ok: false,
      reason: 'duplicate',
      message: '“b.png”未添加：这条记录已有同样的文件“a.png”。',
    });
    expect((await addAttachment(db, second, png('b.png'))).ok).toBe(true);
    expect(await stored()).toEqual({ attachments: 2, blobs: 2 });
  });

  it('refuses a file for a record that no longer exists', async () => {
    const owner: AttachmentOwner = { table: 'activities', id: crypto.randomUUID() };
    expect(await addAttachment(db, owner, png())).toMatchObject({ ok: false, reason: 'no-owner' });
    expect(await stored()).toEqual({ attachments: 0, blobs: 0 });
  });

  it('maps a full disk to reason quota, and leaves no description without its bytes', async () => {
    const owner = await storedActivity();
    // The description is written first; the bytes then fail: the transaction must undo both.
    const blobsAdd = vi.spyOn(db.blobs, 'add').mockRejectedValue(quotaError());
    const result = await addAttachment(db, owner, png());
    expect(blobsAdd).toHaveBeenCalled();
    expect(result).toMatchObject({ ok: false, reason: 'quota' });
    if (result.ok) return;
    expect(result.message).toMatch(/^“活动照片\.png”未添加：存储空间已满，本次没有保存。/);
    vi.restoreAllMocks();
    expect(await stored()).toEqual({ attachments: 0, blobs: 0 });
  });
});

describe('listAttachments and countAttachments', () => {
  it('lists the files of one record, oldest first, and counts files per record from the index', async () => {
    const options = { now: ticking() };
    const first = await storedActivity('普法宣传');
    const second = await storedActivity('集中培训');
    await addAttachment(db, first, png('2.png', new Uint8Array([...PNG_BYTES, 2])), options);
    await addAttachment(db, second, new File([PDF_BYTES], '签到表.pdf'), options);
    await addAttachment(db, first, png('1.png', new Uint8Array([...PNG_BYTES, 1])), options);

    expect((await listAttachments(db, first)).map((a) => a.fileName)).toEqual(['2.png', '1.png']);
    expect((await listAttachments(db, second)).map((a) => a.fileName)).toEqual(['签到表.pdf']);
    const nobody = crypto.randomUUID();
    expect(await countAttachments(db, [first.id, second.id, nobody])).toEqual(
      new Map([
        [first.id, 2],
        [second.id, 1],
      ]),
    );
    expect(await countAttachments(db, [])).toEqual(new Map());
  });
});

describe('removeAttachment and restoreAttachment', () => {
  it('deletes a file with its bytes, and undo puts both back as they were', async () => {
    const owner = await storedActivity();
    const added = await addAttachment(db, owner, png());
    if (!added.ok) throw new Error(added.message);

    const removed = await removeAttachment(db, added.record.id);
    expect(removed).toMatchObject({ ok: true, record: added.record });
    expect(await stored()).toEqual({ attachments: 0, blobs: 0 });
    if (!removed.ok || !removed.record) return;

    expect(await restoreAttachment(db, removed.record, removed.attachments)).toEqual({
      ok: true,
      record: added.record,
    });
    expect(await listAttachments(db, owner)).toEqual([added.record]);
    const blob = await readAttachmentBlob(db, added.record.id);
    expect(new Uint8Array(await blob!.arrayBuffer())).toEqual(PNG_BYTES);
  });

  it('says so when asked to remove a file that is not there', async () => {
    expect(await removeAttachment(db, crypto.randomUUID())).toEqual({ ok: true, record: undefined });
  });

  it('does not put a file back on a record deleted meanwhile', async () => {
    const owner = await storedActivity();
    const added = await addAttachment(db, owner, png());
    if (!added.ok) throw new Error(added.message);
    const removed = await removeAttachment(db, added.record.id);
    await db.activities.delete(owner.id);
    if (!removed.ok || !removed.record) throw new Error('not removed');
    expect(await restoreAttachment(db, removed.record, removed.attachments)).toMatchObject({
      ok: false,
      message: '附件“活动照片.png”没有恢复：它所属的记录已被删除。',
    });
    expect(await stored()).toEqual({ attachments: 0, blobs: 0 });
  });
});

describe('deleting a record that has files', () => {
  it('takes its files along, leaves other records’ files, and undo brings them all back', async () => {
    const activities = repository(db, 'activities');
    const owner = await storedActivity('普法宣传');
    const other = await storedActivity('集中培训');
    await addAttachment(db, owner, png('a.png'));
    await addAttachment(db, owner, new File([PDF_BYTES], '签到表.pdf'));
    await addAttachment(db, other, png('b.png'));
    const before = await listAttachments(db, owner);

    const removed = await activities.remove(owner.id);
    expect(removed.ok && removed.attachments?.map((f) => f.attachment.fileName).sort()).toEqual([
      'a.png',
      '签到表.pdf',
    ]);
    expect(await activities.get(owner.id)).toBeUndefined();
    expect(await stored()).toEqual({ attachments: 1, blobs: 1 });
    expect((await listAttachments(db, other)).map((a) => a.fileName)).toEqual(['b.png']);
    if (!removed.ok || !removed.record) return;

    expect((await activities.restore(removed.record, removed.attachments)).ok).toBe(true);
    expect(await listAttachments(db, owner)).toEqual(before);
    const pdf = await readAttachmentBlob(db, before.find((a) => a.fileName === '签到表.pdf')!.id);
    expect(await pdf?.text()).toBe(new TextDecoder().decode(PDF_BYTES));
    expect(await stored()).toEqual({ attachments: 3, blobs: 3 });
  });

  it('keeps the record and its files when the delete fails', async () => {
    const activities = repository(db, 'activities');
    const owner = await storedActivity();
    await addAttachment(db, owner, png());
    vi.spyOn(db.blobs, 'bulkDelete').mockRejectedValue(new LedgerDb.DatabaseClosedError('closed'));
    expect(await activities.remove(owner.id)).toMatchObject({ ok: false, reason: 'storage' });
    vi.restoreAllMocks();
    expect(await activities.get(owner.id)).toBeDefined();
    expect(await stored()).toEqual({ attachments: 1, blobs: 1 });
  });

  it('deletes a record of a table without files as before', async () => {
    const deputies = repository(db, 'deputies');
    const record = deputy();
    await db.deputies.put(record);
    expect(await deputies.remove(record.id)).toEqual({ ok: true, record });
  });
});
