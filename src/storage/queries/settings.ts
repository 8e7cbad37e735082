// The township's settings row (台账设置), read and written for the UI.
import { getSettings, saveSettings } from '../ledger';
import { onLedger } from './on-ledger';

/** The settings (defaults until saved). */
export const readSettings = /* @__PURE__ */ onLedger(getSettings);

/** Validates and saves part of the settings; a refusal comes back as a value with a Chinese message. */
export const updateSettings = /* @__PURE__ */ onLedger(saveSettings);
