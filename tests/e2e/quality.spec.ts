// Quality gates over every built page: no request leaves the site's origin, a CSP says so, and
// axe finds no serious or critical accessibility violation.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { LedgerHomePage } from './ledger-support';
import { builtPages } from './support';

const pages = builtPages();

test('the site has the pages it should', () => {
  expect(pages).toContain('/');
  expect(pages.filter((p) => /^\/rules\/article-\d+\/$/.test(p))).toHaveLength(26);
  expect(pages.filter((p) => /^\/rules\/chapter-\d+\/$/.test(p))).toHaveLength(8);
  for (const path of ['/rules/', '/rules/full-text/', '/duties/', '/glossary/', '/calendar/', '/laws/'])
    expect(pages).toContain(path);
});

for (const path of pages) {
  test(`${path} stays on its origin, carries the CSP and passes axe`, async ({ page, baseURL }) => {
    const origin = new URL(baseURL!).origin;
    const foreign: string[] = [];
    page.on('request', (request) => {
      const url = request.url();
      if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) foreign.push(url);
    });
    await page.goto(path, { waitUntil: 'networkidle' });
    // Open the search, so that Pagefind and the exact index load too.
    await page.getByRole('button', { name: /^搜索/ }).click();
    await page.getByRole('textbox', { name: '搜索' }).fill('代表');
    await expect(page.locator('.exact-results [role="status"]')).toContainText('代表');
    await page.keyboard.press('Escape');
    await page.waitForLoadState('networkidle');
    expect(foreign).toEqual([]);

    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(csp).toContain("default-src 'self'");
    expect(csp).not.toMatch(/https?:/);

    const { violations } = await new AxeBuilder({ page }).analyze();
    const serious = violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    expect(serious).toEqual([]);
  });
}

// WCAG 2.2 AA in both themes on the main pages, with the demo township loaded so the ledger's
// lists, the 考评 dashboard and its charts are full.
const MAIN_PAGES = [
  '/',
  '/duties/',
  '/calendar/',
  '/rules/article-5/',
  '/ledger/',
  '/ledger/deputies/',
  '/ledger/meetings/',
  '/ledger/suggestions/',
  '/ledger/livelihood/',
  '/compliance/',
  '/city/',
];
for (const theme of ['light', 'dark'] as const) {
  test(`the main pages pass axe's WCAG 2.2 AA rules in the ${theme} theme`, async ({ page }) => {
    test.setTimeout(240_000);
    await page.addInitScript((value) => localStorage.setItem('starlight-theme', value), theme);
    await new LedgerHomePage(page).loadDemo();
    const found: string[] = [];
    for (const path of MAIN_PAGES) {
      await page.goto(path, { waitUntil: 'networkidle' });
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      await page.waitForTimeout(400);
      const { violations } = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
        .analyze();
      for (const v of violations)
        found.push(`${path} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    }
    expect(found).toEqual([]);
  });
}
