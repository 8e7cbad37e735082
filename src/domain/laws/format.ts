import { toChineseNumeral } from '../rules/numerals';

const articleName = (a: string) => {
  const [, num, item] = /^(\d+)(?:\((\d+)\))?$/.exec(a)!;
  const base = `第${toChineseNumeral(Number(num))}条`;
  return item ? `${base}第（${toChineseNumeral(Number(item))}）项` : base;
};

/**
 * Writes article numbers the Chinese way, with runs of three or more consecutive articles as a
 * range: `["14","20","22","23","24"]` → `第十四条、第二十条、第二十二条至第二十四条`;
 * `[]` → `（按名称引用）`.
 */
export function formatLawArticles(articles: readonly string[]): string {
  if (articles.length === 0) return '（按名称引用）';
  const parts: string[] = [];
  for (let i = 0; i < articles.length;) {
    let j = i;
    while (
      j + 1 < articles.length &&
      /^\d+$/.test(articles[j + 1]!) &&
      /^\d+$/.test(articles[j]!) &&
      Number(articles[j + 1]) === Number(articles[j]) + 1
    )
      j += 1;
    parts.push(
      j - i >= 2
        ? `${articleName(articles[i]!)}至${articleName(articles[j]!)}`
        : articles
            .slice(i, j + 1)
            .map(articleName)
            .join('、'),
    );
    i = j + 1;
  }
  return parts.join('、');
}
