// Runs a command for the build under a sub-path, so `npm test` checks the site as an IT office
// hosts it under https://…/rdgz/: sets SITE_BASE=/rdgz/, builds into / serves from dist-rdgz
// (SITE_OUT_DIR, SITE_DIR) and gives the end-to-end run its own port.
//   node scripts/with-site-base.mjs <command> [args…]
import { spawnSync } from 'node:child_process';

export const SUB_PATH = '/rdgz/';
export const SUB_PATH_DIR = 'dist-rdgz';

const [command, ...args] = process.argv.slice(2);
if (!command) {
  console.error('usage: node scripts/with-site-base.mjs <command> [args…]');
  process.exit(2);
}
const env = {
  ...process.env,
  SITE_BASE: SUB_PATH,
  SITE_OUT_DIR: SUB_PATH_DIR,
  SITE_DIR: SUB_PATH_DIR,
  E2E_PORT: process.env.E2E_SUB_PATH_PORT ?? '4398',
};
const result = spawnSync(command, args, { stdio: 'inherit', env });
process.exit(result.status ?? 1);
