// Journeys of the 联络站 page: register a station, record a reception at it with the deputies
// present, and read the month's reception days in the "1+4" summary.
import { expect, test, type Page } from '@playwright/test';
import { LedgerHomePage, RecordList } from '../ledger-support';

const STATION = '山枣镇人大代表联络站';

/** Adds a township deputy of the station on the register page. */
async function addDeputy(page: Page, name: string) {
  const list = new RecordList(page);
  const form = await list.add('代表');
  await form.getByLabel('姓名').fill(name);
  await form.getByLabel('所属联络站').selectOption({ label: STATION });
  await form.getByLabel('任职日期').fill('2021-05-10');
  await list.save(form);
  await expect(list.row(name)).toBeVisible();
}

test('record a station reception', async ({ page }) => {
  // A journey over three pages (setup, register, list): slow on a busy machine.
  test.slow();
  await new LedgerHomePage(page).setUp();

  await page.goto('/ledger/stations/');
  const stations = new RecordList(
    page,
    page.getByRole('region', { name: '联络站名册' }).locator('.record-page'),
  );
  const stationForm = await stations.add('联络站');
  await stationForm.getByLabel('联络站名称').fill(STATION);
  await stationForm.getByLabel('级别').selectOption({ label: '乡镇联络站' });
  await stationForm.getByLabel('站长', { exact: true }).fill('李建国');
  await stationForm.getByLabel('副站长', { exact: true }).fill('王秀英');
  await stationForm.getByLabel('联络员').fill('刘敏');
  await stations.save(stationForm);
  await expect(stations.row(STATION)).toContainText('乡镇联络站');
  await expect(stations.row(STATION)).toContainText('王秀英');

  await page.goto('/ledger/deputies/');
  await addDeputy(page, '张伟');
  await addDeputy(page, '陈静');

  await page.goto('/ledger/stations/');
  const activities = new RecordList(
    page,
    page.getByRole('region', { name: '进站活动' }).locator('.record-page'),
  );
  await expect(activities.root.getByLabel('活动类型')).toHaveValue('stationReception');
  const form = await activities.add('进站活动');
  await expect(form.getByLabel('活动类型')).toHaveValue('stationReception');
  await form.getByLabel('日期').fill('2025-03-15');
  await form.getByLabel('联络站', { exact: true }).selectOption({ label: STATION });
  await form.getByLabel('主题').fill('3月接待日：道路维修、低保等问题');
  const present = form.getByRole('group', { name: '到站代表' });
  await present.getByLabel('张伟').check();
  await present.getByLabel('陈静').check();
  await form.getByLabel('接待群众人数').fill('12');
  await form.getByLabel('登记问题数').fill('4');
  await form.getByRole('group', { name: '渠道与标签' }).getByLabel('码上找代表').check();
  await activities.save(form);

  await page.reload();
  const row = activities.row('3月接待日');
  await expect(row).toContainText('2025-03-15');
  await expect(row).toContainText(STATION);
  await expect(row).toContainText('2人：');
  await expect(row).toContainText('12人 / 4件');

  const summary = page.getByRole('region', { name: '每月接待日统计' });
  await summary.getByLabel('统计年度').selectOption({ label: '2025年' });
  const table = summary.getByRole('table', { name: /2025年各联络站每月接待日数/ });
  const stationRow = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: STATION }) });
  const cells = stationRow.getByRole('cell');
  // Cells follow the header: 1月 … 12月, then 全年.
  await expect(cells.nth(2)).toHaveText('1');
  await expect(cells.nth(1)).toHaveText('0');
  await expect(cells.nth(12)).toHaveText('1');
});
