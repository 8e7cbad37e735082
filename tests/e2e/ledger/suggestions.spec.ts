// 代表建议: register a suggestion and take it through its whole life with the step buttons; a
// refused step saves nothing; an unanswered suggestion past its deadline is marked 已超期.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { LedgerHomePage, RecordList } from '../ledger-support';

/** The suggestions page: the list, its step buttons and the step form they open. */
class SuggestionsPage {
  readonly list: RecordList;

  constructor(readonly page: Page) {
    this.list = new RecordList(page);
  }

  async goto() {
    await this.page.goto('/ledger/suggestions/');
    await expect(this.page.getByRole('button', { name: '新增建议' })).toBeVisible();
  }

  /** Registers a suggestion by one deputy. */
  async register(s: { number: string; title: string; proposer: string; submittedOn: string }) {
    const form = await this.list.add('建议');
    await form.getByLabel('建议编号').fill(s.number);
    // The kit's form heading has the id `edit-suggestions-title`, the same as the 标题 input's, so the
    // label does not reach the input: it is found by name until RecordEditor renames its heading id.
    await form.locator('input[name="title"]').fill(s.title);
    await form.getByLabel('提出日期').fill(s.submittedOn);
    await form.getByRole('group', { name: '提出代表' }).getByLabel(s.proposer).check();
    await form.getByLabel('建议内容').fill('机耕道路面破损，雨天无法通行，建议修缮。');
    await this.list.save(form);
  }

  /** The row whose 编号 cell is exactly `number` (a bare text filter would also match dates). */
  row(number: string): Locator {
    return this.list.table
      .locator('tbody tr')
      .filter({ has: this.page.getByRole('cell', { name: number, exact: true }) });
  }

  /** Opens a step's form from the row's button. */
  async open(number: string, step: string): Promise<Locator> {
    await this.row(number).getByRole('button', { name: step, exact: true }).click();
    const form = this.page.getByRole('form', { name: new RegExp(`^${step}：${number}`) });
    await expect(form).toBeVisible();
    return form;
  }

  /** Opens a step, lets `fill` fill it (its date first), confirms it and waits for the form to close. */
  async step(number: string, step: string, on: string, fill?: (form: Locator) => Promise<void>) {
    const form = await this.open(number, step);
    await form.getByLabel(/日期$/).fill(on);
    await fill?.(form);
    await form.getByRole('button', { name: `确认${step}` }).click();
    await expect(form).toBeHidden();
  }

  /** The notice shown after a step. */
  notice(): Locator {
    return this.page.locator('.suggestion-notice');
  }
}

/** Sets up the township, adds one deputy on the register page, and opens the suggestions page. */
async function setUpWithDeputy(page: Page, name = '张红梅'): Promise<SuggestionsPage> {
  await new LedgerHomePage(page).setUp();
  await page.goto('/ledger/deputies/');
  const deputies = new RecordList(page);
  const form = await deputies.add('代表');
  await form.getByLabel('姓名').fill(name);
  await form.getByLabel('任职日期').fill('2021-05-10');
  await deputies.save(form);
  const suggestions = new SuggestionsPage(page);
  await suggestions.goto();
  return suggestions;
}

const NUMBER = '2026-03';

test('take a suggestion through its whole life', async ({ page }) => {
  const s = await setUpWithDeputy(page);
  await s.register({
    number: NUMBER,
    title: '关于修缮白果村机耕道的建议',
    proposer: '张红梅',
    submittedOn: '2026-03-02',
  });
  const row = s.row(NUMBER);
  await expect(row).toContainText('张红梅');
  await expect(row).toContainText('已登记');
  await expect(row).toContainText('交办后计算');
  // Only the step allowed next is offered.
  await expect(row.getByRole('button', { name: '交办', exact: true })).toBeVisible();
  await expect(row.getByRole('button', { name: '答复', exact: true })).toHaveCount(0);

  await s.step(NUMBER, '交办', '2026-03-10', async (form) => {
    await form.getByLabel('主办单位').fill('镇农业综合服务中心');
    await form.getByLabel('协办单位').fill('镇财政所\n白果村村委会');
  });
  await expect(s.notice()).toContainText('答复期限为2026年6月10日');
  await expect(row).toContainText('已交办');
  await expect(row).toContainText('2026-06-10');
  await expect(row.getByRole('button', { name: '交办', exact: true })).toHaveCount(0);

  await s.step(NUMBER, '办理', '2026-03-12');
  await expect(row).toContainText('办理中');
  await s.step(NUMBER, '见面沟通', '2026-03-25');
  await expect(row).toContainText('已见面沟通');
  await s.step(NUMBER, '答复', '2026-04-20', async (form) => {
    await form.getByLabel('答复结果').selectOption({ label: '列入计划解决' });
    await form.getByLabel('承诺事项').fill('6月底前完成路面硬化');
    await form.getByRole('button', { name: '确认答复' }).click();
    // A promise needs its promised date (第十六条第（三）项: 承诺事项清单).
    await expect(form.getByLabel('承诺事项')).toHaveAttribute('aria-invalid', 'true');
    await expect(form.locator('.field-error')).toContainText('缺少承诺完成期限');
    await form.getByLabel('承诺事项').fill('6月底前完成路面硬化 2026-06-30');
  });
  await expect(row).toContainText('已答复');

  // The 承诺事项清单: the promise gets the day it was done.
  await row.getByRole('button', { name: /^承诺事项/ }).click();
  const promises = page.getByRole('form', { name: new RegExp(`^承诺事项：${NUMBER}`) });
  await expect(promises.getByLabel('承诺事项清单')).toHaveValue('6月底前完成路面硬化 2026-06-30');
  await promises.getByLabel('承诺事项清单').fill('6月底前完成路面硬化 2026-06-30 2026-04-25');
  await promises.getByRole('button', { name: '确认承诺事项' }).click();
  await expect(promises).toBeHidden();
  await expect(s.notice()).toContainText('共1项，已落实或反馈1项');
  await expect(row.getByRole('button', { name: '承诺事项（1/1）' })).toBeVisible();

  // 不满意 sends it back for re-handling, and the page says so.
  await s.step(NUMBER, '评价', '2026-04-28', async (form) => {
    await form.getByLabel('代表评价').selectOption({ label: '不满意' });
  });
  await expect(s.notice()).toContainText('代表评价为“不满意”，已退回重新办理（第1次），须重新答复');
  await expect(row).toContainText('重新办理');
  await expect(row.getByRole('button', { name: '评价', exact: true })).toHaveCount(0);

  await s.step(NUMBER, '答复', '2026-05-20', async (form) => {
    await expect(form.getByLabel('承诺事项')).toHaveValue('6月底前完成路面硬化 2026-06-30 2026-04-25');
    await form.getByLabel('答复结果').selectOption({ label: '已解决' });
  });
  await expect(row).toContainText('已答复');
  await s.step(NUMBER, '评价', '2026-05-28', async (form) => {
    await form.getByLabel('代表评价').selectOption({ label: '满意' });
  });
  await expect(row).toContainText('已评价');
  await s.step(NUMBER, '办结', '2026-06-01');
  await expect(s.notice()).toContainText('已办结');

  await page.reload();
  await expect(s.row(NUMBER)).toContainText('已办结');
  await expect(s.row(NUMBER)).toContainText('退回1次');
  await expect(
    s.row(NUMBER).getByRole('button', { name: /^(交办|办理|见面沟通|答复|评价|办结)$/ }),
  ).toHaveCount(0);
});

