// The main journeys — handbook, search, the ledger with the demo, 考评, a form filled from a record,
// archive export and import — twice: in the current Chromium, and in a page where every API newer
// than the browser baseline (Chromium 86) is deleted before any script runs (./baseline-apis.ts).
// Either way: no page error, no console error, and no request outside the site's base path, so the
// same spec also proves a build made with SITE_BASE=/rdgz/ works under /rdgz/ (see package.json).
import { expect, test, type Page } from '@playwright/test';
import { ArchivePage } from '../archive-support';
import { LedgerHomePage } from '../ledger-support';
import { SearchDialog } from '../support';
import { NEWER_THAN_BASELINE, removeNewerApis } from './baseline-apis';

/** Collects every page error, console error and request that leaves the base, for one page. */
function watch(page: Page, baseURL: string): string[] {
  const site = new URL(baseURL);
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.origin === site.origin && !url.pathname.startsWith(site.pathname))
      problems.push(`request outside the base ${site.pathname}: ${url.pathname}`);
  });
  return problems;
}

for (const mode of ['current', 'baseline'] as const) {
  test.describe(`${mode === 'baseline' ? 'APIs newer than Chromium 86 removed' : 'current Chromium'}`, () => {
    test.beforeEach(async ({ page }) => {
      if (mode === 'baseline') await page.addInitScript(removeNewerApis, NEWER_THAN_BASELINE);
    });

    test('handbook and search', async ({ page, baseURL }) => {
      const problems = watch(page, baseURL!);
      const polyfills: string[] = [];
      page.on('request', (request) => {
        if (request.url().endsWith('/polyfills.js')) polyfills.push(request.url());
      });
      await page.goto('./');
      // polyfills.js is loaded only by a browser that lacks something.
      expect(polyfills.length).toBe(mode === 'baseline' ? 1 : 0);
      if (mode === 'baseline') {
        const removed = await page.evaluate(() => (globalThis as { __removedApis?: string[] }).__removedApis);
        expect(removed).toContain('Array.prototype.toSorted');
        expect(removed).toContain('globalThis.structuredClone');
      }
      await page.locator('a.way-card').first().click();
      await expect(page).toHaveURL(/\/rules\/$/);
      await page
        .getByRole('link', { name: /第五条/ })
        .first()
        .click();
      await expect(page.getByRole('heading', { level: 1 })).toContainText('第五条');
      const search = new SearchDialog(page);
      await search.open();
      await search.search('1+4');
      await search.exactPanel.getByRole('link', { name: /第十七条第（四）项/ }).click();
      await expect(page).toHaveURL(/\/rules\/article-17\/#art_17__point_4$/);
      await page.goto('calendar/');
      const icsHref = await page.getByRole('link', { name: /下载日历文件/ }).getAttribute('href');
      const ics = await page.request.get(new URL(icsHref ?? '', page.url()).href);
      expect(ics.status()).toBe(200);
      expect(await ics.text()).toContain('BEGIN:VCALENDAR');
      expect(problems).toEqual([]);
    });

    test('ledger with the demo, 考评, a form from a record, archive export and import', async ({
      page,
      baseURL,
    }, testInfo) => {
      test.setTimeout(180_000);
      const problems = watch(page, baseURL!);
      const home = new LedgerHomePage(page);
      await home.loadDemo();
      await page
        .locator('.ledger-cards')
        .getByRole('link', { name: /代表名册/ })
        .click();
      await page
        .locator('table.record-table tbody tr')
        .first()
        .getByRole('link', { name: '履职档案' })
        .click();
      await expect(page.getByRole('heading', { level: 2, name: / 履职档案$/ })).toBeVisible();

      await page.goto('ledger/suggestions/');
      const print = page.locator('table.record-table tbody tr').first().getByRole('link', { name: '交办单' });
      await expect(print).toHaveAttribute('href', new RegExp(`^${new URL(baseURL!).pathname}forms/`));
      await print.click();
      await expect(page.getByRole('status')).toContainText('已按台账记录填写');

      await page.goto('compliance/');
      await expect(page.getByRole('heading', { level: 1, name: '考评' })).toBeVisible();
      await expect(page.locator('.period-line')).toBeVisible({ timeout: 30_000 });

      const archive = new ArchivePage(page);
      await archive.goto();
      const { path } = await archive.exportArchive(testInfo);
      await archive.choose(path);
      await expect(archive.review).toBeVisible({ timeout: 60_000 });
      await archive.review.getByRole('radio', { name: /替换当前台账/ }).check();
      page.once('dialog', (dialog) => void dialog.accept());
      await archive.review.getByRole('button', { name: '开始导入' }).click();
      await expect(archive.importSection.getByRole('status').filter({ hasText: '导入完成' })).toBeVisible({
        timeout: 60_000,
      });
      expect(problems).toEqual([]);
    });
  });
}
