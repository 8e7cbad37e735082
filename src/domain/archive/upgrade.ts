// Older archive formats, read into the current shape. Each format has a reader of its payload
// (where the records, settings and attachments are); each step upgrades one version to the next.
//
//   format 0 (the first ledger exports): every table in one `data/ledger.json` object keyed by
//            table, settings inside it under `settings`; attachments at `data/attachments/<sha256>`
//            without extension; no `snapshots` table (frozen scores came later); no CSV.
//   format 1 (current): one `data/records/<table>.json` per table, settings in
//            `data/settings.json`, attachments `data/attachments/<sha256>.<ext>`, CSV copies.
import { ARCHIVE_FORMAT_VERSION, PAYLOAD_FILES, attachmentPath, recordsPath } from './format';

/** The payload of an archive, parsed but not yet validated, in the current format's shape. */
export interface ArchivePayload {
  /** Table name → what the archive holds for it (an array when well formed). */
  records: Record<string, unknown>;
  settings: unknown;
  catalogue: unknown;
  changeLog: unknown;
  /** Where an attachment's bytes are in this archive. */
  attachmentFile: (sha256: string, mediaType: string) => string;
}

/** A payload file that is missing or not JSON. */
export interface PayloadProblem {
  problem: 'missing' | 'not-json';
  path: string;
}

type Files = ReadonlyMap<string, Uint8Array>;

const decoder = new TextDecoder('utf-8', { fatal: true });

/** Parses a JSON payload file; `undefined` when absent and optional. */
function jsonFile(files: Files, path: string, optional: boolean): { value: unknown } | PayloadProblem {
  const bytes = files.get(path);
  if (!bytes) return optional ? { value: undefined } : { problem: 'missing', path };
  try {
    return { value: JSON.parse(decoder.decode(bytes)) };
  } catch {
    return { problem: 'not-json', path };
  }
}

/** Reads the payload of a given format version from the archive's files. */
export function readPayload(
  version: number,
  files: Files,
  tables: readonly string[],
): ArchivePayload | PayloadProblem {
  if (version === 0) {
    const ledger = jsonFile(files, 'data/ledger.json', false);
    if ('problem' in ledger) return ledger;
    if (typeof ledger.value !== 'object' || ledger.value === null || Array.isArray(ledger.value))
      return { problem: 'not-json', path: 'data/ledger.json' };
    const { settings, ...records } = ledger.value as Record<string, unknown>;
    const catalogue = jsonFile(files, PAYLOAD_FILES.catalogue, true);
    if ('problem' in catalogue) return catalogue;
    return {
      records,
      settings: settings ?? null,
      catalogue: catalogue.value,
      changeLog: [],
      attachmentFile: (sha256) => `data/attachments/${sha256}`,
    };
  }
  const records: Record<string, unknown> = {};
  for (const table of tables) {
    const file = jsonFile(files, recordsPath(table), false);
    if ('problem' in file) return file;
    records[table] = file.value;
  }
  const settings = jsonFile(files, PAYLOAD_FILES.settings, false);
  if ('problem' in settings) return settings;
  const catalogue = jsonFile(files, PAYLOAD_FILES.catalogue, false);
  if ('problem' in catalogue) return catalogue;
  const changeLog = jsonFile(files, PAYLOAD_FILES.changelog, true);
  if ('problem' in changeLog) return changeLog;
  return {
    records,
    settings: settings.value,
    catalogue: catalogue.value,
    changeLog: changeLog.value ?? [],
    attachmentFile: attachmentPath,
  };
}

/** One upgrade step: the payload of version n → that of version n + 1. */
const STEPS: Record<number, (payload: ArchivePayload) => ArchivePayload> = {
  // 0 → 1: the snapshots table did not exist yet.
  0: (payload) => ({ ...payload, records: { snapshots: [], ...payload.records } }),
};

/** Upgrades a payload of an older format, step by step, to {@link ARCHIVE_FORMAT_VERSION}. */
export function upgradePayload(from: number, payload: ArchivePayload): ArchivePayload {
  let current = payload;
  for (let version = from; version < ARCHIVE_FORMAT_VERSION; version++) {
    const step = STEPS[version];
    if (!step) throw new Error(`no upgrade step from archive format ${version}`);
    current = step(current);
  }
  return current;
}
