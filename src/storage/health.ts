// Storage health: whether the browser keeps the ledger persistently, how much space it uses, the
// schema version, the last verified export and the reminder setting; and whether IndexedDB can be
// used at all in this window. The wording lives in src/domain/safety/.
import { type RecordTable, RECORD_TABLE_NAMES } from '../domain/ledger';
import type { IndexedDbDiagnosis, LedgerKind, PersistAnswer, SpaceEstimate } from '../domain/safety';
import { STORAGE_SCHEMA_VERSION, type LedgerDb } from './db';
import { getSettings } from './ledger';
import { preUpgradeCopy, type PreUpgradeCopy } from './pre-upgrade';

/** The part of `navigator.storage` used here (a test may pass another one). */
export interface StorageManagerLike {
  estimate?: () => Promise<{ usage?: number; quota?: number }>;
  persisted?: () => Promise<boolean>;
  persist?: () => Promise<boolean>;
}

/** The browser's storage manager, if it has one. */
function browserStorage(): StorageManagerLike | undefined {
  // eslint-disable-next-line compat/compat -- feature-detected: absent before Safari 15.2 and on plain HTTP
  return typeof navigator !== 'undefined' ? (navigator.storage as StorageManagerLike | undefined) : undefined;
}

/** What the browser says about this origin's storage (not live: read again after asking). */
export interface BrowserStorageState extends SpaceEstimate {
  /** Whether persistent storage is granted, as `persisted()` answers it. */
  persistence: PersistAnswer;
}

/** Reads persistence and space from the browser; anything it cannot tell stays undefined. */
export async function readBrowserStorage(
  storage: StorageManagerLike | undefined = browserStorage(),
): Promise<BrowserStorageState> {
  const persistence: PersistAnswer =
    typeof storage?.persisted === 'function'
      ? (await storage.persisted().catch(() => false))
        ? 'granted'
        : 'denied'
      : 'unsupported';
  const none: { usage?: number; quota?: number } = {};
  const estimate =
    typeof storage?.estimate === 'function' ? await storage.estimate().catch(() => none) : none;
  return { persistence, usage: estimate.usage, quota: estimate.quota };
}

/**
 * Asks the browser to keep the ledger persistently (`navigator.storage.persist()`) and returns its
 * honest answer: Chromium decides by itself (site engagement, bookmarks), Firefox asks the user.
 */
export async function requestPersistence(
  storage: StorageManagerLike | undefined = browserStorage(),
): Promise<PersistAnswer> {
  if (typeof storage?.persist !== 'function') return 'unsupported';
  try {
    return (await storage.persist()) ? 'granted' : 'denied';
  } catch {
    return 'denied';
  }
}

/** The ledger's side of its health: read from the database, so it can be a live query. */
export interface LedgerHealth {
  /** The Dexie schema version this site opens the database at. */
  schemaVersion: number;
  /** The last verified export, if there was one. */
  lastExport: { at: string; fileName: string } | undefined;
  /** The township's setting: remind after this many days without a verified export. */
  reminderDays: number;
  /** Whether the ledger is empty, the demo, or real records (only real records need backing up). */
  ledger: LedgerKind;
  /** The copy kept before the database was last upgraded, until it is restored or deleted. */
  preUpgrade: PreUpgradeCopy | undefined;
}

/**
 * The meta key under which `exportLedger` (archive/export.ts) records the last verified export. Read here
 * directly because archive/export.ts imports the archive format and with it JSZip, which ledger pages must
 * not load up front (bench/budgets.json); a unit test pins that both read the same.
 */
const LAST_VERIFIED_EXPORT = 'lastVerifiedExport';

/** What first-run setup writes: a ledger holding only these has nothing yet worth backing up. */
const SETUP_TABLES: ReadonlySet<RecordTable> = new Set([
  'township',
  'terms',
  'officers',
  'presidiumMembers',
  'credentialsCommittees',
]);

/** Whether any table beyond the setup's holds a record (a deputy, a meeting, a file …). */
async function hasRecordsToLose(db: LedgerDb): Promise<boolean> {
  for (const table of RECORD_TABLE_NAMES)
    if (!SETUP_TABLES.has(table) && (await db.table(table).limit(1).count()) > 0) return true;
  return false;
}

/** Reads the ledger's health from the database (use it in a live query to follow exports). */
export async function readLedgerHealth(db: LedgerDb): Promise<LedgerHealth> {
  const [entry, settings, township, preUpgrade] = await Promise.all([
    db.meta.get(LAST_VERIFIED_EXPORT),
    getSettings(db),
    db.township.toCollection().first(),
    preUpgradeCopy(db),
  ]);
  // Only records beyond the setup's need backing up (the reminder would otherwise nag a new ledger).
  const ledger: LedgerKind =
    township === undefined
      ? 'empty'
      : township.isDemo
        ? 'demo'
        : (await hasRecordsToLose(db))
          ? 'real'
          : 'empty';
  const value = entry?.value as { at?: unknown; fileName?: unknown } | undefined;
  const lastExport =
    typeof value?.at === 'string' && typeof value.fileName === 'string'
      ? { at: value.at, fileName: value.fileName }
      : undefined;
  return {
    schemaVersion: STORAGE_SCHEMA_VERSION,
    lastExport,
    reminderDays: settings.backupReminderDays,
    ledger,
    preUpgrade,
  };
}

/** The diagnosis of IndexedDB in this window, with the browser's error name when it refused. */
export interface IndexedDbCheck {
  diagnosis: IndexedDbDiagnosis;
  detail?: string;
}

/** A database name only this check uses; it is deleted again right after opening. */
const PROBE_DB = 'xiangxiang-ledger-probe';

/**
 * Whether IndexedDB can be used here: `missing` when the API does not exist (IE, 兼容模式),
 * `blocked` when opening a database throws, fails or does not answer within `timeoutMs` (private
 * windows of some browsers, storage disabled). Opens a throw-away probe database, not the ledger.
 */
export function checkIndexedDb(
  factory: IDBFactory | null | undefined = typeof indexedDB === 'undefined' ? undefined : indexedDB,
  timeoutMs = 5000,
): Promise<IndexedDbCheck> {
  if (factory === undefined || factory === null || typeof factory.open !== 'function')
    return Promise.resolve({ diagnosis: 'missing' });
  return new Promise((resolve) => {
    const errorName = (error: unknown) =>
      typeof error === 'object' && error !== null && 'name' in error ? String(error.name) : undefined;
    const blocked = (detail: string | undefined) =>
      resolve(detail === undefined ? { diagnosis: 'blocked' } : { diagnosis: 'blocked', detail });
    const timer = setTimeout(() => blocked('无响应'), timeoutMs);
    let request: IDBOpenDBRequest;
    try {
      request = factory.open(PROBE_DB);
    } catch (error) {
      clearTimeout(timer);
      blocked(errorName(error));
      return;
    }
    request.onsuccess = () => {
      clearTimeout(timer);
      request.result.close();
      try {
        factory.deleteDatabase(PROBE_DB);
      } catch {
        // The probe is empty; leaving it behind harms nothing.
      }
      resolve({ diagnosis: 'ok' });
    };
    request.onerror = (event) => {
      event.preventDefault();
      clearTimeout(timer);
      blocked(errorName(request.error));
    };
  });
}
