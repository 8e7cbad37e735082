import { describe, expect, it } from 'vitest';
import { ACTIVITY_KINDS, DOCUMENT_KINDS, RECORD_TABLES, type RecordTable } from '../../ledger';
import { catalogue } from '../../catalogue';
import { evaluate } from '../../compliance/engine';
import type { Status } from '../../compliance/types';
import {
  countRecords,
  generateDemo,
  generateDemoSettings,
  type DemoOptions,
  type LedgerData,
} from '../generate';
import { createRandom } from '../random';
import { SUGGESTION_STAGES, suggestionStage } from '../suggestions';

const demo = generateDemo();
const tables = Object.keys(RECORD_TABLES) as RecordTable[];

/** Every record of every table, with its table. */
const allRecords = (data: LedgerData) =>
  tables.flatMap((table) => (data[table] as { id: string }[]).map((record) => ({ table, record })));

/** Every date-valued field (top level and nested) of a record. */
function datesOf(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) out.push(value);
  else if (Array.isArray(value)) value.forEach((v) => datesOf(v, out));
  else if (value && typeof value === 'object') Object.values(value).forEach((v) => datesOf(v, out));
  return out;
}

/** Ids a record refers to, by field, for the reference check. */
function referencesOf(table: RecordTable, r: Record<string, unknown>): [string, string, RecordTable[]][] {
  const one = (field: string, targets: RecordTable[]): [string, string, RecordTable[]][] =>
    typeof r[field] === 'string' ? [[field, r[field] as string, targets]] : [];
  const many = (field: string, targets: RecordTable[]): [string, string, RecordTable[]][] =>
    ((r[field] as string[] | undefined) ?? []).map((id) => [field, id, targets]);
  const nested = (field: string, key: string, targets: RecordTable[]): [string, string, RecordTable[]][] =>
    ((r[field] as Record<string, string>[] | undefined) ?? []).map((x) => [
      `${field}.${key}`,
      x[key]!,
      targets,
    ]);
  return [
    ...one('termId', ['terms']),
    ...one('deputyId', ['deputies']),
    ...one('stationId', ['stations']),
    ...one('sessionId', ['sessions']),
    ...one('approvedSessionId', ['sessions']),
    ...one('reportedToSessionId', ['sessions']),
    ...one('inspectionId', ['activities']),
    ...one('projectId', ['livelihoodProjects']),
    ...one('suggestionId', ['suggestions']),
    ...one('supervisorOfficerId', ['officers']),
    ...one('leadOfficerId', ['officers']),
    ...(table === 'attachments' ? one('ownerId', tables) : []),
    ...many('deputyIds', ['deputies']),
    ...many('linkedActivityIds', ['activities']),
    ...many('proposerIds', ['deputies']),
    ...nested('absences', 'deputyId', ['deputies']),
  ];
}

