import { describe, expect, it } from 'vitest';
import { rules } from '../../handbook';
import { buildExactIndex, fold, searchExact } from '../exact';
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
