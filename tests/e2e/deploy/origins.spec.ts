// Known behaviour on every kind of origin (docs/deploy.md): a plain-HTTP intranet address (here a
// host name mapped to 127.0.0.1, which unlike 127.0.0.1 itself is not a secure context) keeps the
// ledger working and says once, and in 设置 → 存储状况, what is missing; a page opened as a file
// shows a readable Chinese explanation instead of a broken layout.
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, test } from '@playwright/test';
import { ArchivePage } from '../archive-support';
import { LedgerHomePage } from '../ledger-support';

const INTRANET_HOST = 'rdgz-intranet.test';

test('on a plain-HTTP intranet address the ledger works and the notice says what is missing', async ({
  playwright,
  baseURL,
}, testInfo) => {
  test.setTimeout(120_000);
  const site = new URL(baseURL!);
  const browser = await playwright.chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    args: [`--host-resolver-rules=MAP ${INTRANET_HOST} 127.0.0.1, MAP * ~NOTFOUND`],
  });
  try {
    const context = await browser.newContext({
      baseURL: `http://${INTRANET_HOST}:${site.port}${site.pathname}`,
      locale: 'zh-CN',
      timezoneId: 'Asia/Shanghai',
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto('ledger/');
    expect(await page.evaluate(() => window.isSecureContext)).toBe(false);

    const once = page.getByRole('dialog', { name: '关于本站网址的提示' });
    await expect(once).toContainText('普通 HTTP 内网地址');
    await expect(once).toContainText('多标签页保护');
    await expect(once).toContainText('HTTPS');
    await once.getByRole('button', { name: '知道了' }).click();
    await expect(once).toHaveCount(0);

    // The ledger works: the demo loads (its ids need crypto.randomUUID, hidden on plain HTTP).
    await new LedgerHomePage(page).loadDemo();
    await expect(once).toHaveCount(0); // one time only

    await page.goto('ledger/settings/');
    const panel = page.getByTestId('origin-notice');
    await expect(panel).toContainText('持久存储');
    await expect(panel).toContainText('离线使用');
    await expect(panel).toContainText('信息中心');

    // The backup works too: the browser withholds Web Crypto here, so its hashes come from the
    // library (sha256Hex), and the export is read back and verified as anywhere else.
    const archive = new ArchivePage(page);
    await archive.goto();
    const exported = await archive.exportArchive(testInfo, 'intranet');
    expect(exported.fileName).toMatch(/\.zip$/);
    expect(errors).toEqual([]);
    await context.close();
  } finally {
    await browser.close();
  }
});

test('on localhost there is no such notice', async ({ page }) => {
  await page.goto('ledger/settings/');
  await expect(page.getByRole('heading', { name: '存储状况' })).toBeVisible();
  await expect(page.getByTestId('origin-notice')).toHaveCount(0);
  await expect(page.getByRole('dialog', { name: '关于本站网址的提示' })).toHaveCount(0);
});

test('opened as a file, the page explains in Chinese how to deploy the site', async ({ page }) => {
  await page.goto(pathToFileURL(resolve(process.env['SITE_DIR'] ?? 'dist', 'index.html')).href);
  await expect(page.getByRole('heading', { level: 1, name: '请通过网站服务器打开本站' })).toBeVisible();
  await expect(page.getByText('部署说明.txt')).toBeVisible();
  await expect(page).toHaveTitle(/请通过网站服务器打开/);
});
