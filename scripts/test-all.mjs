// `npm test`: every check, in order — format, types, lint, unit, build, bundle budgets, end-to-end.
// A failing step does not stop the steps that do not depend on it, so one run shows every problem.
// Ends with the count of tests (unit and end-to-end) and exits non-zero if any step failed.
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { printSummary } from './test-summary.mjs';

rmSync('reports', { recursive: true, force: true });

/**
 * The steps; `test` marks a step that runs tests and leaves a JSON report (reports/<name>.json),
 * which the closing line counts (scripts/test-summary.mjs).
 * @type {{ name: string, command: string, args: string[], needs?: string, test?: boolean, env?: Record<string, string> }[]}
 */
const steps = [
  { name: 'format', command: 'npx', args: ['prettier', '--check', '--log-level', 'warn', '.'] },
  { name: 'types', command: 'npx', args: ['astro', 'check', '--minimumSeverity', 'warning'] },
  { name: 'tsc', command: 'npx', args: ['tsc', '--noEmit', '-p', 'tsconfig.json'] },
  { name: 'lint', command: 'npx', args: ['eslint', '--max-warnings', '0', '.'] },
  {
    name: 'unit',
    test: true,
    command: 'npx',
    args: ['vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile.json=reports/unit.json'],
  },
  { name: 'build', command: 'npx', args: ['astro', 'build'] },
  { name: 'sw', command: 'node', args: ['scripts/build-sw.mjs', 'dist'], needs: 'build' },
  { name: 'bundles', command: 'node', args: ['scripts/bundle-sizes.mjs', 'dist'], needs: 'build' },
  // Every built script parses as the browser baseline's JavaScript (Chromium 86, docs/deploy.md).
  { name: 'baseline', command: 'node', args: ['scripts/check-baseline.mjs', 'dist'], needs: 'sw' },
  { name: 'e2e', test: true, command: 'npx', args: ['playwright', 'test'], needs: 'build' },
  // The same site built for and served under a sub-path (/rdgz/): links, search, ledger journeys.
  {
    name: 'build-rdgz',
    command: 'node',
    args: ['scripts/with-site-base.mjs', 'npx', 'astro', 'build'],
  },
  {
    name: 'sw-rdgz',
    command: 'node',
    args: ['scripts/with-site-base.mjs', 'node', 'scripts/build-sw.mjs', 'dist-rdgz'],
    needs: 'build-rdgz',
  },
  {
    name: 'e2e-rdgz',
    test: true,
    env: { PLAYWRIGHT_JSON_OUTPUT_FILE: 'reports/e2e-rdgz.json' },
    command: 'node',
    args: [
      'scripts/with-site-base.mjs',
      'npx',
      'playwright',
      'test',
      '--output=test-results-rdgz',
      '--reporter=list,json',
      'tests/e2e/links.spec.ts',
      'tests/e2e/search.spec.ts',
      'tests/e2e/ledger/home.spec.ts',
      'tests/e2e/deploy/',
    ],
    needs: 'sw-rdgz',
  },
];

const failed = new Set();
/** @type {import('./test-summary.mjs').StepReport[]} */
const report = [];
for (const step of steps) {
  if (step.needs && failed.has(step.needs)) {
    console.log(`\n=== ${step.name}: skipped, ${step.needs} failed`);
    failed.add(step.name);
    report.push({ name: step.name, status: 'skipped', test: Boolean(step.test) });
    continue;
  }
  console.log(`\n=== ${step.name}: ${step.command} ${step.args.join(' ')}`);
  const started = Date.now();
  const result = spawnSync(step.command, step.args, {
    stdio: 'inherit',
    env: step.env ? { ...process.env, ...step.env } : process.env,
  });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (result.status !== 0) failed.add(step.name);
  report.push({
    name: step.name,
    status: result.status === 0 ? 'ok' : 'failed',
    test: Boolean(step.test),
  });
  console.log(`=== ${step.name}: ${result.status === 0 ? 'ok' : 'FAILED'} (${seconds} s)`);
}

// The closing line counts failed and skipped steps too (scripts/test-summary.mjs).
mkdirSync('reports', { recursive: true });
writeFileSync('reports/steps.json', JSON.stringify(report, null, 2));
console.log(failed.size ? `\nFailed steps: ${[...failed].join(', ')}` : '\nAll steps passed.');
printSummary();
process.exit(failed.size ? 1 : 0);