describe('generateDemo', () => {
  it('gives deeply equal output for the same options, and different output for another seed', () => {
    expect(generateDemo()).toEqual(demo);
    expect(generateDemo({ seed: 7, scale: 2 })).toEqual(generateDemo({ seed: 7, scale: 2 }));
    const other = generateDemo({ seed: 1 });
    expect(other.deputies.map((d) => d.name)).not.toEqual(demo.deputies.map((d) => d.name));
    expect(other.township[0]!.id).not.toBe(demo.township[0]!.id);
  });

  it('fills every table of RECORD_TABLES', () => {
    expect(Object.keys(demo).sort()).toEqual([...tables].sort());
    for (const table of tables.filter((t) => t !== 'attachments' && t !== 'snapshots'))
      expect(demo[table].length).toBeGreaterThan(0);
  });

  it('makes records that parse with their schema and come out unchanged', () => {
    for (const { table, record } of allRecords(demo)) {
      const parsed = RECORD_TABLES[table].schema.safeParse(record);
      if (!parsed.success) throw new Error(`${table} ${record.id}: ${parsed.error.message}`);
      expect(parsed.data).toEqual(record);
    }
  });

  it('gives every record an id unique across all tables', () => {
    const ids = allRecords(demo).map(({ record }) => record.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each<[string, DemoOptions]>([
    ['the default demo', {}],
    [
      'a one-year demo of a 乡',
      { townshipId: 'jinsou', fromYear: 2025, toYear: 2025, deputies: 45, seed: 3 },
    ],
    ['a three-year demo at scale 3', { fromYear: 2022, toYear: 2024, scale: 3, seed: 11 }],
  ])('keeps every reference pointing to an existing record of the right table: %s', (_, options) => {
    const data = generateDemo(options);
    const idsOf = new Map(tables.map((t) => [t, new Set((data[t] as { id: string }[]).map((r) => r.id))]));
    const dangling: string[] = [];
    for (const { table, record } of allRecords(data))
      for (const [field, id, targets] of referencesOf(table, record as Record<string, unknown>))
        if (!targets.some((t) => idsOf.get(t)!.has(id))) dangling.push(`${table}.${field} → ${id}`);
    expect(dangling).toEqual([]);
    for (const { table, record } of allRecords(data))
      expect(RECORD_TABLES[table].schema.safeParse(record).success, `${table} ${record.id}`).toBe(true);
  });

  it.each<[string, DemoOptions]>([
    ['default', {}],
    ['one year', { fromYear: 2023, toYear: 2023 }],
  ])('keeps every date within fromYear-01-01 … toYear-12-31 (%s)', (_, options) => {
    const data = generateDemo(options);
    const from = `${options.fromYear ?? 2021}-01-01`;
    const to = `${options.toYear ?? 2025}-12-31`;
    const outside = allRecords(data).flatMap(({ table, record }) =>
      datesOf(record)
        .filter((d) => d < from || d > to)
        .map((d) => `${table} ${d}`),
    );
    expect(outside).toEqual([]);
  });

  it('has about 75 township deputies, a few higher-level ones, and a realistic size', () => {
    const township = demo.deputies.filter((d) => d.levels.includes('township'));
    const higherOnly = demo.deputies.filter((d) => !d.levels.includes('township'));
    expect(township.length).toBeGreaterThanOrEqual(75);
    expect(township.length).toBeLessThanOrEqual(78);
    expect(higherOnly.length).toBe(5);
    expect(township.filter((d) => d.levels.includes('city')).length).toBeGreaterThan(3);
    expect(demo.deputies.some((d) => d.status === 'ended')).toBe(true);
    expect(demo.deputies.some((d) => d.status === 'suspended')).toBe(true);
    expect(demo.sessions).toHaveLength(10);
    expect(countRecords(demo)).toBeGreaterThan(800);
    expect(countRecords(demo)).toBeLessThan(2500);
  });

  it('multiplies the volume with scale', () => {
    const scaled = generateDemo({ scale: 10 });
    const ratio = scaled.activities.length / demo.activities.length;
    expect(ratio).toBeGreaterThan(8);
    expect(ratio).toBeLessThan(11);
    expect(scaled.suggestions.length / demo.suggestions.length).toBeGreaterThan(7);
    expect(countRecords(scaled)).toBeGreaterThan(8_000);
  });

  it('has at least one activity of every kind and one document of every kind but "other"', () => {
    const kinds = new Set(demo.activities.map((a) => a.kind));
    expect(Object.keys(ACTIVITY_KINDS).filter((k) => !kinds.has(k as never))).toEqual([]);
    const docKinds = new Set(demo.documents.map((d) => d.kind));
    expect(Object.keys(DOCUMENT_KINDS).filter((k) => k !== 'other' && !docKinds.has(k as never))).toEqual([]);
  });

  it('has suggestions at every stage of their life', () => {
    const stages = new Set(demo.suggestions.map(suggestionStage));
    expect(SUGGESTION_STAGES.filter((s) => !stages.has(s))).toEqual([]);
  });

  it('keeps its deliberate misses', () => {
    const unapproved = new Map<string, number>();
    for (const s of demo.sessions)
      for (const a of s.absences.filter((x) => !x.approved))
        unapproved.set(a.deputyId, (unapproved.get(a.deputyId) ?? 0) + 1);
    expect([...unapproved.values()].filter((n) => n >= 2)).toEqual([2]);
    expect(demo.sessions.filter((s) => s.deputiesPresent! * 3 < s.deputiesInOffice! * 2)).toHaveLength(1);
    const plans = demo.documents.filter((d) => d.kind === 'annualWorkPlan');
    expect(plans.filter((d) => d.adoptedOn.slice(5) > '03-31').map((d) => d.year)).toEqual([2022]);
    expect(demo.documents.filter((d) => d.kind === 'procedureRule')).toHaveLength(5);
    const quarters = new Set(
      demo.activities
        .filter((a) => a.kind === 'partyReport')
        .map((a) => `${a.date.slice(0, 4)}Q${Math.ceil(Number(a.date.slice(5, 7)) / 3)}`),
    );
    expect(quarters.size).toBe(19);
    expect(quarters.has('2022Q3')).toBe(false);
    const secretary = demo.officers.find((o) => o.role === 'partySecretary')!;
    const supervisedYears = demo.suggestions
      .filter((s) => s.supervisorOfficerId === secretary.id)
      .map((s) => s.assignedOn!.slice(0, 4));
    expect(supervisedYears.sort()).toEqual(['2021', '2022', '2023', '2025']);
  });

  it('keeps the deliberate misses of catalogue 1.1, each beside evidence that counts', () => {
    const settings = { values: {}, ...generateDemoSettings() };
    const statuses = new Map<string, Status[]>();
    for (const year of [2021, 2022, 2023, 2024, 2025]) {
      const evaluation = evaluate({
        data: demo,
        settings,
        catalogue,
        selection: { kind: 'year', year },
        asOf: '2026-06-30',
      });
      for (const result of evaluation.results)
        for (const subject of result.subjects)
          statuses.set(result.id, [...(statuses.get(result.id) ?? []), subject.status]);
    }
    const term = evaluate({
      data: demo,
      settings,
      catalogue,
      selection: { kind: 'term', termId: demo.terms[0]!.id },
      asOf: '2026-06-30',
    });
    expect(term.results.find((r) => r.id === 'art04-election-committee-approved')?.status).toBe('missed');
    for (const id of [
      'art10-visit-problems-fed-back',
      'art15-points-scheme',
      'art16-promises-tracked',
      'law-budget-voter-views',
      'law-suggestion-report-published',
      'law-deputy-info-published',
    ]) {
      expect(statuses.get(id), id).toContain('missed');
      expect(statuses.get(id), id).toContain('met');
    }
    expect(demo.documents.filter((d) => d.kind === 'deputyInfoPublication').map((d) => d.year)).toEqual([
      2021, 2022, 2023, 2025,
    ]);
    expect(generateDemoSettings().pointsTables.map((t) => t.adoptedOn)).toEqual(['2022-02-18']);
  });

  it('keeps the people realistic: officers, presidium and committee', () => {
    const roles = demo.officers.map((o) => o.role);
    expect(roles.filter((r) => r === 'chair')).toHaveLength(1);
    expect(roles.filter((r) => r === 'head')).toHaveLength(2);
    expect(demo.officers.some((o) => o.role === 'viceChair' && o.fullTime)).toBe(true);
    expect(demo.presidiumMembers.length).toBeGreaterThanOrEqual(10);
    const committee = demo.credentialsCommittees[0]!;
    expect(committee.memberNames.length).toBeGreaterThanOrEqual(3);
    expect(committee.memberNames.length).toBeLessThanOrEqual(5);
    expect(demo.stations.filter((s) => s.level === 'township')).toHaveLength(1);
    expect(demo.stations).toHaveLength(4);
  });

  // Speed is measured by the benchmark, not asserted here (timings are noise on a busy machine).
  it('works at scale 50', () => {
    const big = generateDemo({ scale: 50 });
    expect(countRecords(big)).toBeGreaterThan(40_000);
  });

  it('refuses options it cannot honour', () => {
    expect(() => generateDemo({ townshipId: 'wangchunmen' })).toThrow(RangeError);
    expect(() => generateDemo({ fromYear: 2021, toYear: 2027 })).toThrow(RangeError);
    expect(() => generateDemo({ deputies: 10 })).toThrow(RangeError);
    expect(() => generateDemo({ scale: 0 })).toThrow(RangeError);
  });
});

describe('createRandom', () => {
  it('repeats its sequence for a seed and makes version-4 UUIDs', () => {
    const a = createRandom(42);
    const b = createRandom(42);
    expect(Array.from({ length: 5 }, () => a.uint32())).toEqual(Array.from({ length: 5 }, () => b.uint32()));
    const uuid = createRandom(1).uuid();
    expect(uuid).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('keeps forks independent of what the parent drew', () => {
    const a = createRandom(5);
    const b = createRandom(5);
    b.uint32();
    expect(a.fork('x').uint32()).toBe(b.fork('x').uint32());
    expect(a.fork('x').uint32()).not.toBe(a.fork('y').uint32());
  });

  it.each([
    [0, 0],
    [3, 9],
    [-2, 2],
  ])('draws integers within [%i, %i]', (min, max) => {
    const rng = createRandom(9);
    for (let i = 0; i < 200; i++) {
      const n = rng.int(min, max);
      expect(n).toBeGreaterThanOrEqual(min);
      expect(n).toBeLessThanOrEqual(max);
    }
  });
});
