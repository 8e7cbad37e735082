// 代表名册: add, validate, find after reload, search, delete and undo.
import { expect, test } from '@playwright/test';
import { LedgerHomePage, RecordList } from '../ledger-support';

test.beforeEach(async ({ page }) => {
  await new LedgerHomePage(page).setUp();
  await page.goto('/ledger/deputies/');
});

test('add a deputy and find them again after a reload', async ({ page }) => {
  const list = new RecordList(page);
  const form = await list.add('代表');
  await form.getByLabel('姓名').fill('张红梅');
  await form.getByLabel('湘乡市人大代表').check();
  await form.getByLabel('选区').fill('第三选区');
  await form.getByLabel('任职日期').fill('2021-05-10');
  await form.getByLabel(/领导干部代表/).check();
  await list.save(form);
  await expect(page.getByRole('status').filter({ hasText: '已保存代表“张红梅”' })).toBeVisible();
  await page.reload();
  const row = list.row('张红梅');
  await expect(row).toContainText('乡镇、湘乡市');
  await expect(row).toContainText('第三选区');
  await expect(row).toContainText('领导干部');
});

test('bad input gives a message next to the field and saves nothing', async ({ page }) => {
  const list = new RecordList(page);
  const form = await list.add('代表');
  await form.getByLabel('姓名').fill('  ');
  await form.getByLabel('任职日期').fill('2021-05-10');
  await form.getByLabel('离任日期').fill('2020-01-01');
  await form.getByLabel('联系电话').fill('abc');
  await form.getByRole('button', { name: '保存' }).click();
  await expect(form.getByLabel('姓名')).toHaveAttribute('aria-invalid', 'true');
  await expect(form.getByText('请填写姓名')).toBeVisible();
  await expect(form.getByText('离任日期不能早于任职日期')).toBeVisible();
  await expect(form.getByText('电话号码格式不正确')).toBeVisible();
  await form.getByRole('button', { name: '取消' }).click();
  await expect(page.getByText('还没有代表记录')).toBeVisible();
});

test('search by name, delete, and undo the delete', async ({ page }) => {
  const list = new RecordList(page);
  for (const name of ['王大力', '王小明', '李四']) {
    const form = await list.add('代表');
    await form.getByLabel('姓名').fill(name);
    await form.getByLabel('任职日期').fill('2021-05-10');
    await list.save(form);
  }
  await page.getByLabel('按姓名查找').fill('王');
  await expect(list.table.locator('tbody tr')).toHaveCount(2);
  await page.getByLabel('按姓名查找').fill('');
  await list.remove('李四');
  await expect(list.row('李四')).toHaveCount(0);
  await page.getByRole('button', { name: '撤销' }).click();
  await expect(list.row('李四')).toHaveCount(1);
  await page.reload();
  await expect(list.row('李四')).toHaveCount(1);
});

test('a deputy’s duty file lists what they did, with points traced to each record', async ({ page }) => {
  const list = new RecordList(page);
  const form = await list.add('代表');
  await form.getByLabel('姓名').fill('周建华');
  await form.getByLabel('任职日期').fill('2021-05-10');
  await list.save(form);
  await list.row('周建华').getByRole('link', { name: '履职档案' }).click();
  await expect(page.getByRole('heading', { name: '周建华 履职档案' })).toBeVisible();
  await expect(page.getByText('台账中还没有这位代表的履职记录')).toBeVisible();
  await expect(page.getByText('履职积分合计')).toBeVisible();
});

test('a real ledger offers no demo, so demo records never mix with real ones', async ({ page }) => {
  await page.goto('/ledger/');
  await expect(page.getByRole('heading', { level: 2, name: /山枣镇/ })).toBeVisible();
  await expect(page.getByRole('button', { name: '载入示例乡镇' })).toHaveCount(0);
});

test('the register filters by status', async ({ page }) => {
  const list = new RecordList(page);
  for (const [name, status] of [
    ['陈在任', '在任'],
    ['吴终止', '代表资格终止'],
  ]) {
    const form = await list.add('代表');
    await form.getByLabel('姓名').fill(name!);
    await form.getByLabel('任职日期').fill('2021-05-10');
    await form.getByLabel('状态').selectOption({ label: status! });
    await list.save(form);
  }
  await page.getByLabel('状态', { exact: true }).selectOption({ label: '代表资格终止' });
  await expect(list.table.locator('tbody tr')).toHaveCount(1);
  await expect(list.row('吴终止')).toHaveCount(1);
});
