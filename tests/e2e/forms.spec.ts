// The printable forms (模板): every form prints on A4 with the pages it is meant to have and nothing
// cut off; forms filled from the demo township's records show those records — the 交办单 its
// suggestion, the ballot exactly the year's candidates, the sign-in sheet exactly the deputies in
// office on the session's day.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import yaml from 'js-yaml';
import { LedgerHomePage, readTable } from './ledger-support';

interface FormInfo {
  id: string;
  title: string;
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

/** Where the PDFs are kept, to look at them as pages (pdftoppm). */
const PDF_DIR = process.env['FORMS_PDF_DIR'] ?? '/tmp/forms-pdf';

const pageCount = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;

/** Prints the current page as the browser's print dialog would (A4 from the page's own CSS). */
async function printToPdf(page: Page, name: string): Promise<Buffer> {
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: false });
  mkdirSync(PDF_DIR, { recursive: true });
  writeFileSync(join(PDF_DIR, `${name}.pdf`), pdf);
  return pdf;
}

/** Nothing of the printed sheet is cut off: no box wider than the sheet, no text hidden in a field. */
async function expectNothingCutOff(page: Page) {
  const problems = await page.locator('.form-sheet').evaluate((sheet) => {
    const found: string[] = [];
    const right = sheet.getBoundingClientRect().right + 1;
    for (const element of sheet.querySelectorAll<HTMLElement>('table, textarea, input, .form-signatures'))
      if (element.getBoundingClientRect().right > right)
        found.push(`${element.tagName} wider than the sheet`);
    for (const field of sheet.querySelectorAll('textarea'))
      if (field.scrollHeight > field.clientHeight + 2)
        found.push(`text hidden in ${field.getAttribute('aria-label')}: ${field.value.slice(0, 20)}`);
    return found;
  });
  expect(problems).toEqual([]);
}

/** Values of one column of a form's table, blank rows left out. */
async function columnValues(page: Page, table: string, column: string): Promise<string[]> {
  const values = await page
    .locator(`table[data-table="${table}"] [data-col="${column}"]`)
    .evaluateAll((fields) => fields.map((f) => (f as HTMLTextAreaElement).value));
  return values.filter((v) => v !== '');
}

test.describe('every form prints blank on A4', () => {
  // Printing to PDF takes seconds of CPU; a busy machine must not fail a correct form.
  test.describe.configure({ timeout: 120_000 });
  for (const form of FORMS)
    test(`${form.id} (${form.title}) prints on ${form.pages ?? 1} page(s)`, async ({ page }) => {
      await page.goto(`/forms/${form.id}/`);
      await expect(page.getByRole('article', { name: new RegExp(form.title) })).toBeVisible();
      await page.emulateMedia({ media: 'print' });
      await expect(page.locator('nav.sidebar')).toBeHidden();
      await expect(page.locator('header.header')).toBeHidden();
      await expect(page.locator('.form-page-chrome')).toBeHidden();
      // The form prints its own title, not the site's page title above it.
      await expect(page.locator('h1#_top')).toBeHidden();
      await expectNothingCutOff(page);
      const pdf = await printToPdf(page, `blank-${form.id}`);
      expect(pageCount(pdf)).toBe(form.pages ?? 1);
    });
});

test('the forms index lists every form, and an article links its forms', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/forms/');
  for (const form of FORMS) await expect(page.locator(`a[href="/forms/${form.id}/"]`)).toHaveCount(1);
  await page.goto('/rules/article-16/');
  const section = page.locator('ul.form-links');
  await expect(section.getByRole('link', { name: '代表建议交办单' })).toHaveAttribute(
    'href',
    '/forms/suggestion-assignment/',
  );
  await page.goto('/rules/article-5/');
  await expect(page.locator('ul.form-links').getByRole('link', { name: /代表签到表/ })).toBeVisible();
});

interface Deputy {
  id: string;
  name: string;
  levels: string[];
  serviceFrom: string;
  serviceTo?: string;
}
interface Session {
  id: string;
  startDate: string;
  number: number;
  deputiesInOffice?: number;
}
interface Suggestion {
  id: string;
  number: string;
  title: string;
  leadUnit?: string;
  assignedOn?: string;
}
interface Project {
  id: string;
  year: number;
  title: string;
  screenedOn?: string;
  votedOn?: string;
  tally?: unknown;
}

