// Which record fields refer to records of other tables: checked on every archive read so that an
// archive never brings a reference to a record it does not hold.
import type { LedgerData, RecordTable } from '../ledger';

/** One reference: records of `from` name, in `field`, a record of `to` (or several, for arrays). */
export interface ReferenceRule {
  from: RecordTable;
  field: string;
  to: RecordTable;
  /** A list of ids (`deputyIds`) rather than one optional id. */
  many?: boolean;
}

/** Every reference between tables of the ledger (see docs/archive-format.md). */
export const REFERENCES: readonly ReferenceRule[] = [
  { from: 'deputies', field: 'stationId', to: 'stations' },
  { from: 'deputies', field: 'termId', to: 'terms' },
  { from: 'sessions', field: 'termId', to: 'terms' },
  { from: 'presidiumMembers', field: 'termId', to: 'terms' },
  { from: 'credentialsCommittees', field: 'termId', to: 'terms' },
  { from: 'credentialsCommittees', field: 'approvedSessionId', to: 'sessions' },
  { from: 'activities', field: 'deputyIds', to: 'deputies', many: true },
  { from: 'activities', field: 'stationId', to: 'stations' },
  { from: 'activities', field: 'linkedActivityIds', to: 'activities', many: true },
  { from: 'activities', field: 'projectId', to: 'livelihoodProjects' },
  { from: 'inspectionProblems', field: 'inspectionId', to: 'activities' },
  { from: 'suggestions', field: 'proposerIds', to: 'deputies', many: true },
  { from: 'suggestions', field: 'sessionId', to: 'sessions' },
  { from: 'suggestions', field: 'projectId', to: 'livelihoodProjects' },
  { from: 'livelihoodProjects', field: 'sessionId', to: 'sessions' },
  { from: 'livelihoodProjects', field: 'suggestionId', to: 'suggestions' },
  { from: 'documents', field: 'termId', to: 'terms' },
  { from: 'documents', field: 'stationId', to: 'stations' },
  { from: 'documents', field: 'sessionId', to: 'sessions' },
];

/** A reference to a record the ledger does not hold. */
export interface MissingReference {
  table: RecordTable;
  id: string;
  field: string;
  target: RecordTable;
  missingId: string;
}

/** The first reference (of {@link REFERENCES} and attachments' owners) to a missing record, if any. */
export function findMissingReference(data: LedgerData): MissingReference | undefined {
  const ids = new Map<RecordTable, Set<string>>();
  const idsOf = (table: RecordTable) => {
    let set = ids.get(table);
    if (!set) ids.set(table, (set = new Set(data[table].map((r) => r.id))));
    return set;
  };
  for (const rule of REFERENCES)
    for (const record of data[rule.from] as unknown as Record<string, unknown>[]) {
      const value = record[rule.field];
      const targets = rule.many ? (Array.isArray(value) ? value : []) : value === undefined ? [] : [value];
      for (const target of targets)
        if (typeof target !== 'string' || !idsOf(rule.to).has(target))
          return {
            table: rule.from,
            id: String(record['id']),
            field: rule.field,
            target: rule.to,
            missingId: String(target),
          };
    }
  for (const a of data.attachments)
    if (!idsOf(a.ownerTable).has(a.ownerId))
      return { table: 'attachments', id: a.id, field: 'ownerId', target: a.ownerTable, missingId: a.ownerId };
  return undefined;
}
