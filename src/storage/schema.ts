// The ledger database's schema: every version it has ever shipped, its row types, and typed
// access to a record table. A leaf of the storage layer: it imports no other storage module, so
// the modules that read and write tables (ledger.ts, repository.ts, attachments.ts …) can import
// it without a cycle through the database's opening and hooks (db.ts).
import type { EntityTable, Table } from 'dexie';
import type { RecordOf, RecordTable } from '../domain/ledger';
import type { LedgerDb } from './db';

/** One shipped version of the database: Dexie's `stores()` argument, kept as data for the snapshot test. */
export interface SchemaVersion {
  /** Dexie version number; strictly increasing, never edited once shipped. */
  readonly version: number;
  /** Table name → Dexie index spec (primary key first). Every version lists every table in full. */
  readonly stores: Readonly<Record<string, string>>;
}

/** The tables that are not record tables. */
export type SupportTable = 'settings' | 'blobs' | 'meta' | 'changeLog';

/**
 * Every version of the schema, oldest first. To change the schema, APPEND a version that repeats
 * every table and index of the one before and adds what is new; never edit a shipped entry. The
 * schema-snapshot test (`__tests__/schema.test.ts`) fails on any other change.
 *
 * Why these indexes: lists are paged and sorted by their date field; the compliance engine reads
 * records of a kind in a period (`[kind+date]`); a deputy's duty file reads activities by
 * `*deputyIds` and suggestions by `*proposerIds` (multi-entry: one index entry per deputy); detail
 * pages read children by their foreign key; `updatedAt` everywhere serves "recently changed" and
 * the archive diff.
 */
export const LEDGER_SCHEMA = [
  {
    version: 1,
    stores: {
      township: 'id, townshipId, updatedAt',
      terms: 'id, number, startDate, updatedAt',
      officers: 'id, role, from, [role+from], deputyId, updatedAt',
      presidiumMembers: 'id, termId, from, deputyId, updatedAt',
      credentialsCommittees: 'id, termId, approvedSessionId, updatedAt',
      stations: 'id, name, updatedAt',
      deputies: 'id, name, stationId, termId, status, [status+name], serviceFrom, *levels, updatedAt',
      sessions: 'id, termId, startDate, [termId+number], updatedAt',
      presidiumMeetings: 'id, date, updatedAt',
      activities: 'id, kind, date, [kind+date], stationId, projectId, *deputyIds, updatedAt',
      inspectionProblems: 'id, inspectionId, feedbackOn, updatedAt',
      suggestions: 'id, number, submittedOn, sessionId, projectId, *proposerIds, updatedAt',
      livelihoodProjects: 'id, year, sessionId, suggestionId, votedOn, updatedAt',
      documents: 'id, kind, adoptedOn, [kind+adoptedOn], year, termId, stationId, sessionId, updatedAt',
      attachments: 'id, ownerId, [ownerTable+ownerId], sha256, updatedAt',
      settings: 'id',
      blobs: 'id',
      meta: 'key',
    },
  },
  {
    // 2: frozen compliance results of closed periods (考评快照).
    version: 2,
    stores: {
      township: 'id, townshipId, updatedAt',
      terms: 'id, number, startDate, updatedAt',
      officers: 'id, role, from, [role+from], deputyId, updatedAt',
      presidiumMembers: 'id, termId, from, deputyId, updatedAt',
      credentialsCommittees: 'id, termId, approvedSessionId, updatedAt',
      stations: 'id, name, updatedAt',
      deputies: 'id, name, stationId, termId, status, [status+name], serviceFrom, *levels, updatedAt',
      sessions: 'id, termId, startDate, [termId+number], updatedAt',
      presidiumMeetings: 'id, date, updatedAt',
      activities: 'id, kind, date, [kind+date], stationId, projectId, *deputyIds, updatedAt',
      inspectionProblems: 'id, inspectionId, feedbackOn, updatedAt',
      suggestions: 'id, number, submittedOn, sessionId, projectId, *proposerIds, updatedAt',
      livelihoodProjects: 'id, year, sessionId, suggestionId, votedOn, updatedAt',
      documents: 'id, kind, adoptedOn, [kind+adoptedOn], year, termId, stationId, sessionId, updatedAt',
      attachments: 'id, ownerId, [ownerTable+ownerId], sha256, updatedAt',
      snapshots: 'id, periodKey, asOf, updatedAt',
      settings: 'id',
      blobs: 'id',
      meta: 'key',
    } satisfies Record<RecordTable | Exclude<SupportTable, 'changeLog'>, string>,
  },
  {
    // 3: the change log (修改记录), append-only and hash-chained (src/storage/change-log.ts).
    version: 3,
    stores: {
      township: 'id, townshipId, updatedAt',
      terms: 'id, number, startDate, updatedAt',
      officers: 'id, role, from, [role+from], deputyId, updatedAt',
      presidiumMembers: 'id, termId, from, deputyId, updatedAt',
      credentialsCommittees: 'id, termId, approvedSessionId, updatedAt',
      stations: 'id, name, updatedAt',
      deputies: 'id, name, stationId, termId, status, [status+name], serviceFrom, *levels, updatedAt',
      sessions: 'id, termId, startDate, [termId+number], updatedAt',
      presidiumMeetings: 'id, date, updatedAt',
      activities: 'id, kind, date, [kind+date], stationId, projectId, *deputyIds, updatedAt',
      inspectionProblems: 'id, inspectionId, feedbackOn, updatedAt',
      suggestions: 'id, number, submittedOn, sessionId, projectId, *proposerIds, updatedAt',
      livelihoodProjects: 'id, year, sessionId, suggestionId, votedOn, updatedAt',
      documents: 'id, kind, adoptedOn, [kind+adoptedOn], year, termId, stationId, sessionId, updatedAt',
      attachments: 'id, ownerId, [ownerTable+ownerId], sha256, updatedAt',
      snapshots: 'id, periodKey, asOf, updatedAt',
      settings: 'id',
      blobs: 'id',
      meta: 'key',
      changeLog: '++seq, at, table, recordId',
    } satisfies Record<RecordTable | SupportTable, string>,
  },
] as const satisfies readonly SchemaVersion[];

/** The version the app opens the database at: the last one of {@link LEDGER_SCHEMA}. */
export const STORAGE_SCHEMA_VERSION: number = LEDGER_SCHEMA[LEDGER_SCHEMA.length - 1]!.version;

/** An attachment's bytes, stored apart from its description so lists never load files. */
export interface StoredBlob {
  /** The attachment record's id. */
  id: string;
  blob: Blob;
}

/** A key/value row of bookkeeping that is not a record: `lastVerifiedExport`, schema snapshots. */
export interface MetaEntry {
  key: string;
  value: unknown;
}

/** Each record table, typed by its zod schema's output. */
export type RecordTables = { [T in RecordTable]: EntityTable<RecordOf<T>, 'id'> };

/**
 * The table of a record table, for code generic over the table name. It is the very object of
 * `db.deputies` etc. (Dexie's `db.table(name)` returns a different one, which test spies miss).
 */
export function recordTable<T extends RecordTable>(db: LedgerDb, table: T): Table<RecordOf<T>, string> {
  // TypeScript cannot resolve LedgerDb[T] for a generic T; the declarations above give each
  // property exactly this type.
  return (db as unknown as Record<T, Table<RecordOf<T>, string>>)[table];
}
