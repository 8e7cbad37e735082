// The browser half of `npm run bench` (scripts/bench.mjs bundles it with esbuild and loads it into
// a page of the built site's origin, so the ledger it writes is the one the site's pages read).
// Each function measures one thing and returns milliseconds; the runner calls them through
// page.evaluate, takes medians and prints the table.
import { diffLedgers, diffLedgersPaced, readArchive, writeArchive } from '../src/domain/archive';
import { tableCsv } from '../src/domain/archive/copies';
import { ARCHIVE_FORMAT_VERSION } from '../src/domain/archive/format';
import { nativeDeflateRaw } from '../src/domain/archive/native-deflate';
import { crc32 } from '../src/domain/archive/zip-write';
import { sha256Hex } from '../src/domain/utils/canonical-json';
import { pacer } from '../src/domain/utils/pace';
import { catalogue } from '../src/domain/catalogue';
import type { LedgerData } from '../src/domain/ledger';
import { exportLedger, importLedger } from '../src/storage/archive';
import { startWorkerDeflate, type WorkerDeflate } from '../src/storage/archive/worker-deflate';
import { getLedgerDb } from '../src/storage/instance';
import { RECORD_TABLE_NAMES, clearAll, exportAll, replaceAll } from '../src/storage/ledger';
import { demoOfSize, demoWithHistory, recordCount } from './demo-size';

let data: LedgerData | undefined;
let archive: Uint8Array | undefined;

/** Generates a demo ledger of about `target` records and its archive; returns the real counts. */
async function prepare(target: number): Promise<{ records: number; archiveBytes: number }> {
  data = demoOfSize(target);
  archive = await writeArchive({
    data,
    settings: undefined,
    blobs: new Map(),
    catalogue,
    appVersion: 'bench',
    now: new Date(),
  });
  return { records: recordCount(data), archiveBytes: archive.length };
}

const need = <T>(value: T | undefined): T => {
  if (value === undefined) throw new Error('call prepare(n) first');
  return value;
};

/** Wraps an IndexedDB request in a promise. */
function done<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

/** Resolves when a transaction commits. */
function committed(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error);
  });
}

/**
 * The floor: the same records written into a plain IndexedDB database with the ledger's stores
 * and indexes (taken from its Dexie schema) in one transaction, then read back in one
 * transaction — no library, no validation, no change log, no copy for undo.
 */
async function rawFloor(): Promise<{ writeMs: number; readMs: number }> {
  const ledger = need(data);
  const ledgerDb = getLedgerDb();
  await ledgerDb.open();
  await done(indexedDB.deleteDatabase('bench-raw'));
  const open = indexedDB.open('bench-raw', 1);
  open.onupgradeneeded = () => {
    for (const table of RECORD_TABLE_NAMES) {
      const schema = ledgerDb.table(table).schema;
      const store = open.result.createObjectStore(table, { keyPath: schema.primKey.keyPath ?? 'id' });
      for (const index of schema.indexes)
        store.createIndex(index.name, index.keyPath ?? index.name, {
          unique: index.unique ?? false,
          multiEntry: index.multi ?? false,
        });
    }
  };
  const db = await done(open);
  try {
    const t0 = performance.now();
    const write = db.transaction(RECORD_TABLE_NAMES, 'readwrite');
    for (const table of RECORD_TABLE_NAMES) {
      const store = write.objectStore(table);
      for (const record of ledger[table]) store.put(record);
    }
    await committed(write);
    const t1 = performance.now();
    const read = db.transaction(RECORD_TABLE_NAMES, 'readonly');
    const all = await Promise.all(RECORD_TABLE_NAMES.map((t) => done(read.objectStore(t).getAll())));
    await committed(read);
    const t2 = performance.now();
    if (all.reduce((sum, rows) => sum + rows.length, 0) !== recordCount(ledger))
      throw new Error('raw floor read back a different number of records');
    return { writeMs: t1 - t0, readMs: t2 - t1 };
  } finally {
    db.close();
    await done(indexedDB.deleteDatabase('bench-raw'));
  }
}

/**
 * The export's fair floor: serialising the same records to JSON and deflating them (the browser's
 * own), then reading them back as the verified export does — inflating and parsing (issue 13.8).
 */
