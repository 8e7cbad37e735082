// Reads the project's shared specification files (../shared beside the repository), which CI and
// every developer's checkout have. SHARED_DIR overrides the location.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const sharedDir = resolve(process.env['SHARED_DIR'] ?? resolve(import.meta.dirname, '../../../shared'));

/** The text of a file under shared/, e.g. `seed/xiangxiang-township-congress-rules.txt`. */
export const readShared = (path: string): string => readFileSync(resolve(sharedDir, path), 'utf8');

/** The published rules, the source of truth for the structured text. */
export const seedRules = (): string => readShared('seed/xiangxiang-township-congress-rules.txt');

/** The articles of the seed text, each as its lines joined, keyed by article number. */
export function seedArticles(): Map<number, string> {
  const articles = new Map<number, string>();
  let current = 0;
  for (const line of seedRules().split('\n')) {
    if (/^第[一二三四五六七八九十]+章 /.test(line)) continue;
    if (/^第[一二三四五六七八九十]+条 /.test(line)) current += 1;
    articles.set(current, `${articles.get(current) ?? ''}${line}\n`);
  }
  return articles;
}
