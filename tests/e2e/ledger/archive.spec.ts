// 归档与导入: the 专干 exports the whole ledger to one ZIP with a Chinese name, which opens without
// the app (BagIt files, CSV for Excel); restores it into an emptied ledger; undoes the import; and a
// file that is not an archive is refused in Chinese without touching the ledger.
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
// eslint-disable-next-line no-restricted-imports -- the test opens the archive as anyone would, without the app's reader.
import JSZip from 'jszip';
import { ArchivePage } from '../archive-support';
import { LedgerHomePage } from '../ledger-support';

// Loading the demo township, zipping and verifying it twice take a while on a busy machine.
test.describe.configure({ timeout: 180_000 });

/** The count shown on the ledger's front page for a table, e.g. `代表名册 75 条`. */
const cardCount = (page: Page, label: string) =>
  page.locator('.ledger-card-count').filter({ hasText: `${label} ` });

/** Reads `Record-Count-<table>` fields of bag-info.txt. */
function recordCounts(bagInfo: string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const match of bagInfo.matchAll(/^Record-Count-(\w+):\s*(\d+)\s*$/gm))
    counts[match[1]!] = Number(match[2]);
  return counts;
}

test('export, restore into an emptied ledger, and undo the import', async ({ page }, testInfo) => {
  await new LedgerHomePage(page).loadDemo();
  const archive = new ArchivePage(page);
  await archive.goto();

  // Export: the browser offers one ZIP named in Chinese, verified before it is offered. Its files
  // are deflated in the export's worker (a script of the site itself, allowed by the CSP).
  const workers: string[] = [];
  page.on('worker', (worker) => workers.push(new URL(worker.url()).pathname));
  const { fileName, path } = await archive.exportArchive(testInfo);
  expect(workers.filter((url) => /deflate-worker/.test(url)).length, workers.join(' ')).toBe(1);
  expect(fileName).toMatch(/^[\u4e00-\u9fff]+人大台账_\d{4}-\d{2}-\d{2}\.zip$/);
  await expect(archive.exportSection).toContainText(`最近一次经过校验的导出：`);
  await expect(archive.exportSection).toContainText(`（${fileName}）`);

  // The file opens without the app: a BagIt bag, with CSV copies Excel reads (UTF-8 with BOM).
  const zip = await JSZip.loadAsync(await readFile(path));
  const names = Object.keys(zip.files);
  expect(
    names.every((name) => /^[\x20-\x7e]+$/.test(name)),
    'every path inside is ASCII',
  ).toBe(true);
  const bagit = names.find((name) => name.endsWith('/bagit.txt'));
  expect(bagit).toBeDefined();
  expect(await zip.file(bagit!)!.async('string')).toContain('BagIt-Version: 1.0');
  const csv = names.find((name) => name.endsWith('data/csv/deputies.csv'));
  expect(csv).toBeDefined();
  const csvBytes = await zip.file(csv!)!.async('uint8array');
  expect([...csvBytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const bagInfo = await zip.file(names.find((name) => name.endsWith('/bag-info.txt'))!)!.async('string');
  const counts = recordCounts(bagInfo);
  expect(counts['deputies']).toBeGreaterThan(0);
  expect(counts['activities']).toBeGreaterThan(0);

  // Clear the ledger (the demo's own clear button): the front page asks for a first setup again.
  const home = new LedgerHomePage(page);
  await home.goto();
  page.once('dialog', (dialog) => dialog.accept());
  await page.getByRole('button', { name: '清除示例数据' }).click();
  await expect(page.getByRole('form', { name: /第一次使用/ })).toBeVisible();

  // Import the file, replacing the (empty) ledger.
  await archive.goto();
  await archive.choose(path);
  await expect(archive.review).toBeVisible({ timeout: 60_000 });
  await expect(archive.review).toContainText('示例数据');
  await expect(archive.review.getByRole('row', { name: /^代表名册/ })).toContainText(
    String(counts['deputies']),
  );
  await archive.review.getByRole('radio', { name: /替换当前台账/ }).check();
  await archive.review.getByRole('button', { name: '开始导入' }).click();
  const done = archive.importSection.getByRole('status').filter({ hasText: '导入完成' });
  await expect(done).toBeVisible({ timeout: 60_000 });
  await expect(done).toContainText(`代表名册 ${counts['deputies']} 条`);

  // The counts are back on the front page.
  await home.goto();
  await expect(cardCount(page, '代表名册')).toContainText(`代表名册 ${counts['deputies']} 条`);
  await expect(cardCount(page, '活动')).toContainText(`活动 ${counts['activities']} 条`);

  // Undo: the ledger is empty again.
  await archive.goto();
  page.once('dialog', (dialog) => dialog.accept());
  await archive.importSection.getByRole('button', { name: '撤销本次导入' }).click();
  await expect(archive.importSection.getByRole('status')).toContainText('已撤销本次导入');
  await home.goto();
  await expect(page.getByRole('form', { name: /第一次使用/ })).toBeVisible();
});

test('a file that is not a ZIP is refused in Chinese and changes nothing', async ({ page }) => {
  const home = new LedgerHomePage(page);
  await home.setUp();
  await expect(cardCount(page, '主席团成员')).toContainText('主席团成员 3 条');
  const before = await page.locator('.ledger-card-count').allTextContents();

  const archive = new ArchivePage(page);
  await archive.goto();
  await archive.choose({
    name: '示例镇人大台账_2026-11-28.zip',
    mimeType: 'application/zip',
    buffer: Buffer.from('这不是压缩包，只是一段文字。'),
  });
  await expect(archive.alert).toContainText('不能导入 示例镇人大台账_2026-11-28.zip');
  await expect(archive.alert).toContainText('ZIP');
  await expect(archive.alert).toContainText('当前台账没有任何改动');
  await expect(archive.review).toHaveCount(0);
  await expect(archive.importSection.getByRole('button', { name: '撤销本次导入' })).toHaveCount(0);

  await home.goto();
  await expect(cardCount(page, '主席团成员')).toContainText('主席团成员 3 条');
  expect(await page.locator('.ledger-card-count').allTextContents()).toEqual(before);
});

test('hostile archives of every new class are refused by the browser import; the ledger is unchanged', async ({
  page,
}) => {
  // The same corpus as `npm run ledger -- fixtures` (tests/fixtures/make-hostile-archives.ts).
  const { execFileSync } = await import('node:child_process');
  const { mkdtemp } = await import('node:fs/promises');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  const dir = await mkdtemp(join(tmpdir(), 'hostile-'));
  execFileSync(process.execPath, ['scripts/ledger-cli.mjs', 'fixtures', dir], { stdio: 'ignore' });

  const home = new LedgerHomePage(page);
  await home.setUp();
  await expect(cardCount(page, '主席团成员')).toContainText('主席团成员 3 条');
  const before = await page.locator('.ledger-card-count').allTextContents();
  const archive = new ArchivePage(page);
  await archive.goto();
  for (const [name, words] of [
    ['zip-symlink', '符号链接'],
    ['zip-encrypted', '加密'],
    ['bomb-many-small', '压缩炸弹'],
    ['bag-info-township-name', 'Township-Name'],
    ['reference-wrong-kind', '执法检查'],
    ['id-object', '编号不是文本'],
    ['copy-csv-formula', 'data/csv/deputies.csv'],
  ] as const) {
    await archive.choose({
      name: `${name}.zip`,
      mimeType: 'application/zip',
      buffer: await readFile(join(dir, `${name}.zip`)),
    });
    await expect(archive.alert, name).toContainText(`不能导入 ${name}.zip`);
    await expect(archive.alert, name).toContainText(words);
    await expect(archive.alert, name).not.toContainText('期望');
    await expect(archive.review).toHaveCount(0);
  }
  await home.goto();
  await expect(cardCount(page, '主席团成员')).toContainText('主席团成员 3 条');
  expect(await page.locator('.ledger-card-count').allTextContents()).toEqual(before);
});
