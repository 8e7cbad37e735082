// Data safety: one writing tab (the others read-only, live, and taking over), the storage health
// panel and badge, the backup reminder with its one-click export, and a clear explanation when
// IndexedDB is missing or blocked.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { READ_ONLY_MESSAGE } from '../../../src/domain/safety';
import { STORAGE_SCHEMA_VERSION } from '../../../src/storage/db';
import { LedgerHomePage, RecordList } from '../ledger-support';

// Two tabs, a setup and an export each take a while on a busy machine.
test.describe.configure({ timeout: 120_000 });

/** The read-only banner of a tab that is not the writer. */
const readOnlyBanner = (page: Page) => page.getByRole('status').filter({ hasText: '本标签页为只读' });

/** This tab's role, as the storage strip states it once the browser has answered. */
const role = (page: Page) => page.locator('.storage-safety');

async function addDeputy(list: RecordList, name: string) {
  const form = await list.add('代表');
  await form.getByLabel('姓名').fill(name);
  await form.getByLabel('任职日期').fill('2021-05-10');
  await form.getByRole('button', { name: '保存' }).click();
  return form;
}

test('one tab writes; a second is read-only, sees changes live, and takes over when the first closes', async ({
  page,
  context,
}, testInfo) => {
  await new LedgerHomePage(page).setUp();
  await page.goto('/ledger/deputies/');
  await expect(role(page)).toHaveAttribute('data-writer', 'writer');

  const second = await context.newPage();
  await second.goto('/ledger/deputies/');
  await expect(role(second)).toHaveAttribute('data-writer', 'reader', { timeout: 30_000 });
  await expect(readOnlyBanner(second)).toBeVisible();
  await expect(second.getByRole('group', { name: '存储状况' })).toContainText('只读');
  await expect(readOnlyBanner(page)).toHaveCount(0);
  await second.screenshot({ path: testInfo.outputPath('readonly-banner.png') });

  // The reader's write buttons are off, with the reason on hover; clicking opens no form.
  const readerList = new RecordList(second);
  const addButton = second.getByRole('button', { name: '新增代表' });
  await expect(addButton).toHaveAttribute('aria-disabled', 'true');
  await expect(addButton).toHaveAttribute('title', READ_ONLY_MESSAGE);
  await addButton.dispatchEvent('click');
  await expect(second.getByRole('form', { name: '新增代表' })).toHaveCount(0);

  // The writer's save appears in the reader at once.
  const writerList = new RecordList(page);
  await expect(await addDeputy(writerList, '张红梅')).toBeHidden();
  await expect(readerList.row('张红梅')).toHaveCount(1);
  await expect(readerList.row('王五')).toHaveCount(0);

  // The writer closes: the reader takes over and can save.
  await page.close();
  await expect(role(second)).toHaveAttribute('data-writer', 'writer');
  await expect(readOnlyBanner(second)).toHaveCount(0);
  await expect(await addDeputy(readerList, '王五')).toBeHidden();

  // No write was lost or overwritten.
  await second.reload();
  await expect(readerList.row('张红梅')).toHaveCount(1);
  await expect(readerList.row('王五')).toHaveCount(1);
  await expect(readerList.table.locator('tbody tr')).toHaveCount(2);
});

test('a new tab opened while another writes stays read-only for every kind of write', async ({
  page,
  context,
}) => {
  await new LedgerHomePage(page).setUp();
  const second = await context.newPage();
  await second.goto('/ledger/settings/');
  await expect(readOnlyBanner(second)).toBeVisible({ timeout: 30_000 });
  const form = second.getByRole('form', { name: '使用人与备份提醒' });
  await form.getByLabel(/备份提醒/).fill('30');
  // 保存 looks off with the reason on hover; clicked anyway, the form says why nothing was saved.
  const save = form.getByRole('button', { name: '保存' });
  await expect(save).toHaveAttribute('aria-disabled', 'true');
  await expect(save).toHaveAttribute('title', READ_ONLY_MESSAGE);
  await save.click({ force: true });
  await expect(form.getByRole('alert')).toContainText('本标签页为只读');
  await second.reload();
  await expect(second.getByRole('form', { name: '使用人与备份提醒' }).getByLabel(/备份提醒/)).toHaveValue(
    '7',
  );
});

