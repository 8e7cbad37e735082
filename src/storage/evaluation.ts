// What the compliance engine reads for one period, in one read transaction: the small tables
// whole, and the large ones (activities, suggestions, problems) only around the period through
// their date indexes, so a dashboard stays quick when the ledger holds 100,000 records.
import { addDays, type DateRange } from '../domain/dates';
import type { LedgerData, RecordTable } from '../domain/ledger';
import type { LedgerDb } from './db';
import { recordTable } from './schema';
import { RECORD_TABLE_NAMES } from './ledger';

/** Tables read by date around the period; the rest are read whole (they stay small). */
const DATED_TABLES = {
  activities: 'date',
  suggestions: 'submittedOn',
} as const satisfies Partial<Record<RecordTable, string>>;

/** Tables the engine never reads. */
const SKIPPED_TABLES: readonly RecordTable[] = ['attachments', 'snapshots'];

/**
 * How far before and after the period dated records are read: the engine looks back to the
 * previous year's last presidium meeting and 90-day windows, and forward to the next year's first
 * session; suggestions of the period may be answered months later.
 */
export const EVALUATION_MARGIN_DAYS = 400;

/**
 * The records the engine needs to evaluate `range`: every record of the small tables; activities
 * and suggestions dated within the range widened by {@link EVALUATION_MARGIN_DAYS}; inspection
 * problems of those inspections. Tables the engine does not read come back empty.
 */
export async function loadForEvaluation(db: LedgerDb, range: DateRange): Promise<LedgerData> {
  const from = addDays(range.start, -EVALUATION_MARGIN_DAYS);
  const to = addDays(range.end, EVALUATION_MARGIN_DAYS);
  const tables = RECORD_TABLE_NAMES.map((t) => recordTable(db, t));
  return db.transaction('r', tables, async () => {
    const data = {} as Record<RecordTable, unknown[]>;
    for (const table of RECORD_TABLE_NAMES) {
      if (SKIPPED_TABLES.includes(table) || table === 'inspectionProblems') data[table] = [];
      else if (table in DATED_TABLES)
        data[table] = await recordTable(db, table)
          .where(DATED_TABLES[table as keyof typeof DATED_TABLES])
          .between(from, to, true, true)
          .toArray();
      else data[table] = await recordTable(db, table).toArray();
    }
    const inspectionIds = (data.activities as LedgerData['activities'])
      .filter((a) => a.kind === 'lawInspection')
      .map((a) => a.id);
    data.inspectionProblems = await db.inspectionProblems
      .where('inspectionId')
      .anyOf(inspectionIds)
      .toArray();
    return data as LedgerData;
  });
}
