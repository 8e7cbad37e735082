// Older archive formats, read into the current shape. Each format has a reader of its payload
// (where the records, settings and attachments are); each step upgrades one version to the next.
//
//   format 0 (the first ledger exports): every table in one `data/ledger.json` object keyed by
//            table, settings inside it under `settings`; attachments at `data/attachments/<sha256>`
//            without extension; no `snapshots` table (frozen scores came later); no CSV.
//   format 1: one `data/records/<table>.json` per table, settings in `data/settings.json`,
//            attachments `data/attachments/<sha256>.<ext>`, CSV copies with the records' own
//            field names, UUIDs and UTC times.
//   format 2 (current): as format 1; only the copies for people changed (CSV with Chinese
//            headers, names beside ids, China time, tallies as columns; index.html shows the
//            records' own numbers). The records are the same.
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

/** Bytes decoded per slice of a large file, and record lines parsed per slice. */
const DECODE_SLICE = 4 * 1024 * 1024;
const LINES_PER_SLICE = 2000;

type Pace = () => Promise<void>;
const noPace: Pace = async () => undefined;

/** UTF-8 bytes as text, a slice at a time (a 40 MB table is not decoded in one task); throws on invalid UTF-8. */
async function decodePaced(bytes: Uint8Array, pace: Pace): Promise<string> {
  if (bytes.length <= DECODE_SLICE) return decoder.decode(bytes);
  const streaming = new TextDecoder('utf-8', { fatal: true });
  const parts: string[] = [];
  for (let start = 0; start < bytes.length; start += DECODE_SLICE) {
    await pace();
    parts.push(streaming.decode(bytes.subarray(start, start + DECODE_SLICE), { stream: true }));
  }
  parts.push(streaming.decode());
  return parts.join('');
}

/**
 * A record file as this program writes it — `[`, one record per line each but the last ending in
 * `,`, `]` — parsed a slice of lines at a time, so that 100,000 records are not parsed in one task.
 * Undefined when the text is not in that shape (any slice fails to parse): the caller then parses
 * it whole, so other valid JSON is read the same as before. A slice can only parse when its lines
 * hold whole values, since JSON text never has a raw line break inside a string.
 */
export async function parseRecordLines(text: string, pace: Pace): Promise<unknown[] | undefined> {
  // Lines are cut out a slice at a time: neither the shape check nor a split scans the whole text at once.
  const end = text.endsWith('\n]\n') ? text.length - 3 : text.endsWith('\n]') ? text.length - 2 : -1;
  if (!text.startsWith('[\n') || end < 2) return undefined;
  const rows: unknown[] = [];
  let position = 2;
  while (position < end) {
    await pace();
    const slice: string[] = [];
    while (slice.length < LINES_PER_SLICE && position < end) {
      const lineBreak = text.indexOf('\n', position);
      const lineEnd = lineBreak === -1 || lineBreak > end ? end : lineBreak;
      slice.push(text.slice(position, lineEnd));
      position = lineEnd + 1;
    }
    const last = position >= end;
    // Every line but the file's last ends with the comma that separates it from the next.
    if (slice.some((line, i) => (last && i === slice.length - 1 ? line.endsWith(',') : !line.endsWith(','))))
      return undefined;
    try {
      const parsed: unknown = JSON.parse(`[${slice.join('').replace(/,$/, '')}]`);
      if (!Array.isArray(parsed) || parsed.length !== slice.length) return undefined;
      for (const row of parsed) rows.push(row);
    } catch {
      return undefined;
    }
  }
  return rows;
}

/** Parses a JSON payload file; `undefined` when absent and optional. Record files are parsed a slice at a time. */
async function jsonFile(
  files: Files,
  path: string,
  optional: boolean,
  pace: Pace = noPace,
): Promise<{ value: unknown } | PayloadProblem> {
  const bytes = files.get(path);
  if (!bytes) return optional ? { value: undefined } : { problem: 'missing', path };
  try {
    const text = await decodePaced(bytes, pace);
    const lines = path.startsWith('data/records/') ? await parseRecordLines(text, pace) : undefined;
    return { value: lines ?? JSON.parse(text) };
  } catch {
    return { problem: 'not-json', path };
  }
}

/**
 * Reads the payload of a given format version from the archive's files; `pace` gives the page a
 * turn between files (one big table's JSON is parsed in one piece).
 */
export async function readPayload(
  version: number,
  files: Files,
  tables: readonly string[],
  pace: () => Promise<void> = async () => undefined,
): Promise<ArchivePayload | PayloadProblem> {
  if (version === 0) {
    const ledger = await jsonFile(files, 'data/ledger.json', false, pace);
    if ('problem' in ledger) return ledger;
    if (typeof ledger.value !== 'object' || ledger.value === null || Array.isArray(ledger.value))
      return { problem: 'not-json', path: 'data/ledger.json' };
    const { settings, ...records } = ledger.value as Record<string, unknown>;
    const catalogue = await jsonFile(files, PAYLOAD_FILES.catalogue, true);
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
    await pace();
    const file = await jsonFile(files, recordsPath(table), false, pace);
    if ('problem' in file) return file;
    records[table] = file.value;
  }
  const settings = await jsonFile(files, PAYLOAD_FILES.settings, false);
  if ('problem' in settings) return settings;
  const catalogue = await jsonFile(files, PAYLOAD_FILES.catalogue, false);
  if ('problem' in catalogue) return catalogue;
  const changeLog = await jsonFile(files, PAYLOAD_FILES.changelog, true, pace);
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
  // 1 → 2: the records are unchanged (only the copies for people differ, see copies.ts).
  1: (payload) => payload,
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
