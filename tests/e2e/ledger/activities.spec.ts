// Journeys of the 代表活动 page: a 普法宣传 with deputies, a report to voters whose satisfaction
// test is refused until its votes fit the number entitled, and delete with undo.
import { expect, test, type Page } from '@playwright/test';
import { LedgerHomePage, RecordList } from '../ledger-support';

/** Adds a township deputy on the register page. */
async function addDeputy(page: Page, name: string) {
  const list = new RecordList(page);
  const form = await list.add('代表');
  await form.getByLabel('姓名').fill(name);
  await form.getByLabel('任职日期').fill('2021-05-10');
  await list.save(form);
  await expect(list.row(name)).toBeVisible();
}

test('record deputies’ activities, with a satisfaction test checked before saving', async ({ page }) => {
  // A journey over three pages (setup, register, list): slow on a busy machine.
  test.slow();
  await new LedgerHomePage(page).setUp();
  await page.goto('/ledger/deputies/');
  await addDeputy(page, '张伟');
  await addDeputy(page, '陈静');

  await page.goto('/ledger/activities/');
  const list = new RecordList(page);
  const kindFilter = list.root.locator('.record-toolbar').getByLabel('活动类型');

  // 普法宣传 with both deputies.
  await kindFilter.selectOption({ label: '普法宣传' });
  let form = await list.add('活动');
  await expect(form.getByLabel('活动类型')).toHaveValue('lawPopularization');
  await form.getByLabel('日期').fill('2025-12-04');
  await form.getByLabel('主题').fill('“宪法宣传周”普法进村入户');
  const deputies = form.getByRole('group', { name: '参加代表' });
  await deputies.getByLabel('张伟').check();
  await deputies.getByLabel('陈静').check();
  await form.getByLabel('参加人数').fill('120');
  await form.getByRole('group', { name: /标签/ }).getByLabel('法治宣传员').check();
  await expect(form.getByLabel('应参加测评人数')).toHaveCount(0);
  await list.save(form);
  await expect(list.row('宪法宣传周')).toContainText('2人');
  await expect(list.table.getByRole('columnheader', { name: '测评等次' })).toHaveCount(0);

  // 向选民报告履职: the votes add up to more than those entitled, so nothing is saved.
  await kindFilter.selectOption({ label: '向选民报告履职' });
  await expect(list.table.getByRole('columnheader', { name: '测评等次' })).toBeVisible();
  await expect(list.row('宪法宣传周')).toHaveCount(0);
  form = await list.add('活动');
  // The kind is the list's; only a report to voters has the test fields.
  await expect(form.getByLabel('活动类型')).toHaveCount(0);
  await form.getByLabel('日期').fill('2025-11-20');
  await form.getByLabel('主题').fill('向第三选区选民报告履职情况');
  await form.getByRole('group', { name: '参加代表' }).getByLabel('张伟').check();
  await form.getByLabel('参加人数').fill('53');
  const entitled = form.getByLabel('应参加测评人数');
  await entitled.fill('50');
  await form.getByLabel('满意票', { exact: true }).fill('40');
  await form.getByLabel('基本满意票').fill('8');
  await form.getByLabel('不满意票').fill('5');
  await form.getByLabel('测评结果已公开').check();
  await form.getByRole('button', { name: '保存' }).click();
  await expect(entitled).toHaveAttribute('aria-invalid', 'true');
  await expect(entitled).toHaveAccessibleDescription(/各项票数之和不能超过应参加测评人数/);
  await expect(form.getByRole('alert').first()).toContainText('未保存');
  await expect(list.table.locator('tbody tr')).toHaveCount(0);

  // Fixed: 60 entitled, 40 satisfied is at least half, so 满意.
  await entitled.fill('60');
  await list.save(form);
  const report = list.row('向第三选区选民报告履职情况');
  await expect(report).toContainText('1人');
  await expect(report).toContainText('满意');
  await expect(report).toContainText('已公开');

  // Delete, then undo: the record comes back as it was, and stays after a reload.
  await list.remove('向第三选区选民报告履职情况');
  await expect(report).toHaveCount(0);
  await page.getByRole('status').getByRole('button', { name: '撤销' }).click();
  await expect(report).toContainText('已公开');
  await page.reload();
  // The page opens on 全部: every deputy activity, newest first, each with its kind.
  await expect(list.root.locator('.record-toolbar').getByLabel('活动类型')).toHaveValue('');
  await expect(list.table.locator('tbody tr')).toHaveCount(2);
  await expect(list.table.locator('tbody tr').first()).toContainText('普法宣传');
  await expect(list.table.locator('tbody tr').last()).toContainText('向选民报告履职');
  await list.root.locator('.record-toolbar').getByLabel('活动类型').selectOption({ label: '向选民报告履职' });
  await expect(list.row('向第三选区选民报告履职情况')).toContainText('满意');
});
