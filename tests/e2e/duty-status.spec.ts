// Live duty status in the handbook: nothing of the ledger loads for a reader without records;
// with the demo township loaded, each duty on an article page shows its status from this browser.
import { expect, test, type Page } from '@playwright/test';
import { LedgerHomePage } from './ledger-support';

/** Script files the page requested. */
function scriptRequests(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') urls.push(new URL(request.url()).pathname);
  });
  return urls;
}

test('an article page loads no ledger code when this browser has no ledger', async ({ page }) => {
  const scripts = scriptRequests(page);
  await page.goto('/rules/article-22/');
  await page.waitForLoadState('networkidle');
  expect(scripts.some((url) => url.includes('duty-live-status-run'))).toBe(false);
  await expect(page.locator('[data-duty-live="art22-party-reports"]')).toBeHidden();
});

test('with the demo loaded, the duties of an article show their status for the latest year', async ({
  page,
}) => {
  await new LedgerHomePage(page).loadDemo();
  const scripts = scriptRequests(page);
  await page.goto('/rules/article-4/');
  const plan = page.locator('[data-duty-live="art04-annual-work-plan"]');
  await expect(plan).toBeVisible({ timeout: 20_000 });
  // The demo runs 2021–2025 and only its second year adopts the work plan late.
  await expect(plan).toContainText('2025年全年');
  await expect(plan.locator('.status-badge')).toHaveText('✓已达标');
  await expect(plan.getByRole('link', { name: '查看依据' })).toHaveAttribute(
    'href',
    '/compliance/?year=2025#art04-annual-work-plan',
  );
  expect(scripts.some((url) => url.includes('duty-live-status-run'))).toBe(true);
  for (const id of [
    'art04-deputy-list-published',
    'art04-normative-filing',
    'art04-budget-preliminary-review',
  ])
    await expect(page.locator(`[data-duty-live="${id}"] .status-badge`)).toHaveText(
      /已达标|部分达标|未达标|待完成|数据不足|不适用/,
    );
});
