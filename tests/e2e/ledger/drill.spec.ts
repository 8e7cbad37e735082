// 恢复演练 and 修改记录: the 专干 checks that a backup really restores — opens the archive in a
// temporary read-only database, browses it as the ledger, is refused when saving, ends the drill
// and finds the ledger exactly as before; and reads the change log of her own writes.
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { ArchivePage } from '../archive-support';
import { LedgerHomePage, RecordList } from '../ledger-support';

// Loading the demo township and zipping and verifying it take a while on a busy machine.
test.describe.configure({ timeout: 180_000 });

const BANNER =
  /^正在查看归档演练：示例镇 \d{4}-\d{2}-\d{2}，只读。结束演练后这些数据会被丢弃，您的台账不受影响。/;

/** The counts on the ledger's front page, card by card (`代表名册 3 条` …). */
async function frontPageCounts(page: Page): Promise<string[]> {
  await page.goto('/ledger/');
  const cards = page.locator('.ledger-card-count');
  await expect(cards.first()).toBeVisible();
  return cards.allTextContents();
}

/** The names of the IndexedDB databases of the site. */
const databases = (page: Page) =>
  page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name).sort());

test('a restore drill shows the archive read-only and leaves the ledger exactly as it was', async ({
  page,
}, testInfo) => {
  const home = new LedgerHomePage(page);
  await home.loadDemo();
  // A deputy of the demo, to look for in the drill.
  await page.goto('/ledger/deputies/');
  const demoDeputy = (await new RecordList(page).table.locator('tbody tr td').first().textContent())!.trim();
  expect(demoDeputy).not.toBe('');

  const archive = new ArchivePage(page);
  await archive.goto();
  const { path, fileName } = await archive.exportArchive(testInfo);

  // Another ledger in this browser: clear the demo and set up 壶天镇.
  await home.goto();
  page.once('dialog', (dialog) => dialog.accept());
  await page.getByRole('button', { name: '清除示例数据' }).click();
  await expect(page.getByRole('form', { name: /第一次使用/ })).toBeVisible();
  await home.setUp('壶天镇');
  const before = await frontPageCounts(page);
  expect(before.join()).toContain('代表名册 0 条');

  // Start the drill with the archive.
  await archive.goto();
  const drill = page.getByRole('region', { name: '恢复演练' });
  await drill
    .getByLabel('选择要演练的归档文件')
    .setInputFiles({ name: fileName, mimeType: 'application/zip', buffer: await readFile(path) });
  await expect(drill.getByRole('status')).toContainText(`“${fileName}”校验通过`, { timeout: 60_000 });
  await drill.getByRole('button', { name: '开始演练' }).click();
  await page.waitForURL('**/ledger/');
  const banner = page.getByRole('region', { name: '归档演练' });
  await expect(banner).toHaveText(BANNER);

  // Browse it as the ledger: the archive's deputies, with the banner on the page.
  await page.goto('/ledger/deputies/');
  await expect(banner).toBeVisible();
  const list = new RecordList(page);
  await expect(list.row(demoDeputy).first()).toBeVisible();

  // The write buttons are off with the reason on hover, no backup is asked for, and nothing changes.
  for (const name of ['编辑', '删除']) {
    const button = list.row(demoDeputy).first().getByRole('button', { name });
    await expect(button).toHaveAttribute('aria-disabled', 'true');
    await expect(button).toHaveAttribute('title', /正在进行归档演练，演练数据只读/);
  }
  await expect(page.getByRole('button', { name: '新增代表' })).toHaveAttribute('aria-disabled', 'true');
  await list.row(demoDeputy).first().getByRole('button', { name: '编辑' }).dispatchEvent('click');
  await expect(page.getByRole('form', { name: '编辑代表' })).toHaveCount(0);
  await expect(page.getByRole('note', { name: '备份提醒' })).toHaveCount(0);
  await expect(page.getByRole('group', { name: '存储状况' })).not.toContainText('导出');
  await page.reload();
  await expect(list.row(`${demoDeputy}改`)).toHaveCount(0);
  await expect(list.row(demoDeputy).first()).toBeVisible();

  // End the drill: the drill database is gone and the ledger is exactly as before.
  expect(await databases(page)).toContain('xiangxiang-ledger-drill');
  await banner.getByRole('button', { name: '结束演练' }).click();
  await expect(banner).toBeHidden();
  await expect(list.row(demoDeputy)).toHaveCount(0);
  expect(await frontPageCounts(page)).toEqual(before);
  await expect(page.getByRole('heading', { level: 2, name: /壶天镇/ })).toBeVisible();
  expect(await databases(page)).not.toContain('xiangxiang-ledger-drill');
});

test('the change log lists each write with the user name and checks its chain', async ({ page }) => {
  await new LedgerHomePage(page).setUp();
  await page.goto('/ledger/settings/');
  await page.getByLabel('使用人姓名').fill('刘敏');
  await page.getByRole('form', { name: '使用人与备份提醒' }).getByRole('button', { name: '保存' }).click();
  await expect(page.getByText('已保存使用人和备份提醒。')).toBeVisible();

  await page.goto('/ledger/deputies/');
  const list = new RecordList(page);
  const form = await list.add('代表');
  await form.getByLabel('姓名').fill('谭志刚');
  await form.getByLabel('任职日期').fill('2021-05-10');
  await list.save(form);

  await page.goto('/ledger/changes/');
  const newest = page.locator('table.record-table tbody tr').first();
  await expect(newest).toContainText('刘敏');
  await expect(newest).toContainText('代表名册');
  await expect(newest).toContainText('谭志刚');
  await expect(newest).toContainText('新增');
  await page.getByLabel('表').selectOption({ label: '设置' });
  await expect(page.locator('table.record-table tbody tr')).toHaveCount(1);
  await page.getByRole('button', { name: '校验修改记录' }).click();
  await expect(page.getByRole('status').filter({ hasText: '修改记录完整' })).toBeVisible();
});
