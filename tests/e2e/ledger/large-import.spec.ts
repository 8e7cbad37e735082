// A 100,000-record import is all or nothing: closing the tab in the middle of it, or pressing 取消,
// leaves the ledger exactly as it was — every store of the database, by hash (issue: data safety,
// failures). The archive is the demo generator's township at 100,000 records, written in Node.
import { readFile, writeFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import yaml from 'js-yaml';
import { demoOfSize, recordCount } from '../../../bench/demo-size';
import { writeArchive } from '../../../src/domain/archive/write';
import { CatalogueSchema } from '../../../src/domain/schemas/duty';
import { ArchivePage } from '../archive-support';
import { databaseHash, LedgerHomePage } from '../ledger-support';

// Writing, reading and verifying 100,000 records takes minutes on a busy 2-core machine.
test.describe.configure({ mode: 'serial', timeout: 600_000 });

let archivePath: string;

test.beforeAll(async ({ browserName: _ }, testInfo) => {
  testInfo.setTimeout(300_000);
  const catalogue = CatalogueSchema.parse(
    yaml.load(await readFile('content/duties.yaml', 'utf8'), { schema: yaml.JSON_SCHEMA }),
  );
  const data = demoOfSize(100_000);
  expect(recordCount(data)).toBeGreaterThan(95_000);
  const bytes = await writeArchive({
    data,
    settings: undefined,
    blobs: new Map(),
    catalogue,
    appVersion: 'e2e',
    now: new Date(),
  });
  archivePath = testInfo.outputPath('demo-100000.zip');
  await writeFile(archivePath, bytes);
});

/** Loads the demo township, then chooses the big archive and starts replacing the ledger with it. */
async function startBigImport(page: Page): Promise<{ before: string; archive: ArchivePage }> {
  await new LedgerHomePage(page).loadDemo();
  const archive = new ArchivePage(page);
  await archive.goto();
  const before = await databaseHash(page);
  await archive.choose(archivePath);
  await expect(archive.review).toBeVisible({ timeout: 300_000 });
  await archive.review.getByLabel('替换当前台账').check();
  page.once('dialog', (dialog) => dialog.accept());
  await archive.review.getByRole('button', { name: '开始导入' }).click();
  // Well inside the import's one transaction: the copy for undo is written and records are going in.
  await expect(async () => {
    const now = Number(await archive.importSection.getByRole('progressbar').getAttribute('aria-valuenow'));
    expect(now).toBeGreaterThanOrEqual(30);
  }).toPass({ timeout: 300_000, intervals: [100] });
  return { before, archive };
}

test('closing the tab in the middle of a 100,000-record import leaves the ledger as it was', async ({
  page,
  context,
}) => {
  const { before } = await startBigImport(page);
  await page.close();

  const reopened = await context.newPage();
  await reopened.goto('/ledger/');
  await expect(reopened.getByText('当前显示的是示例乡镇的虚构数据')).toBeVisible();
  expect(await databaseHash(reopened)).toBe(before);
});

test('取消 during a 100,000-record import leaves the ledger as it was', async ({ page }, testInfo) => {
  const { before, archive } = await startBigImport(page);
  await archive.importSection.screenshot({ path: testInfo.outputPath('importing.png') });
  await archive.importSection.getByRole('button', { name: '取消' }).click();
  await expect(archive.importSection.getByRole('status')).toContainText('已取消', { timeout: 60_000 });
  await expect(archive.importSection).toContainText('当前台账没有任何改动');
  expect(await databaseHash(page)).toBe(before);
});
