// Prints the closing line of `npm test` and CI: `N passed, N failed` (and `, N skipped` when any
// test was skipped), read from the reports that scripts/test-all.mjs leaves in reports/.
//
// People read this line, so it must never say "0 failed" about a run that failed. Besides failed
// tests it counts, as one failure each: a step of `npm test` that failed (format, types, lint,
// build, budgets …), a step that was skipped because one it needs failed (e2e after a failed
// build), a test file that failed before running its tests (a Vitest file that does not load), a
// Playwright error outside any test (global set-up, web server), a test step whose report is
// missing, and — as a last guard — a run whose exit status was non-zero although nothing above
// counted it (`--exit-status N`, passed by .ci/run, e.g. when `npm ci` itself failed).
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The reports' folder, relative to the project's root. */
export const REPORTS_DIR = 'reports';

/**
 * @typedef {{ name: string, status: 'ok' | 'failed' | 'skipped', test?: boolean }} StepReport
 * What test-all.mjs writes to reports/steps.json: each step, in order, and whether it runs tests.
 */

/** @param {string} path */
const read = (path) => (existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : undefined);

/**
 * Counts from Vitest's JSON report: tests passed, failed and skipped, plus files that failed
 * without any failed test (a file that does not load reports status "failed" and no assertions).
 * @param {any} unit
 */
export function countUnit(unit) {
  if (!unit) return { passed: 0, failed: 0, skipped: 0 };
  const brokenFiles = (unit.testResults ?? []).filter(
    (/** @type {any} */ file) =>
      file.status === 'failed' &&
      !(file.assertionResults ?? []).some((/** @type {any} */ test) => test.status === 'failed'),
  ).length;
  return {
    passed: unit.numPassedTests ?? 0,
    failed: (unit.numFailedTests ?? 0) + brokenFiles,
    skipped: (unit.numPendingTests ?? 0) + (unit.numTodoTests ?? 0),
  };
}

/**
 * Counts from Playwright's JSON report: expected and flaky tests pass, unexpected ones fail,
 * skipped ones are skipped, and every top-level error (outside a test) is a failure.
 * @param {any} e2e
 */
export function countE2e(e2e) {
  if (!e2e) return { passed: 0, failed: 0, skipped: 0 };
  const stats = e2e.stats ?? {};
  return {
    passed: (stats.expected ?? 0) + (stats.flaky ?? 0),
    failed: (stats.unexpected ?? 0) + (e2e.errors?.length ?? 0),
    skipped: stats.skipped ?? 0,
  };
}

/**
 * The closing counts of a run. `unit` is Vitest's report; `e2e` and `e2eRuns` are Playwright's
 * (`e2eRuns`: the reports of further Playwright steps, such as the sub-path run, by step name).
 * @param {{ unit?: any, e2e?: any, e2eRuns?: Record<string, any>, steps?: StepReport[], exitStatus?: number | undefined }} reports
 */
export function summarize({ unit, e2e, e2eRuns = {}, steps, exitStatus }) {
  /** @type {Record<string, any>} */
  const e2eByStep = { ...e2eRuns, e2e };
  const u = countUnit(unit);
  const runs = Object.fromEntries(
    Object.entries(e2eByStep).map(([name, report]) => [name, countE2e(report)]),
  );
  const e = Object.values(runs).reduce(
    (sum, c) => ({
      passed: sum.passed + c.passed,
      failed: sum.failed + c.failed,
      skipped: sum.skipped + c.skipped,
    }),
    { passed: 0, failed: 0, skipped: 0 },
  );
  /** @param {string} name */
  const reportOf = (name) => (name === 'unit' ? unit : e2eByStep[name]);
  /** @param {string} name */
  const failedTestsOf = (name) => (name === 'unit' ? u.failed : (runs[name]?.failed ?? 0));
  let failed = u.failed + e.failed;
  for (const step of steps ?? []) {
    if (step.status === 'skipped') failed += 1;
    else if (step.status === 'failed') {
      // A failed test step is already counted by its failed tests; count the step only when its
      // report shows none (it crashed, could not load, or wrote no report).
      if (!step.test || failedTestsOf(step.name) === 0) failed += 1;
    } else if (step.test && !reportOf(step.name)) {
      failed += 1; // an ok test step without its report: nothing proves its tests ran
    }
  }
  if (exitStatus !== undefined && exitStatus !== 0 && failed === 0) failed = 1;
  return { passed: u.passed + e.passed, failed, skipped: u.skipped + e.skipped };
}

/**
 * The closing line: `N passed, N failed`, with `, N skipped` when tests were skipped.
 * @param {{ passed: number, failed: number, skipped: number }} counts
 */
export function formatSummary({ passed, failed, skipped }) {
  return `${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`;
}

/**
 * Reads reports/ and prints the closing line.
 * @param {number} [exitStatus] the run's exit status, when the caller knows it
 */
export function printSummary(exitStatus) {
  const counts = summarize({
    unit: read(`${REPORTS_DIR}/unit.json`),
    e2e: read(`${REPORTS_DIR}/e2e.json`),
    e2eRuns: { 'e2e-rdgz': read(`${REPORTS_DIR}/e2e-rdgz.json`) },
    steps: read(`${REPORTS_DIR}/steps.json`),
    exitStatus,
  });
  console.log(formatSummary(counts));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const flag = process.argv.indexOf('--exit-status');
  printSummary(flag > 0 ? Number(process.argv[flag + 1]) : undefined);
}
