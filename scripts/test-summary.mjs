// Prints `N passed, N failed` over the unit (Vitest) and end-to-end (Playwright) JSON reports.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** @param {string} path */
const read = (path) => (existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : undefined);

/** Counts passed and failed tests in reports/; a missing report counts as nothing run. */
export function countTests() {
  const unit = read('reports/unit.json');
  const e2e = read('reports/e2e.json');
  const passed = (unit?.numPassedTests ?? 0) + (e2e?.stats?.expected ?? 0) + (e2e?.stats?.flaky ?? 0);
  const failed = (unit?.numFailedTests ?? 0) + (e2e?.stats?.unexpected ?? 0);
  return { passed, failed };
}

export function printSummary() {
  const { passed, failed } = countTests();
  console.log(`${passed} passed, ${failed} failed`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) printSummary();
