// The change log (修改记录): one entry per write, chained by hashes so that changing, inserting or
// removing an entry afterwards shows. The storage layer writes the entries (src/storage/change-log.ts);
// this module defines them, hashes them and checks the chain — pure, so the city's command-line
// tool can check the change log inside an archive too.
import { z } from 'zod';
import { canonicalJson } from '../utils/canonical-json';
import { sha256HexSync } from '../utils/sha256';
import { RECORD_TABLES, type RecordTable } from './index';

/**
 * What a write did. `create`/`update`/`delete`/`restore` are per record; `import` and `clear` are
 * one summary entry per table for whole-ledger loads and clears (see docs/data-model.md).
 */
export const CHANGE_ACTIONS = ['create', 'update', 'delete', 'restore', 'import', 'clear'] as const;
export type ChangeAction = (typeof CHANGE_ACTIONS)[number];

/** The Chinese name of each action, as the 修改记录 page shows it. */
export const CHANGE_ACTION_LABELS: Record<ChangeAction, string> = {
  create: '新增',
  update: '修改',
  delete: '删除',
  restore: '恢复',
  import: '导入',
  clear: '清空',
};

/** The tables whose writes are logged: every record table and the settings row. */
export type LoggedTable = RecordTable | 'settings';

/** The `recordId` of a summary entry (import / clear of a whole table). */
export const WHOLE_TABLE = '*';

/** The `prev` of the first entry. */
export const GENESIS_HASH = '0'.repeat(64);

const HexHashSchema = z.string().regex(/^[0-9a-f]{64}$/, '应为 64 位十六进制校验值');

/** One entry of the change log, as stored in the `changeLog` table and in `data/changelog.json`. */
export const ChangeLogEntrySchema = z.object({
  /** Position in the chain: 1, 2, 3 … without gaps (also the table's primary key). */
  seq: z.number().int().min(1),
  /** When the write was made (ISO 8601, UTC). */
  at: z.iso.datetime(),
  /** The table written: a record table or `settings`. */
  table: z.string().min(1),
  /** The record's id, or `*` for a summary entry over the whole table. */
  recordId: z.string().min(1),
  action: z.enum(CHANGE_ACTIONS),
  /** The user name set in 设置 when the write was made; empty when none was set. */
  user: z.string(),
  /** A short label of the record (its name or title and date) when it was written. */
  label: z.string().optional(),
  /** SHA-256 of the record's canonical JSON before the write; absent when it did not exist. */
  before: HexHashSchema.optional(),
  /** SHA-256 of the record's canonical JSON after the write; absent when it was deleted. */
  after: HexHashSchema.optional(),
  /** Summary entries: records in the table after the write. */
  count: z.number().int().min(0).optional(),
  /** Summary entries: records the write removed. */
  removed: z.number().int().min(0).optional(),
  /** Summary entries: SHA-256 over the ids written, one per line, in the order written. */
  ids: HexHashSchema.optional(),
  /** The `hash` of the entry before this one ({@link GENESIS_HASH} for the first). */
  prev: HexHashSchema,
  /** SHA-256 of `prev` followed by the canonical JSON of every other field of this entry. */
  hash: HexHashSchema,
});

export type ChangeLogEntry = z.output<typeof ChangeLogEntrySchema>;
/** An entry before it is hashed. */
export type UnhashedEntry = Omit<ChangeLogEntry, 'hash'>;

export { canonicalJson };

/** SHA-256 of a record's canonical JSON (the `before`/`after` of an entry). */
export function recordHash(record: unknown): string {
  return sha256HexSync(canonicalJson(record));
}

/** The hash of an entry: SHA-256 of its `prev` followed by the canonical JSON of the rest. */
export function entryHash(entry: UnhashedEntry): string {
  const { hash: _ignored, ...fields } = entry as ChangeLogEntry;
  return sha256HexSync(entry.prev + canonicalJson(fields));
}

/** Completes an entry with its hash. */
export function sealEntry(entry: UnhashedEntry): ChangeLogEntry {
  return { ...entry, hash: entryHash(entry) };
}

/** The Chinese name of a logged table (the record table's label, or 设置). */
export function loggedTableLabel(table: string): string {
  if (table === 'settings') return '设置';
  return table in RECORD_TABLES ? RECORD_TABLES[table as RecordTable].label : table;
}

/** The outcome of {@link verifyChain}: intact, or the first entry where the chain breaks. */
export type ChainCheck =
  { ok: true; count: number; lastHash: string } | { ok: false; seq: number; index: number; message: string };

/**
 * Checks a change log (entries in any order; sorted by `seq` here): every entry well formed,
 * numbered without gaps from 1, linked to the one before, and hashed right. Reports the first
 * break in Chinese. Removing entries from the END of the log leaves no trace in the chain; the
 * archive's manifest and the last hash (shown on the 修改记录 page) cover that.
 */
export function verifyChain(entries: readonly unknown[]): ChainCheck {
  const parsed: ChangeLogEntry[] = [];
  for (const [index, raw] of entries.entries()) {
    const result = ChangeLogEntrySchema.safeParse(raw);
    if (!result.success) {
      const seq = typeof (raw as { seq?: unknown })?.seq === 'number' ? (raw as { seq: number }).seq : 0;
      return {
        ok: false,
        seq,
        index,
        message: `修改记录第 ${seq || index + 1} 条格式不正确，无法校验：这条记录被改动过或已损坏。`,
      };
    }
    parsed.push(result.data);
  }
  const sorted = [...parsed].sort((a, b) => a.seq - b.seq);
  let prev = GENESIS_HASH;
  for (const [index, entry] of sorted.entries()) {
    const where = `修改记录第 ${entry.seq} 条（${entry.at.slice(0, 19).replace('T', ' ')}，${loggedTableLabel(entry.table)}）`;
    if (entry.seq !== index + 1)
      return {
        ok: false,
        seq: entry.seq,
        index,
        message: `${where}之前缺少第 ${index + 1} 条：有修改记录被删除了。`,
      };
    if (entry.prev !== prev)
      return {
        ok: false,
        seq: entry.seq,
        index,
        message: `${where}与前一条的链接断开：前一条记录被改动、删除或替换过。`,
      };
    if (entryHash(entry) !== entry.hash)
      return {
        ok: false,
        seq: entry.seq,
        index,
        message: `${where}的内容与它的校验值不符：这条记录在写入后被改动过。`,
      };
    prev = entry.hash;
  }
  return { ok: true, count: sorted.length, lastHash: prev };
}
