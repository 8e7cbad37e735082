// 监督: supervision activities by kind, the inspection-problem loop, and a special report's visit.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { LedgerHomePage, RecordList } from '../ledger-support';

/** The 监督 page: the activities list above, the inspection problems below. */
class SupervisionPage {
  readonly activities: RecordList;
  readonly problems: RecordList;

  constructor(readonly page: Page) {
    this.activities = new RecordList(
      page,
      page.getByRole('region', { name: '监督活动' }).locator('.record-page'),
    );
    this.problems = new RecordList(
      page,
      page.getByRole('region', { name: '执法检查问题' }).locator('.record-page'),
    );
  }

  async goto() {
    await this.page.goto('/ledger/supervision/');
    await expect(this.page.getByRole('heading', { level: 1, name: '监督' })).toBeVisible();
  }

  /** Shows one kind of activity (`视察`, `听取专项工作报告` …). */
  async showKind(kind: string) {
    await this.page.getByLabel('监督类型').selectOption({ label: kind });
  }

  /** Adds an activity of the kind shown. */
  async addActivity(date: string, topic: string, fill?: (form: Locator) => Promise<void>) {
    const form = await this.activities.add('监督活动');
    await form.getByLabel('日期', { exact: true }).fill(date);
    await form.getByLabel('主题').fill(topic);
    await fill?.(form);
    await this.activities.save(form);
  }

  /** Opens a problem's form, fills dates or choices, and saves. */
  async editProblem(description: string, fill: (form: Locator) => Promise<void>) {
    await this.problems.row(description).getByRole('button', { name: '编辑' }).click();
    const form = this.problems.root.getByRole('form', { name: '编辑问题' });
    await fill(form);
    await this.problems.save(form);
  }
}

test.beforeEach(async ({ page }) => {
  // Each journey sets up a township and two deputies first, and then takes many steps.
  test.slow();
  await new LedgerHomePage(page).setUp();
  await page.goto('/ledger/deputies/');
  const deputies = new RecordList(page);
  for (const name of ['张红梅', '王大力']) {
    const form = await deputies.add('代表');
    await form.getByLabel('姓名').fill(name);
    await form.getByLabel('任职日期').fill('2021-05-10');
    await deputies.save(form);
  }
});

test('an inspection with deputies, and a problem taken through 反馈, 交办, 督办, 评价 and 回头看', async ({
  page,
}) => {
  const supervision = new SupervisionPage(page);
  await supervision.goto();
  await supervision.addActivity('2025-05-15', '食品安全法执法检查', async (form) => {
    await expect(form.getByLabel('活动类型')).toHaveValue('lawInspection');
    await form.getByLabel('张红梅').check();
    await form.getByLabel('王大力').check();
  });
  const inspection = supervision.activities.row('食品安全法执法检查');
  await expect(inspection).toContainText('2名');
  await expect(inspection).toContainText('未记录问题');

  const form = await supervision.problems.add('问题');
  await expect(form.getByLabel('所属执法检查')).toHaveValue(/.+/);
  await form.getByLabel('问题描述').fill('部分餐馆未公示食品经营许可证');
  await form.getByLabel('责任单位').fill('镇市场监管所');
  await supervision.problems.save(form);
  const problem = supervision.problems.row('部分餐馆未公示食品经营许可证');
  await expect(problem).toContainText('镇市场监管所');
  await expect(problem).toContainText('已发现');
  await expect(problem).toContainText('2025年11月15日前');

  for (const [label, date, stage] of [
    ['反馈日期', '2025-05-20', '已反馈'],
    ['交办日期', '2025-05-25', '已交办'],
    ['督办日期', '2025-07-01', '已督办'],
  ] as const) {
    await supervision.editProblem('部分餐馆', (f) => f.getByLabel(label).fill(date));
    await expect(problem).toContainText(stage);
  }
  await supervision.editProblem('部分餐馆', async (f) => {
    await f.getByLabel('评价日期').fill('2025-09-10');
    await f.getByLabel('评价结果').selectOption({ label: '满意' });
  });
  await expect(problem).toContainText('已评价（满意）');
  await supervision.editProblem('部分餐馆', (f) => f.getByLabel('回头看日期').fill('2026-03-01'));

  await page.reload();
  await expect(problem).toContainText('已回头看（满意）');
  await expect(problem).not.toContainText('已超期');
  await expect(problem.locator('.problem-warning')).toHaveCount(0);
  await expect(inspection).toContainText('发现问题1个，已评价1个');
});

