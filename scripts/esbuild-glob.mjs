// Vite's eager `import.meta.glob('dir/*.yaml', { eager: true, import: 'default' })` (the form
// catalogue, the handbook's annotations) as static imports, for the scripts that bundle src/ with
// esbuild (scripts/bench.mjs), since esbuild has no globs: only `*.<ext>` in one folder. The same
// transform as scripts/ledger-cli.mjs's.
import { readFile, readdir } from 'node:fs/promises';
import { dirname, join, posix } from 'node:path';

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
