// Printing: the full text, an article and the calendar on A4, without the site's navigation.
import { expect, test } from '@playwright/test';
import { LedgerHomePage } from './ledger-support';

const pageCount = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;

test('the full text prints on A4 without navigation, items kept whole', async ({ page }) => {
  await page.goto('/rules/full-text/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('nav.sidebar')).toBeHidden();
  await expect(page.locator('header.header')).toBeHidden();
  await expect(page.locator('.rule-actions').first()).toBeHidden();
  // 130 source lines less 8 chapter headings and 22 article headings.
  await expect(page.locator('.rule-block')).toHaveCount(100);
  const breakInside = await page
    .locator('.rule-block')
    .evaluateAll((blocks) => [...new Set(blocks.map((b) => getComputedStyle(b).breakInside))]);
  expect(breakInside).toEqual(['avoid']);
  const pdf = await page.pdf({ format: 'A4', printBackground: false });
  // 26 articles of some 16,000 characters: several pages, but far fewer than one per article.
  expect(pageCount(pdf)).toBeGreaterThanOrEqual(6);
  expect(pageCount(pdf)).toBeLessThanOrEqual(20);
});

test('an article prints its text and annotation without the item buttons', async ({ page }) => {
  await page.goto('/rules/article-17/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: '复制引用' }).first()).toBeHidden();
  await expect(page.locator('#art_17__point_4')).toBeVisible();
  const pdf = await page.pdf({ format: 'A4' });
  expect(pageCount(pdf)).toBeGreaterThanOrEqual(1);
  expect(pageCount(pdf)).toBeLessThanOrEqual(8);
});

test('the calendar prints as the year plan with a column to tick', async ({ page }) => {
  await page.goto('/calendar/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('columnheader', { name: '完成情况' })).toBeVisible();
  await expect(page.getByText('年度乡镇人大工作计划')).toBeVisible();
  await expect(page.getByRole('button', { name: '打印年度工作计划' })).toBeHidden();
});

test('a printed 履职档案 shows only the document, titled once', async ({ page }) => {
  await new LedgerHomePage(page).loadDemo();
  await page.goto('/ledger/deputies/');
  await page.locator('table.record-table tbody tr').first().getByRole('link', { name: '履职档案' }).click();
  await expect(page.locator('.duty-file-year').first()).toBeVisible();
  await expect(page.locator('.storage-badge')).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.storage-safety')).toBeHidden();
  await expect(page.locator('.demo-banner')).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toBeHidden();
  await expect(page.getByRole('heading', { level: 2, name: / 履职档案$/ })).toBeVisible();
  await expect(page.locator('.duty-file-year table').first()).toHaveCSS('display', 'table');
});
