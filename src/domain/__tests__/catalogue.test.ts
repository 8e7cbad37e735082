import { describe, expect, it } from 'vitest';
import { annotations, catalogue, glossary, laws, rules } from '../handbook';
import { allArticles, lookup } from '../rules/text';
import { dutiesOfArticle } from '../duties/labels';
import { readShared } from '../../test-support/shared';

/** The duty ids of obligations.md's tables: the public contract. */
const contractIds = [...readShared('spec/obligations.md').matchAll(/^\| `([a-z0-9-]+)` \|/gm)].map(
  (m) => m[1],
);

describe('the duty catalogue', () => {
  it('has exactly the ids of obligations.md, in its order', () => {
    expect(contractIds.length).toBeGreaterThan(40);
    expect(catalogue.duties.map((d) => d.id)).toEqual(contractIds);
  });

  it('refers only to items that exist', () => {
    for (const duty of catalogue.duties)
      for (const ref of duty.refs) expect(() => lookup(rules, ref)).not.toThrow();
  });

  it('marks exactly the 一般/力求 duties as normally', () => {
    expect(catalogue.duties.filter((d) => d.strength === 'normally').map((d) => d.id)).toEqual([
      'art05-two-sessions',
      'art05-first-session-h1',
      'art05-second-session-h2',
      'art10-pre-session-visit',
      'art14-practical-deeds',
    ]);
  });

  it('gives the law duties their law reference', () => {
    for (const duty of catalogue.duties.filter((d) => d.id.startsWith('law-')))
      expect(duty.law).toBeDefined();
  });

  it('reads the ranges as at least the lower bound, with the upper as the full target', () => {
    const target = (id: string) => catalogue.duties.find((d) => d.id === id)?.target;
    expect(target('art08-law-inspections')).toEqual({ min: 1, full: 2 });
    expect(target('art10-visits-research')).toEqual({ min: 3, full: 4 });
  });

  it('shows the duties of an article on that article', () => {
    expect(dutiesOfArticle(catalogue.duties, 6).map((d) => d.id)).toEqual([
      'art06-presidium-interval',
      'art06-presidium-quorum',
    ]);
  });
});

describe('the annotations', () => {
  it('annotate all 26 articles', () => {
    expect([...annotations.keys()].sort((a, b) => a - b)).toEqual(allArticles(rules).map((a) => a.num));
  });

  it('note only items of their own article', () => {
    for (const [num, annotation] of annotations)
      for (const eId of Object.keys(annotation.points)) {
        expect(eId.startsWith(`art_${num}__`)).toBe(true);
        expect(() => lookup(rules, eId)).not.toThrow();
      }
  });

  it('cite upstream law for every article of chapters 2 to 8 except the final provisions', () => {
    for (const num of Array.from({ length: 22 }, (_, i) => i + 3))
      expect(annotations.get(num)?.upstream.length, `article ${num}`).toBeGreaterThan(0);
  });

  it('cite only laws the handbook lists', () => {
    const keys = new Set(laws.map((l) => l.key));
    for (const annotation of annotations.values())
      for (const ref of annotation.upstream) expect(keys.has(ref.law)).toBe(true);
  });
});

describe('the glossary', () => {
  it('has at least 25 terms with unique ids', () => {
    expect(glossary.length).toBeGreaterThanOrEqual(25);
    expect(new Set(glossary.map((t) => t.id)).size).toBe(glossary.length);
  });

  it.each(['1+4', '两官一长一员'])('says honestly that %s is unconfirmed and names the setting', (term) => {
    const entry = glossary.find((t) => t.term === term);
    expect(entry?.unconfirmed).toBe(true);
    expect(entry?.settingNote).toBeTruthy();
  });

  it('refers only to items that exist', () => {
    for (const term of glossary) for (const ref of term.refs) expect(() => lookup(rules, ref)).not.toThrow();
  });
});