test("a reader tab turns off the islands' own write buttons, each with the reason on hover", async ({
  page,
  context,
}, testInfo) => {
  await new LedgerHomePage(page).loadDemo();
  const second = await context.newPage();
  /** Expects a write control to be off, with the read-only reason as its title. */
  const off = async (control: Locator) => {
    await expect(control).toHaveAttribute('aria-disabled', 'true');
    await expect(control).toHaveAttribute('title', READ_ONLY_MESSAGE);
  };

  await second.goto('/ledger/');
  await expect(readOnlyBanner(second)).toBeVisible({ timeout: 30_000 });
  await off(second.getByRole('button', { name: '清除示例数据' }));
  await off(second.locator('.current-user button').first());

  // 代表建议: the step buttons open no form.
  await second.goto('/ledger/suggestions/');
  await expect(readOnlyBanner(second)).toBeVisible({ timeout: 30_000 });
  const step = second.locator('.suggestion-steps button').first();
  await off(step);
  await step.dispatchEvent('click');
  await expect(second.locator('form.suggestion-step')).toHaveCount(0);
  await step.hover();
  await second.screenshot({ path: testInfo.outputPath('readonly-step-button.png') });

  // 乡镇: the officers (更换); 设置: the settings forms and the points table.
  await second.goto('/ledger/township/');
  await expect(readOnlyBanner(second)).toBeVisible({ timeout: 30_000 });
  await off(second.getByRole('button', { name: '更换' }).first());
  await off(second.getByRole('button', { name: '新增负责人' }));
  await second.goto('/ledger/settings/');
  await expect(readOnlyBanner(second)).toBeVisible({ timeout: 30_000 });
  await off(second.getByRole('button', { name: '保存考评设置' }));
  await off(second.getByRole('button', { name: '保存为新版本' }));

  // 监督: the inspection problems' own list.
  await second.goto('/ledger/supervision/');
  await expect(readOnlyBanner(second)).toBeVisible({ timeout: 30_000 });
  await off(second.getByRole('button', { name: '新增问题' }));

  // 考评: 封存.
  await second.goto('/compliance/');
  await expect(readOnlyBanner(second)).toBeVisible({ timeout: 30_000 });
  await off(second.getByRole('button', { name: '封存本期考评结果' }));
});

test('the 考评 page opened while another tab writes says it is read-only', async ({ page, context }) => {
  await new LedgerHomePage(page).setUp();
  const second = await context.newPage();
  await second.goto('/compliance/');
  await expect(second.getByRole('status').filter({ hasText: '本标签页为只读' })).toContainText(
    '封存和删除考评快照需在那个标签页里进行',
    { timeout: 30_000 },
  );
});

test('the health panel shows the schema version and 从未导出 on a fresh ledger', async ({
  page,
}, testInfo) => {
  await page.goto('/ledger/settings/');
  const panel = page.getByRole('region', { name: '存储状况' });
  await expect(panel).toContainText(`数据库版本第 ${STORAGE_SCHEMA_VERSION} 版`);
  await expect(panel).toContainText('上次校验导出从未导出');
  await expect(panel).toContainText('存储空间已用');
  await expect(panel).toContainText('换浏览器、换网址或清除浏览数据都会看不到原来的台账');
  await expect(panel).toContainText('本标签页可以编辑台账');
  // An empty ledger has nothing to lose: no reminder yet.
  await expect(page.getByRole('note', { name: '备份提醒' })).toHaveCount(0);
  await expect(page.getByRole('group', { name: '存储状况' })).toContainText('从未导出');

  // Asking for persistent storage shows what the browser answered.
  const ask = panel.getByRole('button', { name: '申请持久存储' });
  if (await ask.isVisible()) {
    await ask.click();
    await expect(panel.getByRole('status')).toContainText(/浏览器的回答：(同意|拒绝)/);
  } else {
    await expect(panel.getByTestId('persistence')).toContainText('已同意持久存储');
  }
  await panel.screenshot({ path: testInfo.outputPath('health-panel.png') });
});

