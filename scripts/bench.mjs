// `npm run bench [-- --quick] [-- --no-build]`: builds the site, then measures the ledger in
// headless Chromium (bench/browser.ts) and the engine and command-line tool in Node
// (bench/node.ts) at several ledger sizes, side by side; prints a table with the ratios to the
// raw IndexedDB floor and writes bench/results.json. Targets are reported, never asserted.
//   --quick     1,000 and 10,000 records, fewer runs (a minute or two)
//   --no-build  reuse the site built by the previous run (node_modules/.cache/bench/site)
//   --memory    only the archive memory figures (bench/memory.ts; a few minutes): peak RSS of
//               verify and of the import's read on a valid ~100,000-record archive and on a bomb,
//               and the Chromium tab's memory while importing them (tabMemoryFigures)
//   --export    only the export's figures against its floor, with the write's parts one by one
//               (exportFigures; with --quick at 1,000 and 10,000 records); prints, writes nothing
import { chromium } from '@playwright/test';
import { build } from 'esbuild';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { checkBudgets } from './bundle-sizes.mjs';
import { globPlugin, workerUrlPlugin, yamlPlugin } from './esbuild-plugins.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// Under node_modules/ (ignored by git, tsc, ESLint and Prettier); the Node bundle's imports of zod
// and JSZip resolve from there as usual.
const tmp = join(root, 'node_modules', '.cache', 'bench');
const siteDir = join(tmp, 'site');
const quick = process.argv.includes('--quick');
const noBuild = process.argv.includes('--no-build');
const memoryOnly = process.argv.includes('--memory');
const exportOnly = process.argv.includes('--export');
const port = Number(process.env.BENCH_PORT ?? 4477);
const origin = `http://127.0.0.1:${port}`;

/** Ledger sizes and runs per size (each figure is the median of its runs). */
const plan = quick
  ? [
      { records: 1000, runs: 3 },
      { records: 10000, runs: 3 },
    ]
  : [
      { records: 1000, runs: 3 },
      { records: 10000, runs: 3 },
      { records: 100000, runs: 2 },
    ];

/** @param {number[]} values */
const median = (values) => {
  const s = [...values].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] ?? NaN) : ((s[m - 1] ?? NaN) + (s[m] ?? NaN)) / 2;
};

/** Runs `fn` `runs` times; returns the median of every numeric field of its results. */
async function medianOf(/** @type {number} */ runs, /** @type {() => Promise<Record<string, number>>} */ fn) {
  /** @type {Record<string, number>[]} */
  const all = [];
  for (let i = 0; i < runs; i++) all.push(await fn());
  /** @type {Record<string, number>} */
  const out = {};
  for (const key of Object.keys(all[0] ?? {})) out[key] = median(all.map((r) => r[key] ?? NaN));
  return out;
}

const nodeBundle = join(tmp, 'node-bench.mjs');
/** Bundles bench/node.ts (and bench/memory.ts) for Node. */
async function buildNodeBundle() {
  await build({
    bundle: true,
    plugins: [yamlPlugin, globPlugin],
    logLevel: 'error',
    entryPoints: [join(root, 'bench', 'node.ts')],
    outfile: nodeBundle,
    platform: 'node',
    format: 'esm',
    target: 'node22',
    packages: 'external',
  });
}

/**
 * Peak resident set size (MB) of `node <args>`, by /usr/bin/time -v (the largest process of the
 * tree), and its exit status.
 * @param {string[]} args
 */
function peakRss(args) {
  const child = spawnSync('/usr/bin/time', ['-v', process.execPath, ...args], {
    cwd: root,
    encoding: 'utf8',
  });
  const match = /Maximum resident set size \(kbytes\): (\d+)/.exec(child.stderr);
  if (!match) throw new Error(`no /usr/bin/time figure: ${child.stderr.slice(-500)}`);
  return { mb: Math.round(Number(match[1]) / 1024), status: child.status ?? -1 };
}

/**
 * Issue 13.3: verifying or importing any archive must not use more than about 300 MB beyond what
 * the valid data needs. Each figure is one fresh process's peak RSS.
 */
