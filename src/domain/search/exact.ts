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
  /** The entry's text split around every occurrence of the query's words. */
  parts: SnippetPart[];
  /** How many of the query's distinct words the entry holds (1 for a one-word query). */
  words: number;
}

/** An article with the entries in it that contain the query, best first (see `searchExact`). */
export interface ExactGroup {
  article: number;
  articleTitle: string;
  chapterTitle: string;
  url: string;
  hits: ExactHit[];
}

/** Splits a query into its words: white space (any width) separates them; repeats are dropped. */
export function queryWords(rawQuery: string): string[] {
  const words = rawQuery
    .split(/[\s\u3000]+/u)
    .map((word) => fold(word).folded)
    .filter((word) => word.length > 0);
  return [...new Set(words)];
}

/** Splits `text` around every occurrence of any of the folded words (longest word first). */
function highlight(text: string, words: readonly string[]): SnippetPart[] | undefined {
  const { folded, origin } = fold(text);
  const hit = new Array<boolean>(folded.length).fill(false);
  for (const word of [...words].sort((a, b) => b.length - a.length))
    for (let at = folded.indexOf(word); at !== -1; at = folded.indexOf(word, at + word.length))
      for (let i = at; i < at + word.length; i += 1) hit[i] = true;
  if (!hit.includes(true)) return undefined;
  // Back from folded characters to source ranges: a source character is a hit when any of the
  // folded characters it produced is; white space between two hit characters stays plain.
  const marked = new Array<boolean>(text.length).fill(false);
  hit.forEach((isHit, i) => {
    if (!isHit) return;
    const start = origin[i]!;
    const end = start + (text.codePointAt(start)! > 0xffff ? 2 : 1);
    for (let j = start; j < end; j += 1) marked[j] = true;
  });
  const parts: SnippetPart[] = [];
  for (let i = 0; i < text.length;) {
    let j = i;
    while (j < text.length && marked[j] === marked[i]) j += 1;
    parts.push({ text: text.slice(i, j), hit: marked[i]! });
    i = j;
  }
  return parts;
}

/**
 * Finds the articles that hold the query. A one-word query finds every entry whose text contains
 * it verbatim (after folding), grouped by article in document order. A query of several words
 * separated by spaces (`代表 建议 办理`) finds every article whose entries — its heading included —
 * hold all the words between them, in document order; in each article the entries holding the
 * most words come first (then document order), so the article's link lands on the best item.
 * A query with no characters after folding finds nothing.
 */
export function searchExact(index: readonly ExactEntry[], rawQuery: string): ExactGroup[] {
  const words = queryWords(rawQuery);
  if (words.length === 0) return [];
  const groups = new Map<number, ExactGroup & { seen: Set<string> }>();
  for (const entry of index) {
    const parts = highlight(entry.text, words);
    if (!parts) continue;
    const folded = fold(entry.text).folded;
    const held = words.filter((word) => folded.includes(word));
    let group = groups.get(entry.article);
    if (!group) {
      group = {
        article: entry.article,
        articleTitle: entry.articleTitle,
        chapterTitle: entry.chapterTitle,
        url: articlePath(entry.article),
        hits: [],
        seen: new Set(),
      };
      groups.set(entry.article, group);
    }
    for (const word of held) group.seen.add(word);
    group.hits.push({ entry, parts, words: held.length });
  }
  return [...groups.values()]
    .filter((group) => group.seen.size === words.length)
    .map(({ seen: _seen, ...group }) => ({
      ...group,
      // Stable sort: equal counts keep document order.
      hits: [...group.hits].sort((a, b) => b.words - a.words),
    }));
}
