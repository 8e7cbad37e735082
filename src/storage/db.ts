// The ledger's IndexedDB database: one Dexie subclass, its tables, and every schema version it has
// ever shipped. This folder is the only code that imports Dexie (see docs/architecture.md).
import Dexie, { type EntityTable, type Table } from 'dexie';
import type { RecordOf, RecordTable, Settings } from '../domain/ledger';
import type { ChangeLogEntry } from '../domain/ledger/change-log';
import { changeLogMiddleware } from './change-log';
import { readCurrentUser } from './current-user';
import { LEDGER_DB_NAME } from './db-name';
import { keepPreUpgradeCopy } from './pre-upgrade';
import { readOnlyGuard } from './read-only-guard';
import { tabWriterLock } from './writer-lock';

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

export { LEDGER_DB_NAME };

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

/** The ledger database: one table per entry of `RECORD_TABLES`, plus settings, blobs and meta. */
export class LedgerDb extends Dexie {
  // `declare` so that class fields do not overwrite the tables Dexie attaches in `stores()`.
  declare readonly township: RecordTables['township'];
  declare readonly terms: RecordTables['terms'];
  declare readonly officers: RecordTables['officers'];
  declare readonly presidiumMembers: RecordTables['presidiumMembers'];
  declare readonly credentialsCommittees: RecordTables['credentialsCommittees'];
  declare readonly stations: RecordTables['stations'];
  declare readonly deputies: RecordTables['deputies'];
  declare readonly sessions: RecordTables['sessions'];
  declare readonly presidiumMeetings: RecordTables['presidiumMeetings'];
  declare readonly activities: RecordTables['activities'];
  declare readonly inspectionProblems: RecordTables['inspectionProblems'];
  declare readonly suggestions: RecordTables['suggestions'];
  declare readonly livelihoodProjects: RecordTables['livelihoodProjects'];
  declare readonly documents: RecordTables['documents'];
  declare readonly attachments: RecordTables['attachments'];
  declare readonly snapshots: RecordTables['snapshots'];
  /** The one settings row, key `settings`. */
  declare readonly settings: EntityTable<Settings, 'id'>;
  declare readonly blobs: EntityTable<StoredBlob, 'id'>;
  declare readonly meta: EntityTable<MetaEntry, 'key'>;
  /** The change log (修改记录): append-only, written by the change-log middleware only. */
  declare readonly changeLog: EntityTable<ChangeLogEntry, 'seq'>;

  constructor(name: string = LEDGER_DB_NAME) {
    // Strict durability: a write is reported done only once it is on disk, so a power cut right
    // after "已保存" cannot lose it (Chromium defaults to relaxed).
    super(name, { chromeTransactionDurability: 'strict' });
    // Dexie runs the upgrade function of every version above the stored one, oldest first, in one
    // transaction: the first of them keeps a copy of the ledger as it was (pre-upgrade.ts).
    let copied = false;
    for (const [index, { version, stores }] of LEDGER_SCHEMA.entries()) {
      const declared = this.version(version).stores(stores);
      const previous = LEDGER_SCHEMA[index - 1];
      if (previous)
        declared.upgrade(async (tx) => {
          if (copied) return;
          copied = true;
          await keepPreUpgradeCopy(tx, previous, STORAGE_SCHEMA_VERSION);
        });
    }
  }
}

/**
 * The table of a record table, for code generic over the table name. It is the very object of
 * `db.deputies` etc. (Dexie's `db.table(name)` returns a different one, which test spies miss).
 */
export function recordTable<T extends RecordTable>(db: LedgerDb, table: T): Table<RecordOf<T>, string> {
  // TypeScript cannot resolve LedgerDb[T] for a generic T; the declarations above give each
  // property exactly this type.
  return (db as unknown as Record<T, Table<RecordOf<T>, string>>)[table];
}

/**
 * Creates the ledger database; Dexie opens it (and upgrades it) on first use. Its writes are
 * refused while this tab is a reader of the ledger (writer-lock.ts, read-only-guard.ts), and
 * every write is recorded in the change log (change-log.ts).
 */
export function openLedgerDb(name: string = LEDGER_DB_NAME): LedgerDb {
  return new LedgerDb(name)
    .use(readOnlyGuard(() => tabWriterLock.canWrite()))
    .use(changeLogMiddleware({ user: () => readCurrentUser(name) }));
}
