// The ZIP writer (zip-write.ts) and the reader's native inflate: round trips through our reader
// and through JSZip, Chinese names, empty files, stored versus deflated, and the fallbacks used
// where the browser has no CompressionStream / DecompressionStream('deflate-raw').
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readArchive, startRecordsAhead, writeArchive, type DeflateAhead } from '..';
import {
  concat,
  hasNativeDeflate,
  hasNativeInflate,
  nativeDeflateRaw,
  nativeDeflateStream,
  type DeflateRaw,
} from '../native-deflate';
import { tableCsv } from '../copies';
import { ARCHIVE_FORMAT_VERSION, recordsPath } from '../format';
import { jszipFiles } from '../../../../tests/fixtures/jszip-read';
import { validInput } from '../../../../tests/fixtures/make-hostile-archives';
import { crc32, defaultDeflateRaw, dosDateTime, jszipDeflateRaw, writeZip } from '../zip-write';
import { readZipDirectory } from '../zip-directory';

const text = (s: string) => new TextEncoder().encode(s);
const NOW = new Date('2026-11-28T02:00:04.000Z');

/** Bytes that do not compress (a simple generator: deterministic). */
function noise(length: number): Uint8Array {
  const out = new Uint8Array(length);
  let x = 2463534242;
  for (let i = 0; i < length; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = x & 0xff;
  }
  return out;
}

const ENTRIES = [
  { name: 'base/说明.txt', bytes: text('中文名称的文件\n'.repeat(50)), deflate: true },
  { name: 'base/empty.txt', bytes: new Uint8Array(0), deflate: true },
  { name: 'base/data/table.json', bytes: text('[{"a":1}]\n'.repeat(2000)), deflate: true },
  { name: 'base/photo.png', bytes: noise(5000), deflate: false },
  { name: 'base/random.bin', bytes: noise(3000), deflate: true },
];

afterEach(() => {
  vi.unstubAllGlobals();
});

describe.each<[string, DeflateRaw]>([
  ['CompressionStream', nativeDeflateRaw],
  ['JSZip fallback', jszipDeflateRaw],
])('writeZip with %s', (_label, deflateRaw) => {
  it('is read back by JSZip with every name and byte as written', async () => {
    const files = await jszipFiles(await writeZip(ENTRIES, { now: NOW, deflateRaw }));
    for (const entry of ENTRIES) expect(files.get(entry.name), entry.name).toEqual(entry.bytes);
    expect(files.size).toBe(ENTRIES.length);
  });

  it('deflates text, stores what asks to be stored or does not shrink, flags UTF-8 names', async () => {
    const bytes = await writeZip(ENTRIES, { now: NOW, deflateRaw });
    const directory = readZipDirectory(bytes, 100);
    if (!directory.ok) throw new Error(directory.detail);
    const byName = new Map(directory.entries.map((e) => [e.rawName, e]));
    const latin1 = (s: string) => String.fromCharCode(...text(s));
    expect(byName.get(latin1('base/说明.txt'))?.method).toBe(8);
    expect(byName.get(latin1('base/说明.txt'))?.nonAscii).toBe(true);
    expect(byName.get('base/data/table.json')?.method).toBe(8);
    expect(byName.get('base/data/table.json')!.compressedSize).toBeLessThan(1000);
    expect(byName.get('base/empty.txt')).toMatchObject({ method: 0, compressedSize: 0, uncompressedSize: 0 });
    expect(byName.get('base/photo.png')).toMatchObject({ method: 0, compressedSize: 5000 });
    expect(byName.get('base/random.bin')).toMatchObject({ method: 0, compressedSize: 3000 });
    // General-purpose flag bit 11 (language encoding: UTF-8) on the Chinese name only.
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    expect(view.getUint16(6, true) & 0x0800).toBe(0x0800);
    const second = 30 + view.getUint16(26, true) + view.getUint32(18, true);
    expect(view.getUint16(second + 6, true) & 0x0800).toBe(0);
  });

  it('writes archives our reader verifies', async () => {
    const input = await validInput();
    const bytes = await writeArchive(input, undefined, { deflateRaw });
    const read = await readArchive(bytes);
    expect(read.ok ? read.archive.info.counts : read.message).toEqual(
      Object.fromEntries(Object.entries(input.data).map(([t, rows]) => [t, rows.length])),
    );
  });
});

