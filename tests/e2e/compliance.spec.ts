// Journeys of the 考评 page with the 示例乡镇: every duty with a status, a deliberate miss of the
// demo with its workings and a working evidence link, live recomputation, charts drawn by chart.js
// (loaded on this page only), closing a past year into a snapshot that survives reload and stays
// frozen, refusing an open period, and the A4 年度考评报告.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import yaml from 'js-yaml';
import { STATUSES } from '../../src/domain/compliance/types';
import { LedgerHomePage } from './ledger-support';

/** The 考评 page: the period controls, the duty rows, the charts and the snapshots. */
class CompliancePage {
  readonly duties: Locator;
  readonly snapshots: Locator;

  constructor(readonly page: Page) {
    this.duties = page.locator('li.duty-item');
    this.snapshots = page.getByRole('region', { name: '已封存的考评结果' });
  }

  async goto() {
    await this.page.goto('/compliance/');
    await expect(this.page.getByRole('heading', { level: 1, name: '考评' })).toBeVisible();
  }

  /** Chooses a calendar year and waits until its results show. */
  async chooseYear(year: number) {
    await this.page.getByRole('combobox', { name: '年度' }).selectOption({ label: `${year}年` });
    await expect(this.page.locator('.period-line')).toContainText(`${year}年度`);
    await expect(this.duties).toHaveCount(catalogue.duties.length);
  }

  /** The row of a duty of the catalogue. */
  duty(id: string): Locator {
    return this.page.locator(`li[id="${id}"]`);
  }

  /** Opens a duty's workings. */
  async expand(id: string): Promise<Locator> {
    const row = this.duty(id);
    await row.locator('summary').click();
    const workings = row.locator('.duty-workings');
    await expect(workings).toBeVisible();
    return workings;
  }
}

/** The duty catalogue as authored (Playwright's loader does not import YAML). */
const catalogue = yaml.load(readFileSync('content/duties.yaml', 'utf8')) as {
  version: string;
  duties: { id: string; title: string }[];
};
const dutyTitle = (id: string) => catalogue.duties.find((d) => d.id === id)!.title;
const SHOTS = process.env['SCREENSHOT_DIR'];

// Loading the demo township and evaluating it takes a while on a shared machine.
test.describe.configure({ timeout: 180_000 });

test.beforeEach(async ({ page }) => {
  await new LedgerHomePage(page).loadDemo();
});

test("the dashboard shows every duty's status, a deliberate miss with its workings and records", async ({
  page,
}) => {
  const compliance = new CompliancePage(page);
  // Year 2 of the demo (2022): the work plan was adopted in April, after 31 March. The handbook
  // links to a duty of a year like this; the duty opens by itself.
  await page.goto('/compliance/?year=2022#art04-annual-work-plan');
  await expect(page.locator('.period-line')).toContainText('2022年度');
  await expect(compliance.duties).toHaveCount(catalogue.duties.length);
  await expect(page.getByText(/\d+\.\d 分（计分义务 \d+ 项）/).first()).toBeVisible();

  const labels = Object.values(STATUSES);
  for (const row of await compliance.duties.all()) {
    const badge = (await row.locator('summary .status-badge').innerText()).replace(/^\S\s*/, '');
    expect(
      labels.some((l) => badge.startsWith(l)),
      badge,
    ).toBe(true);
  }

  const plan = compliance.duty('art04-annual-work-plan');
  await expect(plan.locator('summary')).toContainText(dutyTitle('art04-annual-work-plan'));
  await expect(plan.locator('summary .status-badge')).toHaveText(/未达标/);
  const workings = plan.locator('.duty-workings');
  await expect(workings).toBeVisible();
  await expect(workings).toContainText('2022年4月17日通过，期限为2022年3月31日，逾期');

  // 向党委汇报: the third quarter has no report, so the duty is only partly met.
  const reports = await compliance.expand('art22-party-reports');
  await expect(compliance.duty('art22-party-reports').locator('summary .status-badge')).toHaveText(
    /部分达标/,
  );
  await expect(reports.locator('.duty-shortfall')).toContainText('第三季度');
  await expect(reports.getByRole('row', { name: /第三季度/ })).toContainText('0次');

  if (SHOTS) await page.screenshot({ path: join(SHOTS, 'dashboard.png'), fullPage: true });

  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(
    violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([]);

  // The evidence link opens the ledger page with that record above its list.
  await workings.getByRole('link', { name: /2022年闭会期间工作要点/ }).click();
  await expect(page).toHaveURL(/\/ledger\/documents\/\?record=/);
  const pinned = page.getByRole('table', { name: '考评引用的文件记录' });
  await expect(pinned).toContainText('2022-04-17');

  // Correcting the record recomputes the dashboard: adopted in time, the duty is met.
  await pinned.getByRole('button', { name: '编辑' }).click();
  const form = page.getByRole('form', { name: '编辑文件' });
  await form.getByLabel(/^通过日期/).fill('2022-03-20');
  await form.getByRole('button', { name: '保存' }).click();
  await expect(form).toBeHidden();
  await compliance.goto();
  await compliance.chooseYear(2022);
  await expect(compliance.duty('art04-annual-work-plan').locator('summary .status-badge')).toHaveText(
    /已达标/,
  );
});

test('charts are drawn by chart.js, which no other page loads', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  const compliance = new CompliancePage(page);
  await compliance.goto();
  await compliance.chooseYear(2023);
  const charts = page.getByRole('region', { name: '图表' });
  await expect(charts.locator('figure')).toHaveCount(5);
  for (const id of ['chart-chapters', 'chart-timeline', 'chart-points', 'chart-funnel', 'chart-pipeline']) {
    const canvas = charts.locator(`canvas[data-chart="${id}"]`);
    await expect(canvas).toBeVisible();
    // chart.js marks the canvases it draws on.
    await expect
      .poll(() => canvas.evaluate((c) => (c as HTMLCanvasElement).width > 0 && c.hasAttribute('style')))
      .toBe(true);
  }
  await expect(charts.getByRole('table', { name: /各章得分/ })).toBeAttached();
  const chartChunks = requested.filter((p) => /\/_astro\/chart-draw\.[^/]+\.js$/.test(p));
  expect(chartChunks).toHaveLength(1);

  for (const path of ['/ledger/', '/rules/article-5/', '/ledger/suggestions/']) {
    requested.length = 0;
    await page.goto(path, { waitUntil: 'networkidle' });
    expect(
      requested.filter((p) => p.includes('chart-draw')),
      path,
    ).toEqual([]);
  }
});

