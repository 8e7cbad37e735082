// Runs the city's command-line tool (scripts/ledger-cli-main.ts): `npm run ledger -- verify x.zip`.
// The tool shares the app's domain code, which imports YAML content and uses extensionless
// imports, so it is bundled with esbuild (with the same YAML transform as scripts/vite-yaml.mjs)
// into node_modules/.cache (ignored by git) on every run; that takes well under a second.
// Each run writes its own file (named by process id and a random part) and removes it after
// loading, so two runs started at once in one checkout never read each other's half-written
// bundle.
import { build } from 'esbuild';
import yaml from 'js-yaml';
import { randomUUID } from 'node:crypto';
import { readFile, readdir, rm } from 'node:fs/promises';
import { dirname, join, posix } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outfile = join(
  root,
  'node_modules',
  '.cache',
  'ledger-cli',
  `ledger-cli-${process.pid}-${randomUUID().slice(0, 8)}.mjs`,
);

/** @type {import('esbuild').Plugin} */
const yamlPlugin = {
  name: 'content-yaml',
  setup(b) {
    b.onLoad({ filter: /\.ya?ml$/ }, async (args) => {
      const data = yaml.load(await readFile(args.path, 'utf8'), {
        filename: args.path,
        schema: yaml.JSON_SCHEMA,
      });
      return { contents: `export default ${JSON.stringify(data)};`, loader: 'js' };
    });
  },
};

/**
 * Vite's eager `import.meta.glob('dir/*.yaml', { eager: true, import: 'default' })` (the form
 * catalogue uses it) as static imports, since esbuild has no globs: only `*.<ext>` in one folder.
 * @type {import('esbuild').Plugin}
 */
const globPlugin = {
  name: 'eager-glob',
  setup(b) {
    b.onLoad({ filter: /src[\\/].*\.ts$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      if (!source.includes('import.meta.glob')) return undefined;
      /** @type {string[]} */
      const imports = [];
      let contents = source;
      for (const m of source.matchAll(/import\.meta\.glob(?:<[^>]*>)?\(\s*'([^']+)\/\*(\.[\w.]+)'[^)]*\)/g)) {
        const [call, folder = '', ext = ''] = m;
        const files = (await readdir(join(dirname(args.path), folder))).filter((f) => f.endsWith(ext)).sort();
        const entries = files.map((f) => {
          const name = `__glob${imports.length}`;
          const path = posix.join(folder, f);
          imports.push(`import ${name} from ${JSON.stringify(path)};`);
          return `${JSON.stringify(path)}: ${name}`;
        });
        contents = contents.replace(call, `({ ${entries.join(', ')} })`);
      }
      return { contents: `${imports.join('\n')}\n${contents}`, loader: 'ts' };
    });
  },
};

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