async function memoryFigures() {
  /** @type {typeof import('../bench/node')} */
  const m = await import(pathToFileURL(nodeBundle).href);
  const target = quick ? 10000 : 100000;
  const files = await m.writeMemoryArchives(tmp, target);
  const bundleUrl = JSON.stringify(pathToFileURL(nodeBundle).href);
  /** @param {string} file @param {string} fn */
  const script = (file, fn) =>
    `import { readFileSync } from 'node:fs'; const m = await import(${bundleUrl});
     const r = await m.${fn}(new Uint8Array(readFileSync(${JSON.stringify(file)})));
     console.log(JSON.stringify(r));`;
  const idle = peakRss(['--input-type=module', '-e', `await import(${bundleUrl});`]);
  const cli = join(root, 'scripts', 'ledger-cli.mjs');
  const verifyValid = peakRss([cli, 'verify', files.valid]);
  const verifyBomb = peakRss([cli, 'verify', files.bomb]);
  const importValid = peakRss(['--input-type=module', '-e', script(files.valid, 'readForImport')]);
  const importBomb = peakRss(['--input-type=module', '-e', script(files.bomb, 'readForImport')]);
  const held = spawnSync(
    process.execPath,
    ['--expose-gc', '--input-type=module', '-e', script(files.valid, 'heldDataMb')],
    { encoding: 'utf8' },
  );
  const heldMb = Number(held.stdout.trim().split('\n').at(-1));
  const figures = {
    records: files.records,
    archiveMB: Math.round(files.archiveBytes / 1024 / 1024),
    idleProcessMB: idle.mb,
    validDataHeldMB: heldMb,
    verifyValidMB: verifyValid.mb,
    verifyValidExit: verifyValid.status,
    verifyBombMB: verifyBomb.mb,
    verifyBombExit: verifyBomb.status,
    importReadValidMB: importValid.mb,
    importReadBombMB: importBomb.mb,
  };
  const over = (/** @type {number} */ mb) => mb - idle.mb - heldMb;
  const lines = [
    `Archive memory (peak RSS, one process each; ${files.records.toLocaleString('en')} records, ${figures.archiveMB} MB archive):`,
    `  idle Node process with the code loaded       ${idle.mb} MB`,
    `  the valid archive's records, held after GC    +${heldMb} MB`,
    `  CLI verify, valid archive (exit ${verifyValid.status})          ${verifyValid.mb} MB  (beyond idle + data: ${over(verifyValid.mb)} MB; target ≤ ~300)`,
    `  CLI verify, many-small-entries bomb (exit ${verifyBomb.status}) ${verifyBomb.mb} MB`,
    `  import's read + dry run, valid archive       ${importValid.mb} MB  (beyond idle + data: ${over(importValid.mb)} MB)`,
    `  import's read, bomb                          ${importBomb.mb} MB`,
  ];
  return { figures, text: lines.join('\n'), files };
}

const benchDir = join(tmp, 'tab');
/** Bundles bench/browser.ts into `dir`/__bench/ (bench.js and a page that loads it). */
async function buildBrowserBundle(/** @type {string} */ dir) {
  await build({
    bundle: true,
    plugins: [yamlPlugin, globPlugin, workerUrlPlugin(join(dir, '__bench'))],
    logLevel: 'error',
    entryPoints: [join(root, 'bench', 'browser.ts')],
    outfile: join(dir, '__bench', 'bench.js'),
    platform: 'browser',
    format: 'iife',
    target: 'es2022',
  });
  writeFileSync(
    join(dir, '__bench', 'index.html'),
    '<!doctype html><meta charset="utf-8"><title>bench</title><script src="bench.js"></script>',
  );
}

/** Resident set size (MB) of a process, from /proc (Linux), or 0 when it is gone. @param {number} pid */
function procRssMb(pid) {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) / 1024 : 0;
  } catch {
    return 0;
  }
}

/**
 * Issue 13.3 in the browser: the tab's memory while importing, in a Chromium of its own. The
 * renderer processes' resident set size (/proc, sampled every 50 ms; the largest renderer, which
 * is the bench page's) and V8's used JS heap (CDP Performance.getMetrics; ArrayBuffers are not in
 * it): at idle on an empty ledger, at the peak of importing the valid archive (read, verify, dry
 * run, replacing write), at idle with that ledger stored (after a fresh load and a GC), and at
 * the peak of reading the many-small-entries bomb (refused).
 * @param {{ valid: string; bomb: string; records: number; archiveBytes: number }} files
 */
