// Demo ledgers of a given number of records, for the benchmark (bench/browser.ts, bench/node.ts).
// generateDemo's `scale` multiplies the activity records but not the fixed ones (the township,
// its deputies, the term), so the scale for a target size is found from two samples.
import { generateDemo, type DemoOptions } from '../src/domain/demo/generate';
import { type LedgerData, RECORD_TABLE_NAMES } from '../src/domain/ledger';

const TABLES = RECORD_TABLE_NAMES;

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

/** A UUID from a counter (deterministic, valid for the ledger's id schema). */
const counterId = (n: number) => `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;

/** An ISO date moved back by whole years; multiples of 4 keep 29 February valid (2000–2099). */
const yearsEarlier = (date: string, years: number) => `${Number(date.slice(0, 4)) - years}${date.slice(4)}`;

/**
 * A ledger of about `target` records that grew over time instead of in density: the demo of
 * about 1,000 records (2021–2025) as the recent term, and copies of its activities in earlier
 * years (2001–2017) making up the rest. The recent years hold as many records as in a small
 * ledger, so what a page shows of them should take as long as with 1,000 records.
 */
export function demoWithHistory(target: number): LedgerData {
  const recent = demoOfSize(1000);
  const missing = Math.max(0, target - recordCount(recent));
  const history: LedgerData['activities'] = [];
  const shifts = [8, 12, 16, 20];
  for (let i = 0; history.length < missing; i++) {
    const activity = recent.activities[i % recent.activities.length]!;
    const shift = shifts[Math.floor(i / recent.activities.length) % shifts.length]!;
    history.push({ ...activity, id: counterId(i + 1), date: yearsEarlier(activity.date, shift) });
  }
  return { ...recent, activities: [...history, ...recent.activities] };
}
