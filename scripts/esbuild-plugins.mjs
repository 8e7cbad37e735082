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
