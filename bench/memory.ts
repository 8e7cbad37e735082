// Memory of reading archives (issue 13.3), for `npm run bench` (scripts/bench.mjs runs each step
// in its own process under /usr/bin/time -v and reports the peak resident set size):
//   - a valid archive of about 100,000 records, verified by the command-line tool, and read and
//     compared (diffLedgers) as the import page does before writing;
//   - a many-small-entries bomb (2,000 entries of 512 KB of zeros: 1 GB declared in ~1 MB);
//   - what the valid data itself needs: a process holding the verified archive's records.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { diffLedgers, readArchive, writeArchive } from '../src/domain/archive';
import { catalogue } from '../src/domain/catalogue';
import { type LedgerData, RECORD_TABLE_NAMES } from '../src/domain/ledger';
import { craftZip } from '../tests/fixtures/zip-craft';
import { demoOfSize, recordCount } from './demo-size';

/** Writes the two archives; returns their paths and the valid one's record count. */
export async function writeMemoryArchives(
  tmpDir: string,
  target: number,
): Promise<{ valid: string; bomb: string; records: number; archiveBytes: number }> {
  const data = demoOfSize(target);
  const bytes = await writeArchive({
    data,
    settings: undefined,
    blobs: new Map(),
    catalogue,
    appVersion: 'bench',
    now: new Date(),
  });
  const valid = join(tmpDir, `memory-${target}.zip`);
  await writeFile(valid, bytes);
  const chunk = new Uint8Array(512 * 1024);
  const body = new Uint8Array(deflateRawSync(chunk));
  const bomb = join(tmpDir, 'memory-bomb-many-small.zip');
  await writeFile(
    bomb,
    craftZip(Array.from({ length: 2000 }, (_, i) => ({ name: `l/data/z${i}.bin`, data: chunk, body }))),
  );
  return { valid, bomb, records: recordCount(data), archiveBytes: bytes.length };
}

/** Reads an archive as the import page does before writing: verify, then the dry run against an empty ledger. */
export async function readForImport(bytes: Uint8Array): Promise<boolean> {
  const read = await readArchive(bytes);
  if (!read.ok) return false;
  const empty = Object.fromEntries(RECORD_TABLE_NAMES.map((t) => [t, []])) as unknown as LedgerData;
  diffLedgers(empty, read.archive.data);
  return true;
}

/** The resident set size (MB) of a process holding a verified archive's records, after a full GC. */
export async function heldDataMb(bytes: Uint8Array): Promise<number> {
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const before = process.memoryUsage().rss;
  const read = await readArchive(bytes);
  if (!read.ok) throw new Error(read.message);
  gc?.();
  gc?.();
  const after = process.memoryUsage().rss;
  // Keep the records alive until measured.
  if (read.archive.data.township.length > 1) console.log('');
  return Math.round((after - before) / 1024 / 1024);
}
