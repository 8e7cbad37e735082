// The city compares townships under ONE settings profile: two new townships, one of which relaxed
// a setting, are both scored under the catalogue's defaults; the one whose own settings differ is
// marked, its own-settings score shows on request, and a profile the city loads marks the other.
// Both ledgers are new, so neither shows a score as if earned.
import { expect, test, type Browser, type TestInfo } from '@playwright/test';
import { ArchivePage, CityPage } from './archive-support';
import { LedgerHomePage } from './ledger-support';

test.describe.configure({ timeout: 240_000 });

/** Sets up a township in a fresh browser profile, optionally changes a setting, and exports it. */
async function township(browser: Browser, testInfo: TestInfo, name: string, answerMonths?: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await new LedgerHomePage(page).setUp(name);
  if (answerMonths) {
    await page.goto('/ledger/settings/');
    const settings = page.getByRole('form', { name: '考评设置' });
    await settings.getByLabel('代表建议答复期限', { exact: true }).fill(answerMonths);
    await settings.getByRole('button', { name: '保存考评设置' }).click();
    await expect(settings.getByRole('status')).toContainText('已保存考评设置');
  }
  const archive = new ArchivePage(page);
  await archive.goto();
  const exported = await archive.exportArchive(testInfo, name);
  await context.close();
  return exported;
}

test('townships with different settings are compared under one profile and the difference is marked', async ({
  browser,
  page,
}, testInfo) => {
  const hutian = await township(browser, testInfo, '壶天镇');
  const baishi = await township(browser, testInfo, '白田镇', '6');

  const city = new CityPage(page);
  await city.goto();
  await city.open([hutian.path, baishi.path]);
  await expect(city.comparison).toBeVisible({ timeout: 60_000 });
  await expect(page.getByTestId('city-profile-name')).toHaveText('义务清单默认设置');

  // 白田镇 relaxed 代表建议答复期限 to 6 months: marked, with both values in the settings row.
  const headers = city.comparison.locator('thead th');
  await expect(headers.nth(1)).toHaveText('壶天镇');
  await expect(headers.nth(2)).toHaveText(/^白田镇设置不同$/);
  const settingsRow = city.comparison.getByRole('row', { name: /^本乡镇设置与所选考评设置的差异/ });
  await expect(settingsRow.getByRole('cell').nth(0)).toHaveText('与所选设置相同');
  await expect(settingsRow.getByRole('cell').nth(1)).toHaveText(
    '有 1 项不同：代表建议答复期限 6 个月（所选 3 个月）',
  );

  // New ledgers: no score as if earned, with coverage beside it.
  const overall = city.comparison.getByRole('row', { name: /^总分 / });
  for (const cell of await overall.getByRole('cell').all())
    await expect(cell).toHaveText(/^暂不计分.*（计分 \d+\/\d+ 项）$/);

  // Both scores on request: the own-settings row appears only when asked for.
  const ownRow = city.comparison.getByRole('row', { name: /^总分（按本乡镇自身设置）/ });
  await expect(ownRow).toHaveCount(0);
  await page.getByLabel('同时显示各乡镇按自身设置的总分').check();
  await expect(ownRow.getByRole('cell').nth(0)).toHaveText('同上（设置相同）');
  await expect(ownRow.getByRole('cell').nth(1)).toHaveText(/（计分 \d+\/\d+ 项）$/);

  // The city loads its own profile: now 壶天镇 differs from it too.
  await page.getByLabel('载入市人大自定的设置（JSON）').setInputFiles({
    name: '市人大考评设置.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ values: { suggestionAnswerMonths: 2 } })),
  });
  await expect(page.getByTestId('city-profile-name')).toHaveText('市人大考评设置.json');
  await expect(settingsRow.getByRole('cell').nth(0)).toHaveText(
    '有 1 项不同：代表建议答复期限 3 个月（所选 2 个月）',
  );
  await expect(headers.nth(1)).toHaveText(/^壶天镇设置不同$/);

  // A bad profile is refused in Chinese and the one in use stays.
  await page.getByLabel('载入市人大自定的设置（JSON）').setInputFiles({
    name: 'bad.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"suggestionAnswerMonths":"三个月"}'),
  });
  await expect(page.getByRole('alert').filter({ hasText: 'bad.json 有误' })).toContainText('应为非负整数');
  await expect(page.getByTestId('city-profile-name')).toHaveText('市人大考评设置.json');
});

test('a new ledger’s dashboard shows coverage and no unearned score', async ({ page }) => {
  await new LedgerHomePage(page).setUp('壶天镇');
  await page.goto('/compliance/');
  const summary = page.getByRole('region', { name: '考评得分' });
  await expect(summary.locator('.score-number')).toHaveText('暂不计分', { timeout: 60_000 });
  await expect(page.getByTestId('score-coverage')).toHaveText(
    /^计分 \d+ 项 · 待完成 \d+ 项 · 数据不足 \d+ 项 · 不适用 \d+ 项$/,
  );
  await expect(summary.getByRole('list', { name: '暂不计分的原因' })).toBeVisible();
  await expect(summary.locator('.score-big')).not.toHaveText(/\d/);
  // Every chapter row says 暂不计分 rather than a number.
  for (const cell of await summary.locator('.chapter-scores tbody td:first-of-type').all())
    await expect(cell).toHaveText('暂不计分');
  // The number can still be seen on request, labelled as a trial figure.
  await summary.getByRole('button', { name: '仍要查看试算分数' }).click();
  await expect(summary.locator('.score-standing')).toHaveText('试算');
});
