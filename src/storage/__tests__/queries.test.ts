// The UI's door (src/storage/queries/): the named reads return what the pages showed when they
// queried the tables themselves, and the UI-facing functions reach the ledger without a db.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as build from '../../domain/ledger/__tests__/builders';
import type { RecordTable } from '../../domain/ledger';
import type { LedgerDb } from '../db';
import { repository } from '../repository';
import { freshDb } from './helpers';

// The ledger of "this tab", for the functions that take no db.
let tabDb: LedgerDb;
vi.mock('../instance', () => ({ getLedgerDb: () => tabDb }));

const { readArchiveSummary } = await import('../queries/archive');
const { readComplianceBasics } = await import('../queries/compliance');
const { readEvaluationInput, readLedgerYearHint } = await import('../queries/evaluation');
const { readHomeSummary } = await import('../queries/home');
const { partyReportDates, readPresidiumContext, readSessionsContext } = await import('../queries/meetings');
const { officerOptions, referenceOptionRecords } = await import('../queries/options');
const { records } = await import('../queries/records');
const { readSettings, updateSettings } = await import('../queries/settings');
const { allSuggestionsNewestFirst, readSuggestionContext } = await import('../queries/suggestions');
const { presidiumMembers } = await import('../queries/township');

let db: LedgerDb;
beforeEach(() => {
  db = freshDb();
  tabDb = freshDb();
});
afterEach(async () => {
  await db.delete();
  await tabDb.delete();
});

/** Saves valid inputs through the repository (the only way records are written). */
async function seed(target: LedgerDb, table: RecordTable, ...inputs: Record<string, unknown>[]) {
  for (const input of inputs) {
    const saved = await repository(target, table).put(input);
    expect(saved.ok, `${table}: ${saved.ok ? '' : saved.message}`).toBe(true);
  }
}

const u = build.uuid;

describe('the named reads of the home, archive and select options', () => {
  it('say "no township" on an empty ledger', async () => {
    expect(await readHomeSummary(db)).toMatchObject({ township: undefined, term: undefined });
    expect(await readArchiveSummary(db)).toEqual({ township: undefined, total: 0 });
    expect(await readLedgerYearHint(db)).toBeUndefined();
  });

  it('read the home and archive summaries: township, latest term, counts', async () => {
    await seed(db, 'township', build.township());
    await seed(
      db,
      'terms',
      build.term(),
      build.term({
        id: u(20),
        number: 8,
        electionDate: '2026-10-01',
        startDate: '2026-10-20',
        endDate: '2031-10-19',
      }),
    );
    await seed(db, 'deputies', build.deputy());
    const home = await readHomeSummary(db);
    expect(home.township?.name).toBe('示例镇');
    expect(home.term?.number).toBe(8);
    expect(home.counts).toMatchObject({ township: 1, terms: 2, deputies: 1, sessions: 0 });
    expect(await readArchiveSummary(db)).toMatchObject({ township: { townshipId: 'shili' }, total: 4 });
  });

  it('read the small tables behind selects in their order', async () => {
    await seed(
      db,
      'stations',
      build.station({ id: u(30), name: '乙站' }),
      build.station({ id: u(31), name: '甲站' }),
    );
    await seed(
      db,
      'terms',
      build.term({
        id: u(32),
        number: 8,
        electionDate: '2026-10-01',
        startDate: '2026-10-20',
        endDate: '2031-10-19',
      }),
      build.term(),
    );
    await seed(
      db,
      'deputies',
      build.deputy({ id: u(33), name: '赵六' }),
      build.deputy({ id: u(34), name: '王五' }),
    );
    await seed(db, 'officers', build.officer());
    const options = await referenceOptionRecords(db);
    expect(options.stations.map((s) => s.name)).toEqual([...options.stations.map((s) => s.name)].sort());
    expect(options.terms.map((t) => t.number)).toEqual([7, 8]);
    expect(options.deputies.map((d) => d.name)).toEqual([...options.deputies.map((d) => d.name)].sort());
    expect((await officerOptions(db)).map((o) => o.name)).toEqual(['李明']);
  });
});

