// Shared helpers of the end-to-end tests: the site's pages (read from the built dist/), and a page
// model for the search dialog.
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { expect, type Locator, type Page } from '@playwright/test';

/** Every HTML page of the built site, as URL paths (`/rules/article-5/`). */
export function builtPages(dir = process.env['SITE_DIR'] ?? 'dist'): string[] {
  const pages: string[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name === 'index.html') {
        const rel = relative(dir, folder).split(sep).join('/');
        pages.push(rel ? `/${rel}/` : '/');
      }
    }
  };
  walk(dir);
  return pages.sort();
}

/** Starlight's search dialog with the exact-match panel above Pagefind's results. */
export class SearchDialog {
  readonly dialog: Locator;
  readonly input: Locator;
  readonly exactPanel: Locator;

  constructor(private readonly page: Page) {
    this.dialog = page.getByRole('dialog', { name: '搜索' });
    this.input = this.dialog.getByRole('textbox', { name: '搜索' });
    this.exactPanel = this.dialog.getByRole('region', { name: '原文逐字匹配' });
  }

  async open() {
    await this.page.getByRole('button', { name: /^搜索\s*Ctrl/ }).click();
    await expect(this.dialog).toBeVisible();
    await expect(this.input).toBeVisible();
  }

  /** Types a query and waits for both the exact panel and Pagefind to answer it. */
  async search(term: string) {
    await this.input.fill(term);
    await expect(this.exactPanel.getByRole('status')).toContainText(`“${term}”`);
    await expect(this.dialog.locator('.pagefind-ui__message')).toContainText(term, { timeout: 10_000 });
  }

  /** Article numbers of the result links, in the order they appear. */
  async resultArticles(): Promise<{ exact: number[]; all: { article: number; exact: boolean }[] }> {
    return this.dialog.evaluate((dialog) => {
      const links = [
        ...dialog.querySelectorAll<HTMLAnchorElement>('.exact-group-title, .pagefind-ui__result-link'),
      ];
      const all = links.flatMap((link) => {
        const match = /\/rules\/article-(\d+)\//.exec(new URL(link.href).pathname);
        return match
          ? [{ article: Number(match[1]), exact: link.classList.contains('exact-group-title') }]
          : [];
      });
      return { exact: all.filter((r) => r.exact).map((r) => r.article), all };
    });
  }
}
