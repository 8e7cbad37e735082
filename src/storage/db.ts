// The ledger's IndexedDB database: the Dexie subclass over the schema of schema.ts, the upgrade
// that keeps a copy of the ledger first, and the hooks every write passes (the writer lock's
// guard, the change log). This folder is the only code that imports Dexie (docs/architecture.md).
import Dexie, { type EntityTable } from 'dexie';
import type { Settings } from '../domain/ledger';
import type { ChangeLogEntry } from '../domain/ledger/change-log';
import { changeLogMiddleware } from './change-log';
import { readCurrentUser } from './current-user';
import { LEDGER_DB_NAME } from './db-name';
import { keepPreUpgradeCopy } from './pre-upgrade';
import { readOnlyGuard } from './read-only-guard';
import {
  LEDGER_SCHEMA,
  STORAGE_SCHEMA_VERSION,
  type RecordTables,
  type MetaEntry,
  type StoredBlob,
} from './schema';
import { tabWriterLock } from './writer-lock';

export * from './schema';

export { LEDGER_DB_NAME };

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
 * Creates the ledger database; Dexie opens it (and upgrades it) on first use. Its writes are
 * refused while this tab is a reader of the ledger (writer-lock.ts, read-only-guard.ts), and
 * every write is recorded in the change log (change-log.ts).
 */
export function openLedgerDb(name: string = LEDGER_DB_NAME): LedgerDb {
  return new LedgerDb(name)
    .use(readOnlyGuard(() => tabWriterLock.canWrite()))
    .use(changeLogMiddleware({ user: () => readCurrentUser(name) }));
}
