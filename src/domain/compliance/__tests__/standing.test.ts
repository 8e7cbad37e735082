import { describe, expect, it } from 'vitest';
import { catalogue } from '../../catalogue';
import { generateDemo } from '../../demo/generate';
import { officer, term, township } from '../../ledger/__tests__/builders';
import { evaluate } from '../engine';
import { coverageLine, coverageOf, scoreStanding, standingScoreText } from '../standing';
import type { Status } from '../types';
import { ledger } from './harness';

/** Results with the given numbers of each status. */
function results(
  counts: Partial<Record<Status, number>>,
): { status: Status; evidence: { table: string }[] }[] {
  return Object.entries(counts).flatMap(([status, n]) =>
    Array.from({ length: n }, () => ({ status: status as Status, evidence: [{ table: 'activities' }] })),
  );
}

const closed = { range: { start: '2025-01-01', end: '2025-12-31' }, asOf: '2026-03-01' };
const open = { range: { start: '2026-01-01', end: '2026-12-31' }, asOf: '2026-06-30' };

describe('coverageOf', () => {
  it('counts scored, pending, unknown and not applicable duties and the scored share', () => {
    const c = coverageOf(
      results({ met: 3, partial: 1, missed: 2, pending: 3, unknown: 1, not_applicable: 5 }),
    );
    expect(c).toEqual({
      total: 15,
      scored: 6,
      pending: 3,
      unknown: 1,
      notApplicable: 5,
      applicable: 10,
      share: 0.6,
    });
    expect(coverageLine(c)).toBe('计分 6 项 · 待完成 3 项 · 数据不足 1 项 · 不适用 5 项');
  });

  it('has no share when no duty applies', () => {
    expect(coverageOf(results({ not_applicable: 4 })).share).toBeUndefined();
  });
});

describe('scoreStanding', () => {
  it.each([
    ['every duty scored in a closed period', { met: 9, missed: 1 }, closed, 'final'],
    ['not applicable duties do not lower coverage', { met: 8, not_applicable: 30 }, closed, 'final'],
    ['an open period', { met: 10 }, open, 'provisional'],
    ['coverage below 80%', { met: 7, pending: 3 }, closed, 'provisional'],
    ['coverage exactly 80%', { met: 8, unknown: 2 }, closed, 'final'],
    ['coverage below 50%', { met: 4, pending: 6 }, closed, 'withheld'],
    ['nothing scored', { pending: 3, not_applicable: 2 }, closed, 'withheld'],
    ['nothing at all', {}, closed, 'withheld'],
  ] as const)('%s → %s', (_name, counts, period, expected) => {
    const s = scoreStanding(results(counts), period);
    expect(s.standing).toBe(expected);
    expect(s.reasons.length > 0).toBe(expected !== 'final');
  });

  it('withholds a score that no record of the ledger stands behind', () => {
    const bare = results({ met: 2, missed: 8 }).map((r, i) => ({
      ...r,
      evidence: i === 0 ? [{ table: 'officers' }, { table: 'terms' }] : [],
    }));
    const s = scoreStanding(bare, closed);
    expect(s.standing).toBe('withheld');
    expect(s.reasons).toContain('本期没有任何台账记录计入考评，得分并非来自登记的工作');
  });

  it('says why in Chinese', () => {
    const s = scoreStanding(results({ met: 7, pending: 3 }), open);
    expect(s.reasons).toEqual([
      '考评期间到 2026-12-31 才结束，截至 2026-06-30 的结果还会变化',
      '适用的 10 项义务中只有 7 项可以计分（70%，本工具以 80% 为界）',
    ]);
  });
});

describe('standingScoreText', () => {
  it.each([
    [0.864, 'final', false, '86.4 分'],
    [0.72, 'provisional', false, '72.0 分（暂定）'],
    [0.125, 'withheld', false, '暂不计分'],
    [0.125, 'withheld', true, '暂不计分（试算 12.5 分）'],
    [undefined, 'withheld', true, '暂不计分'],
    [undefined, 'final', false, '—'],
  ] as const)('%s %s → %s', (value, standing, show, text) => {
    expect(standingScoreText(value, standing, show)).toBe(text);
  });
});

describe('a new ledger shows no number as if earned', () => {
  it('a township just set up is withheld, in its open year and in closed years of its term', () => {
    const data = ledger({
      township: [township()],
      terms: [term({ electionDate: '2021-04-20', startDate: '2021-05-10', endDate: '2026-05-09' })],
      officers: [officer({ from: '2021-05-10' })],
    });
    for (const year of [2024, 2025, 2026]) {
      const e = evaluate({ data, catalogue, selection: { kind: 'year', year }, asOf: '2026-12-07' });
      expect(scoreStanding(e.results, { range: e.range, asOf: e.asOf }).standing).toBe('withheld');
    }
  });

  it('the demo township’s closed year is scored', () => {
    const e = evaluate({
      data: generateDemo(),
      catalogue,
      selection: { kind: 'year', year: 2024 },
      asOf: '2025-11-15',
    });
    const s = scoreStanding(e.results, { range: e.range, asOf: e.asOf });
    expect(s.standing).not.toBe('withheld');
    expect(s.coverage.scored).toBe(e.overall.scored);
  });
});
