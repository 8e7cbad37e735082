// 市人大汇总: the city's staff open two townships' archives in the browser; each is verified and
// listed, the townships are compared duty by duty, the comparison downloads as CSV for Excel, and
// nothing is written to this browser's own ledger.
import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { ArchivePage, CityPage } from './archive-support';
import { LedgerHomePage } from './ledger-support';

// Two exports (one of them the demo township) and two verifications on a busy machine.
test.describe.configure({ timeout: 240_000 });

test('two township archives are verified and compared', async ({ page }, testInfo) => {
  // Two townships' archives, as two offices would send them: the demo 示例镇, then a new 壶天镇.
  const home = new LedgerHomePage(page);
  const archivePage = new ArchivePage(page);
  await home.loadDemo();
  await archivePage.goto();
  const shili = await archivePage.exportArchive(testInfo, 'shili');
  await home.goto();
  page.once('dialog', (dialog) => dialog.accept());
  await page.getByRole('button', { name: '清除示例数据' }).click();
  // Wait for the clearing to finish before navigating away (it would abort the transaction).
  await expect(page.getByRole('form', { name: /第一次使用/ })).toBeVisible();
  await home.setUp('壶天镇');
  await archivePage.goto();
  const hutian = await archivePage.exportArchive(testInfo, 'hutian');
  expect(shili.fileName).toMatch(/^示例镇人大台账_/);
  expect(hutian.fileName).toMatch(/^壶天镇人大台账_/);

  const city = new CityPage(page);
  await city.goto();
  await city.open([shili.path, hutian.path]);

  // Each archive is listed with its township, date, counts and check result.
  for (const [file, township] of [
    ['shili.zip', '示例镇'],
    ['hutian.zip', '壶天镇'],
  ] as const) {
    const row = city.archiveRow(file);
    await expect(row).toContainText('校验通过', { timeout: 60_000 });
    await expect(row).toContainText(township);
    await expect(row).toContainText(/\d{4}年\d{1,2}月\d{1,2}日/);
    await expect(row).toContainText('届次 1 条');
  }
  await expect(city.archiveRow('shili.zip')).toContainText('示例数据');

  // The comparison: one column per township, scores and every duty as rows, statuses in words.
  await expect(city.comparison).toBeVisible();
  const headers = city.comparison.locator('thead th');
  await expect(headers).toHaveText(['义务', '示例镇（示例）', '壶天镇']);
  const overall = city.comparison.getByRole('row', { name: /^总分/ });
  await expect(overall.getByRole('cell')).toHaveCount(2);
  await expect(city.comparison.getByRole('row', { name: /^第二章得分/ })).toBeVisible();
  const dutyRows = city.comparison.locator('tbody tr.row-duty');
  expect(await dutyRows.count()).toBeGreaterThan(20);
  await expect(dutyRows.first().getByRole('cell').first()).toHaveText(
    /已达标|部分达标|未达标|待完成|数据不足|不适用|无法考评/,
  );

  // The year can be changed; the demo covers 2021–2025.
  await page.getByLabel('考评年度').selectOption({ label: '2024年' });
  await expect(city.comparison).toHaveAccessibleName(/2024年/);

  // The comparison downloads as CSV for Excel: UTF-8 with BOM, both townships as columns.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出对比表（CSV）' }).click();
  const csvFile = await download;
  expect(csvFile.suggestedFilename()).toMatch(/\.csv$/);
  const csvPath = testInfo.outputPath('comparison.csv');
  await csvFile.saveAs(csvPath);
  const csv = await readFile(csvPath);
  expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const firstLine = csv.toString('utf8').slice(1).split('\r\n')[0]!;
  expect(firstLine).toContain('2024年');
  expect(firstLine).toContain('示例镇（示例）,壶天镇');

  // A broken file is listed as failed with its reason, and the others stay compared.
  await city.page.getByLabel('选择乡镇归档文件（.zip，可多选）').setInputFiles({
    name: 'broken.zip',
    mimeType: 'application/zip',
    buffer: Buffer.from('PK\u0003\u0004 broken'),
  });
  await expect(city.archiveRow('broken.zip')).toContainText('校验失败');
  await expect(headers).toHaveCount(3);

  // Read-only: this browser's own ledger is still 壶天镇's, untouched.
  await home.goto();
  await expect(page.getByRole('heading', { level: 2, name: /壶天镇/ })).toBeVisible();
  await expect(page.locator('.ledger-card-count').filter({ hasText: '代表名册 ' })).toHaveText(
    '代表名册 0 条',
  );
});
