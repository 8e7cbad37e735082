// The 代表履职档案 page: one deputy's records for the duty file.
import { loadDutyFileInput } from '../deputy-file';
import { onLedger } from './on-ledger';

/** What one deputy's 履职档案 is made from; undefined when there is no such deputy. */
export const readDutyFile = /* @__PURE__ */ onLedger(loadDutyFileInput);
