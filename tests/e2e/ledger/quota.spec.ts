// A full disk, for real: Chromium's own quota (set through the DevTools protocol) refuses the
// ledger's writes during a save, an attachment upload and an import. Each time the page says so
// in Chinese and the database is exactly as it was, by hash of every object store (issue: rooms
// and doors, real failures where they can be real). Chromium enforces an overridden quota only
// for a profile on disk, so this test runs in a persistent context of its own.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, expect, test, type BrowserContext, type Page } from '@playwright/test';
import yaml from 'js-yaml';
import { demoOfSize } from '../../../bench/demo-size';
import { writeArchive } from '../../../src/domain/archive/write';
import { CatalogueSchema } from '../../../src/domain/schemas/duty';
import { ArchivePage } from '../archive-support';
import { databaseHash, LedgerHomePage, RecordList } from '../ledger-support';

const FULL = /存储空间已满/;

/** A small but real PDF: the upload checks a file's first bytes against its type. */
const PDF = {
  name: '视察报告扫描件.pdf',
  mimeType: 'application/pdf',
  buffer: Buffer.concat([
    Buffer.from('%PDF-1.4\n'),
    Buffer.alloc(256 * 1024, 0x20),
    Buffer.from('\n%%EOF\n'),
  ]),
};

/** The origin's quota in this test: room for the demo township, and little more. */
const QUOTA_BYTES = 64 * 1024 * 1024;

/**
 * Gives the site's origin a small quota. Chromium applies an overridden quota to an origin's
 * storage when it is first opened, so this runs before the first page of the origin.
 */
async function limitQuota(baseURL: string) {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Storage.overrideQuotaForOrigin', {
    origin: new URL(baseURL).origin,
    quotaSize: QUOTA_BYTES,
  });
}

/**
 * Fills what is left of the origin's quota with a database of filler bytes, halving the chunk
 * each time a write is refused, until even 1 byte is refused (Chromium lets a write through
 * that fits in the room it last counted, so none may be left). Returns the bytes written. Each
 * refused action fills the disk right before it, as Chromium counts an origin's usage anew now and
 * then; the filler stays open (closing it lets the database compact and free room), and the fill
 * runs twice, as the first pass's own bookkeeping can still settle.
 */
function fillDisk(): Promise<number> {
  return page.evaluate(async () => {
    const held = (window as { quotaFiller?: IDBDatabase }).quotaFiller;
    const db =
      held ??
      (await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open('quota-filler');
        open.onupgradeneeded = () => open.result.createObjectStore('bytes', { autoIncrement: true });
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      }));
    (window as { quotaFiller?: IDBDatabase }).quotaFiller = db;
    const put = (size: number) =>
      new Promise<boolean>((resolve) => {
        const tx = db.transaction('bytes', 'readwrite');
        tx.objectStore('bytes').add(new Blob([new Uint8Array(size)]));
        tx.oncomplete = () => resolve(true);
        tx.onabort = () => resolve(false);
      });
    let written = 0;
    for (let pass = 0; pass < 2; pass++)
      for (let size = 8 * 1024 * 1024; size >= 1;) {
        if (await put(size)) written += size;
        else size = Math.floor(size / 2);
      }
    return written;
  });
}

/** Deletes the filler: the disk has room again. */
function freeDisk(): Promise<void> {
  return page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        (window as { quotaFiller?: IDBDatabase }).quotaFiller?.close();
        const request = indexedDB.deleteDatabase('quota-filler');
        request.onsuccess = () => resolve();
        request.onerror = () => reject(request.error);
      }),
  );
}

test.describe.configure({ mode: 'serial', timeout: 180_000 });

let archivePath: string;

test.beforeAll(async ({ browserName: _ }, testInfo) => {
  const catalogue = CatalogueSchema.parse(
    yaml.load(await readFile('content/duties.yaml', 'utf8'), { schema: yaml.JSON_SCHEMA }),
  );
  const bytes = await writeArchive({
    data: demoOfSize(3_000, { seed: 7 }),
    settings: undefined,
    blobs: new Map(),
    catalogue,
    appVersion: 'e2e',
    now: new Date(),
  });
  archivePath = testInfo.outputPath('demo-3000.zip');
  await writeFile(archivePath, bytes);
});

let context: BrowserContext;
let page: Page;
let profile: string;

test.beforeEach(async ({ browserName: _ }, testInfo) => {
  const { baseURL, launchOptions, locale, timezoneId } = testInfo.project.use;
  profile = await mkdtemp(join(tmpdir(), 'quota-profile-'));
  context = await chromium.launchPersistentContext(profile, {
    ...launchOptions,
    ...(baseURL ? { baseURL } : {}),
    ...(locale ? { locale } : {}),
    ...(timezoneId ? { timezoneId } : {}),
    serviceWorkers: 'block',
  });
  page = context.pages()[0] ?? (await context.newPage());
});

test.afterEach(async () => {
  await context.close();
  await rm(profile, { recursive: true, force: true });
});

test('a full disk refuses a save, an upload and an import, and the ledger stays as it was', async ({
  baseURL,
}) => {
  await limitQuota(baseURL!);
  await new LedgerHomePage(page).loadDemo();
  const before = await databaseHash(page);

  // A save: the form stays open with the message, nothing is written.
  await page.goto('/ledger/deputies/');
  const deputies = new RecordList(page);
  const form = await deputies.add('代表');
  await form.getByLabel('姓名').fill('存储测试');
  await form.getByLabel('任职日期').fill('2021-05-10');
  expect(await fillDisk()).toBeGreaterThan(0);
  await form.getByRole('button', { name: '保存' }).click();
  await expect(page.getByText(FULL).first()).toBeVisible();
  await expect(form).toBeVisible();
  expect(await databaseHash(page)).toBe(before);

  // An upload to an existing activity.
  await page.goto('/ledger/activities/');
  const activities = new RecordList(page);
  await activities.table.locator('tbody tr').first().getByRole('button', { name: '编辑' }).click();
  const editor = activities.root.getByRole('form', { name: '编辑活动' });
  await expect(editor).toBeVisible();
  await fillDisk();
  await editor.getByLabel('添加附件').setInputFiles(PDF);
  await expect(editor.getByText(FULL).first()).toBeVisible();
  expect(await databaseHash(page)).toBe(before);

  // An import that replaces the ledger.
  const archive = new ArchivePage(page);
  await archive.goto();
  await archive.choose(archivePath);
  await expect(archive.review).toBeVisible({ timeout: 120_000 });
  await archive.review.getByLabel('替换当前台账').check();
  await fillDisk();
  page.once('dialog', (dialog) => dialog.accept());
  await archive.review.getByRole('button', { name: '开始导入' }).click();
  await expect(archive.importSection.getByText(FULL).first()).toBeVisible({ timeout: 120_000 });
  expect(await databaseHash(page)).toBe(before);

  // With room again, the same save goes through: the refusals above were the quota's.
  await freeDisk();
  await page.goto('/ledger/deputies/');
  const again = await deputies.add('代表');
  await again.getByLabel('姓名').fill('存储测试');
  await again.getByLabel('任职日期').fill('2021-05-10');
  await deputies.save(again);
  await expect(deputies.row('存储测试')).toBeVisible();
});
