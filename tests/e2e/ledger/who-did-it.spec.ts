// Who did it: the current user is chosen once per browser from the township's officers, written
// into each change-log entry and into a closed period (封存人), shown in 修改记录, the 封存 list and
// the printed report; changing the user changes the name on later writes only. The front page's
// 待办 is there too.
import { expect, test, type Page } from '@playwright/test';
import { LedgerHomePage, RecordList } from '../ledger-support';

test.describe.configure({ timeout: 180_000 });

async function chooseUser(page: Page, label: string) {
  await page.goto('/ledger/');
  const form = page.getByRole('form', { name: '选择当前使用者' });
  const change = page.getByRole('button', { name: '更换' });
  await expect(form.or(change)).toBeVisible();
  if (!(await form.isVisible())) await change.click();
  await form.getByLabel('使用者').selectOption({ label });
  await form.getByRole('button', { name: '确定' }).click();
  await expect(page.getByRole('status').filter({ hasText: '当前使用者' })).toContainText(
    label.replace(/（.*$/, ''),
  );
}

async function addDeputy(page: Page, name: string) {
  await page.goto('/ledger/deputies/');
  const list = new RecordList(page);
  const form = await list.add('代表');
  await form.getByLabel('姓名').fill(name);
  await form.getByLabel('任职日期').fill('2021-05-10');
  await list.save(form);
}

test('the current user is recorded in 修改记录 and as 封存人', async ({ page }) => {
  await new LedgerHomePage(page).setUp('壶天镇');
  // The choice is offered from the 专干, 主席 and 副主席 entered at setup.
  await page.goto('/ledger/');
  const choices = page.getByRole('form', { name: '选择当前使用者' }).getByLabel('使用者').locator('option');
  await expect(choices).toHaveText([
    '请选择',
    '刘敏（人大专干）',
    '李建国（人大主席）',
    '王秀英（人大副主席）',
    '其他人（填写姓名）',
  ]);
  await expect(page.getByRole('heading', { name: '待办' })).toBeVisible();

  await chooseUser(page, '刘敏（人大专干）');
  await addDeputy(page, '甲代表');
  // Kept per browser: still chosen on the next visit; then changed.
  await page.goto('/ledger/');
  await expect(page.getByRole('status').filter({ hasText: '当前使用者' })).toContainText('刘敏');
  await chooseUser(page, '王秀英（人大副主席）');
  await addDeputy(page, '乙代表');

  await page.goto('/ledger/changes/');
  await expect(page.getByRole('row').filter({ hasText: '甲代表' })).toContainText('刘敏');
  await expect(page.getByRole('row').filter({ hasText: '乙代表' })).toContainText('王秀英');

  // Closing a past year stores the current user as 封存人, shown in the list and the report.
  await page.goto('/compliance/?year=2024');
  await expect(page.locator('.period-line')).toContainText('2024年度', { timeout: 60_000 });
  page.once('dialog', (dialog) => dialog.accept());
  await page.getByRole('button', { name: '封存本期考评结果' }).click();
  const row = page.getByRole('region', { name: '已封存的考评结果' }).getByRole('row', { name: /2024年度/ });
  await expect(row).toContainText('王秀英');
  await expect(row).toContainText(/\d+\.\d 分/);
  await row.getByRole('link', { name: '查看与打印' }).click();
  await expect(page.locator('.report-meta')).toContainText('封存人：王秀英');
  await expect(page.locator('.report-coverage')).toContainText('覆盖情况：计分');
});
