// A ledger written by the first schema version opens with today's site in Chromium: it is
// upgraded, nothing is lost, and a copy of it as it was is kept and offered in 存储状况 — which
// brings back a record deleted after the upgrade.
import { expect, test, type Page } from '@playwright/test';
import { generateDemo } from '../../../src/domain/demo/generate';
import { LEDGER_DB_NAME } from '../../../src/storage/db-name';
import { LEDGER_SCHEMA, STORAGE_SCHEMA_VERSION } from '../../../src/storage/db';
import { RecordList } from '../ledger-support';

test.describe.configure({ timeout: 120_000 });

const FIRST = LEDGER_SCHEMA[0];

/**
 * Writes `data` into a database of the first schema version with raw IndexedDB, as the site of
 * that time did through Dexie (which stores version n as 10n and reads its index specs so).
 */
async function writeFirstVersion(page: Page, data: Record<string, unknown[]>) {
  await page.evaluate(
    async ({ name, version, stores, data }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open(name, version * 10);
        open.onupgradeneeded = () => {
          for (const [table, spec] of Object.entries(stores)) {
            const [primary, ...indexes] = spec.split(',').map((s) => s.trim());
            const store = open.result.createObjectStore(table, {
              keyPath: primary!.replace(/^\+\+/, ''),
              autoIncrement: primary!.startsWith('++'),
            });
            for (const index of indexes) {
              const multiEntry = index.startsWith('*');
              const bare = index.replace(/^[*&]/, '');
              const keyPath = bare.startsWith('[') ? bare.slice(1, -1).split('+') : bare;
              store.createIndex(bare, keyPath, { multiEntry });
            }
          }
        };
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      const tables = Object.keys(data);
      const tx = db.transaction(tables, 'readwrite');
      for (const table of tables) for (const row of data[table]!) tx.objectStore(table).put(row);
      await new Promise((resolve, reject) => {
        tx.oncomplete = resolve;
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    },
    { name: LEDGER_DB_NAME, version: FIRST.version, stores: FIRST.stores, data },
  );
}

test('a version 1 ledger is upgraded without loss, and its copy restores a record deleted since', async ({
  page,
}, testInfo) => {
  const demo = generateDemo({ fromYear: 2024, toYear: 2025 });
  const data: Record<string, unknown[]> = {};
  for (const table of Object.keys(FIRST.stores))
    if (table in demo) data[table] = demo[table as keyof typeof demo] as unknown[];
  // The about page opens no database: the first ledger page will be the one that upgrades it.
  await page.goto('/about/');
  await writeFirstVersion(page, data);

  await page.goto('/ledger/deputies/');
  const list = new RecordList(page);
  const firstRow = (await list.table.locator('tbody tr').first().textContent()) ?? '';
  const deputy = demo.deputies.find((d) => firstRow.includes(d.name));
  expect(deputy, 'the first row is a deputy of the version 1 ledger').toBeDefined();
  await list.remove(deputy!.name);
  await expect(list.row(deputy!.name)).toHaveCount(0);

  await page.goto('/ledger/settings/');
  const panel = page.getByRole('region', { name: '存储状况' });
  await expect(panel).toContainText(`数据库版本第 ${STORAGE_SCHEMA_VERSION} 版`);
  const records = Object.values(data).reduce((sum, rows) => sum + rows.length, 0);
  await expect(panel).toContainText(`数据库由第 1 版升级到第 ${STORAGE_SCHEMA_VERSION} 版前（`);
  await expect(panel).toContainText(`共 ${records} 条记录`);
  await panel.screenshot({ path: testInfo.outputPath('pre-upgrade-copy.png') });

  page.once('dialog', (dialog) => dialog.accept());
  await panel.getByRole('button', { name: '恢复到升级前' }).click();
  await expect(panel.getByRole('status').filter({ hasText: '已恢复' })).toHaveText('已恢复到升级前的台账。');
  await expect(panel).not.toContainText('升级前的副本');

  await page.goto('/ledger/deputies/');
  await expect(list.row(deputy!.name)).toBeVisible();
});
