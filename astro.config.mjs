// @ts-check
import { readFileSync } from 'node:fs';
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import preact from '@astrojs/preact';
import yaml from 'js-yaml';
import { yamlPlugin } from './scripts/vite-yaml.mjs';
import { contentSecurityPolicy } from './scripts/csp.mjs';
import { legacyLayers } from './scripts/legacy-css.mjs';
import { pagefindSettle } from './scripts/pagefind-settle.mjs';
import { normalizeBase } from './src/sw/routing.ts';
import { ledgerSidebar } from './src/ui/kit/pages.ts';

/**
 * The path the site is served under: `SITE_BASE=/rdgz/ npm run build` for `https://host/rdgz/`
 * (default `/`). Every internal URL in src/ is made with siteUrl() (src/ui/site-url.ts), which
 * reads it back as import.meta.env.BASE_URL; see docs/deploy.md.
 */
const base = normalizeBase(process.env.SITE_BASE);

/** esbuild's names of the baseline browsers; package.json's browserslist says the same. */
const BASELINE_TARGETS = ['chrome86', 'edge86', 'firefox115', 'safari15'];

/**
 * The sidebar lists every chapter and article. It is read straight from the rules' YAML because
 * this file is loaded before Vite's plugins exist; the pages themselves parse it with its schema.
 * @type {{ chapters: { num: number, title: string, heading: string, articles: { num: number, label: string, title?: string, navTitle?: string }[] }[] }}
 */
const rules = /** @type {any} */ (yaml.load(readFileSync('content/rules/rules.yaml', 'utf8')));
const chapterGroups = rules.chapters.map((chapter) => ({
  label: chapter.heading.replace(/\s+/g, '').replace(/^(第.+章)/, '$1 '),
  collapsed: true,
  items: [
    { label: '本章概览', link: `/rules/chapter-${chapter.num}/` },
    ...chapter.articles.map((article) => ({
      label: `${article.label} ${article.title ?? `（${article.navTitle}）`}`,
      link: `/rules/article-${article.num}/`,
    })),
  ],
}));

export default defineConfig({
  site: 'https://example.invalid',
  base,
  // A second build under a sub-path goes to another folder (SITE_OUT_DIR=dist-rdgz), see package.json.
  outDir: process.env.SITE_OUT_DIR ?? 'dist',
  trailingSlash: 'always',
  build: { format: 'directory' },
  devToolbar: { enabled: false },
  integrations: [
    starlight({
      title: '湘乡市乡镇人大工作手册',
      description: '《湘乡市乡镇人民代表大会工作实施细则》逐条释义、义务清单、工作日历与履职台账。',
      defaultLocale: 'root',
      locales: { root: { label: '简体中文', lang: 'zh-CN' } },
      favicon: '/favicon.svg',
      head: [
        { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy } },
        { tag: 'meta', attrs: { name: 'renderer', content: 'webkit' } },
        { tag: 'meta', attrs: { 'http-equiv': 'X-UA-Compatible', content: 'IE=edge' } },
        { tag: 'link', attrs: { rel: 'manifest', href: `${base}manifest.webmanifest` } },
        { tag: 'meta', attrs: { name: 'theme-color', content: '#b42318' } },
      ],
      customCss: [
        './src/ui/styles/theme.css',
        './src/ui/styles/ledger.css',
        './src/ui/styles/status.css',
        './src/ui/styles/print.css',
      ],
      components: {
        Search: './src/ui/components/Search.astro',
        Head: './src/ui/components/Head.astro',
        Banner: './src/ui/components/DrillBanner.astro',
      },
      // src/pages/404.astro says what happened and links home and to the search.
      disable404Route: true,
      pagination: false,
      lastUpdated: false,
      credits: false,
      sidebar: [
        { label: '首页', link: '/' },
        {
          label: '实施细则',
          items: [
            { label: '目录', link: '/rules/' },
            { label: '全文（打印版）', link: '/rules/full-text/' },
            ...chapterGroups,
          ],
        },
        {
          label: '工具与参考',
          items: [
            { label: '义务清单', link: '/duties/' },
            { label: '模板', link: '/forms/' },
            { label: '工作日历', link: '/calendar/' },
            { label: '术语', link: '/glossary/' },
            { label: '上位法', link: '/laws/' },
          ],
        },
        {
          label: '履职台账',
          // The ledger's pages, from their one registry (src/ui/kit/pages.ts).
          items: ledgerSidebar(),
        },
        { label: '考评', link: '/compliance/' },
        { label: '市人大汇总', link: '/city/' },
        { label: '关于本工具', link: '/about/' },
      ],
    }),
    preact(),
    legacyLayers(),
    pagefindSettle(),
  ],
  vite: {
    plugins: [yamlPlugin()],
    // The browser baseline (docs/deploy.md): syntax is lowered to it; the APIs it lacks come from
    // polyfills.js (src/ui/polyfills/), loaded only where missing. scripts/check-baseline.mjs
    // checks every built script against it.
    // Only the browser's build: the prerendering server code runs in Node. CSS is left as written
    // for current browsers; older ones get legacy-layers.css (scripts/legacy-css.mjs).
    environments: { client: { build: { target: BASELINE_TARGETS } } },
  },
});
