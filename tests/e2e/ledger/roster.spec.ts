// 代表名册 from Excel: a 60-deputy .xlsx (written here with the same library the site uses) with a
// few bad rows is previewed with each row's problems, nothing is written; the corrected file is
// imported in one go, undone and imported again; the 代表名册 prints in 姓氏笔画 order and
// downloads as .xlsx that reads back.
import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { readSheet } from 'read-excel-file/node';
import writeXlsxFile from 'write-excel-file/node';
import { LedgerHomePage } from '../ledger-support';

test.describe.configure({ timeout: 180_000 });

const HEADERS = [
  '姓名',
  '性别',
  '民族',
  '出生年月',
  '政治面貌',
  '文化程度',
  '代表构成',
  '代表层级',
  '选区',
  '任职日期',
];
const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '黄', '赵', '周', '吴', '丁', '马'];
const GIVEN = ['伟', '芳', '娜', '敏', '静', '磊'];

/** Sixty distinct deputies as template rows; `bad` replaces some cells by row index. */
function sheet(bad: Record<number, Partial<Record<string, string>>> = {}) {
  const rows: string[][] = [HEADERS];
  for (let i = 0; i < 60; i++) {
    const name = `${SURNAMES[i % SURNAMES.length]}${GIVEN[Math.floor(i / SURNAMES.length) % GIVEN.length]}${i >= 36 ? '明' : ''}`;
    const fields: Record<string, string> = {
      姓名: name,
      性别: i % 2 ? '女' : '男',
      民族: i % 7 === 0 ? '土家族' : '汉族',
      出生年月: `19${60 + (i % 30)}-0${1 + (i % 9)}`,
      政治面貌: i % 3 ? '群众' : '中共党员',
      文化程度: '高中',
      代表构成: i % 4 ? '农民' : '工人',
      代表层级: '乡镇',
      选区: `第${1 + (i % 8)}选区`,
      任职日期: '2021-05-10',
      ...bad[i],
    };
    rows.push(HEADERS.map((h) => fields[h] ?? ''));
  }
  return rows;
}

async function xlsx(rows: string[][]): Promise<Buffer> {
  return writeXlsxFile(rows.map((r) => r.map((value) => ({ value, type: String })))).toBuffer();
}

test('a 60-deputy workbook is previewed, corrected, imported in one go, undone, and printed in stroke order', async ({
  page,
}, testInfo) => {
  const home = new LedgerHomePage(page);
  await home.setUp('壶天镇');
  await page.goto('/ledger/roster/');
  const picker = page.getByLabel('选择填好的文件（.xlsx 或 .csv）');

  // The template downloads with Chinese headers.
  const templateDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: '下载模板（.xlsx）' }).click();
  const template = await templateDownload;
  expect(template.suggestedFilename()).toBe('代表名册导入模板.xlsx');
  const templatePath = testInfo.outputPath('template.xlsx');
  await template.saveAs(templatePath);
  const templateRows = await readSheet(await readFile(templatePath));
  expect(templateRows[0]!.slice(0, 4)).toEqual(['姓名*', '性别', '民族', '出生年月']);

  // A workbook with three bad rows: each row's problems are shown, and nothing can be imported.
  const bad = await xlsx(
    sheet({ 4: { 民族: '汉人' }, 10: { 出生年月: '七五年' }, 20: { 姓名: '王伟', 出生年月: '1960-01' } }),
  );
  await picker.setInputFiles({ name: '代表名册.xlsx', mimeType: 'application/octet-stream', buffer: bad });
  const problems = page.getByRole('list', { name: '有问题的行' });
  await expect(page.getByRole('status').filter({ hasText: '共 60 行，3 行有问题' })).toBeVisible({
    timeout: 30_000,
  });
  await expect(problems.getByRole('listitem')).toHaveText([
    /^第 6 行（陈伟）：民族“汉人”不在民族代码表（GB 3304）中。$/,
    /^第 12 行（丁伟）：出生年月应为“年-月”，如 1975-03。$/,
    /^第 22 行（王伟）：与第 2 行是同一人（姓名和出生年月相同）。$/,
  ]);
  await expect(page.getByRole('button', { name: '导入代表（请先改正表格）' })).toBeDisabled();

  // The corrected workbook: every row is fine and all 60 go in at once.
  await picker.setInputFiles({
    name: '代表名册（改正）.xlsx',
    mimeType: 'application/octet-stream',
    buffer: await xlsx(sheet()),
  });
  await expect(page.getByRole('status').filter({ hasText: '共 60 行，全部无误' })).toBeVisible({
    timeout: 30_000,
  });
  await page.getByRole('button', { name: '导入 60 名代表' }).click();
  await expect(page.getByText('已导入 60 名代表。')).toBeVisible();
  const roster = page.getByRole('article', { name: '壶天镇人民代表大会代表名册' });
  await expect(roster.locator('tbody tr')).toHaveCount(60);

  // Undo takes all 60 out again; then import once more for the roster.
  await page.getByRole('button', { name: '撤销导入' }).click();
  await expect(page.getByText('已撤销导入，移除了 60 名代表。')).toBeVisible();
  await expect(roster.getByText('名册中没有符合条件的代表。')).toBeVisible();
  await picker.setInputFiles({
    name: '代表名册（改正）.xlsx',
    mimeType: 'application/octet-stream',
    buffer: await xlsx(sheet()),
  });
  await page.getByRole('button', { name: '导入 60 名代表' }).click();
  await expect(roster.locator('tbody tr')).toHaveCount(60);

  // 姓氏笔画 order: 丁(2) 马(3) 王(4) 刘(6) then the 7-stroke 李 吴 张 陈 (横 竖 折 折), 杨(7) …
  const names = await roster.locator('tbody th').allTextContents();
  const surnames = [...new Set(names.map((n) => n[0]))];
  expect(surnames).toEqual(['丁', '马', '王', '刘', '李', '杨', '吴', '张', '陈', '周', '赵', '黄']);
  await expect(roster.locator('tbody tr').first().locator('td').first()).toHaveText('1');

  // The roster prints on A4: the document only, not the import or the page's controls.
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('heading', { name: '从 Excel 导入代表' })).toBeHidden();
  await expect(page.getByRole('button', { name: '打印代表名册' })).toBeHidden();
  await expect(roster).toBeVisible();
  await page.pdf({ path: testInfo.outputPath('roster.pdf'), format: 'A4' });
  await page.emulateMedia({ media: 'screen' });

  // The .xlsx download reads back in the same order with Chinese headers.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '下载 .xlsx' }).click();
  const file = await download;
  const path = testInfo.outputPath('roster.xlsx');
  await file.saveAs(path);
  const rows = await readSheet(await readFile(path));
  expect(rows[0]!.slice(0, 4)).toEqual(['序号', '姓名', '性别', '民族']);
  expect(rows.slice(1).map((r) => r[1])).toEqual(names);
});