test('a problem assigned before its feedback is shown with a warning, and an open one past its deadline as overdue', async ({
  page,
}) => {
  const supervision = new SupervisionPage(page);
  await supervision.goto();
  await supervision.addActivity('2024-01-10', '安全生产法执法检查');
  const form = await supervision.problems.add('问题');
  await form.getByLabel('问题描述').fill('个别小作坊消防通道堵塞');
  await form.getByLabel('反馈日期').fill('2024-01-20');
  await form.getByLabel('交办日期').fill('2024-01-15');
  await supervision.problems.save(form);
  await expect(page.getByRole('status').filter({ hasText: '日期先后有不一致的地方' })).toBeVisible();

  await page.reload();
  const problem = supervision.problems.row('个别小作坊消防通道堵塞');
  await expect(problem).toContainText('已交办');
  await expect(problem).toContainText('「交办」的日期（2024年1月15日）早于「反馈」的日期（2024年1月20日）');
  await expect(problem).toContainText('2024年7月10日前');
  await expect(problem).toContainText('已超期');
  await expect(supervision.activities.row('安全生产法执法检查')).toContainText('1个超期未评价');
});

test('a special report linked to a visit 70 days before it shows the visit in time, and its opinions', async ({
  page,
}) => {
  const supervision = new SupervisionPage(page);
  await supervision.goto();
  await supervision.showKind('视察');
  await supervision.addActivity('2025-03-01', '农村人居环境整治视察', async (form) => {
    await expect(form.getByLabel('活动类型')).toHaveValue('inspectionVisit');
  });

  await supervision.showKind('听取专项工作报告');
  await supervision.addActivity('2025-05-10', '关于农村人居环境整治工作情况的报告', async (form) => {
    await form.getByLabel('2025年3月1日 视察：农村人居环境整治视察').check();
  });
  const report = supervision.activities.row('关于农村人居环境整治工作情况的报告');
  await expect(report).toContainText('报告前70天已视察（90天内）');
  await expect(report).toContainText('未记录代表意见');

  await report.getByRole('button', { name: '意见与答复' }).click();
  const opinions = page.getByRole('form', { name: /^意见与答复/ });
  await opinions.getByLabel('代表意见及答复日期').fill('加快改厕进度|2025-6-30\n完善长效保洁机制|下个月');
  await opinions.getByRole('button', { name: '保存' }).click();
  await expect(opinions.getByText('第2行的答复日期“下个月”无法识别')).toBeVisible();
  await opinions.getByLabel('代表意见及答复日期').fill('加快改厕进度|2025-6-30\n完善长效保洁机制');
  await opinions.getByRole('button', { name: '保存' }).click();
  await expect(opinions).toBeHidden();

  await page.reload();
  await supervision.showKind('听取专项工作报告');
  await expect(report).toContainText('报告前70天已视察（90天内）');
  await expect(report).toContainText('意见已答复 1/2');
});

test('a visit keeps the problems it collected, forwarded and fed back within 90 days (第十条第（三）项)', async ({
  page,
}) => {
  const supervision = new SupervisionPage(page);
  await supervision.goto();
  await supervision.showKind('视察');
  await supervision.addActivity('2025-03-01', '农村道路安全视察');
  const visit = supervision.activities.row('农村道路安全视察');
  await expect(visit).toContainText('未记录收集的问题');

  await visit.getByRole('button', { name: '收集的问题' }).click();
  const problems = page.getByRole('form', { name: /^收集的问题/ });
  const lines = problems.getByLabel('收集的问题、转交和反馈');
  await lines.fill('村道缺少护栏|镇交通站||2025-04-01');
  await problems.getByRole('button', { name: '保存' }).click();
  await expect(problems.getByText('第1行有反馈日期却没有转交日期')).toBeVisible();
  await lines.fill('村道缺少护栏|镇交通站|2025-03-10|2025-04-01\n路灯损坏|镇村镇建设办|2025-03-12');
  await problems.getByRole('button', { name: '保存' }).click();
  await expect(problems).toBeHidden();

  await page.reload();
  await supervision.showKind('视察');
  // The second problem was never fed back and the 90 days are long past.
  await expect(visit).toContainText('问题已转交并反馈 1/2（超过90天）');
});

test('an appraisal shows whether it was reported to the party committee, and its satisfaction test', async ({
  page,
}) => {
  const supervision = new SupervisionPage(page);
  await supervision.goto();
  await supervision.showKind('工作评议');
  await supervision.addActivity('2025-06-12', '对镇卫生院的工作评议');
  const appraisal = supervision.activities.row('对镇卫生院的工作评议');
  await expect(appraisal).toContainText('未报党委');

  await appraisal.getByRole('button', { name: '编辑' }).click();
  const form = supervision.activities.root.getByRole('form', { name: '编辑监督活动' });
  await form.getByLabel('评议结果报党委日期').fill('2025-06-20');
  await supervision.activities.save(form);
  await expect(appraisal).toContainText('已报党委（2025年6月20日）');

  await appraisal.getByRole('button', { name: '满意度测评' }).click();
  const test = page.getByRole('form', { name: /^满意度测评/ });
  await test.getByLabel('应参加测评人数').fill('40');
  await test.getByLabel('满意票', { exact: true }).fill('30');
  await test.getByLabel('基本满意票').fill('8');
  await test.getByLabel('不满意票').fill('2');
  await test.getByRole('button', { name: '保存' }).click();
  await expect(test).toBeHidden();
  await expect(appraisal).toContainText('测评满意');
});
