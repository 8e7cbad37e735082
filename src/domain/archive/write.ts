// Writes a whole ledger into one ZIP archive: a BagIt bag (RFC 8493) whose paths are all ASCII,
// with the records as JSON per table, CSV copies for Excel, attachments named by their SHA-256,
// the catalogue, a README and a printable index.html. See docs/archive-format.md.
import { today } from '../dates';
import { type LedgerData, type RecordTable, type Settings, RECORD_TABLE_NAMES } from '../ledger';
import type { Catalogue } from '../schemas/duty';
import { pacer, type Pace } from '../utils/pace';
import {
  ARCHIVE_FORMAT_VERSION,
  BAG_INFO,
  PAYLOAD_FILES,
  TAG_FILES,
  attachmentPath,
  baseDirName,
  csvPath,
  recordsPath,
} from './format';
import { indexHtml, readme, tableCsvSlices, type CopyMeta } from './copies';
import type { DeflateRaw } from './native-deflate';
import { sha256Hex } from '../utils/canonical-json';
import { crc32, writeZip } from './zip-write';

/** Everything an archive holds. */
export interface WriteInput {
  data: LedgerData;
  settings: Settings | undefined;
  /** Attachment bytes by attachment id. */
  blobs: ReadonlyMap<string, Blob>;
  catalogue: Catalogue;
  appVersion: string;
  now: Date;
  /** The change log (修改记录) entries, oldest first; written as an empty list when absent. */
  changeLog?: readonly unknown[];
}

const TABLES = RECORD_TABLE_NAMES;

/** Records of every table, in archive order. */
function countsOf(data: LedgerData): Record<RecordTable, number> {
  return Object.fromEntries(TABLES.map((t) => [t, data[t].length])) as Record<RecordTable, number>;
}

/** Records per slice of a table's JSON (the page gets a turn between slices). */
const ROWS_PER_SLICE = 2000;

/**
 * A table's records file as a JSON array with one record per line: compact, yet readable and
 * diffable. Made a slice of records at a time: each slice's text is handed to `emit`.
 */
function jsonLinesMaker(emit: (text: string) => void) {
  let written = 0;
  return {
    /** The next records, in order. */
    rows(rows: readonly unknown[]): void {
      if (!rows.length) return;
      const lines = rows.map((r) => JSON.stringify(r)).join(',\n');
      emit(written === 0 ? `[\n${lines}` : `,\n${lines}`);
      written += rows.length;
    },
    end(): void {
      emit(written === 0 ? '[]\n' : '\n]\n');
    },
  };
}

/** A table's records file ({@link jsonLinesMaker}) from all its rows, a slice per step. */
async function jsonLines(rows: readonly unknown[], pace: Pace, emit: (text: string) => void): Promise<void> {
  const made = jsonLinesMaker(emit);
  for (let start = 0; start < rows.length; start += ROWS_PER_SLICE) {
    await pace();
    made.rows(rows.slice(start, start + ROWS_PER_SLICE));
  }
  made.end();
}

/** Options of {@link writeArchive}. */
export interface WriteOptions {
  /** The deflate to use (tests pass the fallback's); by default the browser's own where it has one. */
  deflateRaw?: DeflateRaw;
  /**
   * Deflates each JSON and CSV file elsewhere while it is made (the export passes its worker's), so
   * that compressing and making run at once; by default each file is deflated here, one after the
   * other, once all are made.
   */
  deflateAhead?: () => DeflateAhead;
  /**
   * Records files already made while the ledger was read ({@link startRecordsAhead}); the files
   * made here join them (and are deflated by its `deflateAhead`, which then replaces the one above).
   */
  recordsAhead?: RecordsAhead;
}

/**
 * One file deflated while it is made: its UTF-8 slices in order, then the whole file (with which
 * the deflate can be redone elsewhere if the slices could not be taken).
 */
export interface DeflateAhead {
  /** The next slice: a view into the file's buffer, whose bytes never change (copy it to post it). */
  write(slice: Uint8Array): void;
  end(whole: Uint8Array): Promise<Uint8Array>;
}

/**
 * Text written into one growing buffer as UTF-8, each piece encoded in place (`encodeInto`), so
 * that a file made in pieces is never copied together from them.
 */
function utf8Buffer(encoder: TextEncoder) {
  let buffer = new Uint8Array(0);
  let length = 0;
  return {
    /** Appends a text; gives its bytes, a view into the buffer (they never change). */
    append(text: string): Uint8Array {
      // UTF-8 takes at most 3 bytes per UTF-16 code unit.
      const room = length + text.length * 3;
      if (room > buffer.length) {
        const grown = new Uint8Array(Math.max(room, buffer.length * 2));
        grown.set(buffer.subarray(0, length));
        buffer = grown;
      }
      const { written } = encoder.encodeInto(text, buffer.subarray(length));
      length += written;
      return buffer.subarray(length - written, length);
    },
    /** Every byte appended; copied out when more than a quarter of the buffer is unused. */
    bytes(): Uint8Array {
      return length < buffer.length * 0.75 ? buffer.slice(0, length) : buffer.subarray(0, length);
    },
  };
}

