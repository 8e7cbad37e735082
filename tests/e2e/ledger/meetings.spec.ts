// 会议: sessions with attendance and quorum, a refused session, a presidium meeting against its
// members, and delete with undo.
import { expect, test, type Page } from '@playwright/test';
import { LedgerHomePage, RecordList } from '../ledger-support';

/** The list of one section of the page, found by its heading. */
const section = (page: Page, heading: string) =>
  new RecordList(
    page,
    page.locator('section').filter({ has: page.getByRole('heading', { level: 2, name: heading }) }),
  );

test.beforeEach(async ({ page }) => {
  await new LedgerHomePage(page).setUp();
  await page.goto('/ledger/meetings/');
});

test('record a session with attendance', async ({ page }) => {
  const sessions = section(page, '人代会');
  const form = await sessions.add('人代会');
  await expect(form.getByLabel('届次')).toHaveValue(/.+/);
  await expect(form.getByLabel('第几次会议')).toHaveValue('1');
  await expect(form.getByText('每年第一次会议应有政府工作报告')).toBeVisible();
  await form.getByLabel('开幕日期').fill('2022-01-18');
  await form.getByLabel('会期（天）').fill('1.5');
  await form.getByLabel('在任代表数').fill('60');
  await form.getByLabel('出席代表数').fill('45');
  await form.getByLabel('听取和审议政府工作报告').check();
  await form.getByLabel('听取和审议主席团工作报告').check();
  await form.getByLabel('审查和批准预算', { exact: true }).check();
  await form.getByLabel('预算初步审查日期').fill('2022-01-10');
  const votes = form.getByRole('group', { name: '表决结果' });
  await votes.getByLabel('第1行表决事项').fill('关于政府工作报告的决议');
  await votes.getByLabel('第1行赞成').fill('43');
  await votes.getByLabel('第1行反对').fill('1');
  await votes.getByLabel('第1行弃权').fill('1');
  await sessions.save(form);
  await expect(page.getByRole('status').filter({ hasText: '已保存人代会“第七届第一次会议”' })).toBeVisible();

  await page.reload();
  const row = sessions.row('第七届第一次会议');
  await expect(row).toContainText('2022-01-18');
  await expect(row).toContainText('1.5天');
  await expect(row).toContainText('45 / 60');
  await expect(row).toContainText('达到法定人数');
  await expect(row).toContainText('3项');
  await expect(row).toContainText('缺：建设计划和项目、上年度民生实事实施情况报告');

  await row.getByRole('button', { name: '编辑' }).click();
  const edit = sessions.root.getByRole('form', { name: '编辑人代会' });
  // The votes come back as rows of fields when the session is edited.
  const editVotes = edit.getByRole('group', { name: '表决结果' });
  await expect(editVotes.getByLabel('第1行表决事项')).toHaveValue('关于政府工作报告的决议');
  await expect(editVotes.getByLabel('第1行赞成')).toHaveValue('43');
  await expect(editVotes.getByLabel('第1行弃权')).toHaveValue('1');
  await expect(edit.getByLabel('听取和审议政府工作报告')).toBeChecked();
});

test('a session with more present than in office is refused, and so is a malformed vote line', async ({
  page,
}) => {
  const sessions = section(page, '人代会');
  const form = await sessions.add('人代会');
  await form.getByLabel('开幕日期').fill('2022-01-18');
  await form.getByLabel('在任代表数').fill('60');
  await form.getByLabel('出席代表数').fill('61');
  await form.getByRole('button', { name: '保存' }).click();
  await expect(form.getByLabel('出席代表数')).toHaveAttribute('aria-invalid', 'true');
  await expect(form.getByText('出席人数不能多于在任代表数')).toBeVisible();

  await form.getByLabel('出席代表数').fill('40');
  const votes = form.getByRole('group', { name: '表决结果' });
  await votes.getByLabel('第1行表决事项').fill('关于预算的决议');
  await votes.getByLabel('第1行赞成').fill('38');
  await votes.getByLabel('第1行反对').fill('1');
  await form.getByRole('button', { name: '保存' }).click();
  await expect(votes).toHaveAttribute('aria-invalid', 'true');
  await expect(form.getByText('第1行格式不对')).toBeVisible();
  // The refused save puts focus in the first faulty field: the first vote row.
  await expect(votes.getByLabel('第1行表决事项')).toBeFocused();

  await form.getByRole('button', { name: '取消' }).click();
  await page.reload();
  await expect(page.getByText('还没有人代会记录')).toBeVisible();
});

test('a presidium meeting shows its attendance against the members on that day', async ({ page }) => {
  const meetings = section(page, '主席团会议');
  let form = await meetings.add('主席团会议');
  await form.getByLabel('会议日期').fill('2022-03-01');
  await form.getByLabel('出席成员数').fill('2');
  await form.getByLabel('议题').fill('研究第一季度工作\n审议年度工作要点');
  await meetings.save(form);

  form = await meetings.add('主席团会议');
  await form.getByLabel('会议日期').fill('2022-07-05');
  await form.getByLabel('出席成员数').fill('1');
  await form.getByLabel('临时会议').check();
  await meetings.save(form);

  await page.reload();
  const first = meetings.row(/^2022-03-01/);
  await expect(first).toContainText('2 / 3');
  await expect(first).toContainText('过半数出席');
  await expect(first).toContainText('此前无会议记录');
  await expect(first).toContainText('审议年度工作要点');
  const second = meetings.row(/^2022-07-05/);
  await expect(second).toContainText('1 / 3');
  await expect(second).toContainText('未过半数');
  await expect(second).toContainText('临时会议');
  await expect(second).toContainText('126天（4个月又4天）');
  await expect(second).toContainText('超过3个月');
});

test('a report to the party committee is listed with its quarter', async ({ page }) => {
  const reports = section(page, '向党委汇报');
  const form = await reports.add('汇报');
  await form.getByLabel('汇报日期').fill('2022-08-12');
  await form.getByLabel('主题').fill('主席团向镇党委汇报第三季度人大工作');
  await reports.save(form);
  await page.reload();
  await expect(reports.row('2022-08-12')).toContainText('2022年第三季度');
});

test('delete a session and undo', async ({ page }) => {
  const sessions = section(page, '人代会');
  for (const [date, present] of [
    ['2022-01-18', '50'],
    ['2022-11-20', '39'],
  ] as const) {
    const form = await sessions.add('人代会');
    await form.getByLabel('开幕日期').fill(date);
    await form.getByLabel('在任代表数').fill('60');
    await form.getByLabel('出席代表数').fill(present);
    await sessions.save(form);
  }
  // Newest first; the second session falls short of two thirds.
  await expect(sessions.table.locator('tbody tr').first()).toContainText('第七届第二次会议');
  await expect(sessions.row('第七届第二次会议')).toContainText('未达到法定人数');

  await sessions.remove('第七届第二次会议');
  await expect(sessions.row('第七届第二次会议')).toHaveCount(0);
  await sessions.root.getByRole('button', { name: '撤销' }).click();
  await expect(sessions.row('第七届第二次会议')).toHaveCount(1);
  await page.reload();
  await expect(sessions.row('第七届第二次会议')).toHaveCount(1);
  await expect(sessions.row('第七届第二次会议')).toContainText('39 / 60');
});
