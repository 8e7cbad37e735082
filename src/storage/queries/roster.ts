// The 代表名册 page: its basics, importing a roster sheet's deputies in one go, and undoing it.
import {
  importDeputies as importDeputiesOf,
  readRosterBasics as readRosterBasicsOf,
  undoDeputyImport as undoDeputyImportOf,
} from '../roster';
import { onLedger } from './on-ledger';

export type { RosterBasics, RosterImport } from '../roster';

/** The township's name, latest term, stations and deputies (small tables, read whole). */
export const readRosterBasics = /* @__PURE__ */ onLedger(readRosterBasicsOf);

/** Writes a roster's deputies all or nothing. */
export const importDeputies = /* @__PURE__ */ onLedger(importDeputiesOf);

/** Takes the deputies of an import out again. */
export const undoDeputyImport = /* @__PURE__ */ onLedger(undoDeputyImportOf);
