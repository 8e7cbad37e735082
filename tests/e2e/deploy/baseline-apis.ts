// The browser baseline (docs/deploy.md): Chromium 86, the 360安全浏览器 13 极速 mode era. This init
// script deletes every API the site's code could reach for that is newer than Chromium 86, before
// any of the page's scripts runs, so an e2e run in a current Chromium behaves like the baseline as
// far as these APIs go (syntax is checked separately by scripts/check-baseline.mjs).

/** Each owner (a path from globalThis) and the names newer than Chromium 86 on it. */
export const NEWER_THAN_BASELINE: Record<string, string[]> = {
  'Array.prototype': ['at', 'findLast', 'findLastIndex', 'toSorted', 'toReversed', 'toSpliced', 'with'],
  'String.prototype': ['at', 'isWellFormed', 'toWellFormed'],
  '%TypedArray%.prototype': ['at', 'findLast', 'findLastIndex', 'toSorted', 'toReversed', 'with'],
  Array: ['fromAsync'],
  Object: ['hasOwn', 'groupBy'],
  Map: ['groupBy'],
  Promise: ['withResolvers'],
  'Set.prototype': [
    'union',
    'intersection',
    'difference',
    'symmetricDifference',
    'isSubsetOf',
    'isSupersetOf',
    'isDisjointFrom',
  ],
  globalThis: ['structuredClone', 'Iterator'],
  Intl: ['Segmenter'],
  'Crypto.prototype': ['randomUUID'],
  AbortSignal: ['timeout', 'any'],
  'Element.prototype': ['checkVisibility'],
  'HTMLElement.prototype': ['showPopover', 'hidePopover', 'togglePopover'],
  'Document.prototype': ['startViewTransition'],
};

/** The script handed to `page.addInitScript`: deletes them and lists what it deleted. */
export function removeNewerApis(table: Record<string, string[]>): void {
  const root = globalThis as unknown as Record<string, unknown>;
  const ownerOf = (path: string): Record<string, unknown> | undefined => {
    if (path === 'globalThis') return root;
    if (path === '%TypedArray%.prototype')
      return Object.getPrototypeOf(Int8Array.prototype) as Record<string, unknown>;
    let value: unknown = root;
    for (const part of path.split('.')) value = (value as Record<string, unknown> | undefined)?.[part];
    return value as Record<string, unknown> | undefined;
  };
  const removed: string[] = [];
  for (const [path, names] of Object.entries(table)) {
    const owner = ownerOf(path);
    if (!owner) continue;
    for (const name of names) {
      if (name in owner && Reflect.deleteProperty(owner, name)) removed.push(`${path}.${name}`);
    }
  }
  (root as { __removedApis?: string[] }).__removedApis = removed;
}
