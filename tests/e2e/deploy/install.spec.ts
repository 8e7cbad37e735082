// 「安装到桌面」: Chromium finds the web app manifest installable (name, icons, start_url and scope
// under the site's base, standalone display) and the installed app opens the ledger.
import { expect, test } from '@playwright/test';

test('the site is installable and the app opens the ledger', async ({ page, baseURL }) => {
  await page.goto('./');
  const cdp = await page.context().newCDPSession(page);
  const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as {
    installabilityErrors: { errorId: string }[];
  };
  // Playwright's contexts are incognito windows, where Chromium never installs; nothing else may fail.
  expect(installabilityErrors.map((e) => e.errorId).filter((id) => id !== 'in-incognito')).toEqual([]);
  const { url } = (await cdp.send('Page.getAppManifest')) as { url: string };
  const manifest = (await (await page.request.get(url)).json()) as { start_url: string; scope: string };
  const base = new URL(baseURL!).pathname;
  expect(manifest.scope).toBe(base);
  expect(manifest.start_url).toBe(`${base}ledger/`);
  await page.goto(new URL(manifest.start_url, page.url()).href);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('台账');
});
