// The change log (修改记录) at the storage layer: a Dexie DBCore middleware that appends one entry
// per write to the `changeLog` table, in the SAME transaction as the write, so every path that
// writes (repositories, whole-ledger loads, attachments, settings, imports) is logged without any
// call site knowing, and a write that rolls back leaves no entry. Entries and the hash chain are
// defined in src/domain/ledger/change-log.ts.
//
// The rule for bulk writes (documented in docs/data-model.md): a transaction marked by
// `markBulkWrite` (replaceAll → 'import', clearAll → 'clear'), a request of more than
// BULK_THRESHOLD records, and a table clear (deleteRange over more than BULK_THRESHOLD records)
// are logged as ONE summary entry per table and transaction (recordId `*`, with the count, the
// records removed and a hash over the ids written) instead of one entry per record, so loading
// 100,000 records stays fast.
import Dexie, {
  type DBCore,
  type DBCoreKeyRange,
  type DBCoreMutateRequest,
  type DBCoreMutateResponse,
  type DBCoreTable,
  type DBCoreTransaction,
  type Middleware,
} from 'dexie';
import { recordLabel } from '../domain/archive/record-labels';
import { RECORD_TABLES, type RecordTable, RECORD_TABLE_NAMES } from '../domain/ledger';
import {
  GENESIS_HASH,
  recordHash,
  sealEntry,
  WHOLE_TABLE,
  type ChangeAction,
  type ChangeLogEntry,
  type UnhashedEntry,
} from '../domain/ledger/change-log';
import { Sha256 } from '../domain/utils/sha256';
import type { LedgerDb } from './db';

/** The table of the log. */
export const CHANGE_LOG_TABLE = 'changeLog';

/** Requests of more records than this are logged as one summary entry per table. */
export const BULK_THRESHOLD = 50;

/** The longest record label an entry keeps. */
const MAX_LABEL = 80;

/** How many of a transaction's entries may follow a summary entry for it still to be updated in place. */
const MAX_REWRITE = 100;

/** The tables whose writes are logged: every record table and the settings row (not blobs or meta). */
const LOGGED = new Set<string>([...RECORD_TABLE_NAMES, 'settings']);

/** The error of a write to the change log from outside this middleware: the log is append-only. */
export class AppendOnlyError extends Error {
  override readonly name = 'AppendOnlyError';
  constructor() {
    super('修改记录只能由台账自动追加，不能修改或删除。');
  }
}

/** Transactions marked as whole-ledger loads or clears, by their DBCore transaction. */
const bulkMarks = new WeakMap<object, 'import' | 'clear'>();

/**
 * Marks the current Dexie transaction as a whole-ledger load (`import`) or clear (`clear`): its
 * record-table writes are logged as one summary entry per table. Call inside `db.transaction(...)`.
 */
export function markBulkWrite(action: 'import' | 'clear'): void {
  const trans = Dexie.currentTransaction?.idbtrans;
  if (trans) bulkMarks.set(trans, action);
}

/** A summary entry being built within one transaction. */
interface Summary {
  /** Its position in {@link TxState.entries}. */
  index: number;
  /** Running hash over the ids written. */
  ids: Sha256;
  written: number;
}

/** What the middleware keeps per transaction while it runs. */
interface TxState {
  /** The entry before this transaction's first one. */
  start: { seq: number; hash: string };
  /** The user name from settings, as of the transaction's start (or its last settings write). */
  user: string;
  /** The entries this transaction appended, in order: always the tip of the chain. */
  entries: ChangeLogEntry[];
  summaries: Map<string, Summary>;
  /** Logged writes of one transaction run one after another, so each sees the one before. */
  queue: Promise<unknown>;
}

const ANY_RANGE: DBCoreKeyRange = {
  type: 3,
  lower: -Infinity,
  upper: [[]],
  lowerOpen: false,
  upperOpen: false,
};
const equalRange = (key: unknown): DBCoreKeyRange => ({ type: 1, lower: key, upper: key });

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A short label of a record for the log. */
function labelOf(table: string, record: unknown): string | undefined {
  if (table === 'settings') return '设置';
  if (!isObject(record) || !(table in RECORD_TABLES)) return undefined;
  const label = recordLabel(table as RecordTable, record);
  return label.length > MAX_LABEL ? `${label.slice(0, MAX_LABEL - 1)}…` : label;
}