describe('deflating ahead (the export deflates each file elsewhere as soon as it is made)', () => {
  it('deflates every JSON and CSV file ahead, slice by slice, into the same archive', async () => {
    const input = await validInput();
    // 2,500 activities: their JSON and CSV are made in more than one slice.
    const own = input.data.activities;
    const activities = Array.from({ length: 2500 }, (_, i) =>
      i < own.length ? own[i]! : { ...own[i % own.length]!, id: crypto.randomUUID(), linkedActivityIds: [] },
    );
    const grown = { ...input, data: { ...input.data, activities } };
    const files: { slices: Uint8Array[]; whole?: Uint8Array }[] = [];
    const deflateAhead = (): DeflateAhead => {
      const file: { slices: Uint8Array[]; whole?: Uint8Array } = { slices: [] };
      files.push(file);
      const stream = nativeDeflateStream();
      let written = Promise.resolve();
      return {
        write(slice) {
          file.slices.push(slice);
          written = written.then(() => stream.write(slice));
        },
        async end(whole) {
          file.whole = whole;
          await written;
          return stream.end();
        },
      };
    };
    const ahead = await writeArchive(grown, undefined, { deflateAhead });
    const here = await writeArchive(grown);
    // Every table's JSON and CSV, and settings, catalogue and change log; each whole is its slices.
    expect(files.length).toBe(Object.keys(input.data).length * 2 + 3);
    for (const { slices, whole } of files)
      expect(
        concat(
          slices,
          slices.reduce((n, b) => n + b.length, 0),
        ),
      ).toEqual(whole);
    expect(Math.max(...files.map((f) => f.slices.length))).toBeGreaterThan(2);
    const [a, b] = [await jszipFiles(ahead), await jszipFiles(here)];
    expect([...a.keys()].sort()).toEqual([...b.keys()].sort());
    for (const [name, bytes] of a) expect(bytes, name).toEqual(b.get(name));
    // The slices make the same text as one piece: the CSV as tableCsv writes it, the JSON parses.
    const named = (end: string) => new TextDecoder().decode([...a].find(([name]) => name.endsWith(end))![1]);
    expect(named('data/csv/activities.csv')).toBe(
      tableCsv(ARCHIVE_FORMAT_VERSION, 'activities', grown.data).replace(/^\uFEFF/, ''),
    );
    expect(JSON.parse(named('data/records/activities.json'))).toEqual(activities);
    const read = await readArchive(ahead);
    expect(read.ok ? read.archive.info.counts.activities : read.message).toBe(2500);
  }, 60_000);

  it('uses what was deflated ahead as it is, and stores it when it does not shrink', async () => {
    const json = text('[{"a":1}]\n'.repeat(2000));
    const deflated = await nativeDeflateRaw(json, async () => undefined);
    const bytes = await writeZip(
      [
        { name: 'a.json', bytes: json, deflate: true, deflated: Promise.resolve(deflated) },
        { name: 'b.bin', bytes: noise(3000), deflate: true, deflated: Promise.resolve(noise(3100)) },
      ],
      { now: NOW },
    );
    const directory = readZipDirectory(bytes, 100);
    if (!directory.ok) throw new Error(directory.detail);
    expect(directory.entries.map((e) => [e.rawName, e.method, e.compressedSize])).toEqual([
      ['a.json', 8, deflated.length],
      ['b.bin', 0, 3000],
    ]);
    expect((await jszipFiles(bytes)).get('a.json')).toEqual(json);
  });

  it('fails the write, with the reason, when deflating ahead fails', async () => {
    const input = await validInput();
    const deflateAhead = (): DeflateAhead => ({
      write: () => undefined,
      end: () => Promise.reject(new Error('压缩失败')),
    });
    await expect(writeArchive(input, undefined, { deflateAhead })).rejects.toThrow('压缩失败');
  });
});

