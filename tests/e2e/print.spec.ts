// Printing: the full text, an article and the calendar on A4, without the site's navigation.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import yaml from 'js-yaml';
import { LedgerHomePage } from './ledger-support';

const pageCount = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;

test('the full text prints on A4 without navigation, items kept whole', async ({ page }) => {
  await page.goto('/rules/full-text/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('nav.sidebar')).toBeHidden();
  await expect(page.locator('header.header')).toBeHidden();
  await expect(page.locator('.rule-actions').first()).toBeHidden();
  // 130 source lines less 8 chapter headings and 22 article headings.
  await expect(page.locator('.rule-block')).toHaveCount(100);
  const breakInside = await page
    .locator('.rule-block')
    .evaluateAll((blocks) => [...new Set(blocks.map((b) => getComputedStyle(b).breakInside))]);
  expect(breakInside).toEqual(['avoid']);
  const pdf = await page.pdf({ format: 'A4', printBackground: false });
  // 26 articles of some 16,000 characters: several pages, but far fewer than one per article.
  expect(pageCount(pdf)).toBeGreaterThanOrEqual(6);
  expect(pageCount(pdf)).toBeLessThanOrEqual(20);
});

test('an article prints its text and annotation without the item buttons', async ({ page }) => {
  await page.goto('/rules/article-17/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: '复制引用' }).first()).toBeHidden();
  await expect(page.locator('#art_17__point_4')).toBeVisible();
  const pdf = await page.pdf({ format: 'A4' });
  expect(pageCount(pdf)).toBeGreaterThanOrEqual(1);
  expect(pageCount(pdf)).toBeLessThanOrEqual(8);
});

test('the calendar prints as the year plan with a column to tick', async ({ page }) => {
  await page.goto('/calendar/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('columnheader', { name: '完成情况' })).toBeVisible();
  await expect(page.getByText('年度乡镇人大工作计划')).toBeVisible();
  await expect(page.getByRole('button', { name: '打印年度工作计划' })).toBeHidden();
});

// ---------------------------------------------------------------------------------------------
// Every form, blank and filled from the demo township: nothing clipped or spilling out of its box,
// labels broken only where a label may break, and a one-page form on one A4 page.

interface FormInfo {
  id: string;
  title: string;
  source?: string;
  pages?: number;
  landscape?: boolean;
}

/** The forms as authored (content/forms/*.yaml), read here without the site's build. */
const FORMS: FormInfo[] = readdirSync('content/forms')
  .filter((name) => name.endsWith('.yaml'))
  .sort()
  .flatMap(
    (name) => (yaml.load(readFileSync(join('content/forms', name), 'utf8')) as { forms: FormInfo[] }).forms,
  );

/** The printable width and height of A4 at 96 px an inch, inside the margins the form pages set. */
const MM = 96 / 25.4;
const sheetBox = (form: FormInfo) =>
  form.landscape
    ? { width: Math.floor((297 - 20 - 22) * MM), height: Math.floor((210 - 18 - 16) * MM) }
    : { width: Math.floor((210 - 24 - 28) * MM), height: Math.floor((297 - 22 - 20) * MM) };

/**
 * Lays the page out as the printer does — print media, the viewport as wide as the printable part
 * of A4 — and lists every clipped or overflowing thing of the sheet.
 */
async function printProblems(page: Page, form: FormInfo): Promise<string[]> {
  await page.setViewportSize(sheetBox(form));
  await page.emulateMedia({ media: 'print' });
  return page.locator('.form-sheet').evaluate((sheet) => {
    const found: string[] = [];
    const name = (el: Element) =>
      `${el.tagName.toLowerCase()}${el.getAttribute('aria-label') ? `「${el.getAttribute('aria-label')}」` : ''}` +
      `${el.textContent?.trim() ? `「${el.textContent.trim().slice(0, 16)}」` : ''}`;
    const box = sheet.getBoundingClientRect();
    /** The lines an element's text takes: boxes that start below the last line's bottom begin a new one. */
    const linesOf = (el: Element) => {
      const range = document.createRange();
      range.selectNodeContents(el);
      const rects = [...range.getClientRects()].filter((r) => r.height > 0).sort((a, b) => a.top - b.top);
      let lines = 0;
      let bottom = -Infinity;
      for (const rect of rects) {
        if (rect.top >= bottom - 1) lines += 1;
        bottom = Math.max(rect.top >= bottom - 1 ? rect.bottom : bottom, rect.bottom);
      }
      return lines;
    };
    // Nothing sticks out of the sheet sideways.
    for (const el of sheet.querySelectorAll('*')) {
      const rect = el.getBoundingClientRect();
      if (rect.width === 0 && rect.height === 0) continue;
      if (rect.right > box.right + 1 || rect.left < box.left - 1)
        found.push(`${name(el)} sticks out of the sheet`);
    }
    // No text runs past the edge of its block (a line that cannot wrap).
    for (const el of sheet.querySelectorAll<HTMLElement>('p, li, h2, h3, div, span'))
      if (el.scrollWidth > el.clientWidth + 1 && el.clientWidth > 0)
        found.push(`${name(el)} runs past its edge`);
    // No cell holds more than it shows.
    for (const cell of sheet.querySelectorAll<HTMLElement>('th, td'))
      if (cell.scrollWidth > cell.clientWidth + 1) found.push(`${name(cell)} overflows its cell`);
    // No field hides text, typed or placeholder.
    const measure = document.createElement('span');
    measure.style.cssText = 'position:absolute;visibility:hidden;white-space:pre';
    sheet.append(measure);
    for (const field of sheet.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input, textarea')) {
      if (field instanceof HTMLInputElement && field.type === 'checkbox') continue;
      if (field.scrollWidth > field.clientWidth + 1 || field.scrollHeight > field.clientHeight + 1)
        found.push(`${name(field)} hides part of 「${field.value.slice(0, 16)}」`);
      if (field.value === '' && field.placeholder) {
        const style = getComputedStyle(field);
        measure.style.font = style.font;
        measure.style.letterSpacing = style.letterSpacing;
        measure.textContent = field.placeholder;
        const room = field.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
        if (measure.getBoundingClientRect().width > room + 0.5)
          found.push(`${name(field)} clips its placeholder 「${field.placeholder}」`);
      }
    }
    measure.remove();
    // A date line 「年 月 日」 is one whole line inside its box.
    for (const line of sheet.querySelectorAll<HTMLElement>('.form-date-blank')) {
      const parent = line.parentElement!.getBoundingClientRect();
      const rect = line.getBoundingClientRect();
      if (rect.right > parent.right + 1 || rect.left < parent.left - 1 || line.getClientRects().length > 1)
        found.push(`date line of ${name(line.parentElement!)} is cut or broken`);
    }
    // The issuer and the date under it are one line each.
    for (const line of sheet.querySelectorAll<HTMLElement>('.form-issuer p'))
      if (linesOf(line) > 1) found.push(`issuer line 「${line.textContent?.trim() ?? ''}」 is broken`);
    // Labels break only before （ or after 、，/: a label without such a place is one line.
    for (const label of sheet.querySelectorAll<HTMLElement>('.form-fields th, .form-table thead th')) {
      const text = label.textContent?.trim() ?? '';
      const lines = linesOf(label);
      const parts = text.split(/(?=（)|(?<=[、，/])/).length;
      if (lines > parts) found.push(`label 「${text}」 breaks inside a word (${lines} lines)`);
    }
    return found;
  });
}

/** The rows of every table and the items of every list of the sheet, in document order. */
async function layoutCounts(page: Page): Promise<number[]> {
  return page
    .locator('.form-sheet')
    .evaluate((sheet) =>
      [...sheet.querySelectorAll('table[data-table] > tbody, ol')].map((body) => body.children.length),
    );
}

/** Whether a filled form holds more than its blank layout: more rows or items, or taller text fields. */
async function grewPastBlank(page: Page, blank: readonly number[]): Promise<boolean> {
  const counts = await layoutCounts(page);
  if (counts.some((n, i) => n > (blank[i] ?? 0))) return true;
  return page.locator('.form-sheet').evaluate((sheet) =>
    [...sheet.querySelectorAll<HTMLTextAreaElement>('textarea')].some((area) => {
      const line = parseFloat(getComputedStyle(area).lineHeight) || 24;
      return area.value !== '' && area.scrollHeight > area.rows * line + 4;
    }),
  );
}

test.describe('every form prints blank with nothing clipped', () => {
  for (const form of FORMS)
    test(`${form.id} blank`, async ({ page }) => {
      await page.goto(`/forms/${form.id}/`);
      await expect(page.locator('.form-sheet')).toBeVisible();
      expect(await printProblems(page, form)).toEqual([]);
    });
});

test.describe('every form with a source prints filled from the demo township', () => {
  // One page for all, the demo loaded once a worker (again after a failure restarts the worker).
  test.describe.configure({ timeout: 120_000 });
  let page: Page;
  test.beforeAll(async ({ browser }) => {
    test.setTimeout(120_000);
    page = await browser.newPage({ baseURL: test.info().project.use.baseURL! });
    await new LedgerHomePage(page).loadDemo();
  });
  test.afterAll(async () => page.close());

  for (const form of FORMS.filter((f) => f.source))
    test(`${form.id} filled`, async () => {
      await page.emulateMedia({ media: 'screen' });
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.goto(`/forms/${form.id}/`);
      const blank = await layoutCounts(page);
      const picker = page.locator('.form-filler select');
      // The demo has a record for every form that can be filled.
      await expect(picker.locator('option').nth(1)).toBeAttached({ timeout: 20_000 });
      await picker.selectOption({ index: 1 });
      await expect(page.getByRole('status')).toContainText('已按台账记录填写');
      // Something of the record is in the form.
      const filled = await page
        .locator('.form-sheet')
        .evaluate((sheet) =>
          [
            ...sheet.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>(
              '[data-field], [data-col], [data-item]',
            ),
          ].some((f) => f.type !== 'checkbox' && f.value !== ''),
        );
      expect(filled).toBe(true);
      expect(await printProblems(page, form)).toEqual([]);
      const onePage = (form.pages ?? 1) === 1 && !(await grewPastBlank(page, blank));
      if (onePage || process.env['FORMS_PDF_DIR']) {
        const pdf = await page.pdf({ preferCSSPageSize: true });
        if (process.env['FORMS_PDF_DIR']) {
          mkdirSync(process.env['FORMS_PDF_DIR'], { recursive: true });
          writeFileSync(join(process.env['FORMS_PDF_DIR'], `filled-${form.id}.pdf`), pdf);
        }
        // A form whose filled content fits the blank layout prints on the blank form's one page.
        if (onePage) expect(pageCount(pdf)).toBe(1);
      }
    });
});

test('a printed 履职档案 shows only the document, titled once', async ({ page }) => {
  await new LedgerHomePage(page).loadDemo();
  await page.goto('/ledger/deputies/');
  await page.locator('table.record-table tbody tr').first().getByRole('link', { name: '履职档案' }).click();
  await expect(page.locator('.duty-file-year').first()).toBeVisible();
  await expect(page.locator('.storage-badge')).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.storage-safety')).toBeHidden();
  await expect(page.locator('.demo-banner')).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toBeHidden();
  await expect(page.getByRole('heading', { level: 2, name: / 履职档案$/ })).toBeVisible();
  await expect(page.locator('.duty-file-year table').first()).toHaveCSS('display', 'table');
});
