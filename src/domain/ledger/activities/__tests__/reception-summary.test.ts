import { describe, expect, it } from 'vitest';
import {
  NO_STATION_LABEL,
  defaultYear,
  receptionSummary,
  yearChoices,
  type ReceptionInput,
} from '../reception-summary';

const STATIONS = [
  { id: 's1', name: '示例镇人大代表联络站' },
  { id: 's2', name: '水府村联络点' },
];

/** A reception at station s1 on 2025-03-10 with two deputies, overridable. */
const reception = (o: Partial<ReceptionInput> = {}): ReceptionInput => ({
  kind: 'stationReception',
  date: '2025-03-10',
  stationId: 's1',
  deputyIds: ['d1', 'd2'],
  ...o,
});

/** The [days, shortDays] of a station's month (1–12) in a summary. */
const cell = (rows: ReturnType<typeof receptionSummary>, stationId: string | undefined, month: number) => {
  const m = rows.find((r) => r.stationId === stationId)!.months[month - 1]!;
  return [m.days, m.shortDays];
};

describe('receptionSummary', () => {
  it('lists every station in the given order, with twelve empty months when nothing happened', () => {
    const rows = receptionSummary([], STATIONS, 2025, 1);
    expect(rows.map((r) => r.name)).toEqual(['示例镇人大代表联络站', '水府村联络点']);
    expect(rows[0]!.months).toHaveLength(12);
    expect(rows[0]!.total).toEqual({ days: 0, shortDays: 0 });
  });

  it.each([
    // description, receptions, minDeputies, expected [days, shortDays] of s1 in March
    ['one reception makes one day', [reception()], 1, [1, 0]],
    ['two receptions on one day make one day', [reception(), reception({ deputyIds: ['d3'] })], 1, [1, 0]],
    ['two days make two', [reception(), reception({ date: '2025-03-20' })], 1, [2, 0]],
    ['a day with fewer deputies than the setting is short', [reception({ deputyIds: ['d1'] })], 2, [1, 1]],
    ['a day with no deputy is short even at the default of 1', [reception({ deputyIds: [] })], 1, [1, 1]],
    [
      'deputies of one day are pooled, each counted once',
      [reception({ deputyIds: ['d1', 'd2'] }), reception({ deputyIds: ['d2', 'd3'] })],
      3,
      [1, 0],
    ],
    ['other kinds do not count', [reception({ kind: 'stationTheme' })], 1, [0, 0]],
    ['other years do not count', [reception({ date: '2024-03-10' })], 1, [0, 0]],
    ['other stations do not count', [reception({ stationId: 's2' })], 1, [0, 0]],
  ] as [string, ReceptionInput[], number, number[]][])('%s', (_, receptions, minDeputies, expected) => {
    expect(cell(receptionSummary(receptions, STATIONS, 2025, minDeputies), 's1', 3)).toEqual(expected);
  });

  it('places each day in its own month and sums the year', () => {
    const rows = receptionSummary(
      [
        reception({ date: '2025-01-01' }),
        reception({ date: '2025-01-31', deputyIds: [] }),
        reception({ date: '2025-12-31' }),
      ],
      STATIONS,
      2025,
      1,
    );
    expect(cell(rows, 's1', 1)).toEqual([2, 1]);
    expect(cell(rows, 's1', 12)).toEqual([1, 0]);
    expect(rows[0]!.total).toEqual({ days: 3, shortDays: 1 });
  });

  it('gathers receptions without a known station in one last row', () => {
    const rows = receptionSummary(
      [reception({ stationId: undefined }), reception({ stationId: 'gone', date: '2025-04-02' })],
      STATIONS,
      2025,
      1,
    );
    expect(rows.at(-1)).toMatchObject({ stationId: undefined, name: NO_STATION_LABEL });
    expect(rows.at(-1)!.total.days).toBe(2);
  });

  it('has no such row when every reception names a known station', () => {
    expect(receptionSummary([reception()], STATIONS, 2025, 1)).toHaveLength(2);
  });
});

describe('yearChoices', () => {
  it.each([
    [undefined, undefined, 2025, [2025]],
    ['2021-05-10', '2024-12-01', 2025, [2025, 2024, 2023, 2022, 2021]],
    ['2025-01-01', '2026-03-01', 2025, [2026, 2025]],
    ['2025-02-01', '2025-02-01', 2025, [2025]],
  ] as [string | undefined, string | undefined, number, number[]][])(
    'from %s to %s, current %i',
    (first, last, current, expected) => {
      expect(yearChoices(first, last, current)).toEqual(expected);
    },
  );
});

describe('defaultYear', () => {
  it.each([
    [undefined, 2026, 2026],
    ['2026-03-01', 2026, 2026],
    ['2025-12-27', 2026, 2025],
    ['2027-01-05', 2026, 2026],
  ] as [string | undefined, number, number][])(
    'last record %s, current %i → %i',
    (last, current, expected) => {
      expect(defaultYear(last, current)).toBe(expected);
    },
  );
});
