// Word downloads in a real browser: a blank form, a form filled from the demo township's record,
// the 考评 report and the 主席团年度工作报告（草稿）, each opened as the .docx it is.
import { readFile } from 'node:fs/promises';
import { expect, test, type Download, type Page } from '@playwright/test';
import { readDocx, mm, type DocxContents } from '../../src/office/__tests__/docx-reader';
import { LedgerHomePage, readTable } from './ledger-support';

/** Clicks the button and opens the .docx it downloads. */
async function downloadDocx(
  page: Page,
  click: () => Promise<void>,
): Promise<{ name: string; docx: DocxContents }> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  const path = await (download as Download).path();
  return { name: download.suggestedFilename(), docx: await readDocx(new Uint8Array(await readFile(path))) };
}

test('a blank form downloads as an A4 .docx with its title and fields', async ({ page }) => {
  await page.goto('/forms/session-notice/');
  const { name, docx } = await downloadDocx(page, () =>
    page.getByRole('button', { name: '下载 Word' }).click(),
  );
  expect(name).toBe('会议通知.docx');
  expect(docx.paragraphs).toContain('会议通知');
  expect(docx.text).toContain('会议地点');
  expect(Math.round(mm(docx.page.width))).toBe(210);
  expect(Math.round(mm(docx.page.height))).toBe(297);
});

test.describe('Word files from the demo township', () => {
  test.describe.configure({ mode: 'serial' });
  test.setTimeout(300_000);

  test('a filled form, the 考评 report and the year’s draft report', async ({ page }) => {
    await new LedgerHomePage(page).loadDemo();

    // A suggestion's 交办单 carries the suggestion and what the clerk typed in before downloading.
    const suggestions = await readTable<{
      id: string;
      title: string;
      assignedOn?: string;
      leadUnit?: string;
    }>(page, 'suggestions');
    const suggestion = suggestions.find((s) => s.assignedOn && s.leadUnit)!;
    await page.goto(`/forms/suggestion-assignment/?record=${suggestion.id}`);
    await expect(page.getByRole('status')).toContainText('已按台账记录填写');
    await page.locator('.form-sheet').getByLabel('主办单位').fill('镇交通站（已改）');
    const filled = await downloadDocx(page, () => page.getByRole('button', { name: '下载 Word' }).click());
    expect(filled.docx.text).toContain(suggestion.title);
    expect(filled.docx.text).toContain('镇交通站（已改）');

    // The draft of the latest year with a session: its count of sessions is the ledger's.
    const sessions = await readTable<{ startDate: string }>(page, 'sessions');
    const year = Math.max(...sessions.map((s) => Number(s.startDate.slice(0, 4))));
    const held = sessions.filter((s) => s.startDate.startsWith(`${year}-`)).length;
    await page.goto('/ledger/');
    const panel = page.getByRole('region', { name: '主席团年度工作报告（草稿）' });
    await panel.getByLabel('年度').fill(String(year));
    const draft = await downloadDocx(page, () =>
      panel.getByRole('button', { name: '下载报告草稿（Word）' }).click(),
    );
    expect(draft.name).toContain(`${year}年工作报告（草稿）.docx`);
    expect(draft.docx.paragraphs).toContain('（草稿）');
    expect(draft.docx.text).toContain(`全年召开人民代表大会会议${held}次`);
    expect(draft.docx.paragraphs).toContain('数据来源');

    // The live 考评 report of the same year.
    await page.goto(`/compliance/?year=${year}`);
    const report = await downloadDocx(page, () =>
      page.getByRole('button', { name: '下载考评报告（Word）' }).click(),
    );
    expect(report.docx.paragraphs[0]).toContain(`${year}年度人大工作考评报告`);
    expect(report.docx.tables[0]![0]).toEqual([
      '章',
      '得分',
      '计分义务',
      '已达标',
      '部分达标',
      '未达标',
      '其他',
    ]);
  });
});