/** Options of the middleware. */
export interface ChangeLogOptions {
  /** The clock for `at`; defaults to the system clock. */
  now?: () => Date;
  /**
   * The name of who is writing (this browser's 当前使用者, current-user.ts), read at each
   * transaction's start; when it gives '' the user name in settings is used instead.
   */
  user?: () => string;
}

/** The middleware; `openLedgerDb` registers it. */
export function changeLogMiddleware(options: ChangeLogOptions = {}): Middleware<DBCore> {
  const now = options.now ?? (() => new Date());
  return {
    stack: 'dbcore',
    name: 'changeLog',
    create(down) {
      if (!down.schema.tables.some((t) => t.name === CHANGE_LOG_TABLE)) return down;
      const core: LogCore = { down, log: down.table(CHANGE_LOG_TABLE), now, options, states: new WeakMap() };
      return loggingDbCore(core);
    },
  };
}

/** What the middleware's steps share: the DBCore below, its log table, the clock and the options. */
interface LogCore {
  down: DBCore;
  log: DBCoreTable;
  now: () => Date;
  options: ChangeLogOptions;
  /** The state of each transaction that has written, made at its first logged write. */
  states: WeakMap<DBCoreTransaction, Promise<TxState>>;
}

/** The DBCore seen from above: transactions widened to the log, logged tables' writes logged. */
function loggingDbCore(core: LogCore): DBCore {
  const { down } = core;
  return {
    ...down,
    transaction(stores, mode, options) {
      // A read-write transaction over a logged table also takes the log (to append to it) and
      // the settings (for the user name), so the entry commits or rolls back with the write.
      const widen = mode === 'readwrite' && stores.some((s) => LOGGED.has(s));
      const extra = widen ? [CHANGE_LOG_TABLE, 'settings'].filter((s) => !stores.includes(s)) : [];
      return down.transaction(extra.length > 0 ? [...stores, ...extra] : stores, mode, options);
    },
    table(name) {
      const table = down.table(name);
      if (name === CHANGE_LOG_TABLE) return { ...table, mutate: () => Promise.reject(new AppendOnlyError()) };
      if (!LOGGED.has(name)) return table;
      return { ...table, mutate: (req) => loggedMutate(core, table, req) };
    },
  };
}

/** A transaction's state at its first logged write: the chain's tip and the user name. */
async function initState(core: LogCore, trans: DBCoreTransaction): Promise<TxState> {
  const { down, log, options } = core;
  const last = await log.query({
    trans,
    query: { index: log.schema.primaryKey, range: ANY_RANGE },
    values: true,
    limit: 1,
    direction: 'prev',
  });
  const tip = last.result[0] as ChangeLogEntry | undefined;
  const settings: unknown = await down.table('settings').get({ trans, key: 'settings' });
  return {
    start: tip ? { seq: tip.seq, hash: tip.hash } : { seq: 0, hash: GENESIS_HASH },
    user:
      options.user?.() ||
      (isObject(settings) && typeof settings['userName'] === 'string' ? settings['userName'] : ''),
    entries: [],
    summaries: new Map(),
    queue: Promise.resolve(),
  };
}

/** The state of a transaction, made at its first logged write. */
function stateOf(core: LogCore, trans: DBCoreTransaction): Promise<TxState> {
  const { states } = core;
  let state = states.get(trans);
  if (!state) {
    state = initState(core, trans);
    states.set(trans, state);
  }
  return state;
}

