// The archive writer and reader: round trip, the bag's files checked independently (node:crypto),
// CSV for Excel, inert HTML, the upgrade of format 0, limits, the diff and merge, the JSON Schemas.
import { createHash } from 'node:crypto';
import { inflateRawSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  ARCHIVE_FORMAT_VERSION,
  DEFAULT_LIMITS,
  archiveFileName,
  archiveJsonSchemas,
  canonicalJson,
  diffLedgers,
  diffLedgersPaced,
  mergeLedgers,
  readArchive,
  writeArchive,
  type HashElsewhere,
  type WriteInput,
} from '..';
import { RECORD_TABLES, type LedgerData, type RecordTable } from '../../ledger';
import {
  PNG_BYTES,
  makeFormat0Archive,
  unzipEntries,
  validInput,
} from '../../../../tests/fixtures/make-hostile-archives';
import { parseBagInfo } from '../read';

const TABLES = Object.keys(RECORD_TABLES) as RecordTable[];
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

/** The data as the schemas normalise it (what any reader gets back). */
function normalised(data: LedgerData): LedgerData {
  return Object.fromEntries(
    TABLES.map((t) => [t, data[t].map((r) => RECORD_TABLES[t].schema.parse(r))]),
  ) as LedgerData;
}

let input: WriteInput;
let bytes: Uint8Array;
let files: Map<string, Uint8Array>;
let base: string;

beforeAll(async () => {
  input = await validInput();
  bytes = await writeArchive(input);
  const entries = await unzipEntries(bytes);
  base = entries[0]!.name.split('/')[0]!;
  files = new Map(entries.map((e) => [e.name.slice(base.length + 1), e.data]));
});

