import { toChineseNumeral } from '../rules/numerals';

/** Writes article numbers the Chinese way: `["14","20"]` → `第十四条、第二十条`; `[]` → `（按名称引用）`. */
export function formatLawArticles(articles: readonly string[]): string {
  if (articles.length === 0) return '（按名称引用）';
  return articles
    .map((a) => {
      const [, num, item] = /^(\d+)(?:\((\d+)\))?$/.exec(a)!;
      const base = `第${toChineseNumeral(Number(num))}条`;
      return item ? `${base}第（${toChineseNumeral(Number(item))}）项` : base;
    })
    .join('、');
}