/**
 * The payload files (under data/) as they are made, by path: their bytes and CRC-32; their
 * SHA-256, each hashed (off the main thread) while the next is made; and with `deflateAhead`,
 * their deflate, made elsewhere slice by slice as each file is.
 */
function payloadFiles(deflateAhead: (() => DeflateAhead) | undefined) {
  const encoder = new TextEncoder();
  const payload = new Map<string, Uint8Array>();
  const crcs = new Map<string, number>();
  const hashing = new Map<string, Promise<string>>();
  const deflating = new Map<string, Promise<Uint8Array>>();
  /** A file made a slice at a time: `write` each slice of its text, then `end`. */
  const file = (path: string) => {
    const utf8 = utf8Buffer(encoder);
    let crc = 0;
    const ahead = deflateAhead?.();
    return {
      write: (content: string) => {
        const bytes = utf8.append(content);
        crc = crc32(bytes, crc);
        ahead?.write(bytes);
      },
      end: () => {
        const bytes = utf8.bytes();
        payload.set(path, bytes);
        crcs.set(path, crc);
        hashing.set(path, sha256Hex(bytes));
        deflating.delete(path);
        if (!ahead) return;
        const deflated = ahead.end(bytes);
        // Awaited by writeZip; a failure surfaces there, not as an unhandled rejection before.
        deflated.catch(() => undefined);
        deflating.set(path, deflated);
      },
    };
  };
  /** A file made in one piece. */
  const text = (path: string, content: string) => {
    const made = file(path);
    made.write(content);
    made.end();
  };
  return { payload, crcs, hashing, deflating, file, text };
}

type PayloadFiles = ReturnType<typeof payloadFiles>;

/**
 * The records files (data/records/<table>.json) made while the ledger is still being read. The
 * export reads it from IndexedDB a page at a time, and the pages come slower than the page can
 * write them out: making their JSON (and handing it to the deflate worker) fills those waits.
 * `rows` and `end` are told each table's pages and then the whole table (storage's
 * TableReadSink); writeArchive, given this as `recordsAhead`, takes a table's file from here only
 * if it was made from the very array it is given as `data[table]`, and else makes it itself.
 */
export interface RecordsAhead {
  /** The next rows of `table`, in order. */
  rows(table: RecordTable, rows: readonly unknown[]): void;
  /** `table` is read: `all` is every row of it, the rows told so far. */
  end(table: RecordTable, all: readonly unknown[]): void;
  /** Whether `table`'s file was made from the array `rows`. */
  madeFrom(table: RecordTable, rows: readonly unknown[]): boolean;
  /** The payload files made so far, which writeArchive adds to. */
  readonly files: PayloadFiles;
}

/** Starts making records files as their rows are read (see {@link RecordsAhead}). */
export function startRecordsAhead(deflateAhead?: () => DeflateAhead): RecordsAhead {
  const files = payloadFiles(deflateAhead);
  const making = new Map<
    RecordTable,
    { made: ReturnType<PayloadFiles['file']>; json: ReturnType<typeof jsonLinesMaker> }
  >();
  const madeFrom = new Map<RecordTable, readonly unknown[]>();
  const makingOf = (table: RecordTable) => {
    let entry = making.get(table);
    if (!entry) {
      const made = files.file(recordsPath(table));
      entry = { made, json: jsonLinesMaker(made.write) };
      making.set(table, entry);
    }
    return entry;
  };
  return {
    files,
    rows(table, rows) {
      makingOf(table).json.rows(rows);
    },
    end(table, all) {
      const { made, json } = makingOf(table);
      json.end();
      made.end();
      making.delete(table);
      madeFrom.set(table, all);
    },
    madeFrom: (table, rows) => madeFrom.get(table) === rows,
  };
}

/**
 * Builds the archive's bytes; `onProgress` receives 0…1 (preparing files to 0.5, compressing to
 * 1). Long steps are paced: the page gets a turn between slices of work.
 */
