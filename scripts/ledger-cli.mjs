// Runs the city's command-line tool (scripts/ledger-cli-main.ts): `npm run ledger -- verify x.zip`.
// The tool shares the app's domain code, which imports YAML content, Vite globs and extensionless
// imports, so it is bundled with esbuild (with scripts/esbuild-plugins.mjs) into node_modules/.cache (ignored by git) on every run; that takes well under a second.
// Each run writes its own file (named by process id and a random part) and removes it after
// loading, so two runs started at once in one checkout never read each other's half-written
// bundle.
import { build } from 'esbuild';
import { randomUUID } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { globPlugin, yamlPlugin } from './esbuild-plugins.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outfile = join(
  root,
  'node_modules',
  '.cache',
  'ledger-cli',
  `ledger-cli-${process.pid}-${randomUUID().slice(0, 8)}.mjs`,
);

try {
  await build({
    entryPoints: [join(root, 'scripts', 'ledger-cli-main.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node22',
    // Dependencies (zod, jszip) load from node_modules as usual.
    packages: 'external',
    plugins: [yamlPlugin, globPlugin],
    logLevel: 'error',
  });
} catch {
  console.error('命令行工具构建失败（见上方错误）。请先运行 npm ci。');
  await rm(outfile, { force: true });
  process.exit(2);
}
// Output piped into `head` that closed early is not an error of the tool.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});
let main;
try {
  ({ main } = await import(pathToFileURL(outfile).href));
} finally {
  // The bundle is in memory now (one file, no chunks): nothing reads it again.
  await rm(outfile, { force: true });
}
process.exitCode = await main(process.argv.slice(2));