/** Seals the entries from `from` on (each linked to the one before) and writes them. */
async function writeFrom(
  { log }: LogCore,
  trans: DBCoreTransaction,
  state: TxState,
  from: number,
  type: 'add' | 'put',
) {
  for (let i = from; i < state.entries.length; i++) {
    const before = i === 0 ? state.start : state.entries[i - 1]!;
    const { hash: _old, ...entry } = state.entries[i]!;
    state.entries[i] = sealEntry({ ...entry, seq: before.seq + 1, prev: before.hash });
  }
  const values = state.entries.slice(from);
  if (values.length === 0) return;
  const res = await log.mutate({ trans, type, values });
  if (res.numFailures > 0) throw Object.values(res.failures)[0] ?? new Error('change log write failed');
}

/** Appends per-record entries. */
async function append(core: LogCore, trans: DBCoreTransaction, state: TxState, entries: UnhashedEntry[]) {
  const from = state.entries.length;
  // seq, prev and hash are set by writeFrom.
  state.entries.push(...entries.map((e) => e as ChangeLogEntry));
  await writeFrom(core, trans, state, from, 'add');
}

/** Adds a bulk write to the table's summary entry of this transaction (or starts one). */
async function summarise(
  core: LogCore,
  table: DBCoreTable,
  trans: DBCoreTransaction,
  state: TxState,
  change: { mark: 'import' | 'clear' | undefined; removed: number; ids: readonly unknown[] },
) {
  const { now } = core;
  const count = await table.count({
    trans,
    query: { index: table.schema.primaryKey, range: ANY_RANGE },
  });
  let summary = state.summaries.get(table.name);
  if (summary && state.entries.length - summary.index > MAX_REWRITE) summary = undefined;
  const isNew = !summary;
  summary ??= { index: state.entries.length, ids: new Sha256(), written: 0 };
  for (const id of change.ids) summary.ids.update(`${String(id)}\n`);
  summary.written += change.ids.length;
  const previous = isNew ? undefined : state.entries[summary.index]!;
  const entry: UnhashedEntry = {
    seq: 0,
    at: now().toISOString(),
    table: table.name,
    recordId: WHOLE_TABLE,
    // An unmarked summary is an import once anything was written, a clear otherwise.
    action: change.mark ?? (summary.written > 0 ? 'import' : 'clear'),
    user: state.user,
    count,
    removed: (previous?.removed ?? 0) + change.removed,
    ...(summary.written > 0 ? { ids: summary.ids.hex() } : {}),
    prev: GENESIS_HASH,
  };
  if (entry.count === 0 && entry.removed === 0 && summary.written === 0) return;
  state.summaries.set(table.name, summary);
  if (isNew) state.entries.push(entry as ChangeLogEntry);
  else state.entries[summary.index] = entry as ChangeLogEntry;
  await writeFrom(core, trans, state, summary.index, isNew ? 'add' : 'put');
}

/** One entry of a per-record write, or undefined when the record did not change. */
async function recordEntry(
  { log, now }: LogCore,
  trans: DBCoreTransaction,
  state: TxState,
  tableName: string,
  key: unknown,
  before: unknown,
  after: unknown,
): Promise<UnhashedEntry | undefined> {
  const beforeHash = before === undefined ? undefined : recordHash(before);
  const afterHash = after === undefined ? undefined : recordHash(after);
  if (beforeHash === afterHash) return undefined;
  let action: ChangeAction = after === undefined ? 'delete' : before === undefined ? 'create' : 'update';
  if (action === 'create') {
    // A record that comes back under the id it was deleted with is restored (撤销删除).
    const last = await log.query({
      trans,
      query: { index: log.schema.getIndexByKeyPath('recordId')!, range: equalRange(key) },
      values: true,
      limit: 1,
      direction: 'prev',
    });
    if ((last.result[0] as ChangeLogEntry | undefined)?.action === 'delete') action = 'restore';
  }
  const label = labelOf(tableName, after ?? before);
  return {
    seq: 0,
    at: now().toISOString(),
    table: tableName,
    recordId: String(key),
    action,
    user: state.user,
    ...(label ? { label } : {}),
    ...(beforeHash ? { before: beforeHash } : {}),
    ...(afterHash ? { after: afterHash } : {}),
    prev: GENESIS_HASH,
  };
}