describe('writeArchive', () => {
  it('names the download in Chinese and every path inside in ASCII, under one folder', () => {
    expect(archiveFileName('示例镇', '2026-11-28')).toBe('示例镇人大台账_2026-11-28.zip');
    expect(base).toBe('shili-ledger-2026-11-28');
    for (const path of files.keys()) expect(path).toMatch(/^[A-Za-z0-9._/-]+$/);
  });

  it('writes the BagIt tag files and one JSON and one CSV per table', () => {
    expect(decode(files.get('bagit.txt')!)).toBe('BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n');
    for (const name of [
      'bag-info.txt',
      'manifest-sha256.txt',
      'tagmanifest-sha256.txt',
      'README.txt',
      'index.html',
    ])
      expect(files.has(name), name).toBe(true);
    for (const table of TABLES) {
      expect(files.has(`data/records/${table}.json`), table).toBe(true);
      expect(files.has(`data/csv/${table}.csv`), table).toBe(true);
    }
    for (const name of ['data/catalogue.json', 'data/settings.json', 'data/changelog.json'])
      expect(files.has(name), name).toBe(true);
    expect(JSON.parse(decode(files.get('data/changelog.json')!))).toEqual([]);
    expect(JSON.parse(decode(files.get('data/catalogue.json')!)).version).toBe(input.catalogue.version);
  });

  it('fills bag-info.txt: township, date, Payload-Oxum, versions, record counts', () => {
    const info = parseBagInfo(decode(files.get('bag-info.txt')!));
    expect(info.get('Township-Id')).toBe('shili');
    expect(info.get('Township-Name')).toBe('示例镇');
    expect(info.get('Bagging-Date')).toBe('2026-11-28');
    expect(info.get('App-Version')).toBe('0.1.0');
    expect(info.get('Ledger-Format-Version')).toBe(String(ARCHIVE_FORMAT_VERSION));
    expect(info.get('Catalogue-Version')).toBe(input.catalogue.version);
    for (const table of TABLES)
      expect(info.get(`Record-Count-${table}`)).toBe(String(input.data[table].length));
    const payload = [...files.keys()].filter((p) => p.startsWith('data/'));
    const octets = payload.reduce((s, p) => s + files.get(p)!.length, 0);
    expect(info.get('Payload-Oxum')).toBe(`${octets}.${payload.length}`);
  });

  it('lists every payload file in manifest-sha256.txt and every tag file in tagmanifest-sha256.txt, verified independently', () => {
    const check = (manifest: string) => {
      const listed = new Set<string>();
      for (const line of decode(files.get(manifest)!).trim().split('\n')) {
        const [hash, path] = line.split('  ');
        expect(sha256(files.get(path!)!), path).toBe(hash);
        listed.add(path!);
      }
      return listed;
    };
    const payload = check('manifest-sha256.txt');
    const tags = check('tagmanifest-sha256.txt');
    for (const path of files.keys())
      if (path.startsWith('data/')) expect(payload.has(path), path).toBe(true);
      else if (path !== 'tagmanifest-sha256.txt') expect(tags.has(path), path).toBe(true);
  });

  it('names attachments by their SHA-256 and keeps their bytes', () => {
    const path = `data/attachments/${sha256(PNG_BYTES)}.png`;
    expect(files.get(path)).toEqual(PNG_BYTES);
  });

  it('writes CSV for Excel: UTF-8 with BOM, CRLF, Chinese intact', () => {
    const csv = files.get('data/csv/deputies.csv')!;
    expect([...csv.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = decode(csv.slice(3));
    expect(text.split('\r\n')[0]).toContain('姓名');
    expect(text).toContain(input.data.deputies[0]!.name);
    expect(text.split('\r\n')).toHaveLength(input.data.deputies.length + 2);
  });

  it('writes README.txt in UTF-8 with BOM saying how to verify', () => {
    const readme = files.get('README.txt')!;
    expect([...readme.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(decode(readme)).toContain('sha256sum -c manifest-sha256.txt');
  });

  it('writes a printable index.html with no script, listing the tables', () => {
    const html = decode(files.get('index.html')!);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain(`代表名册（${input.data.deputies.length} 条）`);
    expect(html).toContain('@media print');
  });

  it('reports progress up to 1', async () => {
    const seen: number[] = [];
    await writeArchive(input, (f) => seen.push(f));
    expect(seen.at(-1)).toBe(1);
    expect(seen.every((f, i) => i === 0 || f >= seen[i - 1]!)).toBe(true);
  });
});

describe('readArchive', () => {
  it('reads back exactly what was written: records, attachments byte for byte, info', async () => {
    const read = await readArchive(bytes);
    if (!read.ok) throw new Error(read.message);
    for (const table of TABLES)
      expect(canonicalJson(read.archive.data[table]), table).toBe(
        canonicalJson(normalised(input.data)[table]),
      );
    const id = input.data.attachments[0]!.id;
    expect(new Uint8Array(await read.archive.blobs.get(id)!.arrayBuffer())).toEqual(PNG_BYTES);
    expect(read.archive.blobs.get(id)!.type).toBe('image/png');
    expect(read.archive.info).toMatchObject({
      townshipId: 'shili',
      townshipName: '示例镇',
      baggingDate: '2026-11-28',
      formatVersion: ARCHIVE_FORMAT_VERSION,
      isDemo: true,
    });
    expect(read.archive.upgradedFrom).toBeUndefined();
  });

  it('keeps settings', async () => {
    const settings = {
      id: 'settings' as const,
      values: { x: 1 },
      pointsTables: [],
      userName: '李专干',
      backupReminderDays: 7,
      updatedAt: '2026-01-01T00:00:00.000Z',
    };
    const read = await readArchive(await writeArchive({ ...input, settings }));
    if (!read.ok) throw new Error(read.message);
    expect(read.archive.settings).toEqual(settings);
  });

  it('stores text that looks like HTML or script verbatim, and the catalogue escapes it', async () => {
    const evil = '<script>alert(1)</script><img src=x onerror="alert(2)">&amp;';
    const data = {
      ...input.data,
      activities: input.data.activities.map((a, i) => (i === 0 ? { ...a, topic: evil } : a)),
    };
    const written = await writeArchive({ ...input, data });
    const read = await readArchive(written);
    if (!read.ok) throw new Error(read.message);
    expect(read.archive.data.activities[0]!.topic).toBe(evil);
    const entries = await unzipEntries(written);
    const html = decode(entries.find((e) => e.name.endsWith('/index.html'))!.data);
    expect(html).not.toContain('<script>alert(1)');
    expect(html).not.toContain('<img src=x');
    expect(html).toContain(
      '&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=&quot;alert(2)&quot;&gt;&amp;amp;',
    );
    const csv = decode(entries.find((e) => e.name.endsWith('/data/csv/activities.csv'))!.data);
    expect(csv).toContain('"<script>alert(1)</script><img src=x onerror=""alert(2)"">&amp;"');
  });

  it('upgrades an archive of format 0 (one data/ledger.json, no snapshots)', async () => {
    const old = await makeFormat0Archive(input);
    const entries = await unzipEntries(old);
    expect(entries.some((e) => e.name.endsWith('/data/ledger.json'))).toBe(true);
    const read = await readArchive(old);
    if (!read.ok) throw new Error(read.message);
    expect(read.archive.upgradedFrom).toBe(0);
    expect(read.archive.data.snapshots).toEqual([]);
    for (const table of TABLES)
      expect(canonicalJson(read.archive.data[table]), table).toBe(
        canonicalJson(normalised(input.data)[table]),
      );
    const id = input.data.attachments[0]!.id;
    expect(new Uint8Array(await read.archive.blobs.get(id)!.arrayBuffer())).toEqual(PNG_BYTES);
  });

  it('enforces the limits it is given', async () => {
    const read = await readArchive(bytes, { limits: { ...DEFAULT_LIMITS, maxEntries: 10 } });
    expect(read.ok || read.reason).toBe('too-many-entries');
    const small = await readArchive(bytes, { limits: { ...DEFAULT_LIMITS, maxTotalBytes: 1000 } });
    expect(small.ok || small.reason).toBe('too-large');
  });

  it('reports progress up to 1', async () => {
    const seen: number[] = [];
    await readArchive(bytes, { onProgress: (f) => seen.push(f) });
    expect(seen.at(-1)).toBe(1);
  });
});

describe('readArchive with the copies hashed elsewhere (as the export reads back, by its worker)', () => {
  /** A stand-in for the worker: inflates and hashes in Node, counting what it was handed. */
  function nodeHasher(
    answer?: (hashed: { sha256: string; length: number }) => Awaited<ReturnType<HashElsewhere>>,
  ) {
    const handed: number[] = [];
    const hashElsewhere: HashElsewhere = async (data, cap) => {
      handed.push(data.length);
      const inflated = inflateRawSync(data);
      if (inflated.length > cap) return 'over-cap';
      const hashed = { sha256: sha256(inflated), length: inflated.length };
      return answer ? answer(hashed) : hashed;
    };
    return { handed, hashElsewhere };
  }
  const copies = () =>
    [...files.keys()].filter((p) => p.startsWith('data/csv/') || p === 'README.txt' || p === 'index.html');

  it('hands over only the copies for people, and reads the archive as without', async () => {
    const { handed, hashElsewhere } = nodeHasher();
    const read = await readArchive(bytes, { hashElsewhere });
    const plain = await readArchive(bytes);
    if (!read.ok || !plain.ok) throw new Error('not read');
    expect(handed).toHaveLength(copies().length);
    expect(read.archive.data).toEqual(plain.archive.data);
    expect(read.archive.info).toEqual(plain.archive.info);
  });

  it('refuses what it is told of a copy as it would refuse the copy itself', async () => {
    const wrongHash = nodeHasher((h) => ({ ...h, sha256: '0'.repeat(64) }));
    const badHash = await readArchive(bytes, { hashElsewhere: wrongHash.hashElsewhere });
    expect(badHash.ok || badHash.reason).toBe('checksum');
    const short = await readArchive(bytes, {
      hashElsewhere: nodeHasher((h) => ({ ...h, length: h.length - 1 })).hashElsewhere,
    });
    expect(short.ok || short.message).toMatch(/内容不完整/);
    const bomb = await readArchive(bytes, { hashElsewhere: nodeHasher(() => 'over-cap').hashElsewhere });
    expect(bomb.ok || bomb.reason).toBe('zip-bomb');
    const broken = await readArchive(bytes, {
      hashElsewhere: () => Promise.reject(new Error('invalid deflate')),
    });
    expect(broken.ok || broken.message).toMatch(/无法解压/);
  });

  it('does the copies itself when they could not be hashed elsewhere', async () => {
    const { handed, hashElsewhere } = nodeHasher(() => undefined);
    const read = await readArchive(bytes, { hashElsewhere });
    expect(read.ok || read.message).toBe(true);
    expect(handed).toHaveLength(copies().length);
  });
});

describe('diffLedgers and mergeLedgers', () => {
  const later = '2026-06-01T00:00:00.000Z';
  const earlier = '2025-06-01T00:00:00.000Z';

  it('sorts records into added, updated, conflicts, unchanged and removed', () => {
    const current = normalised(input.data);
    const [d0, d1, d2, d3] = current.deputies;
    const incoming: LedgerData = {
      ...current,
      deputies: [
        ...current.deputies.slice(4),
        { ...d0!, name: '更新姓名', updatedAt: later }, // newer in the archive → updated
        { ...d1!, name: '冲突姓名', updatedAt: earlier }, // older in the archive, different → conflict
        { ...d2!, name: '同时间改名' }, // same updatedAt, different → conflict
        { ...d3!, id: '33333333-3333-4333-8333-333333333333' }, // new id → added; d3 → removed
      ],
    };
    const diff = diffLedgers(current, incoming);
    const t = diff.tables.deputies;
    expect(t.updated).toEqual([d0!.id]);
    expect(t.conflicts.map((c) => c.id)).toEqual([d1!.id, d2!.id]);
    expect(t.conflicts[0]).toMatchObject({ label: d1!.name, current: d1!.updatedAt, incoming: earlier });
    expect(t.added).toEqual(['33333333-3333-4333-8333-333333333333']);
    expect(t.removed).toEqual([d3!.id]);
    expect(t.unchanged).toBe(current.deputies.length - 4);
    expect(diff.totals).toEqual({ added: 1, updated: 1, conflicts: 2 });
    expect(diff.otherTownship).toBe(false);

    const keep = mergeLedgers(current, incoming, diff, 'keep-current');
    const byId = (data: LedgerData) => new Map(data.deputies.map((d) => [d.id, d.name]));
    expect(byId(keep).get(d0!.id)).toBe('更新姓名');
    expect(byId(keep).get(d1!.id)).toBe(d1!.name);
    expect(byId(keep).has(d3!.id)).toBe(true);
    expect(keep.deputies).toHaveLength(current.deputies.length + 1);
    const take = mergeLedgers(current, incoming, diff, 'take-incoming');
    expect(byId(take).get(d1!.id)).toBe('冲突姓名');
    expect(byId(take).get(d2!.id)).toBe('同时间改名');
  });

  it('flags an archive of another township, and a merge keeps one township record', async () => {
    const other = normalised((await validInput('shanzao')).data);
    const current = normalised(input.data);
    const diff = diffLedgers(current, other);
    expect(diff.otherTownship).toBe(true);
    expect(diffLedgers({ ...current, township: [] }, other).otherTownship).toBe(false);
    expect(mergeLedgers(current, other, diff, 'take-incoming').township).toEqual(current.township);
  });

  it('gives a paced caller a turn every 2,000 records, with the same result', async () => {
    const { generateDemo } = await import('../../demo/generate');
    const current = generateDemo({ scale: 3 });
    const incoming = { ...current, deputies: current.deputies.map((d) => ({ ...d, name: `${d.name}甲` })) };
    let turns = 0;
    const paced = await diffLedgersPaced(current, incoming, undefined, async () => void turns++);
    expect(paced).toEqual(diffLedgers(current, incoming));
    const records = Object.values(incoming).reduce((sum, rows) => sum + rows.length, 0);
    expect(turns).toBe(Math.floor(records / 2000));
    expect(paced.tables.deputies.conflicts).toHaveLength(current.deputies.length);
  });
});

describe('archiveJsonSchemas', () => {
  it('gives one JSON Schema per table and settings, generated from the zod schemas', () => {
    const schemas = archiveJsonSchemas();
    expect(Object.keys(schemas).sort()).toEqual([...TABLES, 'settings'].sort());
    const deputy = schemas.deputies as {
      type: string;
      properties: Record<string, unknown>;
      required: string[];
    };
    expect(deputy.type).toBe('object');
    expect(deputy.properties).toHaveProperty('name');
    expect(deputy.required).toContain('id');
  });
});
