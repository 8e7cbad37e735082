import { describe, expect, it } from 'vitest';
import {
  CLIENT_RECORD_GRACE_MS,
  cacheKey,
  cacheName,
  clientIdOfKey,
  clientRecordKey,
  fileUrl,
  isPrecached,
  navigationCandidates,
  staleCaches,
  sweepClientRecords,
  versionOfCache,
  type ClientRecord,
} from '../routing';

const V1 = 'a'.repeat(64);
const V2 = 'b'.repeat(64);

describe('cache names', () => {
  it('names a version cache and reads the version back', () => {
    expect(cacheName(V1)).toBe(`xx-site-${V1}`);
    expect(versionOfCache(cacheName(V1))).toBe(V1);
  });

  it.each(['xx-sw-clients', 'xx-site-', 'xx-site-NOT-HEX', 'other-cache', `yy-site-${V1}`])(
    '%s is not a version cache',
    (name) => {
      expect(versionOfCache(name)).toBeUndefined();
    },
  );
});

describe('isPrecached', () => {
  it.each([
    ['index.html', true],
    ['404.html', true],
    ['rules/article-5/index.html', true],
    ['_astro/LedgerHome.a236NXP5.js', true],
    ['_astro/ec.w36nc.css', true],
    ['pagefind/pagefind-entry.json', true],
    ['pagefind/wasm.unknown.pagefind', true],
    ['pagefind/fragment/zh-cn_1a2b3c.pf_fragment', true],
    ['search/exact.json', true],
    ['favicon.svg', true],
    ['fonts/noto.woff2', true],
    ['calendar.ics', true],
    ['_astro/LedgerHome.a236NXP5.js.map', false],
    ['sw.js', false],
    ['sw-manifest.json', false],
    ['.well-known/security.txt', false],
    ['_astro/.DS_Store', false],
  ])('%s → %s', (path, expected) => {
    expect(isPrecached(path)).toBe(expected);
  });
});

describe('fileUrl', () => {
  it.each([
    ['index.html', '/'],
    ['rules/article-5/index.html', '/rules/article-5/'],
    ['404.html', '/404.html'],
    ['_astro/x.js', '/_astro/x.js'],
    ['pagefind/index/zh-cn_1.pf_index', '/pagefind/index/zh-cn_1.pf_index'],
  ])('%s answers %s', (path, url) => {
    expect(fileUrl(path)).toBe(url);
  });
});

describe('cacheKey', () => {
  it.each([
    ['/', '/'],
    ['/index.html', '/'],
    ['/rules/article-5/', '/rules/article-5/'],
    ['/rules/article-5/index.html', '/rules/article-5/'],
    ['/_astro/x.js', '/_astro/x.js'],
    ['/rules/article-5', '/rules/article-5'],
  ])('%s → %s', (pathname, key) => {
    expect(cacheKey(pathname)).toBe(key);
  });

  it('has no query string: the caller passes the path only', () => {
    const url = new URL('https://example.invalid/pagefind/pagefind.js?ts=123#x');
    expect(cacheKey(url.pathname)).toBe('/pagefind/pagefind.js');
  });
});

describe('navigationCandidates', () => {
  it('looks a directory URL up as is', () => {
    expect(navigationCandidates('/rules/article-5/')).toEqual([
      { key: '/rules/article-5/', redirect: false },
    ]);
  });

  it('looks …/index.html up as its directory URL', () => {
    expect(navigationCandidates('/ledger/index.html')).toEqual([{ key: '/ledger/', redirect: false }]);
  });

  it('redirects a directory URL without its slash', () => {
    expect(navigationCandidates('/rules/article-5')).toEqual([
      { key: '/rules/article-5', redirect: false },
      { key: '/rules/article-5/', redirect: true },
    ]);
  });

  it('does not guess a directory for a file name', () => {
    expect(navigationCandidates('/calendar.ics')).toEqual([{ key: '/calendar.ics', redirect: false }]);
  });
});

describe('client record keys', () => {
  it('round-trips a client id', () => {
    const id = '7b1e0c1a-2f4d-4c8e-9a51-0f3c2d1e4b5a';
    expect(clientIdOfKey(clientRecordKey(id))).toBe(id);
  });

  it.each(['/rules/', '/__sw__/client/', '/__sw__/client/%E0%A4%A'])('%s is not a record key', (path) => {
    expect(clientIdOfKey(path)).toBeUndefined();
  });
});

describe('sweepClientRecords', () => {
  const now = 1_000_000_000;
  const record = (clientId: string, version: string, age: number): ClientRecord => ({
    clientId,
    version,
    savedAt: now - age,
  });

  it('keeps the records of open clients and of pages still loading, removes the rest', () => {
    const open = record('open', V1, 10 * CLIENT_RECORD_GRACE_MS);
    const loading = record('loading', V2, CLIENT_RECORD_GRACE_MS - 1);
    const closed = record('closed', V1, CLIENT_RECORD_GRACE_MS);
    const result = sweepClientRecords([open, loading, closed], new Set(['open']), now);
    expect(result.keep).toEqual([open, loading]);
    expect(result.remove).toEqual([closed]);
  });
});

describe('staleCaches', () => {
  it('deletes versions no open page uses, and nothing that is not a version cache', () => {
    const names = [cacheName(V1), cacheName(V2), 'xx-sw-clients', 'someone-else'];
    expect(staleCaches(names, new Set([V2]))).toEqual([cacheName(V1)]);
  });

  it('keeps an older version while a page loaded with it is open', () => {
    const names = [cacheName(V1), cacheName(V2)];
    expect(staleCaches(names, new Set([V1, V2]))).toEqual([]);
  });
});
