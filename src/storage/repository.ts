// One generic repository per record table: validated writes, undoable deletes, indexed paging.
// The schema in RECORD_TABLES is the only gatekeeper: nothing reaches IndexedDB without passing it.
import Dexie, { cmp, type Collection, type IndexableType, type Table } from 'dexie';
import type { z } from 'zod';
import { isAttachmentOwnerTable, RECORD_TABLES, type RecordOf, type RecordTable } from '../domain/ledger';
import { parseAttachedFiles, putAttachedFiles, takeAttachmentsOf, type AttachedFile } from './attachments';
import type { LedgerDb } from './db';
import { recordTable } from './schema';
import { invalidFailure, storageFailure, type StorageFailure, type WriteResult } from './errors';

/** Injectable sources of time and ids, so tests can pin them. */
export interface RepositoryOptions {
  /** The clock for `createdAt` and `updatedAt`; defaults to the system clock. */
  now?: () => Date;
  /** The id for a new record; defaults to `crypto.randomUUID()`. */
  newId?: () => string;
}

/** A key an index can be compared with (a date string, a number, a compound key …). */
export type IndexKey = IndexableType;

/** One page of a list, read through an index only (never by loading the whole table). */
export interface PageQuery {
  /** The index to sort by (and to range over); the primary key when absent. */
  index?: string;
  /** Inclusive bounds on `index`; `undefined` leaves that end open. */
  range?: readonly [lower: IndexKey | undefined, upper: IndexKey | undefined];
  /**
   * Equality on an indexed field (`{ index: 'kind', equals: 'training' }`). Together with `index`,
   * the compound index `[where.index+index]` is used, e.g. `[kind+date]` for activities.
   */
  where?: { index: string; equals: IndexKey };
  /**
   * Any of several values of an indexed field, ordered by `index` as one list
   * (`{ index: 'kind', anyOf: ['training', 'voterReport'] }` with `index: 'date'`): the ranges of
   * the compound index `[anyOf.index+index]` are merged by key, so only keys are read beyond the
   * page and only the page's records are loaded. Not together with `where`.
   */
  whereAnyOf?: { index: string; anyOf: readonly IndexKey[] };
  /** Newest (largest key) first. */
  reverse?: boolean;
  /** Rows to skip. */
  offset: number;
  /** Largest number of rows to return. */
  limit: number;
}

/** One page of rows and the number of rows the query matches in all. */
export interface Page<T> {
  rows: T[];
  total: number;
}

/**
 * The outcome of a delete: the record as it was (undefined if there was none) and the attachments
 * deleted with it (with their bytes), for undo.
 */
export type RemoveResult<T> =
  { ok: true; record: T | undefined; attachments?: AttachedFile[] } | StorageFailure;

/** Reads and writes of one record table. */
export interface Repository<T extends RecordTable> {
  readonly table: T;
  /** The table's Chinese name, as in RECORD_TABLES. */
  readonly label: string;
  /** The record with this id, if any. */
  get(id: string): Promise<RecordOf<T> | undefined>;
  /** Validates and saves a new or edited record; fills id and createdAt, always stamps updatedAt. */
  put(input: unknown): Promise<WriteResult<RecordOf<T>>>;
  /**
   * Deletes a record, and its attachments when the table has any, and returns them so the UI can
   * offer undo through {@link Repository.restore}.
   */
  remove(id: string): Promise<RemoveResult<RecordOf<T>>>;
  /** Puts a removed record back exactly as it was (same id and stamps), with its attachments. */
  restore(record: RecordOf<T>, attachments?: readonly AttachedFile[]): Promise<WriteResult<RecordOf<T>>>;
  /** One page of records through an index, with the total count of the same query. */
  page(query: PageQuery): Promise<Page<RecordOf<T>>>;
  /** Number of records in the table. */
  count(): Promise<number>;
}