async function serialiseDeflate(): Promise<{ ms: number; bytes: number; readBackMs: number }> {
  const ledger = need(data);
  const t0 = performance.now();
  const json = new TextEncoder().encode(JSON.stringify(ledger));
  const stream = new Blob([json]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  const deflated = await new Response(stream).arrayBuffer();
  const t1 = performance.now();
  const inflated = new Blob([deflated]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
  const parsed: unknown = JSON.parse(await new Response(inflated).text());
  if (typeof parsed !== 'object') throw new Error('read-back failed');
  const t2 = performance.now();
  return { ms: t2 - t0, bytes: deflated.byteLength, readBackMs: t2 - t1 };
}

/** Watches the main thread: the longest task (longtask entries) and the longest gap between frames. */
function freezeMonitor(): () => { longestTaskMs: number; longestFrameGapMs: number } {
  let longestTaskMs = 0;
  let longestFrameGapMs = 0;
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longestTaskMs = Math.max(longestTaskMs, entry.duration);
  });
  observer.observe({ type: 'longtask', buffered: false });
  let last = performance.now();
  let running = true;
  const frame = (now: number) => {
    longestFrameGapMs = Math.max(longestFrameGapMs, now - last);
    last = now;
    if (running) requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
  return () => {
    running = false;
    for (const entry of observer.takeRecords()) longestTaskMs = Math.max(longestTaskMs, entry.duration);
    observer.disconnect();
    longestFrameGapMs = Math.max(longestFrameGapMs, performance.now() - last);
    return { longestTaskMs, longestFrameGapMs };
  };
}

/**
 * The ledger's import of the archive as the import page does it: read and verify the archive,
 * compute the dry run against the (emptied) ledger, then replace the ledger in one transaction.
 */
async function ledgerImport(): Promise<{
  ms: number;
  readMs: number;
  writeMs: number;
  longestTaskMs: number;
  longestFrameGapMs: number;
}> {
  const bytes = need(archive);
  const db = getLedgerDb();
  const cleared = await clearAll(db);
  if (!cleared.ok) throw new Error(cleared.message);
  const stop = freezeMonitor();
  const t0 = performance.now();
  const read = await readArchive(bytes);
  if (!read.ok) throw new Error(read.message);
  const current = await exportAll(db);
  const diff = diffLedgers(current, read.archive.data);
  const t1 = performance.now();
  const result = await importLedger(db, {
    archive: read.archive,
    diff,
    mode: 'replace',
    resolve: 'keep-current',
  });
  const t2 = performance.now();
  if (!result.ok) throw new Error(result.message);
  return { ms: t2 - t0, readMs: t1 - t0, writeMs: t2 - t1, ...stop() };
}

/** Runs `work` with the export's worker where one starts (closed after), as exportLedger does. */
async function withWorker<T>(work: (deflater: WorkerDeflate | undefined) => Promise<T>): Promise<T> {
  const deflater = startWorkerDeflate(pacer());
  try {
    return await work(deflater);
  } finally {
    deflater?.close();
  }
}

/** Writes the archive as exportLedger does: deflated by the export's worker where one starts. */
function writeWith(ledger: LedgerData, deflater: WorkerDeflate | undefined): Promise<Uint8Array> {
  return writeArchive(
    { data: ledger, settings: undefined, blobs: new Map(), catalogue, appVersion: 'bench', now: new Date() },
    undefined,
    deflater ? { deflateAhead: () => deflater.open() } : {},
  );
}

/** Writing the archive alone (JSON and CSV of every table, manifests, deflate), without reading it back. */
async function archiveWrite(): Promise<{ ms: number }> {
  const ledger = need(data);
  const t0 = performance.now();
  await withWorker((deflater) => writeWith(ledger, deflater));
  return { ms: performance.now() - t0 };
}

/**
 * The same archive imported again in merge mode over the ledger ledgerImport left: read and
 * verify, compare every record with the ledger (all the same), write the merged ledger.
 */
async function ledgerMergeImport(): Promise<{
  ms: number;
  longestTaskMs: number;
  longestFrameGapMs: number;
}> {
  const bytes = need(archive);
  const db = getLedgerDb();
  const stop = freezeMonitor();
  const t0 = performance.now();
  const read = await readArchive(bytes);
  if (!read.ok) throw new Error(read.message);
  const diff = await diffLedgersPaced(await exportAll(db), read.archive.data, undefined, pacer());
  const result = await importLedger(db, {
    archive: read.archive,
    diff,
    mode: 'merge',
    resolve: 'keep-current',
  });
  const ms = performance.now() - t0;
  if (!result.ok) throw new Error(result.message);
  return { ms, ...stop() };
}

/** The ledger's export: read every table, write the archive, read it back and compare (exportLedger). */
async function ledgerExport(): Promise<{
  ms: number;
  bytes: number;
  longestTaskMs: number;
  longestFrameGapMs: number;
}> {
  const stop = freezeMonitor();
  const t0 = performance.now();
  const result = await exportLedger(getLedgerDb(), { catalogue, appVersion: 'bench' });
  const ms = performance.now() - t0;
  if (!result.ok) throw new Error(result.message);
  return { ms, bytes: result.bytes.length, ...stop() };
}

/**
 * The export's parts, each measured alone: reading the whole ledger from IndexedDB (exportAll),
 * writing the ZIP, and reading it back with verification (no copies, the records kept as parsed
 * for the exact comparison, the copies inflated and hashed by the worker, as exportLedger reads
 * it). The export itself makes the records' JSON while it reads, so its parts overlap.
 */
async function exportParts(): Promise<{ idbReadMs: number; writeMs: number; readBackMs: number }> {
  const t0 = performance.now();
  const ledger = await exportAll(getLedgerDb());
  const t1 = performance.now();
  return withWorker(async (deflater) => {
    const bytes = await writeWith(ledger, deflater);
    const t2 = performance.now();
    const read = await readArchive(bytes, {
      skipCopyCheck: true,
      trustRecords: true,
      ...(deflater ? { hashElsewhere: deflater.hashCopy } : {}),
    });
    const t3 = performance.now();
    if (!read.ok) throw new Error(read.message);
    return { idbReadMs: t1 - t0, writeMs: t2 - t1, readBackMs: t3 - t2 };
  });
}

/**
 * What writing the archive costs, piece by piece, each over every table in turn (writeArchive runs them
 * file by file, the SHA-256 beside the rest): the JSON text, the CSV copies, encoding both to UTF-8, their
 * SHA-256 (Web Crypto), their CRC-32 and their deflate (the browser's own).
 */
async function writeParts(): Promise<Record<string, number>> {
  const ledger = need(data);
  const pace = async () => undefined;
  const time = async <T>(run: () => T | Promise<T>): Promise<[T, number]> => {
    const t0 = performance.now();
    const value = await run();
    return [value, performance.now() - t0];
  };
  const [jsons, jsonMs] = await time(() =>
    RECORD_TABLE_NAMES.map((t) => `[\n${ledger[t].map((r) => JSON.stringify(r)).join(',\n')}\n]\n`),
  );
  const [csvs, csvMs] = await time(() =>
    RECORD_TABLE_NAMES.map((t) => tableCsv(ARCHIVE_FORMAT_VERSION, t, ledger)),
  );
  const encoder = new TextEncoder();
  const [files, encodeMs] = await time(() => [...jsons, ...csvs].map((text) => encoder.encode(text)));
  const [, sha256Ms] = await time(() => Promise.all(files.map((f) => sha256Hex(f))));
  const [, crcMs] = await time(() => files.map((f) => crc32(f)));
  const [, deflateMs] = await time(async () => {
    for (const f of files) await nativeDeflateRaw(f, pace);
  });
  const mb = (list: Uint8Array[]) => list.reduce((sum, f) => sum + f.length, 0) / 1024 / 1024;
  return {
    jsonMs,
    csvMs,
    encodeMs,
    sha256Ms,
    crcMs,
    deflateMs,
    jsonMB: mb(files.slice(0, jsons.length)),
    csvMB: mb(files.slice(jsons.length)),
  };
}

/** Puts the prepared ledger into the site's database as it is (for the export figures alone). */
async function fillLedger(): Promise<void> {
  const result = await replaceAll(getLedgerDb(), need(data));
  if (!result.ok) throw new Error(result.message);
}

/** Empties the ledger (for the tab memory figures). */
async function clearLedger(): Promise<void> {
  const cleared = await clearAll(getLedgerDb());
  if (!cleared.ok) throw new Error(cleared.message);
}

/**
 * Imports an archive file the runner put beside this page, as the import page does with a file
 * the user picked: its bytes, read and verified, the dry run against the ledger, then the
 * replacing write. A refused archive returns its reason (the bomb's figure is of the refusal).
 */
async function importFile(name: string): Promise<{ ok: boolean; reason: string; ms: number }> {
  const bytes = async () => new Uint8Array(await (await fetch(name)).arrayBuffer());
  const t0 = performance.now();
  // The bytes are held by readArchive alone (not by this frame), as by the import page's reader.
  const read = await readArchive(await bytes());
  if (!read.ok) return { ok: false, reason: read.reason, ms: performance.now() - t0 };
  const db = getLedgerDb();
  const diff = await diffLedgersPaced(await exportAll(db), read.archive.data, undefined, pacer());
  const result = await importLedger(db, {
    archive: read.archive,
    diff,
    mode: 'replace',
    resolve: 'keep-current',
  });
  return { ok: result.ok, reason: result.ok ? '' : result.reason, ms: performance.now() - t0 };
}

/**
 * Replaces the ledger with one of about `target` records that grew over earlier years
 * (demoWithHistory), for the pages' figures on a ledger whose recent years are of normal size.
 */
async function loadHistory(target: number): Promise<{ records: number }> {
  const ledger = demoWithHistory(target);
  const result = await replaceAll(getLedgerDb(), ledger);
  if (!result.ok) throw new Error(result.message);
  return { records: recordCount(ledger) };
}

declare global {
  interface Window {
    bench: typeof bench;
  }
}

const bench = {
  prepare,
  rawFloor,
  serialiseDeflate,
  archiveWrite,
  ledgerImport,
  ledgerMergeImport,
  ledgerExport,
  exportParts,
  writeParts,
  fillLedger,
  clearLedger,
  importFile,
  loadHistory,
};
window.bench = bench;
