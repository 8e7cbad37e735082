// The archive's copies for people (issue 13.4, 15.5): CSVs with Chinese headers, names beside
// ids, China time and tallies as columns, parsed back as Excel would read them; index.html with
// the records' own numbers; one guarded CSV writer; a copy that disagrees with the records refused.
import { beforeAll, describe, expect, it } from 'vitest';
import { Bag, validInput } from '../../../../tests/fixtures/make-hostile-archives';
import { DeputySchema, RECORD_TABLES } from '../../ledger';
import { FIELD_LABELS, chinaTime, tableCsv, tableCsvPaced } from '../copies';
import { readArchive } from '../read';
import { toCsvRows } from '../../utils/csv';
import { writeArchive, type WriteInput } from '../write';

/** RFC 4180 CSV (with BOM and CRLF) into rows of cells. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const body = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (quoted) {
      if (c === '"' && body[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && body[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  return rows;
}

let input: WriteInput;
beforeAll(async () => {
  input = await validInput();
});

describe('CSV copies for Excel', () => {
  it('have Chinese headers, names beside ids and China-time stamps', () => {
    const rows = parseCsv(tableCsv(2, 'activities', input.data));
    const [header, ...body] = rows;
    expect(body).toHaveLength(input.data.activities.length);
    for (const h of header!) expect(h, h).toMatch(/[\u4e00-\u9fff]|^SHA-256$/);
    const withDeputies = input.data.activities.findIndex((a) => a.deputyIds.length > 0);
    const activity = input.data.activities[withDeputies]!;
    const names = body[withDeputies]![header!.indexOf('参加代表（名称）')]!;
    const deputy = input.data.deputies.find((d) => d.id === activity.deputyIds[0])!;
    expect(names).toContain(deputy.name);
    expect(body[withDeputies]![header!.indexOf('创建时间')]).toBe(chinaTime(activity.createdAt));
    expect(chinaTime('2026-11-28T17:30:00.000Z')).toBe('2026-11-29 01:30:00');
    expect(body[withDeputies]![header!.indexOf('类别')]).toMatch(/[\u4e00-\u9fff]/);
  });

  it('gives China time as the Date object does, from the per-hour shortcut and without it', () => {
    const byDate = (iso: string) => {
      const ms = Date.parse(iso);
      return Number.isNaN(ms)
        ? iso
        : new Date(ms + 8 * 3600_000).toISOString().slice(0, 19).replace('T', ' ');
    };
    const times = [
      '2026-11-28T17:30:00.000Z',
      '2026-11-28T17:45:59Z',
      '2026-12-31T16:00:00.5Z',
      '2024-02-28T20:00:00.000Z',
      '2025-02-28T23:59:59.999Z',
      '9999-12-31T20:00:00.000Z',
      '2026-02-30T10:00:00.000Z',
      '2026-13-01T10:00:00.000Z',
      '2026-11-28T25:00:00.000Z',
      '2026-11-28T10:00:00+08:00',
      '2026-11-28T10:00',
      ...Array.from({ length: 500 }, (_, i) =>
        new Date(Date.UTC(2021, 0, 1) + i * 3_123_457_891).toISOString(),
      ),
    ];
    // Twice: the second pass reads the hours worked out in the first.
    for (const iso of [...times, ...times]) expect(chinaTime(iso), iso).toBe(byDate(iso));
    expect(chinaTime('2026-11-28T17:45:59Z')).toBe('2026-11-29 01:45:59');
  });

  it('spread tallies into columns', () => {
    const header = parseCsv(tableCsv(2, 'activities', input.data))[0]!;
    expect(header).toContain('满意度测评·满意');
    expect(header).toContain('满意度测评·应参加人数');
  });

  it('name each session absence and each roster person', () => {
    const header = parseCsv(tableCsv(2, 'sessions', input.data))[0]!;
    expect(header).toContain('缺席（名称）');
    expect(parseCsv(tableCsv(2, 'deputies', input.data))[0]).toContain('姓名');
  });

  it('show the roster codes by their names (汉族, not 01)', () => {
    const [first, ...rest] = input.data.deputies;
    const data = {
      ...input.data,
      deputies: [
        DeputySchema.parse({ ...first!, gender: 'female', ethnicity: '15', politicalStatus: '01' }),
        ...rest,
      ],
    };
    const [header, row] = parseCsv(tableCsv(2, 'deputies', data));
    expect(row![header!.indexOf('性别')]).toBe('女');
    expect(row![header!.indexOf('民族')]).toBe('土家族');
    expect(row![header!.indexOf('政治面貌')]).toBe('中国共产党党员');
  });

  it('label every field of every table', () => {
    const missing: string[] = [];
    for (const [table, { schema }] of Object.entries(RECORD_TABLES)) {
      const shape = (schema as unknown as { _zod: { def: { shape: Record<string, unknown> } } })._zod.def
        .shape;
      for (const field of Object.keys(shape)) if (!FIELD_LABELS[field]) missing.push(`${table}.${field}`);
    }
    expect(missing).toEqual([]);
  });

  it('neutralise formula cells in the one writer', () => {
    const csv = toCsvRows(['a'], [['=HYPERLINK("http://x")'], ['+1+1'], ['@SUM(A1)'], ['-3'], ['\t=1']]);
    const cells = parseCsv(csv)
      .slice(1)
      .map((r) => r[0]);
    expect(cells).toEqual([`'=HYPERLINK("http://x")`, `'+1+1`, `'@SUM(A1)`, '-3', `'\t=1`]);
  });

  it('the paced writer gives the same text, slice after slice', async () => {
    let turns = 0;
    const pace = async () => void turns++;
    for (const table of ['activities', 'deputies'] as const)
      for (const version of [1, 2])
        expect(await tableCsvPaced(version, table, input.data, pace)).toBe(
          tableCsv(version, table, input.data),
        );
    expect(turns).toBeGreaterThan(1);
  });

  it('format 1 keeps its own copies (English fields, as written then)', () => {
    const header = parseCsv(tableCsv(1, 'deputies', input.data))[0]!;
    expect(header).toContain('name');
  });
});

describe('copies agree with the master', () => {
  it('index.html shows the records’ own numbers, not UUIDs', async () => {
    const bag = await Bag.of(await writeArchive(input));
    const html = new TextDecoder().decode(bag.files.get('index.html')!);
    expect(html).toContain('<td>第7届</td>');
    expect(html).not.toMatch(/<td[^>]*>[0-9a-f]{8}-[0-9a-f]{4}-/);
  });

  it.each(['data/csv/deputies.csv', 'index.html', 'README.txt'])(
    'refuses an archive whose %s was edited and resealed, naming the file',
    async (path) => {
      const bag = await Bag.of(await writeArchive(input));
      const text = new TextDecoder().decode(bag.files.get(path)!);
      bag.files.set(path, new TextEncoder().encode(text.replace(/\r?\n/, ' =cmd|calc!A1\r\n')));
      const read = await readArchive((await bag.reseal()).zip());
      expect(read.ok).toBe(false);
      if (read.ok) return;
      expect(read.reason).toBe('copy-mismatch');
      expect(read.message).toContain(path);
    },
  );

  it('refuses a CSV of no table', async () => {
    const bag = await Bag.of(await writeArchive(input));
    bag.files.set('data/csv/extra.csv', new TextEncoder().encode('a\r\n=1\r\n'));
    const read = await readArchive((await bag.reseal()).zip());
    expect(read.ok ? 'valid' : read.reason).toBe('copy-mismatch');
  });
});
