// Offline: after the first visit the whole site — handbook, forms, ledger, search — works with the
// network gone, and a new deployment is offered with a notice instead of being forced on the page.
// The built site must have gone through scripts/build-sw.mjs (it writes sw.js).
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { LedgerHomePage } from './ledger-support';
import { SearchDialog } from './support';

const SITE_DIR = process.env['SITE_DIR'] ?? 'dist';
const UPDATE_NOTICE = '网站已更新，刷新后使用新版本';

// Playwright's default, spelled out: these tests are about the service worker.
test.use({ serviceWorkers: 'allow' });

/** A TCP port nothing listens on right now. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

/** Waits until the service worker has precached the site and controls the page. */
async function waitForOfflineReady(page: Page) {
  // `ready` resolves once a worker is active, which it only becomes after a complete precache.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

/** The names of the site's version caches (`xx-site-<version>`). */
function versionCaches(page: Page): Promise<string[]> {
  return page.evaluate(async () => (await caches.keys()).filter((name) => name.startsWith('xx-site-')));
}

test('after the first visit, the handbook, forms, ledger and search work offline', async ({
  page,
  context,
}) => {
  test.setTimeout(120_000);
  expect(existsSync(join(SITE_DIR, 'sw.js')), `${SITE_DIR}/sw.js (run scripts/build-sw.mjs)`).toBe(true);

  // Online: the first visit, and a township set up in the ledger.
  await page.goto('/');
  await waitForOfflineReady(page);
  expect(await versionCaches(page)).toHaveLength(1);
  const ledger = new LedgerHomePage(page);
  await ledger.setUp('山枣镇');

  await context.setOffline(true);
  // The network is really gone, for the worker too: a file it has not cached cannot be fetched.
  expect(
    await page.evaluate(() =>
      fetch('/not-precached-probe.txt').then(
        () => 'reached the network',
        () => 'offline',
      ),
    ),
  ).toBe('offline');

  // The ledger reloads, its island runs, and the township is still there.
  const reloaded = await page.reload();
  expect(reloaded?.fromServiceWorker()).toBe(true);
  await expect(page.getByRole('heading', { level: 2, name: '山枣镇 · 第7届' })).toBeVisible();
  await page.goto('/ledger/deputies/');
  await expect(page.getByRole('button', { name: '新增代表' })).toBeVisible();

  // The handbook, with and without the directory's trailing slash, and a query string.
  await page.goto('/rules/article-6/?from=offline');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('第六条 乡镇人大主席团');
  await expect(page.locator('#art_6__point_1')).toContainText('每3个月至少举行1次会议');
  await page.goto('/rules/article-5');
  await expect(page).toHaveURL(/\/rules\/article-5\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('第五条');

  // The forms, if this build has them.
  if (existsSync(join(SITE_DIR, 'forms', 'index.html'))) {
    await page.goto('/forms/');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.locator('a[href^="/forms/"]').first()).toBeVisible();
  }

  // Search: the exact-phrase panel and Pagefind's index and wasm come from the cache.
  const search = new SearchDialog(page);
  await search.open();
  await search.search('主席团');
  // Pagefind starts its wasm on the first query; on a busy machine that takes a while.
  await expect(search.dialog.locator('.pagefind-ui__message')).toContainText('个页面', { timeout: 30_000 });
  await expect(search.dialog.locator('.pagefind-ui__result-link').first()).toBeVisible();

  // An unknown page offline gets the site's 404 page, not the browser's error.
  const missing = await page.goto('/no-such-page/');
  expect(missing?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});

test.describe('a new deployment', () => {
  // A copy of the built site served on a free port of its own, so that it can be redeployed.
  let origin: string;
  let copy: string;
  let server: ChildProcess | undefined;

  test.beforeAll(async () => {
    copy = mkdtempSync(join(tmpdir(), 'offline-deploy-'));
    cpSync(SITE_DIR, copy, { recursive: true });
    const port = await freePort();
    origin = `http://127.0.0.1:${port}`;
    server = spawn(process.execPath, ['scripts/serve.mjs'], {
      env: { ...process.env, PORT: String(port), SITE_DIR: copy },
      stdio: 'ignore',
    });
    // Our server, not another one that took the port meanwhile: it serves the copy's sw.js.
    const sw = readFileSync(join(copy, 'sw.js'), 'utf8');
    await expect
      .poll(
        () =>
          fetch(`${origin}/sw.js`).then(
            (r) => r.text(),
            () => '',
          ),
        { timeout: 15_000 },
      )
      .toBe(sw);
  });

  test.afterAll(() => {
    server?.kill();
    rmSync(copy, { recursive: true, force: true });
  });

  /** Deploys a new version: a changed home page, and a new sw.js over the changed files. */
  function deployNewVersion() {
    const home = join(copy, 'index.html');
    const html = readFileSync(home, 'utf8');
    expect(html).toContain('</main>');
    writeFileSync(home, html.replace('</main>', '<p data-testid="deploy-marker">第二版</p></main>'));
    const built = spawnSync(process.execPath, ['scripts/build-sw.mjs', copy], { encoding: 'utf8' });
    expect(built.status, built.stderr).toBe(0);
  }

  /** Whether the home page, fetched by a page (so through the worker), is the new version's. */
  const seesNewHome = (page: Page) =>
    page.evaluate(() => fetch('/').then(async (r) => (await r.text()).includes('deploy-marker')));

  test('installs in the background, offers 刷新, and never mixes versions in open pages', async ({
    context,
  }) => {
    test.setTimeout(120_000);
    const first = await context.newPage();
    await first.goto(`${origin}/`);
    await waitForOfflineReady(first);
    const other = await context.newPage();
    await other.goto(`${origin}/rules/article-5/`);
    await expect(other.getByRole('heading', { level: 1 })).toContainText('第五条');
    const [oldCache] = await versionCaches(first);

    deployNewVersion();
    await first.evaluate(async () => {
      await (await navigator.serviceWorker.getRegistration())?.update();
    });

    // The new version installs beside the old one, and both pages offer it; neither reloads.
    const notice = first.getByRole('status').filter({ hasText: UPDATE_NOTICE });
    await expect(notice).toBeVisible({ timeout: 60_000 });
    await expect(other.getByRole('status').filter({ hasText: UPDATE_NOTICE })).toBeVisible();
    expect(await versionCaches(first)).toHaveLength(2);
    await expect(first.getByTestId('deploy-marker')).toHaveCount(0);
    expect(await seesNewHome(other)).toBe(false);

    // 刷新 switches this page to the new version.
    await notice.getByRole('button', { name: '刷新' }).click();
    await expect(first.getByTestId('deploy-marker')).toHaveText('第二版');
    await expect(first.getByRole('status').filter({ hasText: UPDATE_NOTICE })).toHaveCount(0);
    expect(await seesNewHome(first)).toBe(true);

    // The other page, now controlled by the new worker, is still served its own version's files
    // (the old cache is kept while it is open), until its reader presses 刷新 too.
    expect(await seesNewHome(other)).toBe(false);
    expect(await versionCaches(first)).toContain(oldCache);
    const otherNotice = other.getByRole('status').filter({ hasText: UPDATE_NOTICE });
    await expect(otherNotice).toBeVisible();
    await Promise.all([
      other.waitForEvent('load'),
      otherNotice.getByRole('button', { name: '刷新' }).click(),
    ]);
    await expect(other.getByRole('status').filter({ hasText: UPDATE_NOTICE })).toHaveCount(0);
    expect(await seesNewHome(other)).toBe(true);
  });
});
