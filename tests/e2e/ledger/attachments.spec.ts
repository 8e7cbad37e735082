// Journeys of attachments: attach a photo to an activity, see its thumbnail, preview and download
// it, find it again after a reload, delete it and undo; files that are not pictures or PDFs, or too
// big, are refused with a Chinese message and nothing is stored; deleting the activity takes its
// file along and undo brings both back; a PDF on a presidium meeting opens in a frame.
import { writeFile } from 'node:fs/promises';
import { deflateSync } from 'node:zlib';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { LedgerHomePage, RecordList } from '../ledger-support';

/** CRC-32 of PNG chunks. */
function crc32(bytes: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A real PNG of `width` × `height` pixels: red, green and blue stripes. */
function stripesPng(width: number, height: number): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB, no interlace
  const rows: number[] = [];
  for (let y = 0; y < height; y++) {
    rows.push(0); // filter: none
    const colour = [
      [220, 38, 38],
      [22, 163, 74],
      [37, 99, 235],
    ][Math.floor((y * 3) / height)]!;
    for (let x = 0; x < width; x++) rows.push(...colour);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.from(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const PHOTO = { name: '普法宣传现场.png', mimeType: 'image/png', buffer: stripesPng(48, 36) };
const TOPIC = '“宪法宣传周”普法进村入户';

/** The natural width of an image, 0 until it has loaded and decoded. */
const naturalWidth = (image: Locator) => image.evaluate((img: HTMLImageElement) => img.naturalWidth);

/** One page of a PDF, as a scanner would not write it but any viewer reads it. */
const SIGN_IN_SHEET = Buffer.from(
  [
    '%PDF-1.4',
    '1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj',
    '2 0 obj <</Type /Pages /Kids [3 0 R] /Count 1>> endobj',
    '3 0 obj <</Type /Page /Parent 2 0 R /MediaBox [0 0 300 200]>> endobj',
    'trailer <</Root 1 0 R>>',
    '%%EOF',
  ].join('\n'),
);

/** Fails on any serious or critical axe finding in the part of the page given. */
async function expectAccessible(page: Page, selector: string) {
  const { violations } = await new AxeBuilder({ page }).include(selector).analyze();
  const serious = violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(serious).toEqual([]);
}

/** Collects the browser's Content-Security-Policy refusals (a blob: preview must not be one). */
function cspRefusals(page: Page): string[] {
  const refusals: string[] = [];
  page.on('console', (message) => {
    if (message.text().includes('Content Security Policy')) refusals.push(message.text());
  });
  return refusals;
}

/** Sets up a township and opens the form of a new activity, saved through 添加附件. */
async function newActivityForFiles(page: Page) {
  await new LedgerHomePage(page).setUp();
  await page.goto('/ledger/activities/');
  const list = new RecordList(page);
  const newForm = await list.add('活动');
  await newForm.getByLabel('日期').fill('2025-12-04');
  await newForm.getByLabel('主题').fill(TOPIC);
  // A new record has no files yet: 添加附件 saves it and reopens it, ready for files.
  await expect(newForm.getByText('保存后可添加附件')).toBeVisible();
  await newForm.getByRole('button', { name: '添加附件' }).click();
  const form = list.root.getByRole('form', { name: '编辑活动' });
  await expect(form).toBeVisible();
  await expect(page.getByText(`已保存活动“2025-12-04 ${TOPIC}”，现在可以添加附件。`)).toBeVisible();
  await expect(form.getByText('还没有附件。')).toBeVisible();
  const files = form.getByRole('list', { name: '附件列表' });
  const photo = files.getByRole('listitem').filter({ hasText: PHOTO.name });
  return { list, form, files, photo, row: list.row(TOPIC) };
}

test('attach a photo to an activity, preview it, and find it again after a reload', async ({ page }) => {
  // A journey over setup, a form, a reload and an undo: slow on a busy machine.
  test.slow();
  const refusals = cspRefusals(page);
  const { form, files, photo, row } = await newActivityForFiles(page);

  // The photo is stored as soon as it is chosen, listed with its type, size and thumbnail.
  await form.getByLabel('添加附件').setInputFiles(PHOTO);
  await expect(photo).toContainText('PNG 图片');
  await expect(photo).toContainText(/\d(\.\d)? KB/);
  await expect(form.getByRole('status')).toContainText(`已添加附件“${PHOTO.name}”。`);
  await expect.poll(() => naturalWidth(photo.locator('img.attachment-thumb'))).toBe(48);
  await expect(form.getByRole('heading', { name: '附件（1）' })).toBeVisible();
  await expectAccessible(page, '.record-editor');

  // Preview: the picture itself in a dialog, closed with 关闭.
  await photo.getByRole('button', { name: `预览 ${PHOTO.name}` }).click();
  const preview = page.getByRole('dialog', { name: PHOTO.name });
  await expect(preview).toBeVisible();
  await expect.poll(() => naturalWidth(preview.getByRole('img', { name: PHOTO.name }))).toBe(48);
  await expectAccessible(page, '.attachment-preview');
  await preview.getByRole('button', { name: '关闭' }).click();
  await expect(preview).toBeHidden();

  // Download: the same bytes under the same name.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    photo.getByRole('button', { name: `下载 ${PHOTO.name}` }).click(),
  ]);
  expect(download.suggestedFilename()).toBe(PHOTO.name);
  const parts: Buffer[] = [];
  for await (const part of await download.createReadStream()) parts.push(part as Buffer);
  expect(Buffer.concat(parts).equals(PHOTO.buffer)).toBe(true);

  // The list row shows a paperclip; after a reload the photo is still there, thumbnail and all.
  await form.getByRole('button', { name: '取消' }).click();
  await expect(row.getByTitle('1 个附件')).toBeVisible();
  await page.reload();
  await expect(row.getByTitle('1 个附件')).toBeVisible();
  await row.getByRole('button', { name: '编辑' }).click();
  await expect(files.getByRole('listitem')).toHaveCount(1);
  await expect(photo).toContainText('PNG 图片');
  await expect.poll(() => naturalWidth(photo.locator('img.attachment-thumb'))).toBe(48);

  // Delete the photo, then undo: it comes back with its bytes.
  page.once('dialog', (dialog) => dialog.accept());
  await photo.getByRole('button', { name: `删除 ${PHOTO.name}` }).click();
  await expect(files).toHaveCount(0);
  await expect(form.getByText('还没有附件。')).toBeVisible();
  await form.getByRole('status').getByRole('button', { name: '撤销' }).click();
  await expect(form.getByRole('status')).toContainText(`已恢复附件“${PHOTO.name}”。`);
  await expect.poll(() => naturalWidth(photo.locator('img.attachment-thumb'))).toBe(48);
  expect(refusals).toEqual([]);
});

test('a text file named .png and a picture over 20 MB are refused, and nothing is stored', async ({
  page,
}, testInfo) => {
  test.slow();
  const { form, files, row } = await newActivityForFiles(page);
  // Handed over as files on disk: sending 21 MB through the browser protocol is slow.
  const big = Buffer.alloc(21 * 1024 * 1024);
  PHOTO.buffer.copy(big);
  const bigPath = testInfo.outputPath('高清大图.png');
  await writeFile(bigPath, big);
  const textPath = testInfo.outputPath('会议记录.png');
  await writeFile(textPath, '这不是图片，是会议记录。');
  await form.getByLabel('添加附件').setInputFiles([textPath, bigPath]);
  const refused = form.getByRole('alert');
  await expect(refused).toContainText('“会议记录.png”未添加：只能上传 JPEG、PNG、WebP 图片或 PDF 文件。');
  await expect(refused).toContainText('“高清大图.png”未添加：文件不能大于 20 MB。');
  await expect(files).toHaveCount(0);

  await page.reload();
  await row.getByRole('button', { name: '编辑' }).click();
  await expect(form.getByText('还没有附件。')).toBeVisible();
  await expect(row.getByTitle(/个附件/)).toHaveCount(0);
});

test('deleting an activity takes its photo along, and undo brings both back', async ({ page }) => {
  test.slow();
  const { list, form, photo, row } = await newActivityForFiles(page);
  await form.getByLabel('添加附件').setInputFiles(PHOTO);
  await expect(photo).toBeVisible();
  await form.getByRole('button', { name: '取消' }).click();

  await list.remove(TOPIC);
  await expect(row).toHaveCount(0);
  await expect(page.getByRole('status').filter({ hasText: '及其 1 个附件' })).toBeVisible();
  await page.getByRole('status').getByRole('button', { name: '撤销' }).click();
  await expect(row.getByTitle('1 个附件')).toBeVisible();

  await page.reload();
  await row.getByRole('button', { name: '编辑' }).click();
  await photo.getByRole('button', { name: `预览 ${PHOTO.name}` }).click();
  const preview = page.getByRole('dialog', { name: PHOTO.name });
  await expect.poll(() => naturalWidth(preview.getByRole('img', { name: PHOTO.name }))).toBe(48);
});

test('a scanned sign-in sheet on a presidium meeting opens as a PDF', async ({ page }) => {
  const refusals = cspRefusals(page);
  await new LedgerHomePage(page).setUp();
  await page.goto('/ledger/meetings/');
  const meetings = new RecordList(
    page,
    page.locator('section').filter({ has: page.getByRole('heading', { level: 2, name: '主席团会议' }) }),
  );
  const newForm = await meetings.add('主席团会议');
  await newForm.getByLabel('会议日期').fill('2025-03-01');
  await newForm.getByLabel('出席成员数').fill('3');
  await meetings.save(newForm);

  // A saved record: 编辑 opens its form with the files part ready.
  await meetings
    .row(/^2025-03-01/)
    .getByRole('button', { name: '编辑' })
    .click();
  const form = meetings.root.getByRole('form', { name: '编辑主席团会议' });
  await form.getByLabel('添加附件').setInputFiles({
    name: '主席团会议签到表.pdf',
    mimeType: 'application/pdf',
    buffer: SIGN_IN_SHEET,
  });
  const files = form.getByRole('list', { name: '附件列表' });
  const sheet = files.getByRole('listitem').filter({ hasText: '主席团会议签到表.pdf' });
  await expect(sheet).toContainText('PDF 文件');

  // The same bytes again are not stored twice.
  await form.getByLabel('添加附件').setInputFiles({
    name: '签到表（重复）.pdf',
    mimeType: 'application/pdf',
    buffer: SIGN_IN_SHEET,
  });
  await expect(form.getByRole('alert')).toContainText('这条记录已有同样的文件“主席团会议签到表.pdf”');
  await expect(files.getByRole('listitem')).toHaveCount(1);

  await sheet.getByRole('button', { name: '预览 主席团会议签到表.pdf' }).click();
  const frame = page.getByRole('dialog', { name: '主席团会议签到表.pdf' }).locator('iframe');
  await expect(frame).toHaveAttribute('title', '主席团会议签到表.pdf（PDF 预览）');
  await expect(frame).toHaveAttribute('src', /^blob:/);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toBeHidden();
  await form.getByRole('button', { name: '取消' }).click();
  await expect(meetings.row(/^2025-03-01/).getByTitle('1 个附件')).toBeVisible();
  expect(refusals).toEqual([]);
});
