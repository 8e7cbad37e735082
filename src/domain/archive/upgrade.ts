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
import { Cancelled } from '../utils/pace';
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
 * Receives each record file's rows as they are parsed (the reader checks them there, so a table's
 * raw rows are never all held at once), and each payload file once its bytes are not needed.
 */
export interface RecordSink {
  /** Rows of `table` from row `start` on, in order. */
  slice(table: string, rows: unknown[], start: number): Promise<void>;
  /** A table's whole value, parsed in one piece (it replaces whatever slices came before). */
  whole(table: string, value: unknown): Promise<void>;
  /** The file at `path` is parsed: its bytes may be dropped. */
  fileRead(path: string): void;
}

const NEWLINE = 0x0a;
const COMMA = 0x2c;
const OPEN = 0x5b;
const CLOSE = 0x5d;

/** Where the lines of a record file in the writer's shape end (`[\n` … `\n]` with or without a final line break), or -1. */
function linesEnd(bytes: Uint8Array): number {
  const n = bytes.length;
  const end =
    n >= 3 && bytes[n - 1] === NEWLINE && bytes[n - 2] === CLOSE && bytes[n - 3] === NEWLINE
      ? n - 3
      : n >= 2 && bytes[n - 1] === CLOSE && bytes[n - 2] === NEWLINE
        ? n - 2
        : -1;
  return bytes[0] === OPEN && bytes[1] === NEWLINE && end >= 2 ? end : -1;
}

/**
 * A record file as this program writes it — `[`, one record per line each but the last ending in
 * `,`, `]` — parsed from its bytes a slice of lines at a time, each slice handed to `onSlice`:
 * 100,000 records are neither parsed in one task nor decoded into one string. False when the
 * bytes are not in that shape (any slice fails to parse): the caller then parses them whole, so
 * other valid JSON is read the same as before. A slice can only parse when its lines hold whole
 * values, since JSON text never has a raw line break inside a string; lines are cut at the byte
 * 0x0A, which UTF-8 never uses inside a character. Throws on invalid UTF-8.
 */
async function sliceRecordLines(
  bytes: Uint8Array,
  pace: Pace,
  onSlice: (rows: unknown[], start: number) => Promise<void>,
): Promise<boolean> {
  const end = linesEnd(bytes);
  if (end < 0) return false;
  let position = 2;
  let start = 0;
  while (position < end) {
    await pace();
    const from = position;
    const lineEnds: number[] = [];
    while (lineEnds.length < LINES_PER_SLICE && position < end) {
      const lineBreak = bytes.indexOf(NEWLINE, position);
      const lineEnd = lineBreak === -1 || lineBreak > end ? end : lineBreak;
      // Every line but the file's last ends with the comma that separates it from the next.
      if (lineEnd === position || bytes[lineEnd - 1] !== COMMA) lineEnds.push(-lineEnd - 1);
      else lineEnds.push(lineEnd);
      position = lineEnd + 1;
    }
    const last = position >= end;
    const lastEnd = lineEnds.at(-1) ?? from;
    if (lineEnds.some((e, i) => (last && i === lineEnds.length - 1 ? e >= 0 : e < 0))) return false;
    // The slice's text without the comma after its last line (the file's last line has none).
    const text = decoder.decode(bytes.subarray(from, last ? -lastEnd - 1 : lastEnd - 1));
    let parsed: unknown;
    try {
      parsed = JSON.parse(`[${text}]`);
    } catch {
      return false;
    }
    if (!Array.isArray(parsed) || parsed.length !== lineEnds.length) return false;
    await onSlice(parsed, start);
    start += parsed.length;
  }
  return true;
}

/**
 * A record file's text in the writer's shape, parsed a slice of lines at a time (see
 * {@link sliceRecordLines}); undefined when it is not in that shape.
 */
export async function parseRecordLines(text: string, pace: Pace): Promise<unknown[] | undefined> {
  const rows: unknown[] = [];
  const lined = await sliceRecordLines(new TextEncoder().encode(text), pace, async (slice) => {
    for (const row of slice) rows.push(row);
  });
  return lined ? rows : undefined;
}

/** Parses a JSON payload file; `undefined` when absent and optional. */
async function jsonFile(
  files: Files,
  path: string,
  optional: boolean,
  pace: Pace = noPace,
): Promise<{ value: unknown } | PayloadProblem> {
  const bytes = files.get(path);
  if (!bytes) return optional ? { value: undefined } : { problem: 'missing', path };
  try {
    return { value: JSON.parse(await decodePaced(bytes, pace)) };
  } catch (error) {
    if (error instanceof Cancelled) throw error;
    return { problem: 'not-json', path };
  }
}

/**
 * A table's record file handed to `sink` as it is parsed: a slice of lines at a time in the
 * writer's shape, else whole.
 */
async function recordFile(
  files: Files,
  table: string,
  pace: Pace,
  sink: RecordSink,
): Promise<PayloadProblem | undefined> {
  const path = recordsPath(table);
  const bytes = files.get(path);
  if (!bytes) return { problem: 'missing', path };
  try {
    const lined = await sliceRecordLines(bytes, pace, (rows, start) => sink.slice(table, rows, start));
    if (!lined) await sink.whole(table, JSON.parse(await decodePaced(bytes, pace)));
  } catch (error) {
    if (error instanceof Cancelled) throw error;
    return { problem: 'not-json', path };
  }
  sink.fileRead(path);
  return undefined;
}

/** A sink that keeps every table's rows as they come (when the caller gives none). */
function keepingSink(records: Record<string, unknown>): RecordSink {
  return {
    slice: async (table, rows) => {
      const kept = (records[table] ??= []) as unknown[];
      for (const row of rows) kept.push(row);
    },
    whole: async (table, value) => {
      records[table] = value;
    },
    fileRead: () => undefined,
  };
}

/**
 * Reads the payload of a given format version from the archive's files; `pace` gives the page a
 * turn between slices. With a `sink`, the record files' rows go to it as they are parsed and the
 * payload's `records` stay empty (format 0's one file is still returned in the payload).
 */
export async function readPayload(
  version: number,
  files: Files,
  tables: readonly string[],
  pace: Pace = noPace,
  sink?: RecordSink,
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
  const receiver = sink ?? keepingSink(records);
  for (const table of tables) {
    await pace();
    const problem = await recordFile(files, table, pace, receiver);
    if (problem) return problem;
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
