// The restore drill (恢复演练): an archive is written into a temporary database of its own, the
// ledger pages read it instead of the real ledger while the drill lasts (instance.ts), nothing can
// write to it (a DBCore guard), and ending the drill deletes it. Staff can check a backup without
// touching their data: the real database is never opened for writing during a drill.
import Dexie, { type DBCore, type Middleware } from 'dexie';
import type { ReadArchive } from '../domain/archive';
import type { ChangeLogEntry } from '../domain/ledger/change-log';
import { LedgerDb } from './db';
import { activeDrill, clearDrillFlag, setDrillFlag, type DrillInfo } from './drill-flag';
import { storageFailure, type StorageFailure } from './errors';
import { replaceAll, type InvalidRecordFailure } from './ledger';
import { ReadOnlyTabError } from './read-only-guard';

export { activeDrill, type DrillInfo };

/** The drill's database: never the ledger's own (`xiangxiang-ledger`). */
export const DRILL_DB_NAME = 'xiangxiang-ledger-drill';

/** What a refused write in a drill says. */
export const DRILL_READ_ONLY_MESSAGE =
  '正在进行归档演练，演练数据只读，本次没有保存。请先点页面顶部的“结束演练”回到您的台账，再修改。';

/**
 * A write refused because the tab is in a drill. It is a {@link ReadOnlyTabError} (reason
 * `readonly` in errors.ts) with the drill's own message.
 */
export class DrillReadOnlyError extends ReadOnlyTabError {
  constructor() {
    super();
    this.message = DRILL_READ_ONLY_MESSAGE;
  }
}

/** Refuses every write (records, settings, bytes, meta, change log) to the drill database. */
const drillGuard: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'drillReadOnly',
  create: (down) => ({
    ...down,
    table(name) {
      const table = down.table(name);
      return { ...table, mutate: () => Promise.reject(new DrillReadOnlyError()) };
    },
  }),
};

let drillInstance: LedgerDb | undefined;

/** The drill database, read-only, opened once per page. */
export function drillDb(): LedgerDb {
  drillInstance ??= new LedgerDb(DRILL_DB_NAME).use(drillGuard);
  return drillInstance;
}

/** Why a drill could not start; nothing of the real ledger was touched either way. */
export type StartDrillResult = { ok: true; info: DrillInfo } | StorageFailure | InvalidRecordFailure;

/**
 * Starts a drill with an archive already read and verified by `readArchive`: writes its records,
 * settings, attachment bytes and change log into a fresh drill database, then marks this tab as
 * in a drill. The real ledger is not opened.
 */
export async function startDrill(archive: ReadArchive, fileName?: string): Promise<StartDrillResult> {
  await discardDrillDb();
  // Unguarded, and without the change-log middleware: the drill shows the archive's own log.
  const db = new LedgerDb(DRILL_DB_NAME);
  try {
    const result = await replaceAll(db, archive.data, { blobs: archive.blobs });
    if (!result.ok) {
      db.close();
      await discardDrillDb();
      return result;
    }
    const log = archive.changeLog ?? [];
    await db.transaction('rw', db.settings, db.changeLog, async () => {
      if (archive.settings) await db.settings.put(archive.settings);
      // Entries go in as the archive has them, so that checking the chain in the drill checks the archive's.
      const entries = log.filter(
        (e): e is { seq: number } =>
          typeof e === 'object' && e !== null && Number.isInteger((e as { seq?: unknown }).seq),
      );
      // A tampered log goes in as it is, unchecked, so that 校验修改记录 in the drill finds the break.
      await db.changeLog.bulkPut(entries as unknown as ChangeLogEntry[]);
    });
  } catch (error) {
    db.close();
    await discardDrillDb();
    return storageFailure(error);
  }
  db.close();
  const info: DrillInfo = {
    townshipName: archive.info.townshipName,
    baggingDate: archive.info.baggingDate,
    ...(fileName ? { fileName } : {}),
    startedAt: new Date().toISOString(),
  };
  setDrillFlag(info);
  return { ok: true, info };
}

/** Deletes the drill database (closing this page's connection first). */
async function discardDrillDb(): Promise<void> {
  drillInstance?.close();
  drillInstance = undefined;
  await Dexie.delete(DRILL_DB_NAME);
}

/** Ends the drill: clears the tab's flag and deletes the drill database with everything in it. */
export async function endDrill(): Promise<void> {
  clearDrillFlag();
  await discardDrillDb();
}

/** Whether this tab is in a drill (the ledger pages then read the drill database). */
export function isDrillActive(): boolean {
  return activeDrill() !== undefined;
}
