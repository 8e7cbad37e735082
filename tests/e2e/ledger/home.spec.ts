// The ledger's front page: first-run setup, the demo township, and records that survive a reload.
import { expect, test } from '@playwright/test';
import { LedgerHomePage } from '../ledger-support';

test('first-run setup creates the township, its term and officers', async ({ page }) => {
  const home = new LedgerHomePage(page);
  await home.setUp('山枣镇');
  await expect(page.getByRole('heading', { level: 2, name: '山枣镇 · 第7届' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { level: 2, name: '山枣镇 · 第7届' })).toBeVisible();
  await expect(page.locator('.ledger-cards').getByRole('link', { name: /代表名册/ })).toContainText(
    '代表名册 0 条',
  );
});

test('a setup with missing fields says what is missing and saves nothing', async ({ page }) => {
  const home = new LedgerHomePage(page);
  await home.goto();
  const form = page.getByRole('form', { name: /第一次使用/ });
  await form.getByLabel('人大主席', { exact: true }).fill('李建国');
  await form.getByRole('button', { name: '建立台账' }).click();
  await expect(form.getByRole('alert').first()).toContainText('未保存');
  await expect(form.getByText('请选择乡镇')).toBeVisible();
  await expect(form.getByText('请填写人大专干姓名')).toBeVisible();
  await page.reload();
  await expect(page.getByRole('form', { name: /第一次使用/ })).toBeVisible();
});

test('the demo township loads with one click, says it is a demo, and clears again', async ({ page }) => {
  const home = new LedgerHomePage(page);
  await home.loadDemo();
  await expect(page.locator('.ledger-cards').getByRole('link', { name: /代表名册/ })).not.toContainText(
    '代表名册 0 条',
  );
  await page.reload();
  await expect(page.getByText('当前显示的是示例乡镇的虚构数据')).toBeVisible();
  page.once('dialog', (dialog) => dialog.accept());
  await page.getByRole('button', { name: '清除示例数据' }).click();
  await expect(page.getByRole('form', { name: /第一次使用/ })).toBeVisible();
});

test('a demo deputy’s duty file shows points by year, each linked to its record', async ({ page }) => {
  await new LedgerHomePage(page).loadDemo();
  await page.goto('ledger/deputies/');
  await page.locator('table.record-table tbody tr').first().getByRole('link', { name: '履职档案' }).click();
  // The deputy's own heading (`刘湘林 履职档案`), not the page's 代表履职档案.
  await expect(page.getByRole('heading', { level: 2, name: / 履职档案$/ })).toBeVisible();
  const years = page.locator('.duty-file-year');
  await expect.poll(() => years.count()).toBeGreaterThan(0);
  await expect(years.first().locator('tbody tr').first()).toContainText(/^\d{4}-\d{2}-\d{2}/);
  await expect(page.getByText('履职积分合计')).toBeVisible();
});