/** The zod schema of a record table, typed by the table name. */
export function schemaOf<T extends RecordTable>(table: T): z.ZodType<RecordOf<T>> {
  // TypeScript cannot narrow RECORD_TABLES[T] for a generic T; RecordOf<T> is defined as this
  // very schema's output, so the assertion only restates the definition.
  return RECORD_TABLES[table].schema as unknown as z.ZodType<RecordOf<T>>;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Whether a value is "not filled in": forms send empty strings for empty fields. */
function isBlank(value: unknown): boolean {
  return value === undefined || value === null || value === '';
}

/** The repository of one record table. */
export function repository<T extends RecordTable>(
  db: LedgerDb,
  table: T,
  options: RepositoryOptions = {},
): Repository<T> {
  const now = options.now ?? (() => new Date());
  const newId = options.newId ?? (() => crypto.randomUUID());
  const store = recordTable(db, table);
  const schema = schemaOf(table);
  const label = RECORD_TABLES[table].label;
  // A record that may carry files takes them along when deleted, in the same transaction.
  const scope = isAttachmentOwnerTable(table) ? [store, db.attachments, db.blobs] : [store];

  const readPage = pageReader(db, table, store);

  return {
    table,
    label,

    get: (id) => store.get(id),

    async put(input) {
      const stamp = now().toISOString();
      const fields = isObject(input) ? input : undefined;
      const keepsStoredCreatedAt = isBlank(fields?.['createdAt']);
      // A non-object goes to the schema as it is, which refuses it with a readable message.
      const candidate = fields && {
        ...fields,
        id: isBlank(fields['id']) ? newId() : fields['id'],
        createdAt: keepsStoredCreatedAt ? stamp : fields['createdAt'],
        updatedAt: stamp,
      };
      const parsed = schema.safeParse(candidate ?? input);
      if (!parsed.success) return invalidFailure(label, parsed.error);
      const record = parsed.data;
      try {
        // Read and write in one transaction so that an edit without createdAt keeps the stored one
        // even when another tab saves the same record in between.
        return await db.transaction('rw', store, async () => {
          if (keepsStoredCreatedAt) {
            const existing = await store.get(record.id);
            if (existing) record.createdAt = existing.createdAt;
          }
          await store.put(record);
          return { ok: true as const, record };
        });
      } catch (error) {
        return storageFailure(error);
      }
    },

    async remove(id) {
      try {
        // One transaction: the record returned for undo is exactly the one deleted.
        return await db.transaction('rw', scope, async () => {
          const record = await store.get(id);
          if (!record) return { ok: true as const, record };
          await store.delete(id);
          const attachments = scope.length > 1 ? await takeAttachmentsOf(db, id) : [];
          return attachments.length > 0
            ? { ok: true as const, record, attachments }
            : { ok: true as const, record };
        });
      } catch (error) {
        return storageFailure(error);
      }
    },

    async restore(input, attachments = []) {
      const parsed = schema.safeParse(input);
      if (!parsed.success) return invalidFailure(label, parsed.error);
      const files = parseAttachedFiles(attachments);
      if (!Array.isArray(files)) return files;
      try {
        // The record and its files come back together or not at all.
        await db.transaction(
          'rw',
          files.length > 0 ? [store, db.attachments, db.blobs] : [store],
          async () => {
            await store.put(parsed.data);
            await putAttachedFiles(db, files);
          },
        );
        return { ok: true, record: parsed.data };
      } catch (error) {
        return storageFailure(error);
      }
    },

    page: readPage,

    count: () => store.count(),
  };
}

/**
 * The page reader of one table: every query is built on the table's indexes only (a missing index
 * throws, naming the schema version to add it in), and the total and rows of a page are read in one
 * transaction.
 */
function pageReader<T extends RecordTable>(
  db: LedgerDb,
  table: T,
  store: Table<RecordOf<T>, string>,
): (query: PageQuery) => Promise<Page<RecordOf<T>>> {
  function hasIndex(name: string): boolean {
    return name === ':id' || name === store.schema.primKey.name || name in store.schema.idxByName;
  }

  function requireIndex(name: string): string {
    if (!hasIndex(name))
      throw new Error(
        `${table} has no index "${name}": add it in a new version of LEDGER_SCHEMA (src/storage/db.ts); ` +
          'lists must never scan a whole table.',
      );
    return name;
  }

  /** The collection a page query reads, built on indexes only. */
  function collectionFor(query: PageQuery): Collection<RecordOf<T>, string> {
    const { index, range, where } = query;
    const lower = range?.[0] ?? Dexie.minKey;
    const upper = range?.[1] ?? Dexie.maxKey;
    if (where && index && index !== where.index) {
      const compound = requireIndex(`[${where.index}+${index}]`);
      return store.where(compound).between([where.equals, lower], [where.equals, upper], true, true);
    }
    if (where) {
      if (range) throw new Error('A range needs an index other than the where field.');
      return store.where(requireIndex(where.index)).equals(where.equals);
    }
    if (index && range) return store.where(requireIndex(index)).between(lower, upper, true, true);
    if (index) return store.orderBy(requireIndex(index));
    if (range) throw new Error('A range needs an index.');
    return store.toCollection();
  }

  /**
   * A page of {@link PageQuery.whereAnyOf}: each value's range of `[field+index]` gives its keys in
   * order; the first `offset + limit` keys of each are merged (by index key, then primary key, as a
   * single index orders ties) and the page's records are read by id.
   */
  async function pageOfAnyOf(
    query: PageQuery,
    anyOf: { index: string; anyOf: readonly IndexKey[] },
    offset: number,
    limit: number,
  ): Promise<Page<RecordOf<T>>> {
    const { index, range } = query;
    if (!index) throw new Error('whereAnyOf needs an index to order by.');
    if (query.where) throw new Error('whereAnyOf cannot be combined with where.');
    const compound = requireIndex(`[${anyOf.index}+${index}]`);
    const lower = range?.[0] ?? Dexie.minKey;
    const upper = range?.[1] ?? Dexie.maxKey;
    const values = [...new Set(anyOf.anyOf)];
    const direction = query.reverse ? -1 : 1;
    return db.transaction('r', store, async () => {
      const rangeOf = (value: IndexKey) =>
        store.where(compound).between([value, lower], [value, upper], true, true);
      let total = 0;
      const keys: { key: IndexKey; id: string }[] = [];
      for (const value of values) {
        total += await rangeOf(value).count();
        const collection = rangeOf(value);
        if (query.reverse) collection.reverse();
        await collection.limit(offset + limit).eachKey((key, cursor) => {
          // The compound key is [value, key of `index`]; order by the latter.
          keys.push({ key: (key as IndexKey[])[1] as IndexKey, id: cursor.primaryKey as string });
        });
      }
      keys.sort((a, b) => direction * (cmp(a.key, b.key) || cmp(a.id, b.id)));
      const ids = keys.slice(offset, offset + limit).map((k) => k.id);
      const rows = (await store.bulkGet(ids)).filter((r): r is RecordOf<T> => r !== undefined);
      return { rows, total };
    });
  }

  return async (query) => {
    const offset = Math.max(0, Math.floor(query.offset));
    const limit = Math.max(0, Math.floor(query.limit));
    if (query.whereAnyOf) return pageOfAnyOf(query, query.whereAnyOf, offset, limit);
    // One read transaction: the total and the rows describe the same state of the table.
    return db.transaction('r', store, async () => {
      const total = await collectionFor(query).count();
      const collection = collectionFor(query);
      if (query.reverse) collection.reverse();
      const rows = await collection.offset(offset).limit(limit).toArray();
      return { rows, total };
    });
  };
}