describe('records made while the ledger is read (the export makes their JSON between pages)', () => {
  /** A valid input with 2,500 activities (more than two pages of 1,000). */
  async function grownInput() {
    const input = await validInput();
    const own = input.data.activities;
    const activities = Array.from({ length: 2500 }, (_, i) =>
      i < own.length ? own[i]! : { ...own[i % own.length]!, id: crypto.randomUUID(), linkedActivityIds: [] },
    );
    return { ...input, data: { ...input.data, activities } };
  }

  /** Tells a RecordsAhead every table a page of 1,000 rows at a time, as storage's readTable does. */
  function readInto(ahead: ReturnType<typeof startRecordsAhead>, data: Record<string, readonly unknown[]>) {
    for (const [table, rows] of Object.entries(data)) {
      for (let start = 0; start < rows.length; start += 1000)
        ahead.rows(table as never, rows.slice(start, start + 1000));
      ahead.end(table as never, rows);
    }
  }

  it('writes the same archive, byte for byte, as one made from the whole tables', async () => {
    const input = await grownInput();
    expect(Object.values(input.data).some((rows) => rows.length === 0)).toBe(true);
    const opened: string[] = [];
    const recordsAhead = startRecordsAhead(() => {
      const stream = nativeDeflateStream();
      let written = Promise.resolve();
      opened.push('file');
      return {
        write(slice) {
          written = written.then(() => stream.write(slice));
        },
        async end() {
          await written;
          return stream.end();
        },
      };
    });
    readInto(recordsAhead, input.data);
    const tables = Object.keys(input.data).length;
    // Only the records files were started while reading.
    expect(opened).toHaveLength(tables);
    const ahead = await writeArchive(input, undefined, { recordsAhead });
    // Then the CSV copies, settings, catalogue and change log; no records file was made again.
    expect(opened).toHaveLength(tables * 2 + 3);
    const here = await writeArchive(input, undefined, { deflateRaw: nativeDeflateRaw });
    expect(ahead).toEqual(here);
  }, 60_000);

  it('makes a table again from the array it is given when that is not the array read', async () => {
    const input = await grownInput();
    const recordsAhead = startRecordsAhead();
    readInto(recordsAhead, input.data);
    // As the export does for committees saved before ids were kept: a new array after the read.
    const committees = input.data.credentialsCommittees.map((c) => ({ ...c, note: '读后补全' }));
    const changed = { ...input, data: { ...input.data, credentialsCommittees: committees } };
    const files = await jszipFiles(await writeArchive(changed, undefined, { recordsAhead }));
    const records = (table: string) =>
      JSON.parse(
        new TextDecoder().decode([...files].find(([name]) => name.endsWith(recordsPath(table)))![1]),
      ) as unknown;
    expect(records('credentialsCommittees')).toEqual(committees);
    expect(records('activities')).toEqual(input.data.activities);
    const read = await readArchive(
      await writeArchive(changed, undefined, { recordsAhead: startRecordsAhead() }),
    );
    expect(read.ok ? read.archive.data.credentialsCommittees[0]?.note : read.message).toBe('读后补全');
  }, 60_000);
});

describe('the ZIP fields', () => {
  it('computes the ZIP CRC-32 (check value of "123456789", any split)', () => {
    expect(crc32(text('123456789'))).toBe(0xcbf43926);
    const long = noise(1001);
    expect(crc32(long.subarray(500), crc32(long.subarray(0, 500)))).toBe(crc32(long));
    expect(crc32(new Uint8Array(0))).toBe(0);
  });

  it('stamps DOS times in China time', () => {
    // 02:00:04 UTC is 10:00:04 in China: hours 10, minutes 0, seconds 4 / 2.
    expect(dosDateTime(NOW)).toEqual({ time: (10 << 11) | 2, date: (46 << 9) | (11 << 5) | 28 });
    // 20:00 UTC on 31 December is already 1 January in China.
    expect(dosDateTime(new Date('2025-12-31T20:00:00Z')).date).toBe((46 << 9) | (1 << 5) | 1);
  });

  it('refuses what would need ZIP64', async () => {
    const many = Array.from({ length: 65535 }, (_, i) => ({
      name: `f${i}`,
      bytes: new Uint8Array(0),
      deflate: false,
    }));
    await expect(writeZip(many, { now: NOW })).rejects.toThrow('65535');
  });
});

describe('without CompressionStream / DecompressionStream (Chromium 86)', () => {
  it('uses the native ones here, and JSZip once they are missing', () => {
    expect(hasNativeDeflate()).toBe(true);
    expect(hasNativeInflate()).toBe(true);
    expect(defaultDeflateRaw()).toBe(nativeDeflateRaw);
    vi.stubGlobal('CompressionStream', undefined);
    vi.stubGlobal('DecompressionStream', undefined);
    expect(hasNativeDeflate()).toBe(false);
    expect(hasNativeInflate()).toBe(false);
    expect(defaultDeflateRaw()).toBe(jszipDeflateRaw);
  });

  it('still writes and reads a verified archive', async () => {
    const input = await validInput();
    const native = await writeArchive(input);
    vi.stubGlobal('CompressionStream', undefined);
    vi.stubGlobal('DecompressionStream', undefined);
    const fallback = await writeArchive(input);
    for (const bytes of [native, fallback]) {
      const read = await readArchive(bytes);
      expect(read.ok ? read.archive.data.activities.length : read.message).toBe(input.data.activities.length);
    }
  });

  it('refuses an entry that inflates past its declared size, natively and by JSZip', async () => {
    const input = await validInput();
    const bytes = await writeArchive(input);
    // Lower the declared size of data/records/activities.json in the central directory.
    const directory = readZipDirectory(bytes, 100);
    if (!directory.ok) throw new Error(directory.detail);
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const eocd = bytes.length - 22;
    let at = view.getUint32(eocd + 16, true);
    for (const entry of directory.entries) {
      if (entry.rawName.endsWith('data/records/activities.json')) view.setUint32(at + 24, 100, true);
      at += 46 + view.getUint16(at + 28, true);
    }
    const native = await readArchive(bytes);
    vi.stubGlobal('DecompressionStream', undefined);
    const fallback = await readArchive(bytes);
    for (const read of [native, fallback]) expect(read.ok ? 'ok' : read.reason).toBe('zip-bomb');
  });
});
