import { defineConfig } from '@playwright/test';

const port = Number(process.env.E2E_PORT ?? 4399);
/** SITE_BASE=/rdgz/ with SITE_DIR=dist-rdgz tests a build made for a sub-path, served under it. */
const base = `/${(process.env.SITE_BASE ?? '').replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');

/**
 * End-to-end tests run against the built site (dist/) in Debian's Chromium; browsers cannot be
 * downloaded here. CHROMIUM_PATH overrides the executable.
 */
export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [['list'], ['json', { outputFile: 'reports/e2e.json' }]],
  use: {
    // Specs navigate with relative paths ('ledger/'), so they run under any base.
    // At the root it has no trailing slash, as specs that append '/rules/…' to it expect.
    baseURL: `http://127.0.0.1:${port}${base === '/' ? '' : base}`,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    // The offline worker precaches the whole site (~7 MB) on every first visit; only the specs
    // about it (offline.spec.ts) allow it, so the others do not each download the site again.
    serviceWorkers: 'block',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      // Chromium resolves Google hosts at start; this machine has no such network.
      args: ['--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1'],
    },
  },
  webServer: {
    command: 'node scripts/serve.mjs',
    env: { PORT: String(port), SITE_DIR: process.env.SITE_DIR ?? 'dist', SITE_BASE: base },
    url: `http://127.0.0.1:${port}${base}`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