test.describe('forms filled from the demo township', () => {
  test.describe.configure({ mode: 'serial' });
  test.setTimeout(300_000);

  test('the 交办单 of a suggestion, the ballot of a year and the sign-in sheet of a session', async ({
    page,
  }) => {
    await new LedgerHomePage(page).loadDemo();

    // A suggestion's 交办单: opened from its row in the ledger, it shows the suggestion.
    const suggestions = await readTable<Suggestion>(page, 'suggestions');
    const assigned = suggestions.filter((s) => s.assignedOn && s.leadUnit);
    expect(assigned.length).toBeGreaterThan(0);
    await page.goto('/ledger/suggestions/');
    const link = page.locator('table.record-table tbody tr').first().getByRole('link', { name: '交办单' });
    await expect(link).toHaveAttribute('href', /^\/forms\/suggestion-assignment\/\?record=/);
    const suggestion = assigned[0]!;
    await page.goto(`/forms/suggestion-assignment/?record=${suggestion.id}`);
    await expect(page.getByRole('status')).toContainText('已按台账记录填写');
    const sheet = page.locator('.form-sheet');
    await expect(sheet.getByLabel('建议标题')).toHaveValue(suggestion.title);
    await expect(sheet.getByLabel('建议编号')).toHaveValue(suggestion.number);
    await expect(sheet.getByLabel('主办单位')).toHaveValue(suggestion.leadUnit!);
    const [y, m, d] = suggestion.assignedOn!.split('-').map(Number);
    await expect(sheet.getByLabel('交办时间')).toHaveValue(`${y}年${m}月${d}日`);
    await page.emulateMedia({ media: 'print' });
    await expectNothingCutOff(page);
    expect(pageCount(await printToPdf(page, 'filled-suggestion-assignment'))).toBe(1);

    // The ballot lists exactly the year's candidates.
    const projects = await readTable<Project>(page, 'livelihoodProjects');
    const year = Math.max(...projects.map((p) => p.year)) - 1;
    const candidates = projects
      .filter((p) => p.year === year && (p.screenedOn || p.votedOn || p.tally))
      .map((p) => p.title);
    expect(candidates.length).toBeGreaterThan(0);
    await page.emulateMedia({ media: 'screen' });
    await page.goto(`/forms/livelihood-ballot/?record=${year}`);
    await expect(page.getByRole('status')).toContainText('已按台账记录填写');
    expect((await columnValues(page, 'candidates', 'title')).sort()).toEqual([...candidates].sort());
    await expect(page.locator('.form-sheet').getByLabel('候选项目数')).toHaveValue(String(candidates.length));
    await page.emulateMedia({ media: 'print' });
    await expectNothingCutOff(page);
    expect(pageCount(await printToPdf(page, 'filled-livelihood-ballot'))).toBe(1);

    // The sign-in sheet lists exactly the township deputies in office on the session's day.
    const deputies = await readTable<Deputy>(page, 'deputies');
    const sessions = (await readTable<Session>(page, 'sessions')).sort((a, b) =>
      a.startDate.localeCompare(b.startDate),
    );
    const session = sessions.at(-1)!;
    const inOffice = deputies
      .filter(
        (d) =>
          d.levels.includes('township') &&
          d.serviceFrom <= session.startDate &&
          (!d.serviceTo || session.startDate <= d.serviceTo),
      )
      .map((d) => d.name);
    // The demo's deputies include some who left and some of higher levels only: the filter matters.
    expect(inOffice.length).toBeLessThan(deputies.length);
    await page.emulateMedia({ media: 'screen' });
    await page.goto(`/forms/session-sign-in/?record=${session.id}`);
    await expect(page.getByRole('status')).toContainText('已按台账记录填写');
    expect((await columnValues(page, 'deputies', 'name')).sort()).toEqual([...inOffice].sort());
    const base = session.deputiesInOffice ?? inOffice.length;
    await expect(page.locator('.form-sheet').getByLabel('法定人数（三分之二）')).toHaveValue(
      String(Math.ceil((2 * base) / 3)),
    );
    await page.emulateMedia({ media: 'print' });
    await expectNothingCutOff(page);
    const pages = pageCount(await printToPdf(page, 'filled-session-sign-in'));
    // Two names a row: the blank form's 12 rows on the first page, at least 18 rows on each further page.
    const rows = Math.ceil(inOffice.length / 2);
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(1 + Math.ceil(Math.max(0, rows - 12) / 18));
  });
});
