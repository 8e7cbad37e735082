import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LEDGER_PAGES, ledgerCards, ledgerPage, ledgerPagesOfArticle, ledgerSidebar } from '../pages';

const PAGES_DIR = new URL('../../../pages/ledger/', import.meta.url);
const astroFiles = readdirSync(PAGES_DIR).filter((f) => f.endsWith('.astro'));

describe('the ledger page registry', () => {
  it('has one entry for every src/pages/ledger/*.astro and one file for every entry', () => {
    const fileIds = astroFiles.map((f) => f.replace(/\.astro$/, '')).sort();
    expect(LEDGER_PAGES.map((p) => p.id).sort()).toEqual(fileIds);
    expect(new Set(LEDGER_PAGES.map((p) => p.id)).size).toBe(LEDGER_PAGES.length);
  });

  it('gives every page its own path, made from its id', () => {
    for (const page of LEDGER_PAGES) {
      expect(page.path).toBe(page.id === 'index' ? '/ledger/' : `/ledger/${page.id}/`);
    }
  });

  it('is what each page file names in its LedgerPage shell', () => {
    for (const file of astroFiles) {
      const text = readFileSync(new URL(file, PAGES_DIR), 'utf8');
      const ids = [...text.matchAll(/<LedgerPage id="([^"]+)"/g)].map((m) => m[1]);
      expect(ids, file).toEqual([file.replace(/\.astro$/, '')]);
      // The title lives in the registry only.
      expect(text, file).not.toMatch(/title:/);
    }
  });

  it('builds the sidebar, the home cards and the article links from the same entries', () => {
    expect(ledgerSidebar()[0]).toEqual({ label: '台账首页', link: '/ledger/' });
    expect(ledgerSidebar().map((s) => s.link)).not.toContain('/ledger/deputy-file/');
    expect(ledgerSidebar()).toContainEqual({ label: '名册导入与打印', link: '/ledger/roster/' });
    expect(ledgerCards().map((p) => p.id)).not.toContain('index');
    expect(ledgerPagesOfArticle(16).map((p) => p.id)).toEqual(['township', 'suggestions', 'livelihood']);
    expect(ledgerPage('roster').title).toBe('代表名册导入与打印');
    expect(() => ledgerPage('nowhere')).toThrow(/nowhere/);
  });
});