async function tabMemoryFigures(files) {
  rmSync(benchDir, { recursive: true, force: true });
  await buildBrowserBundle(benchDir);
  writeFileSync(join(benchDir, 'index.html'), '<!doctype html><title>bench</title>');
  writeFileSync(join(benchDir, '__bench', 'valid.zip'), readFileSync(files.valid));
  writeFileSync(join(benchDir, '__bench', 'bomb.zip'), readFileSync(files.bomb));
  const tabPort = port + 1;
  const server = spawn(process.execPath, [join(root, 'scripts', 'serve.mjs')], {
    env: { ...process.env, PORT: String(tabPort), SITE_DIR: benchDir },
    stdio: 'ignore',
  });
  await waitForServer(`http://127.0.0.1:${tabPort}`);
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
  try {
    const page = await (await browser.newContext({ serviceWorkers: 'block' })).newPage();
    page.setDefaultTimeout(600_000);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    const system = await browser.newBrowserCDPSession();
    /** @returns {Promise<number[]>} */
    const renderers = async () =>
      (await system.send('SystemInfo.getProcessInfo')).processInfo
        .filter((/** @type {{ type: string }} */ p) => p.type === 'renderer')
        .map((/** @type {{ id: number }} */ p) => p.id);
    const heapMb = async () => {
      const { metrics } = await cdp.send('Performance.getMetrics');
      const used = metrics.find((/** @type {{ name: string }} */ m) => m.name === 'JSHeapUsedSize');
      return (used?.value ?? 0) / 1024 / 1024;
    };
    const now = async () => ({
      rssMB: Math.max(0, ...(await renderers()).map(procRssMb)),
      jsHeapMB: await heapMb(),
    });
    /**
     * Peak of both while `run` goes on.
     * @template T
     * @param {() => Promise<T>} run
     */
    const peakDuring = async (run) => {
      let peak = await now();
      let finished = false;
      const result = run().finally(() => {
        finished = true;
      });
      while (!finished) {
        const sample = await now();
        peak = {
          rssMB: Math.max(peak.rssMB, sample.rssMB),
          jsHeapMB: Math.max(peak.jsHeapMB, sample.jsHeapMB),
        };
        await sleep(50);
      }
      return { ...peak, result: await result };
    };
    const freshIdle = async () => {
      await page.goto(`http://127.0.0.1:${tabPort}/__bench/`);
      await page.waitForFunction(() => 'bench' in window);
      await cdp.send('HeapProfiler.collectGarbage');
      await sleep(1000);
      return now();
    };
    await freshIdle();
    await page.evaluate(() => window.bench.clearLedger());
    const idleEmpty = await freshIdle();
    const importValid = await peakDuring(() => page.evaluate(() => window.bench.importFile('valid.zip')));
    const idleWithData = await freshIdle();
    const importBomb = await peakDuring(() => page.evaluate(() => window.bench.importFile('bomb.zip')));
    await page.evaluate(() => window.bench.clearLedger());
    const round = (/** @type {number} */ v) => Math.round(v);
    const figures = {
      records: files.records,
      archiveMB: round(files.archiveBytes / 1024 / 1024),
      idleEmptyRssMB: round(idleEmpty.rssMB),
      idleEmptyJsHeapMB: round(idleEmpty.jsHeapMB),
      importValidPeakRssMB: round(importValid.rssMB),
      importValidPeakJsHeapMB: round(importValid.jsHeapMB),
      importValidResult: importValid.result,
      idleWithDataRssMB: round(idleWithData.rssMB),
      idleWithDataJsHeapMB: round(idleWithData.jsHeapMB),
      importBombPeakRssMB: round(importBomb.rssMB),
      importBombPeakJsHeapMB: round(importBomb.jsHeapMB),
      importBombResult: importBomb.result,
    };
    const f = figures;
    const text = [
      `Tab memory in Chromium (renderer RSS / used JS heap; ${f.records.toLocaleString('en')} records, ${f.archiveMB} MB archive):`,
      `  idle, empty ledger                            ${f.idleEmptyRssMB} MB / ${f.idleEmptyJsHeapMB} MB`,
      `  import of the valid archive, peak             ${f.importValidPeakRssMB} MB / ${f.importValidPeakJsHeapMB} MB  (beyond idle: ${f.importValidPeakRssMB - f.idleEmptyRssMB} MB RSS; ${importValid.result.ok ? 'imported' : `refused: ${importValid.result.reason}`})`,
      `  idle with that ledger stored (fresh load, GC) ${f.idleWithDataRssMB} MB / ${f.idleWithDataJsHeapMB} MB`,
      `  import of the many-small-entries bomb, peak   ${f.importBombPeakRssMB} MB / ${f.importBombPeakJsHeapMB} MB  (beyond idle: ${f.importBombPeakRssMB - f.idleWithDataRssMB} MB RSS; ${importBomb.result.ok ? 'imported!' : `refused: ${importBomb.result.reason}`})`,
    ];
    return { figures, text: text.join('\n') };
  } finally {
    await browser.close();
    server.kill();
  }
}

