// The 表格 pages: the records a form can be filled from, and one record's values for it.
import { listFormRecords as listFormRecordsOf, loadFormSource as loadFormSourceOf } from '../forms';
import { onLedger } from './on-ledger';

export type { FormRecordOption } from '../forms';

/** The records a form can be filled from, newest first. */
export const listFormRecords = /* @__PURE__ */ onLedger(listFormRecordsOf);

/** One record and what the form needs around it. */
export const loadFormSource = /* @__PURE__ */ onLedger(loadFormSourceOf);
