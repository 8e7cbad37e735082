import { describe, expect, it } from 'vitest';
import { formatLawArticles } from '../format';

describe('formatLawArticles', () => {
  it.each([
    [[], '（按名称引用）'],
    [['14'], '第十四条'],
    [['14', '20'], '第十四条、第二十条'],
    [['22', '23'], '第二十二条、第二十三条'],
    [['14', '20', '22', '23', '24', '25'], '第十四条、第二十条、第二十二条至第二十五条'],
    [['12(3)', '25'], '第十二条第（三）项、第二十五条'],
    [['101'], '第一百零一条'],
  ])('%j → %s', (articles, expected) => expect(formatLawArticles(articles)).toBe(expected));
});
