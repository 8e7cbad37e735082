// Measures the JavaScript a page loads before any interaction — its <script> tags, its islands'
// component and renderer modules, and every module those import statically — gzipped. Dynamic
// imports (chart.js on the dashboard, JSZip on the archive page, the ledger behind the handbook's
// live status) are left out: they load only when used. `checkBudgets` compares the figures with
// bench/budgets.json; `npm test` runs it after the build, and `npm run bench` reports it.
import { existsSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Libraries that must only ever be imported dynamically, recognised by text they always contain. */
const SIGNATURES = {
  chart: /Canvas is already in use/,
  jszip: /JSZip uses the library pako/,
  dexie: /DexieError/,
  docx: /schemas\.openxmlformats\.org\/wordprocessingml\/2006\/main/,
  // read-excel-file and write-excel-file (the roster page imports them on demand).
  spreadsheet: /xl\/workbook\.xml/,
};

/**
 * Module URLs a page starts with: script tags, module preloads and island modules.
 * @param {string} html
 */
function entryModules(html) {
  /** @type {Set<string>} */
  const urls = new Set();
  // Script tags only, not text inside an inline script: the polyfill loader writes a
  // `<script src="…/polyfills.js">` only in a browser that lacks the baseline's APIs.
  const tags = html.replace(/(<script\b[^>]*>)[\s\S]*?(<\/script>)/g, '$1$2');
  for (const m of tags.matchAll(/<script[^>]*\bsrc="([^"]+\.js)"/g)) urls.add(m[1] ?? '');
  for (const m of html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+\.js)"/g))
    urls.add(m[1] ?? '');
  for (const m of html.matchAll(/\b(?:component-url|renderer-url)="([^"]+\.js)"/g)) urls.add(m[1] ?? '');
  // Inline module scripts import bundled modules too.
  for (const m of html.matchAll(/<script[^>]*type="module"[^>]*>([\s\S]*?)<\/script>/g))
    for (const i of (m[1] ?? '').matchAll(/(?:import|from)\s*["']([^"']+\.js)["']/g)) urls.add(i[1] ?? '');
  return [...urls].filter((u) => u.startsWith('/'));
}

/**
 * Static imports of a module (`import … from "./x.js"`, `import "./x.js"`, `export … from`), not `import()`.
 * @param {string} code
 * @param {string} url
 */
function staticImports(code, url) {
  /** @type {Set<string>} */
  const found = new Set();
  for (const m of code.matchAll(
    /(?:^|[;\s}])(?:import|export)\s*(?:[\w*$\s{},]*?\bfrom\s*)?["']([^"']+\.js)["']/g,
  ))
    found.add(posix.normalize(posix.join(posix.dirname(url), m[1] ?? '')));
  return [...found];
}

/**
 * Every module a page loads up front, and their gzipped size in bytes.
 * @param {string} distDir
 * @param {string} pagePath
 */
export function pageJavaScript(distDir, pagePath) {
  const htmlFile = join(distDir, pagePath, 'index.html');
  const html = readFileSync(htmlFile, 'utf8');
  const seen = new Map();
  const libraries = new Set();
  const queue = entryModules(html);
  for (let url = queue.shift(); url !== undefined; url = queue.shift()) {
    if (seen.has(url)) continue;
    const file = join(distDir, url);
    if (!existsSync(file)) throw new Error(`${pagePath}: ${url} is referenced but not built`);
    const code = readFileSync(file);
    seen.set(url, gzipSync(code, { level: 9 }).length);
    const text = code.toString('utf8');
    for (const [name, signature] of Object.entries(SIGNATURES)) if (signature.test(text)) libraries.add(name);
    queue.push(...staticImports(text, url));
  }
  const gzip = [...seen.values()].reduce((a, b) => a + b, 0);
  return {
    modules: [...seen.keys()],
    libraries: [...libraries],
    gzip,
    islands: (html.match(/<astro-island/g) ?? []).length,
  };
}

/** Reads bench/budgets.json and measures every page it names. */
export function checkBudgets(distDir = 'dist', budgetFile = 'bench/budgets.json') {
  const budgets = JSON.parse(readFileSync(budgetFile, 'utf8'));
  const rows = [];
  for (const page of budgets.pages) {
    const js = pageJavaScript(distDir, page.path);
    const problems = [];
    if (js.gzip > page.maxGzipKB * 1024) problems.push(`JavaScript ${kb(js.gzip)} KB > ${page.maxGzipKB} KB`);
    if (page.maxIslands !== undefined && js.islands > page.maxIslands)
      problems.push(`${js.islands} islands > ${page.maxIslands}`);
    for (const name of page.mustNotLoad ?? [])
      if (js.libraries.includes(name))
        problems.push(`loads ${name} up front (it must be imported dynamically)`);
    rows.push({
      path: page.path,
      gzipKB: Number(kb(js.gzip)),
      budgetKB: page.maxGzipKB,
      islands: js.islands,
      libraries: js.libraries,
      problems,
    });
  }
  return rows;
}

const kb = (/** @type {number} */ bytes) => (bytes / 1024).toFixed(1);

if (import.meta.url === `file://${process.argv[1]}`) {
  const rows = checkBudgets(process.argv[2] ?? 'dist');
  for (const r of rows)
    console.log(
      `${r.problems.length ? 'FAIL' : 'ok  '} ${r.path.padEnd(24)} ${String(r.gzipKB).padStart(6)} KB gz (budget ${r.budgetKB}), ` +
        `${r.islands} islands, libraries: ${r.libraries.join(', ') || '-'}${r.problems.length ? ` — ${r.problems.join('; ')}` : ''}`,
    );
  process.exit(rows.some((r) => r.problems.length) ? 1 : 0);
}
