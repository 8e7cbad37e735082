// Exact-phrase search over the rules' text, down to the item. Pagefind splits Chinese queries
// into short words in the browser (联络站 → 联络|站) and ranks whole pages, so it misses or buries
// the items that contain a term verbatim; this index answers those first. Pure: it runs in the
// browser (the search dialog), at build time (the index endpoint) and in unit tests.
import type { Rules } from '../schemas/rules';
import { allArticles, articlePath, chapterLabel, chapterOf, shortCitation } from '../rules/text';

/** One searchable line of the rules: an article heading or one of its blocks. */
export interface ExactEntry {
  /** Element id, the anchor the result lands on. */
  eId: string;
  /** Article number, for grouping. */
  article: number;
  /** Short citation shown with the result: `第十七条第（四）项`. */
  citation: string;
  /** The article's heading line, for the group title: `第十七条 联络站建设`. */
  articleTitle: string;
  /** The chapter's name, shown under the group title. */
  chapterTitle: string;
  /** The text searched and shown, verbatim (label included). */
  text: string;
  /** Link to the page with the anchor. */
  url: string;
}

/** Builds the index: one entry per article heading and per block, in document order. */
export function buildExactIndex(rules: Rules): ExactEntry[] {
  return allArticles(rules).flatMap((article) => {
    const chapterTitle = chapterLabel(chapterOf(rules, article.num));
    const articleTitle = article.title ? `${article.label} ${article.title}` : article.label;
    const base = { article: article.num, articleTitle, chapterTitle };
    const heading: ExactEntry[] = article.title
      ? [
          {
            ...base,
            eId: article.eId,
            citation: article.label,
            text: article.title,
            url: articlePath(article.num),
          },
        ]
      : [];
    return [
      ...heading,
      ...article.blocks.map((block) => ({
        ...base,
        eId: block.eId,
        citation: shortCitation(article, block),
        text: (block.label ?? '') + block.text,
        url: `${articlePath(article.num)}#${block.eId}`,
      })),
    ];
  });
}

/**
 * Folds text for matching: NFKC (full-width and half-width brackets, digits and letters become
 * one form), lower case, and no white space — so `不得少于1天` finds `不得少于 1 天`. Returns the
 * folded string and, for each of its characters, the index of the source character it came from.
 */
export function fold(text: string): { folded: string; origin: number[] } {
  let folded = '';
  const origin: number[] = [];
  let index = 0;
  for (const char of text) {
    const normal = char.normalize('NFKC').toLowerCase();
    if (!/^\s+$/u.test(normal)) {
      for (const unit of normal) {
        folded += unit;
        origin.push(index);
      }
    }
    index += char.length;
  }
  return { folded, origin };
}

/** A part of a snippet; `hit` parts are the query's occurrences. */
export interface SnippetPart {
  text: string;
  hit: boolean;
}

export interface ExactHit {
  entry: ExactEntry;
  /** The entry's text split around every occurrence of the query. */
  parts: SnippetPart[];
}

/** An article with the entries in it that contain the query, in document order. */
export interface ExactGroup {
  article: number;
  articleTitle: string;
  chapterTitle: string;
  url: string;
  hits: ExactHit[];
}

/** Splits `text` around every occurrence of the folded query. */
function highlight(text: string, query: string): SnippetPart[] | undefined {
  const { folded, origin } = fold(text);
  const parts: SnippetPart[] = [];
  let cursor = 0;
  for (let at = folded.indexOf(query); at !== -1; at = folded.indexOf(query, at + query.length)) {
    const start = origin[at]!;
    const endChar = origin[at + query.length - 1]!;
    const end = endChar + (text.codePointAt(endChar)! > 0xffff ? 2 : 1);
    if (start > cursor) parts.push({ text: text.slice(cursor, start), hit: false });
    parts.push({ text: text.slice(start, end), hit: true });
    cursor = end;
  }
  if (parts.length === 0) return undefined;
  if (cursor < text.length) parts.push({ text: text.slice(cursor), hit: false });
  return parts;
}

/**
 * Finds every entry whose text contains the query verbatim (after folding), grouped by article in
 * document order. A query shorter than one character after folding finds nothing.
 */
export function searchExact(index: readonly ExactEntry[], rawQuery: string): ExactGroup[] {
  const query = fold(rawQuery).folded;
  if (query.length === 0) return [];
  const groups = new Map<number, ExactGroup>();
  for (const entry of index) {
    const parts = highlight(entry.text, query);
    if (!parts) continue;
    let group = groups.get(entry.article);
    if (!group) {
      group = {
        article: entry.article,
        articleTitle: entry.articleTitle,
        chapterTitle: entry.chapterTitle,
        url: articlePath(entry.article),
        hits: [],
      };
      groups.set(entry.article, group);
    }
    group.hits.push({ entry, parts });
  }
  return [...groups.values()];
}
