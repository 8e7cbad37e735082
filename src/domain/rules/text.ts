// Pure functions over the structured rules: lines, citations, links and look-ups.
import type { Article, Block, Chapter, Rules } from '../schemas/rules';
import { toChineseNumeral } from './numerals';

/** The source lines of one article, exactly as printed in the seed text. */
export function articleLines(article: Article): string[] {
  const [first, ...rest] = article.blocks;
  const blockLine = (b: Block) => (b.label ?? '') + b.text;
  if (article.title !== undefined)
    return [`${article.label} ${article.title}`, ...article.blocks.map(blockLine)];
  // No heading: the article's line carries its first paragraph.
  return [`${article.label} ${blockLine(first!)}`, ...rest.map(blockLine)];
}

/** Rejoins the structured rules into the published text (lines joined by `\n`, no final newline). */
export function joinRules(rules: Rules): string {
  return rules.chapters
    .flatMap((chapter) => [chapter.heading, ...chapter.articles.flatMap(articleLines)])
    .join('\n');
}

export const allArticles = (rules: Rules): Article[] => rules.chapters.flatMap((c) => c.articles);

/** A chapter's name for navigation and headings: `第六章 人大代表联络站建设及运行`. */
export const chapterLabel = (chapter: Chapter): string => `${chapter.heading.split(' ')[0]} ${chapter.title}`;

/** An article's name for navigation: `第五条 乡镇人民代表大会`, or `第一条（制定目的和依据）`. */
export const articleLabel = (article: Article): string =>
  article.title ? `${article.label} ${article.title}` : `${article.label}（${article.navTitle ?? ''}）`;

/** The chapter an article belongs to. */
export function chapterOf(rules: Rules, articleNum: number): Chapter {
  const chapter = rules.chapters.find((c) => c.articles.some((a) => a.num === articleNum));
  if (!chapter) throw new Error(`no article ${articleNum}`);
  return chapter;
}

/** Parses an element id into its article number and block. */
export function parseEid(eId: string): {
  article: number;
  kind: Block['kind'] | undefined;
  num: number | undefined;
} {
  const match = /^art_(\d+)(?:__(intro|para|point)(?:_(\d+))?)?$/.exec(eId);
  if (!match) throw new Error(`not an element id: ${eId}`);
  const kind = match[2] === 'para' ? 'paragraph' : (match[2] as Block['kind'] | undefined);
  return { article: Number(match[1]), kind, num: match[3] === undefined ? undefined : Number(match[3]) };
}

/** Whether a paragraph is its article's only paragraph (then it is cited by the article alone). */
const isSoleParagraph = (article: Article, block: Block) =>
  block.kind !== 'point' && article.blocks.filter((b) => b.kind === 'paragraph').length === 1;

/**
 * The short citation of an article or one of its blocks: `第五条第（二）项`, `第十三条`.
 * Items (项) are cited with full-width brackets, as citations in Chinese legal writing are.
 */
export function shortCitation(article: Article, block?: Block): string {
  const art = `第${toChineseNumeral(article.num)}条`;
  if (!block || block.kind === 'intro' || isSoleParagraph(article, block)) return art;
  if (block.kind === 'point') return `${art}第（${toChineseNumeral(block.num!)}）项`;
  return `${art}第${toChineseNumeral(block.num!)}款`;
}

/** The full citation: `《湘乡市乡镇人民代表大会工作实施细则》第五条第（二）项`. */
export function citation(rules: Rules, article: Article, block?: Block): string {
  return `《${rules.title}》${shortCitation(article, block)}`;
}

/** The ASCII path of an article's page. */
export const articlePath = (num: number) => `/rules/article-${num}/`;
/** The ASCII path of a chapter's page. */
export const chapterPath = (num: number) => `/rules/chapter-${num}/`;
/** The link to an element: the article's page with the element's anchor. */
export const eidPath = (eId: string) => {
  const { article, kind } = parseEid(eId);
  return kind === undefined ? articlePath(article) : `${articlePath(article)}#${eId}`;
};

/** Finds an article and, for a block id, the block. */
export function lookup(rules: Rules, eId: string): { article: Article; block?: Block } {
  const { article: num, kind } = parseEid(eId);
  const article = allArticles(rules).find((a) => a.num === num);
  if (!article) throw new Error(`no article for ${eId}`);
  if (kind === undefined) return { article };
  const block = article.blocks.find((b) => b.eId === eId);
  if (!block) throw new Error(`no element ${eId}`);
  return { article, block };
}

/** The short citation of any element id: `第五条第（二）项`. */
export function shortCitationOf(rules: Rules, eId: string): string {
  const { article, block } = lookup(rules, eId);
  return shortCitation(article, block);
}