/** Waits until the local server answers. @param {string} url */
async function waitForServer(url) {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`${url}/`)).ok) return;
    } catch {
      await sleep(100);
    }
  }
}

/**
 * `--export`: the verified export against its floor (JSON + deflate + inflate + parse), its parts
 * each measured alone (the export overlaps them: it makes the records' JSON while it reads), and
 * the write's pieces one by one (bench.writeParts), per size.
 */
async function exportFigures() {
  const server = spawn(process.execPath, [join(root, 'scripts', 'serve.mjs')], {
    env: { ...process.env, PORT: String(port), SITE_DIR: siteDir },
    stdio: 'ignore',
  });
  await waitForServer(origin);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1'],
  });
  try {
    const page = await (await browser.newContext({ serviceWorkers: 'block' })).newPage();
    page.setDefaultTimeout(600_000);
    await page.goto(`${origin}/__bench/`);
    await page.waitForFunction(() => 'bench' in window);
    for (const { records: target, runs } of plan) {
      const prepared = await page.evaluate((n) => window.bench.prepare(n), target);
      await page.evaluate(() => window.bench.fillLedger());
      const floor = await medianOf(runs, () => page.evaluate(() => window.bench.serialiseDeflate()));
      const exported = await medianOf(runs, () => page.evaluate(() => window.bench.ledgerExport()));
      const parts = await medianOf(runs, () => page.evaluate(() => window.bench.exportParts()));
      const pieces = await medianOf(runs, () => page.evaluate(() => window.bench.writeParts()));
      const x = (/** @type {number | undefined} */ ms) =>
        `${Math.round(ms ?? NaN)} ms (${((ms ?? NaN) / (floor['ms'] ?? NaN)).toFixed(2)}×)`;
      console.log(
        [
          `\n== ${prepared.records.toLocaleString('en')} records (median of ${runs})`,
          `floor (JSON + deflate + inflate + parse)  ${Math.round(floor['ms'] ?? NaN)} ms`,
          `verified export                           ${x(exported['ms'])}, longest task ${Math.round(exported['longestTaskMs'] ?? NaN)} ms`,
          `its parts, each alone (the export runs the read and the records' JSON at once):`,
          `  reading IndexedDB                       ${x(parts['idbReadMs'])}`,
          `  writing the ZIP                         ${x(parts['writeMs'])}`,
          `  reading it back, verified               ${x(parts['readBackMs'])}`,
          `write's pieces, one by one (${Math.round(pieces['jsonMB'] ?? NaN)} MB JSON, ${Math.round(pieces['csvMB'] ?? NaN)} MB CSV):`,
          ...['jsonMs', 'csvMs', 'encodeMs', 'sha256Ms', 'crcMs', 'deflateMs'].map(
            (k) => `  ${k.padEnd(38)}${x(pieces[k])}`,
          ),
        ].join('\n'),
      );
    }
  } finally {
    await browser.close();
    server.kill();
  }
}

