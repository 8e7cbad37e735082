import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildServiceWorker, listSiteFiles, precacheManifest } from '../build-sw.mjs';

/** A tiny built site: pages, assets, a source map, Pagefind files and a stale sw.js. */
const SITE: Record<string, string> = {
  'index.html': '<h1>首页</h1>',
  '404.html': '<h1>未找到</h1>',
  'rules/article-5/index.html': '<h1>第五条</h1>',
  '_astro/page.abc123.js': 'console.log(1)',
  '_astro/page.abc123.js.map': '{}',
  'pagefind/pagefind.js': 'export {}',
  'pagefind/wasm.unknown.pagefind': 'wasm',
  'favicon.svg': '<svg/>',
  'sw.js': '// stale',
};

let dir: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'build-sw-'));
  for (const [path, text] of Object.entries(SITE)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
});

afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('listSiteFiles', () => {
  it('lists every file but source maps and the worker itself', () => {
    expect(listSiteFiles(dir)).toEqual([
      '404.html',
      '_astro/page.abc123.js',
      'favicon.svg',
      'index.html',
      'pagefind/pagefind.js',
      'pagefind/wasm.unknown.pagefind',
      'rules/article-5/index.html',
    ]);
  });
});

describe('precacheManifest', () => {
  it('lists the URLs the site answers to, with their SHA-256', () => {
    const { entries } = precacheManifest(dir, 'worker');
    expect(entries.map((entry) => entry.url)).toEqual([
      '/',
      '/404.html',
      '/_astro/page.abc123.js',
      '/favicon.svg',
      '/pagefind/pagefind.js',
      '/pagefind/wasm.unknown.pagefind',
      '/rules/article-5/',
    ]);
    expect(entries.find((entry) => entry.url === '/favicon.svg')?.sha256).toBe(
      createHash('sha256').update('<svg/>').digest('hex'),
    );
  });

  it('is the same version for the same files and worker', () => {
    expect(precacheManifest(dir, 'worker').version).toBe(precacheManifest(dir, 'worker').version);
    expect(precacheManifest(dir, 'worker').version).toMatch(/^[0-9a-f]{64}$/);
  });

  it('is a new version when any file changes', () => {
    const before = precacheManifest(dir, 'worker').version;
    writeFileSync(join(dir, 'rules/article-5/index.html'), '<h1>第五条（修订）</h1>');
    expect(precacheManifest(dir, 'worker').version).not.toBe(before);
  });

  it('is a new version when the worker changes', () => {
    expect(precacheManifest(dir, 'worker v2').version).not.toBe(precacheManifest(dir, 'worker').version);
  });

  it('ignores source maps', () => {
    const before = precacheManifest(dir, 'worker').version;
    writeFileSync(join(dir, '_astro/page.abc123.js.map'), '{"changed":true}');
    expect(precacheManifest(dir, 'worker').version).toBe(before);
  });
});

describe('buildServiceWorker', () => {
  it('writes sw.js with the manifest and the bundled worker', async () => {
    const manifest = await buildServiceWorker(dir);
    const code = readFileSync(join(dir, 'sw.js'), 'utf8');
    expect(code).toContain(`const __PRECACHE__ = ${JSON.stringify(manifest)};`);
    expect(code).toContain('addEventListener("install"');
    expect(code).not.toMatch(/^\s*import\s/m);
    expect(manifest.entries).toHaveLength(7);
  });

  it('does not list the sw.js it wrote on the next run', async () => {
    const first = await buildServiceWorker(dir);
    const second = await buildServiceWorker(dir);
    expect(second.version).toBe(first.version);
  });
});
