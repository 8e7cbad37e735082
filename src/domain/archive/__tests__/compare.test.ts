import { describe, expect, it } from 'vitest';
import { STATUSES, evaluate } from '../../compliance';
import { catalogue } from '../../catalogue';
import { generateDemo, generateDemoSettings } from '../../demo/generate';
import { defaultProfile } from '../../compliance/profile';
import type { Settings } from '../../ledger';
import { scoreStanding, standingScoreText } from '../../compliance/standing';
import { compareTownships, comparisonCsv, ownSettingsEvaluation, type ComparedArchive } from '../compare';

const shili: ComparedArchive = {
  key: 'a',
  townshipName: '示例镇',
  data: generateDemo({ townshipId: 'shili' }),
  settings: undefined,
};
const hutian: ComparedArchive = {
  key: 'b',
  townshipName: '壶天镇',
  data: generateDemo({ townshipId: 'hutian', seed: 7, deputies: 40 }),
  settings: undefined,
};
const selection = { kind: 'year', year: 2024 } as const;
/** A township's saved settings with these values and 履职积分 tables. */
const savedSettings = (
  values: Settings['values'],
  pointsTables: Settings['pointsTables'] = [],
): Settings => ({
  id: 'settings',
  values,
  pointsTables,
  userName: '',
  backupReminderDays: 7,
  updatedAt: '2025-01-01T00:00:00Z',
});

describe('compareTownships', () => {
  const comparison = compareTownships([shili, hutian], catalogue, selection, '2025-06-30');
  const chapters = new Set(catalogue.duties.map((d) => d.chapter));

  it('has one column per archive, in the order given', () => {
    expect(comparison.columns.map((c) => c.townshipName)).toEqual(['示例镇', '壶天镇']);
    expect(comparison.columns.every((c) => c.evaluation && !c.error)).toBe(true);
  });

  it('lists the overall score, each chapter, then every duty of the catalogue', () => {
    expect(comparison.rows.map((r) => r.kind)).toEqual([
      'settings',
      'overall',
      'ownOverall',
      ...[...chapters].map(() => 'chapter'),
      ...catalogue.duties.map(() => 'duty'),
    ]);
    expect(comparison.rows[1]!.label).toBe('总分');
    expect(comparison.rows[3]!.label).toBe(`第${'一二三四五六七八'[[...chapters][0]! - 1]}章得分`);
    expect(comparison.rows.filter((r) => r.kind === 'duty').map((r) => r.key)).toEqual(
      catalogue.duties.map((d) => d.id),
    );
  });

  it('says each status in words and each score in points, from the engine', () => {
    const overall = comparison.rows[1]!;
    overall.cells.forEach((cell, i) => {
      const evaluation = comparison.columns[i]!.evaluation!;
      const standing = scoreStanding(evaluation.results, evaluation);
      expect(cell.score).toBe(evaluation.overall.value);
      expect(cell.standing).toBe(standing.standing);
      expect(cell.text).toBe(
        `${standingScoreText(evaluation.overall.value, standing.standing, true)}（计分 ${standing.coverage.scored}/${standing.coverage.applicable} 项）`,
      );
    });
    const words: string[] = Object.values(STATUSES);
    for (const row of comparison.rows.filter((r) => r.kind === 'duty'))
      for (const cell of row.cells) {
        expect(cell.status).toBeDefined();
        expect(cell.badge?.text).toBe(cell.text);
        expect(words.some((w) => cell.text.startsWith(w))).toBe(true);
      }
  });

  it('evaluates every township under one profile and marks a township whose own settings differ', () => {
    const relaxed: ComparedArchive = {
      ...hutian,
      settings: {
        id: 'settings',
        values: { suggestionAnswerMonths: 6 },
        pointsTables: [],
        userName: '',
        backupReminderDays: 7,
        updatedAt: '2025-01-01T00:00:00Z',
      },
    };
    const result = compareTownships([shili, relaxed], catalogue, selection, '2025-06-30');
    expect(result.profile.name).toBe('义务清单默认设置');
    const settingsRow = result.rows.find((r) => r.kind === 'settings')!;
    expect(settingsRow.cells[0]!.text).toBe('与所选设置相同');
    expect(settingsRow.cells[1]!.text).toMatch(/^有 1 项不同：.+ 6 个月（所选 3 个月）$/);
    expect(result.columns[0]!.own).toBeUndefined();
    expect(result.columns[1]!.own).toBeDefined();
    // Under the profile the relaxed township is scored exactly as with no settings of its own.
    expect(result.columns[1]!.evaluation!.overall).toEqual(
      compareTownships([hutian], catalogue, selection, '2025-06-30').columns[0]!.evaluation!.overall,
    );
    const ownRow = result.rows.find((r) => r.kind === 'ownOverall')!;
    expect(ownRow.cells[0]!.text).toBe('同上（设置相同）');
    expect(ownRow.cells[1]!.text).toMatch(/分|暂不计分/);
  });

  it('uses a profile the city chooses', () => {
    const strict = {
      name: '市人大设置.json',
      values: { ...defaultProfile(catalogue).values, suggestionAnswerMonths: 1 },
    };
    const result = compareTownships([shili], catalogue, selection, '2025-06-30', strict);
    expect(result.rows[0]!.cells[0]!.text).toMatch(/^有 1 项不同：.+ 3 个月（所选 1 个月）$/);
  });

  it('counts a township’s adopted 履职积分 tables under the profile and its own settings', () => {
    const { pointsTables } = generateDemoSettings();
    const withTables: ComparedArchive = {
      ...shili,
      settings: savedSettings({}, pointsTables),
    };
    const result = compareTownships([shili, withTables], catalogue, selection, '2025-06-30');
    const pointsRow = result.rows.find((r) => r.key === 'art15-points-scheme')!;
    expect(pointsRow.cells[0]!.status).not.toBe('met');
    expect(pointsRow.cells[1]!.status).toBe('met');
    const own = ownSettingsEvaluation(result.columns[1]!)!.results.find(
      (r) => r.id === 'art15-points-scheme',
    )!;
    expect(own.status).toBe('met');
  });

  it('gives each township’s evaluation under its own settings, as evaluate() does with them', () => {
    const relaxed: ComparedArchive = {
      ...hutian,
      settings: savedSettings({ suggestionAnswerMonths: 6 }, generateDemoSettings().pointsTables),
    };
    const result = compareTownships([shili, relaxed], catalogue, selection, '2025-06-30');
    const direct = (archive: ComparedArchive) =>
      evaluate({
        data: archive.data,
        ...(archive.settings ? { settings: archive.settings } : {}),
        catalogue,
        selection,
        asOf: '2025-06-30',
      });
    expect(ownSettingsEvaluation(result.columns[0]!)).toEqual(direct(shili));
    expect(ownSettingsEvaluation(result.columns[1]!)).toEqual(direct(relaxed));
    expect(ownSettingsEvaluation(result.columns[1]!)).not.toEqual(result.columns[1]!.evaluation);
  });

  it('turns an engine failure into that column’s error, keeping the other columns', () => {
    const broken = { ...catalogue, duties: [{ ...catalogue.duties[0]!, id: 'art99-not-a-duty' }] };
    const result = compareTownships([shili], broken, selection, '2025-06-30');
    expect(result.columns[0]!.error).toMatch(/^无法考评：/);
    const scored = result.rows.filter((r) => r.kind !== 'settings');
    expect(scored.every((r) => r.cells[0]!.text === '无法考评')).toBe(true);
  });
});