export async function writeArchive(
  input: WriteInput,
  onProgress?: (fraction: number) => void,
  options: WriteOptions = {},
): Promise<Uint8Array> {
  const { data, catalogue, now } = input;
  const pace = pacer();
  const date = today(() => now);
  const township = data.township[0];
  const townshipId = township?.townshipId ?? '';
  const townshipName = township?.name ?? '';
  const encoder = new TextEncoder();
  const ahead = options.recordsAhead;
  const { payload, crcs, hashing, deflating, file, text } =
    ahead?.files ?? payloadFiles(options.deflateAhead);
  const json = (value: unknown) => `${JSON.stringify(value, null, 1)}\n`;

  const steps = TABLES.length + 2;
  let step = 0;
  const tick = () => onProgress?.((++step / steps) * 0.5);

  const copyMeta: CopyMeta = {
    version: ARCHIVE_FORMAT_VERSION,
    townshipName,
    date,
    appVersion: input.appVersion,
    catalogueVersion: catalogue.version,
  };
  for (const table of TABLES) {
    if (!ahead?.madeFrom(table, data[table])) {
      const records = file(recordsPath(table));
      await jsonLines(data[table], pace, records.write);
      records.end();
    }
    await pace();
    const csv = file(csvPath(table));
    await tableCsvSlices(copyMeta.version, table, data, pace, csv.write);
    csv.end();
    tick();
  }
  text(PAYLOAD_FILES.settings, json(input.settings ?? null));
  text(PAYLOAD_FILES.catalogue, json(catalogue));
  text(PAYLOAD_FILES.changelog, json(input.changeLog ?? []));
  tick();

  const attachmentFiles = new Map<string, Uint8Array>();
  /** SHA-256 already computed, by path: an attachment is hashed once, for its check and the manifest. */
  const hashed = new Map<string, string>();
  for (const attachment of data.attachments) {
    const path = attachmentPath(attachment.sha256, attachment.mediaType);
    if (attachmentFiles.has(path)) continue;
    const blob = input.blobs.get(attachment.id);
    if (!blob) throw new Error(`附件“${attachment.fileName}”的文件内容不在本机，无法导出。`);
    const bytes = new Uint8Array(await blob.arrayBuffer());
    const actual = await sha256Hex(bytes);
    if (actual !== attachment.sha256)
      throw new Error(`附件“${attachment.fileName}”的文件内容与登记的校验值不符，无法导出。`);
    attachmentFiles.set(path, bytes);
    hashed.set(path, actual);
    payload.set(path, bytes);
  }
  tick();

  const payloadPaths = [...payload.keys()].sort();
  for (const [path, hash] of hashing) hashed.set(path, await hash);
  const manifest = await manifestOf(payloadPaths, payload, hashed);
  const octets = payloadPaths.reduce((sum, p) => sum + payload.get(p)!.length, 0);
  const counts = countsOf(data);

  const bagInfo = [
    [BAG_INFO.sourceOrganization, `湘乡市${townshipName}人民代表大会`],
    [BAG_INFO.externalDescription, `湘乡市${townshipName}人大履职台账归档（全部记录、附件与考评快照）`],
    [BAG_INFO.baggingDate, date],
    [BAG_INFO.payloadOxum, `${octets}.${payloadPaths.length}`],
    [BAG_INFO.softwareAgent, `xiangxiang-township-congress ${input.appVersion}`],
    [BAG_INFO.townshipId, townshipId],
    [BAG_INFO.townshipName, townshipName],
    [BAG_INFO.demo, township?.isDemo ? 'yes' : 'no'],
    [BAG_INFO.appVersion, input.appVersion],
    [BAG_INFO.formatVersion, String(ARCHIVE_FORMAT_VERSION)],
    [BAG_INFO.catalogueVersion, catalogue.version],
    [BAG_INFO.createdAt, now.toISOString()],
    ...TABLES.map((t) => [`${BAG_INFO.countPrefix}${t}`, String(counts[t])]),
  ]
    .map(([key, value]) => `${key}: ${value}\n`)
    .join('');

  const tags = new Map<string, Uint8Array>([
    [TAG_FILES.bagit, encoder.encode('BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n')],
    [TAG_FILES.bagInfo, encoder.encode(bagInfo)],
    [TAG_FILES.manifest, encoder.encode(manifest)],
    [TAG_FILES.readme, encoder.encode(readme(copyMeta, counts))],
    [TAG_FILES.index, encoder.encode(indexHtml(data, copyMeta))],
  ]);
  const tagPaths = [...tags.keys()].sort();
  tags.set(TAG_FILES.tagManifest, encoder.encode(await manifestOf(tagPaths, tags)));

  const base = baseDirName(townshipId, date);
  const entries = [
    ...[...tags.keys()]
      .sort()
      .map((path) => ({ name: `${base}/${path}`, bytes: tags.get(path)!, deflate: true })),
    ...payloadPaths.map((path) => ({
      name: `${base}/${path}`,
      bytes: payload.get(path)!,
      // Scans and photos are already compressed; storing them is as small and much faster.
      deflate: !attachmentFiles.has(path),
      deflated: deflating.get(path),
      crc: crcs.get(path),
    })),
  ];
  const bytes = await writeZip(entries, {
    now,
    pace,
    ...(options.deflateRaw ? { deflateRaw: options.deflateRaw } : {}),
    onProgress: (f) => onProgress?.(0.5 + f * 0.5),
  });
  onProgress?.(1);
  return bytes;
}

/**
 * A SHA-256 manifest (`<hex>  <path>` per line, LF, sorted): the format `sha256sum -c` reads.
 * Hashes in `known` are taken as they are.
 */
async function manifestOf(
  paths: readonly string[],
  files: ReadonlyMap<string, Uint8Array>,
  known: ReadonlyMap<string, string> = new Map(),
): Promise<string> {
  const lines: string[] = [];
  for (const path of paths)
    lines.push(`${known.get(path) ?? (await sha256Hex(files.get(path)!))}  ${path}\n`);
  return lines.join('');
}
