// Every internal link and anchor of the built site resolves to a page and an element that exist.
// Reads dist/ directly; no browser needed.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { builtPages } from './support';

const SITE_DIR = process.env['SITE_DIR'] ?? 'dist';
/** The base path the build was made for (SITE_BASE=/rdgz/); every internal link must stay under it. */
const SITE_BASE = `/${(process.env['SITE_BASE'] ?? '').replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
const pages = builtPages();
const html = new Map(pages.map((path) => [path, readFileSync(join(SITE_DIR, path, 'index.html'), 'utf8')]));
const idsOf = (source: string) => new Set([...source.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));
const ids = new Map([...html].map(([path, source]) => [path, idsOf(source)]));

test('every internal link and anchor resolves', () => {
  const broken: string[] = [];
  let checked = 0;
  for (const [path, source] of html) {
    for (const [, href] of source.matchAll(/\shref="([^"]*)"/g)) {
      if (/^(https?:|mailto:|data:|blob:|javascript:)/.test(href!)) continue;
      const url = new URL(href!.replace(/&amp;/g, '&'), `http://site${SITE_BASE}${path.slice(1)}`);
      checked += 1;
      if (!url.pathname.startsWith(SITE_BASE)) {
        broken.push(`${path} → ${href} (outside the site's base ${SITE_BASE})`);
        continue;
      }
      const target = `/${url.pathname.slice(SITE_BASE.length)}`;
      const isPage = html.has(target);
      const isFile = !isPage && existsSync(join(SITE_DIR, decodeURIComponent(target)));
      if (!isPage && !isFile) {
        broken.push(`${path} → ${href} (no such page)`);
        continue;
      }
      const anchor = decodeURIComponent(url.hash.slice(1));
      if (anchor && isPage && !ids.get(target)!.has(anchor))
        broken.push(`${path} → ${href} (no such anchor)`);
    }
  }
  expect(checked).toBeGreaterThan(500);
  expect(broken).toEqual([]);
});

test('every item of the rules has its anchor on its article page', () => {
  const articleIds = [...ids].filter(([p]) => /^\/rules\/article-\d+\/$/.test(p)).flatMap(([, s]) => [...s]);
  const itemIds = articleIds.filter((id) => /^art_\d+__(point|para|intro)/.test(id!));
  // 130 source lines less 8 chapter headings and 22 article headings.
  expect(new Set(itemIds).size).toBe(100);
});