describe('comparisonCsv', () => {
  it('writes UTF-8 with BOM, CRLF lines, townships as columns, fields quoted when needed', () => {
    const csv = comparisonCsv({
      selection,
      asOf: '2025-06-30',
      profile: defaultProfile(catalogue),
      columns: [
        { key: 'a', townshipName: '示例镇' },
        { key: 'b', townshipName: '壶天镇, "新"' },
      ],
      rows: [
        { kind: 'overall', key: 'overall', label: '总分', cells: [{ text: '80分' }, { text: '—' }] },
        {
          kind: 'duty',
          key: 'art05-x',
          label: '5(1) 会议',
          chapter: 3,
          cells: [
            { status: 'met', text: '已达标' },
            { status: 'missed', text: '未达标' },
          ],
        },
      ],
    });
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.slice(1).split('\r\n')).toEqual([
      '项目（2024年，截至2025-06-30，按义务清单默认设置）,示例镇,"壶天镇, ""新"""',
      '总分,80分,—',
      '5(1) 会议,已达标,未达标',
      '',
    ]);
  });

  it('goes through the one guarded writer: a township named like a formula is not run by Excel', () => {
    const csv = comparisonCsv({
      selection,
      asOf: '2025-06-30',
      profile: defaultProfile(catalogue),
      columns: [{ key: 'a', townshipName: '=HYPERLINK("http://x")' }],
      rows: [],
    });
    expect(csv).toContain(`'=HYPERLINK`);
  });
});
