import { describe, expect, it } from 'vitest';
import { rules } from '../../handbook';
import { allArticles, citation, eidPath, joinRules, lookup, parseEid, shortCitationOf } from '../text';
import { toChineseNumeral } from '../numerals';
import { seedRules } from '../../../test-support/shared';

describe('the structured rules', () => {
  it('rejoin to the published text character for character', () => {
    expect(joinRules(rules)).toBe(seedRules());
  });

  it('have 8 chapters and 26 articles numbered straight through', () => {
    expect(rules.chapters).toHaveLength(8);
    expect(allArticles(rules).map((a) => a.num)).toEqual(Array.from({ length: 26 }, (_, i) => i + 1));
  });

  it('give every (一)(二)… item of the seed its own id', () => {
    const seedItems = seedRules()
      .split('\n')
      .filter((line) => /^\([一二三四五六七八九十]+\)/.test(line));
    const points = allArticles(rules).flatMap((a) => a.blocks.filter((b) => b.kind === 'point'));
    expect(points.map((p) => `${p.label}${p.text}`)).toEqual(seedItems);
    expect(new Set(points.map((p) => p.eId)).size).toBe(seedItems.length);
  });

  it('use unique Akoma Ntoso ids that match their position', () => {
    const ids = allArticles(rules).flatMap((a) => [a.eId, ...a.blocks.map((b) => b.eId)]);
    expect(new Set(ids).size).toBe(ids.length);
    for (const article of allArticles(rules)) {
      expect(article.eId).toBe(`art_${article.num}`);
      for (const block of article.blocks) {
        const expected =
          block.kind === 'intro'
            ? `art_${article.num}__intro`
            : `art_${article.num}__${block.kind === 'point' ? 'point' : 'para'}_${block.num}`;
        expect(block.eId).toBe(expected);
      }
    }
  });

  it('keep the ids the issue names', () => {
    expect(lookup(rules, 'art_5__point_2').block?.text).toMatch(/^年度第一次人民代表大会会议议程/);
    expect(lookup(rules, 'art_13__para_1').block?.text).toMatch(/^加强依法履职能力建设/);
  });
});

describe('toChineseNumeral', () => {
  it.each([
    [1, '一'],
    [5, '五'],
    [10, '十'],
    [13, '十三'],
    [20, '二十'],
    [26, '二十六'],
    [101, '一百零一'],
    [110, '一百一十'],
  ])('%i → %s', (n, expected) => expect(toChineseNumeral(n)).toBe(expected));

  it.each([0, 1000, 2.5])('refuses %s', (n) => expect(() => toChineseNumeral(n)).toThrow(RangeError));
});

describe('citations and links', () => {
  it.each([
    ['art_5__point_2', '第五条第（二）项'],
    ['art_13__para_1', '第十三条'],
    ['art_4__intro', '第四条'],
    ['art_17__point_4', '第十七条第（四）项'],
    ['art_26__para_1', '第二十六条'],
    ['art_4', '第四条'],
  ])('%s is cited as %s', (eId, expected) => expect(shortCitationOf(rules, eId)).toBe(expected));

  it('writes the full citation with the title in book-title marks', () => {
    const { article, block } = lookup(rules, 'art_5__point_2');
    expect(citation(rules, article, block)).toBe('《湘乡市乡镇人民代表大会工作实施细则》第五条第（二）项');
  });

  it.each([
    ['art_5', '/rules/article-5/'],
    ['art_5__point_2', '/rules/article-5/#art_5__point_2'],
  ])('links %s to %s', (eId, path) => expect(eidPath(eId)).toBe(path));

  it('rejects what is not an element id', () => {
    expect(() => parseEid('article-5')).toThrow();
    expect(() => lookup(rules, 'art_5__point_9')).toThrow();
  });
});
