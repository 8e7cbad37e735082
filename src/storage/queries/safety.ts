// The 数据安全 panel: the ledger's health and the copy kept before a database upgrade.
import { readLedgerHealth as readLedgerHealthOf } from '../health';
import { discardPreUpgradeCopy as discardOf, restorePreUpgradeCopy as restoreOf } from '../pre-upgrade';
import { onLedger } from './on-ledger';

export type { PreUpgradeCopy } from '../pre-upgrade';

/** Counts, the last verified export and the pre-upgrade copy, as the panel shows them. */
export const readLedgerHealth = /* @__PURE__ */ onLedger(readLedgerHealthOf);

/** Puts back the ledger as it was before the last upgrade. */
export const restorePreUpgradeCopy = /* @__PURE__ */ onLedger(restoreOf);

/** Deletes the copy kept before the last upgrade. */
export const discardPreUpgradeCopy = /* @__PURE__ */ onLedger(discardOf);
