// The Node half of `npm run bench` (scripts/bench.mjs bundles it with esbuild): the compliance
// engine (one township-year, one township-term, the city) and the command-line tool's verify of
// an archive. Each figure is the median of its timings in milliseconds, after warm-up runs (the
// first evaluations of a process run before V8 has optimised the engine and take 3-5× longer).
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { main } from '../scripts/ledger-cli-main';
import { writeArchive } from '../src/domain/archive';
import { catalogue } from '../src/domain/catalogue';
import { evaluate } from '../src/domain/compliance';
import { addDays, isWithin } from '../src/domain/dates';
import { EVALUATION_MARGIN_DAYS } from '../src/storage/evaluation';
import { generateDemo } from '../src/domain/demo/generate';
import { TOWNSHIPS } from '../src/domain/ledger';
import { demoOfSize, demoWithHistory, recordCount } from './demo-size';

const AS_OF = '2026-01-31';
/** Evaluations are short: more runs than the browser figures, after a few warm-ups. */
const ENGINE_RUNS = 9;
const ENGINE_WARM_UPS = 3;

/** The median of a list of numbers. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Runs `fn` `warmUps` times (JIT), then `runs` times, and returns the median duration. */
async function timed(runs: number, fn: () => unknown, warmUps = 1): Promise<number> {
  for (let i = 0; i < warmUps; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  return median(times);
}

/** Engine and verify figures of one ledger size. */
export async function nodeFigures(
  target: number,
  runs: number,
  tmpDir: string,
): Promise<{
  records: number;
  engineYearMs: number;
  engineGrownYearMs: number;
  engineTermMs: number;
  verifyMs: number;
  archiveBytes: number;
}> {
  const data = demoOfSize(target);
  const termId = data.terms[0]!.id;
  // Each evaluation builds its own indexes from the records, so repeated runs measure the same work.
  const engineYearMs = await timed(
    ENGINE_RUNS,
    () => evaluate({ data, catalogue, selection: { kind: 'year', year: 2023 }, asOf: AS_OF }),
    ENGINE_WARM_UPS,
  );
  const engineTermMs = await timed(
    ENGINE_RUNS,
    () => evaluate({ data, catalogue, selection: { kind: 'term', termId }, asOf: AS_OF }),
    ENGINE_WARM_UPS,
  );
  // The grown ledger (demoWithHistory), with what the dashboard reads for 2023: dated records
  // within the year widened by the margin (src/storage/evaluation.ts), the small tables whole.
  const grown = demoWithHistory(target);
  const window = {
    start: addDays('2023-01-01', -EVALUATION_MARGIN_DAYS),
    end: addDays('2023-12-31', EVALUATION_MARGIN_DAYS),
  };
  const loaded = {
    ...grown,
    activities: grown.activities.filter((a) => isWithin(a.date, window)),
    suggestions: grown.suggestions.filter((s) => isWithin(s.submittedOn, window)),
  };
  const engineGrownYearMs = await timed(
    ENGINE_RUNS,
    () => evaluate({ data: loaded, catalogue, selection: { kind: 'year', year: 2023 }, asOf: AS_OF }),
    ENGINE_WARM_UPS,
  );
  const bytes = await writeArchive({
    data,
    settings: undefined,
    blobs: new Map(),
    catalogue,
    appVersion: 'bench',
    now: new Date(),
  });
  await mkdir(tmpDir, { recursive: true });
  const file = join(tmpDir, `archive-${target}.zip`);
  await writeFile(file, bytes);
  const quiet = { out: () => undefined, err: (text: string) => process.stderr.write(text) };
  const verifyMs = await timed(runs, async () => {
    if ((await main(['verify', file], quiet)) !== 0) throw new Error(`verify failed for ${file}`);
  });
  return {
    records: recordCount(data),
    engineYearMs,
    engineGrownYearMs,
    engineTermMs,
    verifyMs,
    archiveBytes: bytes.length,
  };
}

/**
 * The city: 18 townships, each a demo ledger of realistic size (the default, ~1,400 records),
 * each evaluated for 5 years — 90 evaluations, as the city's comparison runs them.
 */
export async function cityFigures(runs: number): Promise<{ townships: number; records: number; ms: number }> {
  const ledgers = TOWNSHIPS.slice(0, 18).map((t, i) => generateDemo({ townshipId: t.id, seed: 1000 + i }));
  const ms = await timed(Math.max(runs, 3), () => {
    for (const data of ledgers)
      for (let year = 2021; year <= 2025; year++)
        evaluate({ data, catalogue, selection: { kind: 'year', year }, asOf: AS_OF });
  });
  return {
    townships: ledgers.length,
    records: ledgers.reduce((sum, data) => sum + recordCount(data), 0),
    ms,
  };
}
export * from './memory';
