import { describe, expect, it } from 'vitest';
import { formatSummary, summarize } from '../test-summary.mjs';

/** A Vitest JSON report with the given files (each: status and its tests' statuses). */
function unitReport(files: { status: string; tests: string[] }[]) {
  const tests = files.flatMap((f) => f.tests);
  return {
    numPassedTests: tests.filter((t) => t === 'passed').length,
    numFailedTests: tests.filter((t) => t === 'failed').length,
    numPendingTests: tests.filter((t) => t === 'skipped' || t === 'pending').length,
    numTodoTests: tests.filter((t) => t === 'todo').length,
    testResults: files.map((f) => ({
      status: f.status,
      assertionResults: f.tests.map((status) => ({ status })),
    })),
  };
}

/** A Playwright JSON report. */
function e2eReport(
  stats: { expected?: number; unexpected?: number; flaky?: number; skipped?: number },
  errors = 0,
) {
  return {
    stats: { expected: 0, unexpected: 0, flaky: 0, skipped: 0, ...stats },
    errors: Array.from({ length: errors }, () => ({ message: 'Error: webServer exited' })),
  };
}

const okSteps = ['format', 'types', 'tsc', 'lint', 'unit', 'build', 'sw', 'bundles', 'e2e'].map((name) => ({
  name,
  status: 'ok' as const,
  test: name === 'unit' || name === 'e2e',
}));

/** The steps with some of them changed. */
const stepsWith = (changes: Record<string, 'ok' | 'failed' | 'skipped'>) =>
  okSteps.map((s) => (changes[s.name] ? { ...s, status: changes[s.name]! } : s));

const green = {
  unit: unitReport([{ status: 'passed', tests: ['passed', 'passed'] }]),
  e2e: e2eReport({ expected: 3, flaky: 1 }),
};

describe('the closing line', () => {
  it.each([
    { case: 'a green run', reports: { ...green, steps: okSteps }, line: '6 passed, 0 failed' },
    {
      case: 'a failed lint step (no test failed)',
      reports: { ...green, steps: stepsWith({ lint: 'failed' }) },
      line: '6 passed, 1 failed',
    },
    {
      case: 'a failed build, so e2e skipped without a report',
      reports: {
        unit: green.unit,
        steps: stepsWith({ build: 'failed', sw: 'skipped', bundles: 'skipped', e2e: 'skipped' }),
      },
      line: '2 passed, 4 failed',
    },
    {
      case: 'a Vitest file that fails to load',
      reports: {
        unit: unitReport([
          { status: 'passed', tests: ['passed', 'passed'] },
          { status: 'failed', tests: [] },
        ]),
        e2e: green.e2e,
        steps: stepsWith({ unit: 'failed' }),
      },
      line: '6 passed, 1 failed',
    },
    {
      case: 'failed tests are counted once, not again as a failed step',
      reports: {
        unit: unitReport([{ status: 'failed', tests: ['passed', 'failed', 'failed'] }]),
        e2e: green.e2e,
        steps: stepsWith({ unit: 'failed' }),
      },
      line: '5 passed, 2 failed',
    },
    {
      case: 'a Playwright error outside any test',
      reports: { unit: green.unit, e2e: e2eReport({ expected: 0 }, 1), steps: stepsWith({ e2e: 'failed' }) },
      line: '2 passed, 1 failed',
    },
    {
      case: 'a test step that ended without its report',
      reports: { unit: green.unit, steps: okSteps },
      line: '2 passed, 1 failed',
    },
    {
      case: 'skipped tests',
      reports: {
        unit: unitReport([{ status: 'passed', tests: ['passed', 'skipped', 'todo'] }]),
        e2e: e2eReport({ expected: 2, skipped: 1 }),
        steps: okSteps,
      },
      line: '3 passed, 0 failed, 3 skipped',
    },
    {
      case: 'a further Playwright run (the sub-path site) counts its tests and failures',
      reports: {
        ...green,
        e2eRuns: { 'e2e-rdgz': e2eReport({ expected: 5, unexpected: 2, skipped: 1 }) },
        steps: [...stepsWith({}), { name: 'e2e-rdgz', status: 'failed' as const, test: true }],
      },
      line: '11 passed, 2 failed, 1 skipped',
    },
    {
      case: 'a further Playwright run that left no report',
      reports: { ...green, steps: [...okSteps, { name: 'e2e-rdgz', status: 'ok' as const, test: true }] },
      line: '6 passed, 1 failed',
    },
    {
      case: 'a run that failed before any step (npm ci)',
      reports: { exitStatus: 1 },
      line: '0 passed, 1 failed',
    },
    {
      case: 'an exit status of 0 adds nothing',
      reports: { ...green, steps: okSteps, exitStatus: 0 },
      line: '6 passed, 0 failed',
    },
  ])('$case', ({ reports, line }) => {
    expect(formatSummary(summarize(reports))).toBe(line);
  });
});
