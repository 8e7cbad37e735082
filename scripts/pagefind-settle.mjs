// Starlight builds the search index through Pagefind's Node API, which runs Pagefind as a service
// and kills it as soon as it answers `writeFiles`. Now and then it answers before its last files
// are on disk: a CI run once got `pagefind/pagefind-ui.js` cut at 64 KiB and the worker at 40 KiB,
// so search threw 「Unexpected end of input」 on every page. After the build this integration
// writes the index again with Pagefind's own command, which exits only once every file is
// written, over the same folder (same pages, same files). scripts/check-baseline.mjs then parses
// every built script, Pagefind's included, so a cut file fails `npm test`.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** Pagefind's command (its package's `bin`), beside the entry point its `exports` allow. */
const PAGEFIND_BIN = fileURLToPath(new URL('./runner/bin.cjs', import.meta.resolve('pagefind')));

/** The Astro integration; list it after Starlight so that its hook runs after Starlight's. */
export function pagefindSettle() {
  return {
    name: 'pagefind-settle',
    hooks: {
      /** @param {{ dir: URL, logger: { info: (m: string) => void } }} options */
      'astro:build:done': ({ dir, logger }) => {
        execFileSync(
          process.execPath,
          [PAGEFIND_BIN, '--site', fileURLToPath(dir), '--output-subdir', 'pagefind'],
          {
            stdio: ['ignore', 'ignore', 'inherit'],
          },
        );
        logger.info('Pagefind index written again by its command (all files on disk).');
      },
    },
  };
}
