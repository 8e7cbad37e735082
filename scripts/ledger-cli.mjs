// Runs the city's command-line tool (scripts/ledger-cli-main.ts): `npm run ledger -- verify x.zip`.
// The tool shares the app's domain code, which imports YAML content and uses extensionless
// imports, so it is bundled with esbuild (with the same YAML transform as scripts/vite-yaml.mjs)
// into node_modules/.cache (ignored by git) on every run; that takes well under a second.
import { build } from 'esbuild';
import yaml from 'js-yaml';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outfile = join(root, 'node_modules', '.cache', 'ledger-cli', 'ledger-cli.mjs');

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
    plugins: [yamlPlugin],
    logLevel: 'error',
  });
} catch {
  console.error('命令行工具构建失败（见上方错误）。请先运行 npm ci。');
  process.exit(2);
}
const { main } = await import(pathToFileURL(outfile).href);
process.exitCode = await main(process.argv.slice(2));
