// A keyboard-only journey on a ledger list, as older staff work: add, a refused save, edit a row
// far down, Escape, delete and undo, asserting where focus is after each step.
import { expect, test, type Page } from '@playwright/test';
import { LedgerHomePage, RecordList } from '../ledger-support';

/** The accessible name and tag of what has focus now. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return {
      tag: el?.tagName.toLowerCase() ?? '',
      id: el?.id ?? '',
      text: (el?.textContent ?? '').trim().slice(0, 80),
      recordId: el?.dataset['recordId'] ?? '',
      invalid: el?.getAttribute('aria-invalid') ?? '',
      inForm: Boolean(el?.closest('form.record-editor')),
    };
  });

/** Whether the element is (at least partly) inside the viewport. */
const inView = (page: Page, selector: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((el) => {
      const box = el.getBoundingClientRect();
      return box.bottom > 0 && box.top < window.innerHeight;
    });

test('keyboard only: add, refused save, edit far down, Escape, delete, undo', async ({ page }) => {
  test.slow();
  await page.setViewportSize({ width: 1366, height: 768 });
  await new LedgerHomePage(page).loadDemo();
  await page.goto('/ledger/deputies/');
  const list = new RecordList(page);
  await expect(list.table.locator('tbody tr')).toHaveCount(20);

  // 新增代表 opens the form with focus on its first field.
  await page.getByRole('button', { name: '新增代表' }).focus();
  await page.keyboard.press('Enter');
  const form = page.getByRole('form', { name: '新增代表' });
  await expect(form).toBeVisible();
  await expect.poll(() => focused(page)).toMatchObject({ id: 'edit-deputies-name', inForm: true });

  // Saving with 姓名 empty focuses 姓名, marked invalid, with its message beside it.
  await page.keyboard.press('Enter');
  await expect.poll(() => focused(page)).toMatchObject({ id: 'edit-deputies-name', invalid: 'true' });
  await expect(form.locator('#edit-deputies-name-error')).toBeVisible();
  expect(await inView(page, '#edit-deputies-name')).toBe(true);

  // A name that sorts last: after the save, the record is shown (pinned, since it is not on the
  // first page) and its row has focus.
  await page.keyboard.type('龥键盘测试');
  await form.getByLabel('任职日期').fill('2021-05-10');
  await form.getByRole('group', { name: '代表层级' }).getByRole('checkbox').first().check();
  await form.getByLabel('状态').selectOption({ index: 1 });
  await form.getByLabel('姓名').focus();
  await page.keyboard.press('Enter');
  await expect(form).toBeHidden();
  await expect.poll(async () => (await focused(page)).text).toContain('龥键盘测试');
  expect((await focused(page)).tag).toBe('tr');
  await expect(page.locator('.record-pinned caption')).toContainText('刚保存的代表记录');

  // 编辑 on the last row of the page: the form opens in view with focus inside it.
  const lastRow = list.table.locator('tbody tr').last();
  const lastName = (await lastRow.locator('td').first().innerText()).trim();
  const editButton = lastRow.getByRole('button', { name: '编辑' });
  await editButton.focus();
  await page.keyboard.press('Enter');
  const editForm = page.getByRole('form', { name: '编辑代表' });
  await expect(editForm).toBeVisible();
  await expect.poll(() => focused(page)).toMatchObject({ id: 'edit-deputies-name', inForm: true });
  expect(await inView(page, 'form.record-editor')).toBe(true);

  // Escape with a change asks first; after it, focus is back on that row's 编辑.
  await page.keyboard.press('End');
  await page.keyboard.type('（改）');
  let asked = '';
  page.once('dialog', (dialog) => {
    asked = dialog.message();
    void dialog.accept();
  });
  await page.keyboard.press('Escape');
  await expect(editForm).toBeHidden();
  expect(asked).toContain('尚未保存');
  await expect.poll(async () => (await focused(page)).text).toBe('编辑');
  expect(await page.evaluate(() => document.activeElement?.closest('tr')?.textContent ?? '')).toContain(
    lastName,
  );

  // Edit again and save: focus lands on the saved row. (Typing waits for the name field to have
  // focus, as a person does: on a busy machine the form shows a moment before it takes focus.)
  await page.keyboard.press('Enter');
  await expect(editForm).toBeVisible();
  await expect.poll(() => focused(page)).toMatchObject({ id: 'edit-deputies-name', inForm: true });
  await page.keyboard.press('End');
  await page.keyboard.type('乙');
  await page.keyboard.press('Enter');
  await expect(editForm).toBeHidden();
  await expect.poll(async () => (await focused(page)).text).toContain(`${lastName}乙`);
  expect((await focused(page)).tag).toBe('tr');

  // Delete: focus goes to 撤销, which stays (no timer) until the next change.
  await page.keyboard.press('Tab');
  await expect.poll(async () => (await focused(page)).text).toBe('编辑');
  await page.keyboard.press('Tab');
  await expect.poll(async () => (await focused(page)).text).toBe('删除');
  page.once('dialog', (dialog) => dialog.accept());
  await page.keyboard.press('Enter');
  await expect.poll(async () => (await focused(page)).text).toBe('撤销');
  await page.waitForTimeout(16_000);
  await expect(page.getByRole('button', { name: '撤销' })).toBeVisible();

  // Undo: the record is back and its row has focus.
  await page.keyboard.press('Enter');
  await expect.poll(async () => (await focused(page)).text).toContain(`${lastName}乙`);
  expect((await focused(page)).tag).toBe('tr');
});