test('closing a past year freezes it, lists it after reload, and prints the year report on A4', async ({
  page,
}) => {
  const compliance = new CompliancePage(page);
  await compliance.goto();

  // The current year has not ended: closing it is refused with the reason.
  const thisYear = Number((await page.getByLabel('截至日期').inputValue()).slice(0, 4));
  await page.getByRole('combobox', { name: '年度' }).selectOption({ label: `${thisYear}年` });
  await expect(compliance.duties).toHaveCount(catalogue.duties.length);
  await page.getByRole('button', { name: '封存本期考评结果' }).click();
  await expect(page.getByRole('alert')).toContainText('尚未结束，不能封存');
  await expect(compliance.snapshots).toContainText('还没有封存的考评结果');

  await compliance.chooseYear(2022);
  const score = (await page.locator('.score-number').innerText()).trim();
  page.once('dialog', (dialog) => dialog.accept());
  await page.getByRole('button', { name: '封存本期考评结果' }).click();
  await expect(page.getByRole('status').filter({ hasText: '已封存2022年度考评结果' })).toBeVisible();

  await page.reload();
  const row = compliance.snapshots.getByRole('row', { name: /2022年度/ });
  await expect(row).toContainText(`${score} 分`);
  await expect(row).toContainText(`${catalogue.version} 版`);
  await row.getByRole('link', { name: '查看与打印' }).click();

  await expect(page.getByRole('heading', { name: '《示例镇2022年度人大工作考评报告》' })).toBeVisible();
  const report = page.locator('.compliance-report');
  await expect(report).toContainText(`总分 ${score} 分`);
  await expect(
    report.getByRole('row', { name: new RegExp(dutyTitle('art04-annual-work-plan')) }),
  ).toContainText('未达标');
  await expect(report.locator('.report-shortfalls')).toContainText('第三季度');
  await expect(page.getByRole('button', { name: '打印考评报告' })).toBeVisible();

  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  expect(pages).toBeGreaterThan(0);
  if (SHOTS) {
    mkdirSync(SHOTS, { recursive: true });
    writeFileSync(join(SHOTS, 'report.pdf'), pdf);
    execFileSync('pdftoppm', ['-png', '-r', '50', join(SHOTS, 'report.pdf'), join(SHOTS, 'report')]);
    await page.screenshot({ path: join(SHOTS, 'snapshot.png'), fullPage: true });
  }
  // In print, only the report: no sidebar, no buttons, no page title.
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: '打印考评报告' })).toBeHidden();
  await expect(page.getByRole('heading', { level: 1, name: '考评' })).toBeHidden();
  await expect(page.locator('.sidebar')).toBeHidden();
  await expect(report).toBeVisible();
  await page.emulateMedia({ media: 'screen' });

  // Deleting asks first, then the list is empty again.
  await page.getByRole('link', { name: '← 返回考评' }).click();
  page.once('dialog', (dialog) => dialog.accept());
  await compliance.snapshots
    .getByRole('row', { name: /2022年度/ })
    .getByRole('button', { name: '删除' })
    .click();
  await expect(compliance.snapshots).toContainText('还没有封存的考评结果');
});