if (memoryOnly) {
  await buildNodeBundle();
  const memory = await memoryFigures();
  console.log(`\n${memory.text}`);
  const tab = await tabMemoryFigures(memory.files);
  console.log(`\n${tab.text}`);
  const path = join(root, 'bench', 'results.json');
  const previous = existsSync(path) ? JSON.parse(await readFile(path, 'utf8')) : {};
  writeFileSync(
    path,
    `${JSON.stringify(
      {
        ...previous,
        memory: { date: new Date().toISOString(), figures: memory.figures, text: memory.text },
        tabMemory: { date: new Date().toISOString(), ...tab },
      },
      null,
      2,
    )}\n`,
  );
  console.log('\n已写入 bench/results.json（memory, tabMemory）');
  process.exit(0);
}

// 1. The site, and the two bench bundles.
if (!noBuild || !existsSync(join(siteDir, 'index.html'))) {
  console.log('构建站点…');
  rmSync(siteDir, { recursive: true, force: true });
  const astro = ['npx', 'astro', 'build', '--outDir', siteDir];
  const hasFlock = spawnSync('flock', ['--version']).status === 0;
  const result = hasFlock
    ? spawnSync('flock', ['/tmp/astro-build.lock', ...astro], { cwd: root, stdio: 'inherit' })
    : spawnSync(astro[0] ?? 'npx', astro.slice(1), { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error('站点构建失败。');
    process.exit(1);
  }
}
await buildBrowserBundle(siteDir);
if (exportOnly) {
  await exportFigures();
  process.exit(0);
}
await buildNodeBundle();
/** @type {typeof import('../bench/node')} */
const node = await import(pathToFileURL(nodeBundle).href);

/**
 * One size's Node figures in a fresh process, as a page or the CLI evaluates one ledger: in one
 * long process V8's code, once it has seen every size's data, ran the engine 2-3× slower.
 * @param {number} target @param {number} runs @returns {Awaited<ReturnType<typeof node.nodeFigures>>}
 */
function nodeFiguresInOwnProcess(target, runs) {
  const script = `const m = await import(${JSON.stringify(pathToFileURL(nodeBundle).href)});
    console.log(JSON.stringify(await m.nodeFigures(${target}, ${runs}, ${JSON.stringify(tmp)})));`;
  const child = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
  if (child.status !== 0) throw new Error(`Node figures failed for ${target}: ${child.stderr}`);
  return JSON.parse(child.stdout.trim().split('\n').at(-1) ?? '{}');
}

// 2. The Node figures first, on a quiet machine: after large writes Chromium keeps compacting its
// IndexedDB files for a while, which on 2 cores slowed the engine 2-4× when measured after it.
/** @type {Map<number, Record<string, number>>} */
const nodeBySize = new Map();
for (const { records: target, runs } of plan) {
  const inNode = nodeFiguresInOwnProcess(target, runs);
  nodeBySize.set(target, {
    engineYearMs: inNode.engineYearMs,
    engineGrownYearMs: inNode.engineGrownYearMs,
    engineTermMs: inNode.engineTermMs,
    verifyMs: inNode.verifyMs,
  });
  console.log(`Node ${target}: ${JSON.stringify(inNode)}`);
}
const city = await node.cityFigures(quick ? 1 : 3);
const memory = await memoryFigures();
console.log(memory.text);
const tabMemory = await tabMemoryFigures(memory.files);
console.log(tabMemory.text);

// 3. The server and the browser.
const server = spawn(process.execPath, [join(root, 'scripts', 'serve.mjs')], {
  env: { ...process.env, PORT: String(port), SITE_DIR: siteDir },
  stdio: 'ignore',
});
for (let i = 0; i < 100; i++) {
  try {
    if ((await fetch(`${origin}/`)).ok) break;
  } catch {
    await sleep(100);
  }
}
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1'],
});

