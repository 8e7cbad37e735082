// Readable Chinese labels for the archive pages: a record by its name, title, topic or date; a
// date-time as staff write it; the counts of an archive by table.
import {
  ACTIVITY_KINDS,
  DOCUMENT_KINDS,
  OFFICER_ROLES,
  RECORD_TABLES,
  type LedgerData,
  type RecordTable,
  RECORD_TABLE_NAMES,
} from '../../../domain/ledger';

/** The record tables in archive order. */
export const TABLE_NAMES = RECORD_TABLE_NAMES;

/** The Chinese label of a table (`代表名册`); an unknown table name is shown as it is. */
export const tableLabel = (table: string): string =>
  table in RECORD_TABLES ? RECORD_TABLES[table as RecordTable].label : table;

/** A field of a record when it is a non-empty string or a number. */
function field(record: Record<string, unknown>, name: string): string | undefined {
  const value = record[name];
  if (typeof value === 'number') return String(value);
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

/** The Chinese label of a key in a label map (`lawInspection` → `执法检查`), else the key. */
function labelOf(map: Record<string, string>, key: string | undefined): string | undefined {
  return key === undefined ? undefined : (map[key] ?? key);
}

/**
 * A short readable label for one record, for the import's lists: its name, title or topic, with
 * the date or kind that tells similar records apart (`2025-03-12 执法检查：道路交通安全法`,
 * `第七届第三次会议`, `人大主席 李建国`). Falls back to the record's id.
 */
export function recordLabel(table: RecordTable, record: Record<string, unknown>): string {
  const join = (...parts: (string | undefined)[]) => parts.filter(Boolean).join(' ');
  switch (table) {
    case 'township':
      return field(record, 'name') ?? record.id + '';
    case 'terms':
      return `第${field(record, 'number') ?? '?'}届（${field(record, 'startDate') ?? ''}起）`;
    case 'officers':
      return join(
        labelOf(OFFICER_ROLES, field(record, 'role')),
        field(record, 'name'),
        field(record, 'from'),
      );
    case 'sessions':
      return join(`第${field(record, 'number') ?? '?'}次会议`, field(record, 'startDate'));
    case 'presidiumMeetings':
      return join('主席团会议', field(record, 'date'), field(record, 'subject'));
    case 'activities': {
      const kind = labelOf(ACTIVITY_KINDS, field(record, 'kind'));
      const topic = field(record, 'topic');
      return join(field(record, 'date'), topic ? `${kind}：${topic}` : kind);
    }
    case 'inspectionProblems':
      return join(field(record, 'feedbackOn'), field(record, 'description'));
    case 'suggestions':
      return join(field(record, 'number'), field(record, 'title'));
    case 'livelihoodProjects':
      return join(field(record, 'year') && `${field(record, 'year')}年`, field(record, 'title'));
    case 'documents':
      return join(
        field(record, 'adoptedOn'),
        labelOf(DOCUMENT_KINDS, field(record, 'kind')),
        field(record, 'title'),
      );
    case 'attachments':
      return field(record, 'fileName') ?? String(record.id);
    case 'snapshots':
      return join(field(record, 'label'), field(record, 'asOf') && `截至${field(record, 'asOf')}`);
    default: {
      const label = field(record, 'name') ?? field(record, 'title') ?? field(record, 'topic');
      return join(label, field(record, 'date') ?? field(record, 'from')) || String(record.id);
    }
  }
}

/** Labels of the records of a table with the given ids, in the order given (unknown ids by id). */
export function labelsOf(data: LedgerData, table: RecordTable, ids: readonly string[]): string[] {
  const byId = new Map<string, Record<string, unknown>>(
    (data[table] as readonly Record<string, unknown>[]).map((r) => [String(r.id), r]),
  );
  return ids.map((id) => {
    const record = byId.get(id);
    return record ? recordLabel(table, record) : id;
  });
}

/** An ISO date-time as written in the office, in the browser's time zone: `2026年11月28日 15:02`. */
export function formatDateTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}年${date.getMonth() + 1}月${date.getDate()}日 ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** An ISO date (`2026-11-28`, or the date part of a date-time) as `2026年11月28日`. */
export function formatDate(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return match ? `${match[1]}年${Number(match[2])}月${Number(match[3])}日` : iso;
}

/** Counts of an archive as one line, tables with records only: `代表名册 42 条，活动 310 条`. */
export function countsLine(counts: Readonly<Record<string, number>>): string {
  const parts = TABLE_NAMES.filter((t) => (counts[t] ?? 0) > 0).map(
    (t) => `${tableLabel(t)} ${counts[t]} 条`,
  );
  return parts.length > 0 ? parts.join('，') : '没有记录';
}
