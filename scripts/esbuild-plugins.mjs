// The esbuild plugins of the scripts that bundle src/ for Node (scripts/ledger-cli.mjs, the city's
// command-line tool, and scripts/bench.mjs): what Vite does for the site, done for esbuild.
import yaml from 'js-yaml';
import { readFile, readdir } from 'node:fs/promises';
import { dirname, join, posix } from 'node:path';

/**
 * `import data from './x.yaml'` as a JSON module, as scripts/vite-yaml.mjs does for the site (a
 * `?form-links` cut is not made here: the whole file is read, and its zod schema drops the rest).
 * @type {import('esbuild').Plugin}
 */
export const yamlPlugin = {
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
 * catalogue, the handbook's annotations) as static imports, since esbuild has no globs: only
 * `*.<ext>` in one folder.
 */
/** @type {import('esbuild').Plugin} */
export const globPlugin = {
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

/**
 * What Vite does for `new Worker(new URL('./x.ts', import.meta.url), …)` (the export's deflate
 * worker, src/storage/archive/worker-deflate.ts), done for a page that esbuild bundles
 * (scripts/bench.mjs): the worker is bundled into `outdir` as x.js, beside the page's script, and
 * the URL is made relative to the page, which lives in that folder.
 * @param {string} outdir
 * @returns {import('esbuild').Plugin}
 */
export function workerUrlPlugin(outdir) {
  const pattern = /new URL\('\.\/([\w-]+)\.ts', import\.meta\.url\)/g;
  return {
    name: 'worker-url',
    setup(b) {
      b.onLoad({ filter: /src[\\/].*\.ts$/ }, async (args) => {
        const source = await readFile(args.path, 'utf8');
        if (!source.includes('import.meta.url')) return undefined;
        for (const [, name] of source.matchAll(pattern))
          await b.esbuild.build({
            bundle: true,
            entryPoints: [join(dirname(args.path), `${name}.ts`)],
            outfile: join(outdir, `${name}.js`),
            platform: 'browser',
            format: 'iife',
            target: 'es2022',
            logLevel: 'error',
          });
        return {
          contents: source.replace(pattern, (_m, name) => `new URL('${name}.js', location.href)`),
          loader: 'ts',
        };
      });
    },
  };
}
