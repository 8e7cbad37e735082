// 人代会 attendance entered once: with the demo's roster, a new session's blank head counts follow
// from the deputies in office on the opening day and the absentees checked.
import { expect, test, type Page } from '@playwright/test';
import { LedgerHomePage, RecordList } from '../ledger-support';

/** The list of one section of the page, found by its heading. */
const section = (page: Page, heading: string) =>
  new RecordList(
    page,
    page.locator('section').filter({ has: page.getByRole('heading', { level: 2, name: heading }) }),
  );

test('a session’s head counts follow from the roster and the absentees checked', async ({ page }) => {
  await new LedgerHomePage(page).loadDemo();
  await page.goto('/ledger/meetings/');
  const sessions = section(page, '人代会');
  const form = await sessions.add('人代会');
  await form.getByLabel('第几次会议').fill('40');
  await form.getByLabel('开幕日期').fill('2025-06-18');
  // 在任代表数 and 出席代表数 stay blank; one deputy is absent on leave.
  await form.getByRole('group', { name: '请假的代表' }).getByRole('checkbox').first().check();
  await sessions.save(form);
  const text = await sessions.row('第四十次会议').locator('td').nth(3).innerText();
  const [, present, inOffice] = /(\d+) \/ (\d+)/.exec(text) ?? [];
  expect(Number(inOffice)).toBeGreaterThan(30);
  expect(Number(present)).toBe(Number(inOffice) - 1);
});