/** A logged table's mutate: the write, then its entries, one transaction-ordered step. */
async function loggedMutate(
  core: LogCore,
  table: DBCoreTable,
  req: DBCoreMutateRequest,
): Promise<DBCoreMutateResponse> {
  const { trans } = req;
  const state = await stateOf(core, trans);
  const step = state.queue.then(async () => {
    const mark = table.name === 'settings' ? undefined : bulkMarks.get(trans);
    if (req.type === 'deleteRange') {
      const count = await table.count({
        trans,
        query: { index: table.schema.primaryKey, range: req.range },
      });
      if (mark || count > BULK_THRESHOLD) {
        const res = await table.mutate(req);
        await summarise(core, table, trans, state, { mark, removed: count, ids: [] });
        return res;
      }
      const found = await table.query({
        trans,
        query: { index: table.schema.primaryKey, range: req.range },
        values: true,
      });
      const keys = found.result.map((v) => table.schema.primaryKey.extractKey!(v));
      return perRecord(core, table, state, { type: 'delete', trans, keys }, keys, found.result);
    }
    const keys =
      req.type === 'delete'
        ? req.keys
        : (req.keys ?? req.values.map((v) => table.schema.primaryKey.extractKey!(v)));
    if (mark || keys.length > BULK_THRESHOLD) {
      const res = await table.mutate(req);
      const ok = keys.filter((_, i) => !(i in res.failures));
      await summarise(core, table, trans, state, {
        mark,
        removed: req.type === 'delete' ? ok.length : 0,
        ids: req.type === 'delete' ? [] : ok,
      });
      return res;
    }
    const before = await table.getMany({ trans, keys });
    return perRecord(core, table, state, req, keys, before);
  });

  // The next logged write of this transaction waits for this one, failed or not.
  state.queue = step.catch(() => undefined);
  return step;
}

/** A per-record write: the write, then one entry for each record that changed. */
async function perRecord(
  core: LogCore,
  table: DBCoreTable,
  state: TxState,
  request: DBCoreMutateRequest,
  keys: readonly unknown[],
  before: readonly unknown[],
): Promise<DBCoreMutateResponse> {
  const { options } = core;
  const { trans } = request;
  const res = await table.mutate(request);
  const after =
    request.type === 'delete' || request.type === 'deleteRange'
      ? keys.map(() => undefined)
      : request.values.length === keys.length
        ? request.values
        : await table.getMany({ trans, keys: [...keys] });
  const entries: UnhashedEntry[] = [];
  for (const [i, key] of keys.entries()) {
    if (i in res.failures) continue;
    const entry = await recordEntry(core, trans, state, table.name, key, before[i], after[i]);
    if (entry) entries.push(entry);
    if (
      !options.user?.() &&
      table.name === 'settings' &&
      isObject(after[i]) &&
      typeof after[i]['userName'] === 'string'
    )
      state.user = after[i]['userName'];
  }
  await append(core, trans, state, entries);
  return res;
}

/** One page of the log, newest first, optionally of one table. */
export interface ChangeLogQuery {
  table?: string;
  offset: number;
  limit: number;
}

/** A page of entries, newest first, with the number of entries the query matches. */
export async function changeLogPage(
  db: LedgerDb,
  query: ChangeLogQuery,
): Promise<{ rows: ChangeLogEntry[]; total: number }> {
  return db.transaction('r', db.changeLog, async () => {
    const collection = () =>
      query.table ? db.changeLog.where('table').equals(query.table) : db.changeLog.toCollection();
    const total = await collection().count();
    const rows = await collection()
      .reverse()
      .offset(Math.max(0, query.offset))
      .limit(Math.max(0, query.limit))
      .toArray();
    return { rows, total };
  });
}

/**
 * The whole change log, oldest first, for the archive (`data/changelog.json`) and for checking
 * the chain. Pass it to `writeArchive` as `changeLog`.
 */
export async function exportChangeLog(db: LedgerDb): Promise<ChangeLogEntry[]> {
  return db.changeLog.orderBy('seq').toArray();
}