/** @type {Record<string, unknown>[]} */
const sizes = [];
try {
  const context = await browser.newContext({ serviceWorkers: 'block', locale: 'zh-CN' });
  const page = await context.newPage();
  page.setDefaultTimeout(600_000);
  const benchPage = async () => {
    await page.goto(`${origin}/__bench/`);
    await page.waitForFunction(() => 'bench' in window);
  };
  /** Time from navigation start until `ready` holds in the page. */
  const firstPaint = async (/** @type {string} */ path, /** @type {() => boolean} */ ready) => {
    await page.goto(`${origin}${path}`, { waitUntil: 'commit' });
    await page.waitForFunction(ready, undefined, { polling: 'raf' });
    return page.evaluate(() => window.performance.now());
  };
  const listReady = () => document.querySelector('table.record-table tbody tr') !== null;
  const chartReady = () =>
    [...document.querySelectorAll('canvas[data-chart]')].some(
      (c) => /** @type {HTMLCanvasElement} */ (c).width > 0 && c.hasAttribute('style'),
    );

  for (const { records: target, runs } of plan) {
    console.log(`\n== ${target.toLocaleString('en')} 条记录（每项 ${runs} 次取中位数）`);
    await benchPage();
    const prepared = await page.evaluate((n) => window.bench.prepare(n), target);
    const floor = await medianOf(runs, () => page.evaluate(() => window.bench.rawFloor()));
    const deflate = await medianOf(runs, () => page.evaluate(() => window.bench.serialiseDeflate()));
    const imported = await medianOf(runs, () => page.evaluate(() => window.bench.ledgerImport()));
    const merged = await medianOf(runs, () => page.evaluate(() => window.bench.ledgerMergeImport()));
    const exported = await medianOf(runs, () => page.evaluate(() => window.bench.ledgerExport()));
    const exportParts = await medianOf(runs, () => page.evaluate(() => window.bench.exportParts()));
    const written = await medianOf(runs, () => page.evaluate(() => window.bench.archiveWrite()));
    // The pages, first on the ledger just imported (its years hold `target` records) …
    const list = await medianOf(runs, async () => ({
      ms: await firstPaint('/ledger/activities/', listReady),
    }));
    const chart = await medianOf(runs, async () => ({ ms: await firstPaint('/compliance/', chartReady) }));
    // … then on one that grew over earlier years (recent years as in a 1,000-record ledger).
    await benchPage();
    await page.evaluate((n) => window.bench.loadHistory(n), target);
    const grownList = await medianOf(runs, async () => ({
      ms: await firstPaint('/ledger/activities/', listReady),
    }));
    const grownChart = await medianOf(runs, async () => ({
      ms: await firstPaint('/compliance/', chartReady),
    }));
    const size = {
      target,
      runs,
      records: prepared.records,
      floor,
      serialiseDeflate: deflate,
      import: imported,
      mergeImport: merged,
      export: exported,
      exportParts,
      archiveWriteMs: written['ms'],
      listFirstRowMs: list['ms'],
      dashboardFirstChartMs: chart['ms'],
      grownListFirstRowMs: grownList['ms'],
      grownDashboardFirstChartMs: grownChart['ms'],
      archiveBytes: prepared.archiveBytes,
      archiveBytesPerRecord: prepared.archiveBytes / prepared.records,
    };
    console.log(JSON.stringify(size));
    sizes.push(size);
  }
  await context.close();
} finally {
  await browser.close();
  server.kill();
}
for (const size of sizes) Object.assign(size, nodeBySize.get(Number(size['target'])));
const bundles = checkBudgets(siteDir, join(root, 'bench', 'budgets.json')).map((r) => ({
  path: r.path,
  gzipKB: r.gzipKB,
  budgetKB: r.budgetKB,
}));

