// Demo ledgers of a given number of records, for the benchmark (bench/browser.ts, bench/node.ts).
// generateDemo's `scale` multiplies the activity records but not the fixed ones (the township,
// its deputies, the term), so the scale for a target size is found from two samples.
import { generateDemo, type DemoOptions } from '../src/domain/demo/generate';
import { RECORD_TABLES, type LedgerData, type RecordTable } from '../src/domain/ledger';

const TABLES = Object.keys(RECORD_TABLES) as RecordTable[];

/** Records of a ledger, over every table. */
export function recordCount(ledger: LedgerData): number {
  return TABLES.reduce((sum, table) => sum + ledger[table].length, 0);
}

/** A demo ledger of about `target` records (within a few per cent). */
export function demoOfSize(target: number, options: Omit<DemoOptions, 'scale'> = {}): LedgerData {
  const one = recordCount(generateDemo({ ...options, scale: 1 }));
  const four = recordCount(generateDemo({ ...options, scale: 4 }));
  const perScale = (four - one) / 3;
  const scale = Math.max(0.05, 1 + (target - one) / perScale);
  return generateDemo({ ...options, scale });
}
