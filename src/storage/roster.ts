// The roster imported from a spreadsheet (代表名册 from Excel): all the checked deputies written in
// ONE transaction, or none; and its undo, which takes exactly those deputies out again in one
// transaction, as long as none of them was edited since. The rows are checked before this
// (src/domain/ledger/roster/sheet.ts); every record is parsed again here, at the storage edge.
import { DeputySchema, type Deputy } from '../domain/ledger';
import type { LedgerDb } from './db';
import { invalidFailure, storageFailure, type InvalidFailure, type StorageFailure } from './errors';

/** What an import wrote, for its undo. */
export interface RosterImport {
  ids: string[];
  /** The `updatedAt` every imported record was written with. */
  stamp: string;
}

/** The outcome of an import: what was written, or why nothing was. */
export type RosterImportResult =
  | { ok: true; imported: RosterImport }
  | InvalidFailure
  | StorageFailure
  | { ok: false; reason: 'conflict'; message: string };

/**
 * Writes the deputies in one transaction: every record valid, no id already taken, or nothing is
 * written. The change log records them like any other write (one summary entry for a large import).
 */
export async function importDeputies(
  db: LedgerDb,
  deputies: readonly unknown[],
): Promise<RosterImportResult> {
  const parsed: Deputy[] = [];
  for (const [index, input] of deputies.entries()) {
    const result = DeputySchema.safeParse(input);
    if (!result.success) return invalidFailure(`第 ${index + 1} 名代表`, result.error);
    parsed.push(result.data);
  }
  if (parsed.length === 0) return { ok: false, reason: 'conflict', message: '没有可以导入的代表。' };
  try {
    return await db.transaction('rw', db.deputies, async (): Promise<RosterImportResult> => {
      const taken = (await db.deputies.bulkGet(parsed.map((d) => d.id))).filter(Boolean);
      if (taken.length > 0)
        return { ok: false, reason: 'conflict', message: '名册已被修改，请重新选择文件后再导入。' };
      await db.deputies.bulkAdd(parsed);
      return { ok: true, imported: { ids: parsed.map((d) => d.id), stamp: parsed[0]!.updatedAt } };
    });
  } catch (error) {
    return storageFailure(error);
  }
}

/** The outcome of an undo: how many deputies were taken out, or why none was. */
export type RosterUndoResult =
  { ok: true; removed: number } | StorageFailure | { ok: false; reason: 'changed'; message: string };

/**
 * Takes an import's deputies out again, in one transaction. Refused, with the names, when any of
 * them was edited after the import (its `updatedAt` moved on): undo must not lose that work.
 */
export async function undoDeputyImport(db: LedgerDb, imported: RosterImport): Promise<RosterUndoResult> {
  try {
    return await db.transaction('rw', db.deputies, async (): Promise<RosterUndoResult> => {
      const records = (await db.deputies.bulkGet(imported.ids)).filter((d): d is Deputy => d !== undefined);
      const edited = records.filter((d) => d.updatedAt !== imported.stamp);
      if (edited.length > 0)
        return {
          ok: false,
          reason: 'changed',
          message: `无法撤销导入：${edited
            .slice(0, 5)
            .map((d) => d.name)
            .join(
              '、',
            )}${edited.length > 5 ? ` 等 ${edited.length} 名代表` : ''}在导入后已被修改。请逐条删除不需要的代表。`,
        };
      await db.deputies.bulkDelete(records.map((d) => d.id));
      return { ok: true, removed: records.length };
    });
  } catch (error) {
    return storageFailure(error);
  }
}

/** What the roster page shows and checks against: the township's name, terms, stations and deputies. */
export interface RosterBasics {
  townshipName: string;
  /** The latest term (new township deputies belong to it), if any. */
  term?: { id: string; number: number; startDate: string };
  stations: { id: string; name: string }[];
  deputies: Deputy[];
}

/** Reads the roster page's basics in one read transaction (small tables, read whole). */
export async function readRosterBasics(db: LedgerDb): Promise<RosterBasics> {
  return db.transaction('r', [db.township, db.terms, db.stations, db.deputies], async () => {
    const [township, terms, stations, deputies] = await Promise.all([
      db.township.toCollection().first(),
      db.terms.orderBy('startDate').toArray(),
      db.stations.orderBy('name').toArray(),
      db.deputies.toArray(),
    ]);
    const term = terms.at(-1);
    return {
      townshipName: township?.name ?? '',
      ...(term ? { term: { id: term.id, number: term.number, startDate: term.startDate } } : {}),
      stations: stations.map((s) => ({ id: s.id, name: s.name })),
      deputies,
    };
  });
}
