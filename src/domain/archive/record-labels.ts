// How the archive's copies, the import's dry run and the change log name a record: its date and
// its name or title, with the table's label.
import { RECORD_TABLES, type RecordTable } from '../ledger';

/** Fields that name a record, in order of preference. */
const LABEL_FIELDS = ['name', 'title', 'topic', 'subject', 'label', 'fileName', 'chairName'] as const;
/** Fields that date a record, in order of preference. */
const DATE_FIELDS = [
  'date',
  'startDate',
  'submittedOn',
  'adoptedOn',
  'votedOn',
  'from',
  'feedbackOn',
  'asOf',
];

/** A record's date, if it has one. */
export function recordDate(record: Record<string, unknown>): string | undefined {
  for (const field of DATE_FIELDS) if (typeof record[field] === 'string') return record[field] as string;
  return undefined;
}

/** A record's name for lists: its name or title, else its number, else the table's label. */
export function recordName(table: RecordTable, record: Record<string, unknown>): string {
  for (const field of LABEL_FIELDS)
    if (typeof record[field] === 'string' && record[field]) return record[field] as string;
  if (typeof record['number'] === 'number')
    return table === 'terms'
      ? `第${record['number']}届`
      : table === 'sessions'
        ? `第${record['number']}次会议`
        : `第${record['number']}号`;
  return RECORD_TABLES[table].label;
}

/** A short Chinese label of a record with its date, for the diff's conflicts. */
export function recordLabel(table: RecordTable, record: Record<string, unknown>): string {
  const date = recordDate(record);
  const name = recordName(table, record);
  return date ? `${name}（${date}）` : name;
}