test('a real ledger never exported is reminded on every page, and one click exports it', async ({
  page,
}, testInfo) => {
  await new LedgerHomePage(page).setUp();
  await expect(
    page.getByRole('note').filter({ hasText: '台账保存在“这台电脑的这个浏览器、这个网址”下' }),
  ).toBeVisible();
  // The setup alone has nothing to lose yet: no reminder until the first record.
  await page.goto('/ledger/meetings/');
  await expect(page.getByRole('group', { name: '存储状况' })).toContainText('从未导出');
  await expect(page.getByRole('note', { name: '备份提醒' })).toHaveCount(0);
  await page.goto('/ledger/stations/');
  const stations = new RecordList(page);
  const form = await stations.add('联络站');
  await form.getByLabel('联络站名称').fill('山枣镇人大代表联络站');
  await form.getByLabel('级别').selectOption({ label: '乡镇联络站' });
  await stations.save(form);
  await page.goto('/ledger/meetings/');
  const badge = page.getByRole('group', { name: '存储状况' });
  await expect(badge).toContainText('从未导出');
  await expect(badge).toContainText('持久存储');
  const reminder = page.getByRole('note', { name: '备份提醒' });
  await expect(reminder).toContainText('还从未导出过经过校验的归档');
  await page.locator('.storage-safety').screenshot({ path: testInfo.outputPath('badge-reminder.png') });

  const download = page.waitForEvent('download');
  await reminder.getByRole('button', { name: '立即导出' }).click();
  expect((await download).suggestedFilename()).toMatch(/\.zip$/);
  await expect(badge).toContainText('今天已校验导出');
  await expect(reminder).toHaveCount(0);

  await page.goto('/ledger/settings/');
  const panel = page.getByRole('region', { name: '存储状况' });
  await expect(panel).toContainText('今天已校验导出');
  await expect(page.getByRole('note', { name: '备份提醒' })).toHaveCount(0);
  await page.screenshot({ path: testInfo.outputPath('settings-page.png'), fullPage: true });
});

test('without IndexedDB the ledger explains what happened in Chinese instead of breaking', async ({
  page,
}, testInfo) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true });
  });
  await page.goto('/ledger/');
  const problem = page.getByRole('alert').filter({ hasText: '这个浏览器窗口无法使用台账' });
  await expect(problem).toBeVisible();
  await expect(problem).toContainText('极速模式');
  await expect(problem).toContainText('兼容模式');
  await expect(page.getByRole('form', { name: /第一次使用/ })).toHaveCount(0);
  await expect(page.getByText('无法打开浏览器里的台账数据库')).toBeHidden();
  await page.screenshot({ path: testInfo.outputPath('indexeddb-missing.png'), fullPage: true });
});

test('a blocked IndexedDB (private window, storage disabled) is explained with the browser’s error', async ({
  page,
}) => {
  await page.addInitScript(() => {
    IDBFactory.prototype.open = () => {
      throw new DOMException('The user denied permission to access the database.', 'SecurityError');
    };
  });
  await page.goto('/ledger/deputies/');
  const problem = page.getByRole('alert').filter({ hasText: '这个浏览器窗口无法使用台账' });
  await expect(problem).toContainText('SecurityError');
  await expect(problem).toContainText('无痕');
  await expect(page.getByRole('button', { name: '新增代表' })).toBeHidden();
});