test('a refused answer marks and focuses the faulty field, and nothing changes', async ({ page }) => {
  const s = await setUpWithDeputy(page);
  await s.register({
    number: NUMBER,
    title: '关于增设村级公交站点的建议',
    proposer: '张红梅',
    submittedOn: '2026-03-02',
  });
  await s.step(NUMBER, '交办', '2026-03-10', async (form) => {
    await form.getByLabel('主办单位').fill('镇交通站');
  });

  const form = await s.open(NUMBER, '答复');
  const date = form.getByLabel('答复日期');
  const result = form.getByLabel('答复结果');
  // No result chosen: the refusal marks 答复结果, says why beside it and puts the cursor there.
  await date.fill('2026-03-12');
  await form.getByRole('button', { name: '确认答复' }).click();
  await expect(form.locator('.form-summary')).toHaveText('未保存：请按提示修改标红的项目。');
  await expect(result).toHaveAttribute('aria-invalid', 'true');
  await expect(result).toHaveAccessibleDescription(/请选择答复结果/);
  await expect(result).toBeFocused();
  await expect(date).not.toHaveAttribute('aria-invalid', 'true');

  // A date before 交办: now the date is the faulty field.
  await result.selectOption({ label: '已解决' });
  await date.fill('2026-03-05');
  await form.getByRole('button', { name: '确认答复' }).click();
  await expect(date).toHaveAttribute('aria-invalid', 'true');
  await expect(date).toBeFocused();
  await expect(form.locator('.field-error')).toHaveText(
    '答复日期（2026年3月5日）不能早于交办日期（2026年3月10日）',
  );
  await expect(result).not.toHaveAttribute('aria-invalid', 'true');
  await form.getByRole('button', { name: '取消' }).click();
  await expect(form).toBeHidden();

  await page.reload();
  const row = s.row(NUMBER);
  await expect(row).toContainText('已交办');
  await expect(row).not.toContainText('已答复');
});

test('an unanswered suggestion past its deadline shows 已超期', async ({ page }) => {
  const s = await setUpWithDeputy(page);
  await s.register({
    number: '2024-01',
    title: '关于整治集镇排水沟的建议',
    proposer: '张红梅',
    submittedOn: '2024-01-05',
  });
  await s.register({
    number: '2024-02',
    title: '关于修复村部路灯的建议',
    proposer: '张红梅',
    submittedOn: '2024-01-06',
  });
  // Both assigned long ago (more than 3 months before any day these tests run); only one is answered.
  for (const number of ['2024-01', '2024-02'])
    await s.step(number, '交办', '2024-01-10', async (form) => {
      await form.getByLabel('主办单位').fill('镇城建办');
    });
  await s.step('2024-02', '答复', '2024-03-01', async (form) => {
    await form.getByLabel('答复结果').selectOption({ label: '已解决' });
  });

  await page.reload();
  await expect(s.row('2024-01')).toContainText('2024-04-10');
  await expect(s.row('2024-01')).toContainText('已超期');
  await expect(s.row('2024-02')).not.toContainText('已超期');
});

test('a suggestion becomes a 民生实事 candidate once', async ({ page }) => {
  const s = await setUpWithDeputy(page);
  await s.register({
    number: NUMBER,
    title: '关于集镇自来水管网改造的建议',
    proposer: '张红梅',
    submittedOn: '2026-03-02',
  });
  const form = await s.open(NUMBER, '转为民生实事候选');
  await form.getByLabel('实施年度').fill('2027');
  await form.getByRole('button', { name: '确认转为民生实事候选' }).click();
  await expect(form).toBeHidden();
  await expect(s.notice()).toContainText('已转为2027年度民生实事候选项目');
  await page.reload();
  await expect(s.row(NUMBER)).toContainText('已转民生实事');
  await expect(s.row(NUMBER).getByRole('button', { name: '转为民生实事候选' })).toHaveCount(0);
});