// 4. The table.
/** @param {unknown} v */
const num = (v) => (typeof v === 'number' ? v : NaN);
/** @param {number} ms */
const fmt = (ms) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(ms < 10 ? 1 : 0)} ms`);
/** The browser reports only tasks over 50 ms (a 0 means none was that long). @param {number} ms */
const taskFmt = (ms) => (ms > 0 ? fmt(ms) : '< 50 ms');
/** @param {number} a @param {number} b */
const ratio = (a, b) => `${(a / b).toFixed(2)}×`;
/** @type {[string, (s: any) => string][]} */
const rowsDef = [
  ['records', (s) => s.records.toLocaleString('en')],
  ['floor: raw IndexedDB write (1 tx)', (s) => fmt(s.floor.writeMs)],
  ['floor: raw IndexedDB read (1 tx)', (s) => fmt(s.floor.readMs)],
  ['floor: JSON + deflate + inflate + parse', (s) => fmt(s.serialiseDeflate.ms)],
  ['ledger import (read+verify+write)', (s) => fmt(s.import.ms)],
  ['  ÷ raw write (target ≤ 1.5×)', (s) => ratio(s.import.ms, s.floor.writeMs)],
  [
    '  of which IndexedDB write',
    (s) => `${fmt(s.import.writeMs)} (${ratio(s.import.writeMs, s.floor.writeMs)})`,
  ],
  ['  longest task (target < 0.5 s)', (s) => taskFmt(s.import.longestTaskMs)],
  ['  longest frame gap', (s) => fmt(s.import.longestFrameGapMs)],
  ['same archive again, merged', (s) => fmt(s.mergeImport.ms)],
  ['  longest task (target < 0.5 s)', (s) => taskFmt(s.mergeImport.longestTaskMs)],
  ['ledger export (write+read back)', (s) => fmt(s.export.ms)],
  ['  ÷ that floor (target ≤ 2×)', (s) => ratio(s.export.ms, s.serialiseDeflate.ms)],
  ['  longest task (target < 0.5 s)', (s) => taskFmt(num(s.export.longestTaskMs))],
  [
    '  part alone: reading IndexedDB (not in the floor)',
    (s) => `${fmt(s.exportParts.idbReadMs)} (${ratio(s.exportParts.idbReadMs, s.serialiseDeflate.ms)})`,
  ],
  [
    '  part alone: writing the ZIP',
    (s) => `${fmt(s.archiveWriteMs)} (${ratio(s.archiveWriteMs, s.serialiseDeflate.ms)})`,
  ],
  [
    '  part alone: reading it back, verified',
    (s) => `${fmt(s.exportParts.readBackMs)} (${ratio(s.exportParts.readBackMs, s.serialiseDeflate.ms)})`,
  ],
  ['list first row (/ledger/activities/)', (s) => fmt(s.listFirstRowMs)],
  ['dashboard first chart (/compliance/)', (s) => fmt(s.dashboardFirstChartMs)],
  ['grown ledger: list first row', (s) => fmt(s.grownListFirstRowMs)],
  ['grown ledger: dashboard first chart', (s) => fmt(s.grownDashboardFirstChartMs)],
  ['engine township-year (target < 20 ms)', (s) => fmt(s.engineYearMs)],
  ['  grown ledger, a year as the dashboard loads it', (s) => fmt(s.engineGrownYearMs)],
  ['engine township-term', (s) => fmt(s.engineTermMs)],
  ['CLI verify (Node)', (s) => fmt(s.verifyMs)],
  ['archive bytes per record', (s) => num(s.archiveBytesPerRecord).toFixed(0)],
];
const header = ['', ...sizes.map((s) => `${num(s['target']).toLocaleString('en')}`)];
const body = rowsDef.map(([label, cell]) => [label, ...sizes.map((s) => cell(s))]);
const widths = header.map((h, i) => Math.max(h.length, ...body.map((r) => (r[i] ?? '').length)));
const line = (/** @type {string[]} */ cells) =>
  `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join(' | ')} |`;
const table = [
  line(header),
  `|${widths.map((w, i) => (i === 0 ? '-'.repeat(w + 2) : `${'-'.repeat(w + 1)}:`)).join('|')}|`,
  ...body.map(line),
].join('\n');
const cityLine = `engine, city (${city.townships} townships × 5 years, ${city.records.toLocaleString('en')} records; target < 1 s): ${fmt(city.ms)}`;
const bundleLines = bundles.map(
  (b) => `  ${b.path.padEnd(22)} ${String(b.gzipKB).padStart(6)} KB gz (budget ${b.budgetKB})`,
);
console.log(
  `\n${table}\n\n${cityLine}\n\n${memory.text}\n\n${tabMemory.text}\n\nJavaScript loaded up front (scripts/bundle-sizes.mjs):\n${bundleLines.join('\n')}`,
);

const results = {
  date: new Date().toISOString(),
  quick,
  machine: {
    cpus: (await import('node:os')).cpus().length,
    platform: process.platform,
    node: process.version,
  },
  sizes,
  city,
  memory: { figures: memory.figures, text: memory.text },
  tabMemory,
  bundles,
  table,
};
writeFileSync(join(root, 'bench', 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
console.log('\n已写入 bench/results.json');
