// Layouts that fit: with the demo township loaded, every ledger page, 考评, 义务清单, an article
// page and /city/ fit a 1366×768 office screen and a 390×844 phone: the document never scrolls
// sideways, no table is wider than its container (no column hidden in a scroll box), and on the
// phone every row's buttons lie inside the viewport. SCREENSHOTS=1 also saves a picture of each.
import { expect, test, type Page } from '@playwright/test';
import { LedgerHomePage } from './ledger-support';

const LEDGER = [
  '/ledger/',
  '/ledger/township/',
  '/ledger/deputies/',
  '/ledger/roster/',
  '/ledger/deputy-file/',
  '/ledger/meetings/',
  '/ledger/supervision/',
  '/ledger/activities/',
  '/ledger/suggestions/',
  '/ledger/livelihood/',
  '/ledger/stations/',
  '/ledger/documents/',
  '/ledger/settings/',
  '/ledger/archive/',
  '/ledger/changes/',
];
const OTHER = ['/compliance/', '/duties/', '/rules/article-5/', '/city/'];

const SIZES = [
  { name: 'desktop', width: 1366, height: 768 },
  { name: 'phone', width: 390, height: 844 },
] as const;

/** What does not fit on the page shown: the document's overflow, wide tables, unreachable buttons. */
async function misfits(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const viewport = document.documentElement.clientWidth;
    const scrollWidth = document.documentElement.scrollWidth;
    if (scrollWidth > viewport) problems.push(`document scrollWidth ${scrollWidth} > ${viewport}`);
    const name = (el: Element) =>
      `${el.tagName.toLowerCase()}.${[...el.classList].join('.')} «${(el.querySelector('caption, th')?.textContent ?? '').trim().slice(0, 20)}»`;
    for (const table of document.querySelectorAll('main table')) {
      if (!(table instanceof HTMLElement) || table.offsetParent === null) continue;
      if (table.closest('.form-scroll')) continue;
      const container = table.parentElement!;
      const width = table.getBoundingClientRect().width;
      const room = container.clientWidth;
      if (width > room + 1) problems.push(`${name(table)} ${Math.round(width)} > container ${room}`);
    }
    for (const button of document.querySelectorAll('main .row-actions button, main .row-actions a')) {
      const box = button.getBoundingClientRect();
      if (box.width === 0) continue;
      if (box.right > viewport + 1 || box.left < -1)
        problems.push(`row action «${button.textContent}» outside the viewport`);
    }
    return [...new Set(problems)];
  });
}

/** The page's first screen and the screen from its first table down, to look at. */
async function screenshots(page: Page, name: string) {
  await page.screenshot({ path: `reports/layout/${name}-top.png` });
  const top = await page.evaluate(() => {
    const table = [...document.querySelectorAll('main table')].find(
      (t) => t instanceof HTMLElement && t.offsetParent !== null,
    );
    return table ? table.getBoundingClientRect().top + window.scrollY : undefined;
  });
  if (top === undefined) return;
  const size = page.viewportSize()!;
  await page.screenshot({
    path: `reports/layout/${name}-table.png`,
    fullPage: true,
    clip: { x: 0, y: Math.max(0, top - 40), width: size.width, height: size.height * 1.5 },
  });
}

for (const size of SIZES) {
  test(`every page fits ${size.width}×${size.height} with the demo loaded`, async ({ page }) => {
    test.setTimeout(180_000);
    await page.setViewportSize({ width: size.width, height: size.height });
    await new LedgerHomePage(page).loadDemo();
    const found: string[] = [];
    for (const path of [...LEDGER, ...OTHER]) {
      await page.goto(path, { waitUntil: 'networkidle' });
      // The islands render their lists after reading the ledger.
      await page.waitForTimeout(400);
      if (process.env['SCREENSHOTS']) await screenshots(page, `${size.name}${path.replace(/\//g, '_')}`);
      for (const problem of await misfits(page)) found.push(`${path}: ${problem}`);
    }
    expect(found).toEqual([]);
  });
}

test('an address the site does not have says so and links home and to the search', async ({ page }) => {
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1, name: '找不到这个页面' })).toBeVisible();
  await page.getByRole('link', { name: '回到首页' }).click();
  await expect(page).toHaveURL(/\/$/);
  await page.goto('/no-such-page/');
  // The header's search button is enabled once its script has run.
  await expect(page.locator('button[data-open-modal]')).toBeEnabled();
  await page.getByRole('button', { name: '搜索本站' }).click();
  await expect(page.getByRole('dialog', { name: '搜索' })).toBeVisible();
});
