// Journeys of a reader: from the home page into the rules, an article with its annotation, duties
// and upstream law, copying an item's citation and link, the duty list, glossary and calendar.
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';

test('the home page offers the three ways in, none of them still coming', async ({ page }) => {
  await page.goto('/');
  // The site's name once, after what the page is.
  await expect(page).toHaveTitle('细则释义、台账与考评 | 湘乡市乡镇人大工作手册');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  const read = page.getByRole('link', { name: /读细则/ });
  await expect(read).toBeVisible();
  await expect(page.getByRole('link', { name: /记台账/ })).not.toContainText('建设中');
  await expect(page.getByRole('link', { name: /看考评/ })).not.toContainText('建设中');
  await read.click();
  await expect(page).toHaveURL(/\/rules\/$/);
  await expect(page.getByRole('link', { name: /第十七条 联络站建设/ })).toBeVisible();
});

test('an article page shows the text, 释义, duties, upstream law and the placeholders', async ({ page }) => {
  await page.goto('/rules/article-6/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('第六条 乡镇人大主席团');
  await expect(page.locator('#art_6__point_1')).toContainText('每3个月至少举行1次会议');
  for (const name of ['条文', '释义', '本条义务', '上位法依据', '相关模板', '相关台账'])
    await expect(page.getByRole('heading', { level: 2, name })).toBeVisible();
  await expect(page.locator('.annotation li').first()).not.toBeEmpty();
  await expect(page.locator('tr[data-duty="art06-presidium-interval"]')).toBeVisible();
  await expect(page.locator('tr[data-duty="art06-presidium-quorum"]')).toBeVisible();
  await expect(page.locator('.upstream')).toContainText('组织法');
  await expect(page.getByRole('link', { name: /第七条/ }).last()).toHaveAttribute('rel', 'next');
});

test('every item can be copied as a citation and as a link', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/rules/article-5/');
  const item = page.locator('#art_5__point_2');
  await item.getByRole('button', { name: '复制引用' }).click();
  await expect(item.getByRole('button', { name: '已复制' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
    '《湘乡市乡镇人民代表大会工作实施细则》第五条第（二）项',
  );
  await item.getByRole('button', { name: '复制链接' }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
    `${baseURL}/rules/article-5/#art_5__point_2`,
  );
});

test('an item anchor opens the article at that item', async ({ page }) => {
  await page.goto('/rules/article-16/#art_16__point_3');
  const item = page.locator('#art_16__point_3');
  await expect(item).toBeInViewport();
  await expect(item).toContainText('见面沟通');
});

test('the duty list filters by chapter, period and subject, and keeps the choice in the URL', async ({
  page,
}) => {
  await page.goto('/duties/');
  const rows = page.locator('tr[data-duty]');
  const total = await rows.count();
  expect(total).toBeGreaterThan(40);
  await page.getByLabel('章', { exact: true }).selectOption({ label: '第六章 人大代表联络站建设及运行' });
  await expect(page.locator('tr[data-duty]:visible')).toHaveCount(6);
  await page.getByLabel('周期', { exact: true }).selectOption({ label: '每半年' });
  await expect(page.locator('tr[data-duty]:visible')).toHaveCount(2);
  await expect(page).toHaveURL(/chapter=6&period=halfYear/);
  await page.reload();
  await expect(page.locator('tr[data-duty]:visible')).toHaveCount(2);
  await expect(page.getByRole('status').or(page.locator('output'))).toContainText('共 2 项');
});

test('the glossary says honestly which meanings are unconfirmed', async ({ page }) => {
  await page.goto('/glossary/');
  const entries = page.locator('.glossary-entry');
  expect(await entries.count()).toBeGreaterThanOrEqual(25);
  const oneFour = entries.filter({ has: page.locator('dt', { hasText: '1+4' }) });
  await expect(oneFour).toContainText('含义待确认');
  await expect(oneFour.locator('.glossary-setting')).toBeVisible();
});

test('the calendar lists the months and downloads an .ics file', async ({ page }) => {
  await page.goto('/calendar/');
  await expect(page.locator('#month-3')).toContainText('年度工作要点');
  for (const month of [3, 6, 9, 12]) await expect(page.locator(`#month-${month}`)).toContainText('向党委');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: /下载日历文件/ }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('乡镇人大工作日历.ics');
  const text = readFileSync((await download.path())!, 'utf8');
  expect(text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
  expect(text.replace(/\r\n /g, '')).toContain('SUMMARY:【到期】主席团制定闭会期间年度工作要点');
});
