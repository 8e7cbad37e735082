// Rule apart from reading: every requirement the handbook states names its source, and every reading
// of the tool's own (a default, a setting, an inference, a counting rule, common practice) sits in a
// marked place — a duty's `interpretation`, an annotation's `openPoints` or `practice`, a glossary
// entry's `reading` — rendered as 「本工具的理解」 or 「实务建议」. Written over the whole catalogue, so
// duties added later are held to the same rule.
import { describe, expect, it } from 'vitest';
import { annotations, catalogue, glossary } from '../handbook';
import type { Duty } from '../schemas/duty';

/** A citation of the bylaw or a law: 第（二）项, 第十四条, 本条, 细则, or a law's short name. */
const SOURCE =
  /第（[一二三四五六七八九十]+）|第[一二三四五六七八九十]+条|本条|细则|组织法|代表法|选举法|预算法|监督法|立法法|宪法/;
/** Words that mark a reading of the tool's own or common practice. */
const READING = /本工具|默认|推定|实践中|常见做法|通常|宜在|宜与|宜安排|建议在|一般由/;
/** A pointer from a rule section to the marked block below is not itself a reading. */
const POINTER = /（?[^（）]*见下方“本工具的理解”）?/g;

/** Why a duty needs its reading spelled out, or undefined when it applies the text as written. */
export function readingReason(duty: Duty): string | undefined {
  if (duty.settings.length > 0) return `reads settings ${duty.settings.join(', ')}`;
  if (duty.target && duty.target.full !== duty.target.min)
    return `reads the range ${duty.target.min}—${duty.target.full} as at least ${duty.target.min}`;
  if (duty.strength === 'normally') return 'reads 一般/力求 as “一般应当”';
  const stated = `${duty.rule} ${duty.dueNote}`;
  const word = /默认|可设置|推定|视为/.exec(stated);
  if (word) return `its rule or due note says “${word[0]}”`;
  return undefined;
}

describe('duties: a default, setting or reading has an interpretation', () => {
  it('finds duties that need one (the check can fail)', () => {
    const needing = catalogue.duties.filter((d) => readingReason(d) !== undefined);
    expect(needing.length).toBeGreaterThan(10);
    const bare = { ...catalogue.duties.find((d) => d.settings.length > 0)!, interpretation: undefined };
    expect(readingReason(bare)).toBeDefined();
  });

  it.each(catalogue.duties.map((d) => d.id))('%s', (id) => {
    const duty = catalogue.duties.find((d) => d.id === id)!;
    const reason = readingReason(duty);
    if (reason === undefined) {
      expect(duty.rule.length, `${id} has a rule`).toBeGreaterThan(0);
      return;
    }
    expect(duty.interpretation, `${id} ${reason} but has no interpretation`).toBeTruthy();
    expect(duty.interpretation!, `${id}: the interpretation says whose reading it is (本工具…)`).toMatch(
      /本工具|细则用|细则写作|细则只/,
    );
  });
});

describe('annotations: the rule sections name a source and hold no readings', () => {
  const sections = ['requires', 'who', 'when', 'evidence', 'pitfalls'] as const;
  const cases = [...annotations.values()].map((a) => [a.article, a] as const);

  it.each(cases)('第%i条', (article, annotation) => {
    const found: string[] = [];
    for (const section of sections)
      annotation[section].forEach((text, i) => {
        const word = READING.exec(text.replace(POINTER, ''));
        if (word)
          found.push(`art-${article} ${section}[${i}] “${word[0]}”: move it to openPoints or practice`);
      });
    Object.entries(annotation.points).forEach(([eId, text]) => {
      const word = /默认|实践中|常见做法|建议在/.exec(text);
      if (word) found.push(`art-${article} points.${eId} “${word[0]}”: move it to openPoints or practice`);
    });
    annotation.requires.forEach((text, i) => {
      if (!SOURCE.test(text))
        found.push(`art-${article} requires[${i}] names no source: “${text.slice(0, 20)}…”`);
    });
    expect(found).toEqual([]);
  });

  it('has marked blocks for the readings', () => {
    const withReadings = [...annotations.values()].filter((a) => a.openPoints.length + a.practice.length > 0);
    expect(withReadings.length).toBeGreaterThan(20);
  });
});

describe('glossary: a definition states requirements with their source, readings apart', () => {
  it.each(glossary.map((t) => t.id))('%s', (id) => {
    const term = glossary.find((t) => t.id === id)!;
    const found: string[] = [];
    const word = READING.exec(term.definition);
    if (word) found.push(`${id} definition “${word[0]}”: move it to reading`);
    for (const sentence of term.definition.split(/(?<=[。；])/))
      if (/要求|须|应当|必须|不得/.test(sentence) && !SOURCE.test(sentence))
        found.push(`${id}: “${sentence.slice(0, 24)}…” states a requirement without its source`);
    expect(found).toEqual([]);
  });

  it('marks the readings it has', () => {
    expect(glossary.filter((t) => t.reading !== undefined).length).toBeGreaterThan(15);
  });
});
