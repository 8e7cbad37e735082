// The 修改记录 page: the change log a page at a time, and the whole log for checking its chain.
import { changeLogPage as changeLogPageOf, exportChangeLog } from '../change-log';
import { onLedger } from './on-ledger';

export type { ChangeLogQuery } from '../change-log';

/** A page of the change log, newest first, optionally of one table, with the matching total. */
export const changeLogPage = /* @__PURE__ */ onLedger(changeLogPageOf);

/** The whole change log, oldest first (to verify its hash chain). */
export const readChangeLog = /* @__PURE__ */ onLedger(exportChangeLog);
