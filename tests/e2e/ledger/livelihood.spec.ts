// Journeys of the 民生实事 page: a project through the five stages (五单), the ballot judged by the
// township's pass rule, the acceptance grade, and stages out of order saved but flagged.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { LedgerHomePage, RecordList } from '../ledger-support';

const NOUN = '民生实事';

/** The 民生实事 page: its list, the year filter and the cells of a row by column name. */
class LivelihoodPage {
  readonly list: RecordList;
  readonly yearFilter: Locator;

  constructor(readonly page: Page) {
    this.list = new RecordList(page);
    this.yearFilter = page.getByRole('combobox', { name: '实施年度' });
  }

  async goto() {
    await this.page.goto('/ledger/livelihood/');
    await expect(this.page.getByRole('heading', { level: 1, name: '民生实事' })).toBeVisible();
    await expect(this.page.getByRole('button', { name: `新增${NOUN}` })).toBeVisible();
  }

  /** The cell of a row under the column header `column`. */
  async cell(row: Locator, column: string): Promise<Locator> {
    await expect(row).toBeVisible();
    const headers = await this.list.table.locator('thead th').allInnerTexts();
    const index = headers.findIndex((h) => h.trim() === column);
    expect(index, `column ${column}`).toBeGreaterThanOrEqual(0);
    return row.locator('td').nth(index);
  }

  /** Opens the form of the row's project. */
  async edit(title: string): Promise<Locator> {
    await this.list.row(title).getByRole('button', { name: '编辑' }).click();
    const form = this.page.getByRole('form', { name: `编辑${NOUN}` });
    await expect(form).toBeVisible();
    return form;
  }
}

