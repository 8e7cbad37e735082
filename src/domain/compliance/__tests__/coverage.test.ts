import { describe, expect, it } from 'vitest';
import { catalogue } from '../../catalogue';
import { generateDemo } from '../../demo/generate';
import { evaluate } from '../engine';
import { EVALUATORS } from '../evaluators';
import { STATUSES } from '../types';

describe('the engine covers the catalogue', () => {
  it('has an evaluator for every duty of the catalogue and none for an unknown id', () => {
    expect(Object.keys(EVALUATORS).sort()).toEqual(catalogue.duties.map((d) => d.id).sort());
  });

  it('evaluates every duty of the demo township for a year and a term', () => {
    const data = generateDemo();
    const term = [...data.terms].sort((a, b) => a.startDate.localeCompare(b.startDate)).at(-1)!;
    for (const selection of [
      { kind: 'year', year: 2024 } as const,
      { kind: 'term', termId: term.id } as const,
    ]) {
      const evaluation = evaluate({ data, catalogue, selection, asOf: '2025-11-15' });
      expect(evaluation.results.map((r) => r.id)).toEqual(catalogue.duties.map((d) => d.id));
      for (const r of evaluation.results) expect(Object.keys(STATUSES)).toContain(r.status);
      expect(evaluation.overall.scored).toBeGreaterThan(20);
    }
  });
});
