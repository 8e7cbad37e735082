import { describe, expect, it } from 'vitest';
import { rules } from '../../handbook';
import { buildExactIndex, fold, queryWords, searchExact } from '../exact';
import { seedArticles } from '../../../test-support/shared';

const index = buildExactIndex(rules);

describe('fold', () => {
  it.each([
    ['(一)', '(一)'],
    ['（一）', '(一)'],
    ['不得少于 1 天', '不得少于1天'],
    ['１２３４５', '12345'],
    ['ABC', 'abc'],
  ])('folds %s to %s', (input, expected) => expect(fold(input).folded).toBe(expected));

  it('maps every folded character back to its source', () => {
    const { folded, origin } = fold('会期 不得');
    expect(folded).toBe('会期不得');
    expect(origin).toEqual([0, 1, 3, 4]);
  });
});

describe('searchExact', () => {
  // Terms from the rules; the expected articles are computed from the seed text itself.
  const terms = [
    '联络站',
    '代表建议',
    '主席团',
    '票决',
    '工作评议',
    '执法检查',
    '民生实事',
    '两个联系',
    '1+4',
  ];
  const articlesWith = (term: string) =>
    [...seedArticles()].filter(([, text]) => fold(text).folded.includes(fold(term).folded)).map(([n]) => n);

  it.each(terms)('finds every article that contains %s, in document order', (term) => {
    const found = searchExact(index, term).map((g) => g.article);
    expect(found).toEqual(articlesWith(term));
    expect(found.length).toBeGreaterThan(0);
  });

  it('lands on the item that contains the term', () => {
    const [group] = searchExact(index, '1+4');
    expect(group?.hits.map((h) => h.entry.url)).toEqual(['/rules/article-17/#art_17__point_4']);
    expect(group?.hits[0]?.entry.citation).toBe('第十七条第（四）项');
  });

  it('marks every occurrence in the snippet', () => {
    const [group] = searchExact(index, '1+4');
    const parts = group!.hits[0]!.parts;
    expect(parts.filter((p) => p.hit).map((p) => p.text)).toEqual(['1+4']);
    expect(parts.map((p) => p.text).join('')).toBe(group!.hits[0]!.entry.text);
  });

  it('matches across the source spacing and bracket widths', () => {
    expect(searchExact(index, '不得少于1天').map((g) => g.article)).toEqual([5]);
    expect(searchExact(index, '（四）扎实落实').map((g) => g.article)).toEqual([17]);
  });

  it('finds nothing for an empty query or an absent phrase', () => {
    expect(searchExact(index, '   ')).toEqual([]);
    expect(searchExact(index, '不存在的词语')).toEqual([]);
  });
});

describe('searchExact with several words', () => {
  // Golden multi-word queries; the expected articles are computed from the seed text (article
  // heading included), so the test follows the rules rather than the index it checks.
  const queries = ['代表 建议 办理', '人大主席 站长', '专干 联络员', '主席团 会议 过半数', '预算 审查　债务'];
  const articlesWithAll = (query: string) =>
    [...seedArticles()]
      .filter(([, text]) => queryWords(query).every((word) => fold(text).folded.includes(word)))
      .map(([n]) => n);

  it('splits on half- and full-width spaces and drops repeats', () => {
    expect(queryWords(' 代表  建议　办理 代表 ')).toEqual(['代表', '建议', '办理']);
    expect(queryWords('（一） 1 天')).toEqual(['(一)', '1', '天']);
  });

  it.each(queries)('finds every article that holds all of %s, in document order', (query) => {
    const found = searchExact(index, query).map((g) => g.article);
    expect(found).toEqual(articlesWithAll(query));
    expect(found.length).toBeGreaterThan(0);
  });

  it('finds articles whose words are spread over several items', () => {
    // 第二十三条 holds 专干 but not 联络员, so only 第十七条 holds both.
    expect(searchExact(index, '人大主席 站长').map((g) => g.article)).toEqual([17]);
    expect(searchExact(index, '专干 联络员').map((g) => g.article)).toEqual([17]);
    expect(searchExact(index, '代表 建议 办理').map((g) => g.article)).toEqual(
      expect.arrayContaining([4, 16]),
    );
  });

  it('counts the article title as text', () => {
    // 第十七条's title is 联络站建设; 专干 occurs only in its 第（二）项.
    const [group] = searchExact(index, '建设 专干');
    expect(group?.article).toBe(17);
    expect(group?.hits.map((h) => h.entry.eId)).toContain('art_17');
  });

  it('lands on the item that holds the most words and marks each word', () => {
    const [group] = searchExact(index, '专干 联络员');
    expect(group?.hits[0]?.entry.url).toBe('/rules/article-17/#art_17__point_2');
    expect(group?.hits[0]?.words).toBe(2);
    const marks = group!.hits[0]!.parts.filter((p) => p.hit).map((p) => p.text);
    expect(marks).toEqual(expect.arrayContaining(['专干', '联络员']));
    const counts = group!.hits.map((h) => h.words);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  });

  it('finds nothing when no article holds every word', () => {
    expect(searchExact(index, '联络站 不存在的词语')).toEqual([]);
  });
});