describe('the named reads of the meetings, suggestions and 考评 pages', () => {
  it('read the meetings context: township deputies only, sessions and meetings oldest first', async () => {
    await seed(db, 'terms', build.term());
    await seed(
      db,
      'deputies',
      build.deputy({ id: u(40), name: '乙' }),
      build.deputy({ id: u(41), name: '甲' }),
      build.deputy({ id: u(42), name: '市代表', levels: ['city'] }),
    );
    await seed(
      db,
      'sessions',
      build.session({ id: u(43), startDate: '2025-06-01', number: 10 }),
      build.session(),
    );
    await seed(db, 'presidiumMembers', build.presidiumMember());
    await seed(
      db,
      'presidiumMeetings',
      build.presidiumMeeting({ id: u(44), date: '2025-09-01' }),
      build.presidiumMeeting(),
    );
    await seed(
      db,
      'activities',
      build.activity({ id: u(45), kind: 'partyReport', date: '2025-03-01', topic: '向党委汇报' }),
      build.activity(),
    );
    const sessions = await readSessionsContext(db);
    expect(sessions.deputies.map((d) => d.id).sort()).toEqual([u(40), u(41)]);
    expect(sessions.sessions.map((s) => s.startDate)).toEqual(['2025-02-20', '2025-06-01']);
    const presidium = await readPresidiumContext(db);
    expect(presidium.meetings.map((m) => m.date)).toEqual(['2025-04-10', '2025-09-01']);
    expect(presidium.members).toHaveLength(1);
    expect(await partyReportDates(db)).toEqual(['2025-03-01']);
    expect(await presidiumMembers(db)).toHaveLength(1);
  });

  it('read the suggestions context and every suggestion, latest submitted first', async () => {
    await seed(db, 'terms', build.term());
    await seed(
      db,
      'sessions',
      build.session(),
      build.session({ id: u(50), startDate: '2026-02-20', number: 10 }),
    );
    await seed(db, 'officers', build.officer());
    await seed(
      db,
      'suggestions',
      build.suggestion(),
      build.suggestion({ id: u(51), number: '2025-08', submittedOn: '2025-06-01' }),
    );
    const context = await readSuggestionContext(db);
    expect(context.sessions.map((s) => s.startDate)).toEqual(['2026-02-20', '2025-02-20']);
    expect(context.terms).toHaveLength(1);
    expect(context.officers).toHaveLength(1);
    expect(context.settings.values).toBeDefined();
    expect((await allSuggestionsNewestFirst(db)).map((s) => s.submittedOn)).toEqual([
      '2025-06-01',
      '2025-02-20',
    ]);
  });

  it('read the 考评 basics and the year hint of the duty pages', async () => {
    await seed(db, 'township', build.township());
    await seed(db, 'terms', build.term());
    await seed(
      db,
      'sessions',
      build.session(),
      build.session({ id: u(60), startDate: '2026-02-20', number: 10 }),
    );
    await seed(db, 'activities', build.activity({ date: '2025-11-02' }));
    const basics = await readComplianceBasics(db);
    expect(basics.township?.name).toBe('示例镇');
    expect(basics.terms).toHaveLength(1);
    expect(basics.snapshots).toEqual([]);
    expect(basics.lastSessionStart).toBe('2026-02-20');
    expect(await readLedgerYearHint(db)).toEqual({ latestActivityDate: '2025-11-02' });
    const input = await readEvaluationInput({ start: '2025-01-01', end: '2025-12-31' }, db);
    expect(input.data.activities).toHaveLength(1);
    expect(input.settings.pointsTables).toEqual([]);
  });
});

describe('the UI-facing functions', () => {
  it('reach the ledger of this tab without being given a database', async () => {
    const saved = await records('deputies').put(build.deputy());
    expect(saved.ok).toBe(true);
    expect(await tabDb.deputies.count()).toBe(1);
    expect(await db.deputies.count()).toBe(0);
    const settings = await updateSettings({ values: { reportVisitWindowDays: 20 } });
    expect(settings.ok).toBe(true);
    expect((await readSettings()).values).toMatchObject({ reportVisitWindowDays: 20 });
    expect((await readHomeSummary()).counts.deputies).toBe(1);
  });
});