/** A field by its whole label, the required mark (` *`) aside: `满意票数` is not `不满意票数`. */
const field = (form: Locator, label: string) =>
  form.getByLabel(new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(\\s*\\*)?$`));

/** Fills a form's fields by their labels. */
async function fill(form: Locator, values: Record<string, string>) {
  for (const [label, value] of Object.entries(values)) await field(form, label).fill(value);
}

const TITLE = '集镇自来水管网改造';
const TALLY = { 在任代表数: '60', 赞成票数: '45', 反对票数: '10', 弃权票数: '5' };

test.beforeEach(async ({ page }) => {
  await new LedgerHomePage(page).setUp();
});

test('take a 民生实事 through the five stages', async ({ page }) => {
  const livelihood = new LivelihoodPage(page);
  await livelihood.goto();
  await expect(page.getByText(`还没有${NOUN}记录`)).toBeVisible();

  // 群众点单 and 论证议单: the ballot's fields are not asked for yet.
  let form = await livelihood.list.add(NOUN);
  await expect(form.getByLabel('在任代表数')).toBeHidden();
  await fill(form, {
    实施年度: '2026',
    项目名称: TITLE,
    实施单位: '镇水利站',
    '预算（万元）': '128.5',
    承诺完成日期: '2026-10-31',
    群众点单日期: '2025-06-10',
    论证议单日期: '2025-10-15',
  });
  await livelihood.list.save(form);
  const row = livelihood.list.row(TITLE);
  await expect(await livelihood.cell(row, '当前环节')).toContainText('论证议单（2/5）');
  await expect(await livelihood.cell(row, '票决结果')).toHaveText('未票决');
  await expect(await livelihood.cell(row, '项目名称')).toContainText(
    '实施单位：镇水利站，预算128.5万元，2026年10月31日前完成',
  );

  // 票决定单 with the tally: 45 of 60 in office is more than half of all deputies.
  form = await livelihood.edit(TITLE);
  await fill(form, { 票决定单日期: '2025-12-20' });
  await fill(form, TALLY);
  await livelihood.list.save(form);
  const vote = await livelihood.cell(row, '票决结果');
  await expect(vote).toContainText('通过');
  await expect(vote).not.toContainText('未通过');
  await expect(vote).toContainText('在任60人，赞成45，反对10，弃权5');
  await expect(await livelihood.cell(row, '当前环节')).toContainText('票决定单（3/5）');

  // 公开晒单 and 验收评单 with the satisfaction test; the presidium supervised it.
  form = await livelihood.edit(TITLE);
  await fill(form, { 公开晒单日期: '2026-01-08', 验收评单日期: '2026-11-20' });
  await fill(form, {
    应参加测评人数: '60',
    满意票数: '40',
    基本满意票数: '12',
    不满意票数: '3',
    弃权或无效票数: '5',
  });
  await form.getByLabel('测评结果已公开').check();
  await form.getByLabel(/主席团重点督办/).check();
  await livelihood.list.save(form);

  const expectComplete = async () => {
    const r = livelihood.list.row(TITLE);
    await expect(await livelihood.cell(r, '当前环节')).toContainText('验收评单（5/5）');
    await expect(await livelihood.cell(r, '当前环节')).toContainText('2026年11月20日');
    await expect(await livelihood.cell(r, '票决结果')).toContainText(/^通过/);
    const grade = await livelihood.cell(r, '验收测评');
    await expect(grade).toContainText(/^满意/);
    await expect(grade).toContainText('应参加60人，满意40，基本满意12，不满意3，弃权或无效5；已公开');
    await expect(await livelihood.cell(r, '督办')).toHaveText('督办');
    await expect(await livelihood.cell(r, '问题')).toHaveText('');
  };
  await expectComplete();

  // After a reload everything is there, in the list and in the form.
  await page.reload();
  await expectComplete();
  form = await livelihood.edit(TITLE);
  await expect(field(form, '赞成票数')).toHaveValue('45');
  await expect(field(form, '满意票数')).toHaveValue('40');
  await expect(form.getByLabel('测评结果已公开')).toBeChecked();
  await expect(form.getByLabel('论证议单日期')).toHaveValue('2025-10-15');
  await form.getByRole('button', { name: '取消' }).click();

  // The year filter shows one year at a time.
  await livelihood.yearFilter.selectOption({ label: '2025年' });
  await expect(livelihood.list.row(TITLE)).toHaveCount(0);
  await expect(page.getByText(`还没有${NOUN}记录`)).toBeVisible();
  await livelihood.yearFilter.selectOption({ label: '2026年' });
  await expect(livelihood.list.row(TITLE)).toBeVisible();
});

test('a project whose 公开晒单 is dated before its 票决定单 is saved, with the problem shown', async ({
  page,
}) => {
  const livelihood = new LivelihoodPage(page);
  await livelihood.goto();
  const form = await livelihood.list.add(NOUN);
  await fill(form, {
    实施年度: '2026',
    项目名称: '村级道路亮化',
    群众点单日期: '2025-06-10',
    论证议单日期: '2025-10-15',
    票决定单日期: '2025-12-20',
  });
  await fill(form, TALLY);
  await fill(form, { 公开晒单日期: '2025-12-01' });
  await livelihood.list.save(form);
  await expect(page.getByText(`已保存${NOUN}“2026年 村级道路亮化”。`)).toBeVisible();
  const row = livelihood.list.row('村级道路亮化');
  await expect(await livelihood.cell(row, '问题')).toHaveText(
    '⚠ 「公开晒单」的日期（2025年12月1日）早于「票决定单」的日期（2025年12月20日）',
  );
  await page.reload();
  await expect(await livelihood.cell(livelihood.list.row('村级道路亮化'), '问题')).toContainText(
    '「公开晒单」的日期（2025年12月1日）早于「票决定单」的日期（2025年12月20日）',
  );
});

test('a tally with 赞成 25 of 在任 60 shows 未通过', async ({ page }) => {
  const livelihood = new LivelihoodPage(page);
  await livelihood.goto();
  const form = await livelihood.list.add(NOUN);
  await fill(form, {
    实施年度: '2026',
    项目名称: '敬老院改扩建',
    群众点单日期: '2025-06-10',
    论证议单日期: '2025-10-15',
    票决定单日期: '2025-12-20',
  });
  await fill(form, { ...TALLY, 赞成票数: '25', 反对票数: '30', 弃权票数: '5' });
  await livelihood.list.save(form);
  const vote = await livelihood.cell(livelihood.list.row('敬老院改扩建'), '票决结果');
  await expect(vote).toContainText(/^未通过/);
  await expect(vote).toContainText('在任60人，赞成25，反对30，弃权5');
});

test('a 票决定单 without its tally is saved and flagged', async ({ page }) => {
  const livelihood = new LivelihoodPage(page);
  await livelihood.goto();
  const form = await livelihood.list.add(NOUN);
  await fill(form, {
    实施年度: '2026',
    项目名称: '农贸市场提质',
    群众点单日期: '2025-06-10',
    论证议单日期: '2025-10-15',
    票决定单日期: '2025-12-20',
  });
  await livelihood.list.save(form);
  const row = livelihood.list.row('农贸市场提质');
  await expect(await livelihood.cell(row, '问题')).toContainText('已记录「票决定单」，但没有记录表决票数');
  await expect(await livelihood.cell(row, '票决结果')).toHaveText('未票决');
});
