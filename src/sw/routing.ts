// The pure parts of the service worker (src/sw/service-worker.ts): cache names, the URL a built file
// answers to, the cache key of a request, and which caches and client records are no longer needed.
// No DOM and no worker globals here, so Vitest runs it in Node; scripts/build-sw.mjs bundles it into
// the worker. See docs/decisions/0004-offline.md for the design.

/** Prefix of the caches that each hold one complete version of the site: `xx-site-<version>`. */
export const CACHE_PREFIX = 'xx-site-';

/** The cache that records which version each open page was loaded with (see `ClientRecord`). */
export const CLIENTS_CACHE = 'xx-sw-clients';

/** Path prefix of the keys in `CLIENTS_CACHE`; a key is this prefix and a client id. */
export const CLIENT_KEY_PREFIX = '/__sw__/client/';

/** The page served to a navigation that is neither cached nor reachable (offline, unknown URL). */
export const OFFLINE_FALLBACK = '/404.html';

/**
 * How long a client record is kept even though its client does not show in `clients.matchAll()`:
 * a navigation's record is written before its document exists, and must not be swept meanwhile.
 */
export const CLIENT_RECORD_GRACE_MS = 60_000;

/** One file of the built site, as precached by the worker. */
export interface PrecacheEntry {
  /** The URL path the site answers to with this file: `/rules/article-5/`, `/_astro/x.js`. */
  url: string;
  /** SHA-256 of the file's bytes, lowercase hex; the worker refuses a response that differs. */
  sha256: string;
}

/** What scripts/build-sw.mjs writes into sw.js: the version and every file of it. */
export interface PrecacheManifest {
  /** SHA-256 (hex) of every file's URL and hash and of the worker's own code. */
  version: string;
  /** Every file of the version, sorted by URL. */
  entries: PrecacheEntry[];
  /** The site's base path ('/' or '/rdgz/'), as the build's SITE_BASE; entry URLs start with it. */
  base?: string;
}

/** Which version an open page (a service-worker client) was loaded with. */
export interface ClientRecord {
  /** The client's id (`FetchEvent.resultingClientId` or `clientId`). */
  clientId: string;
  /** The version whose cache served the page. */
  version: string;
  /** When the record was written, in milliseconds since the epoch. */
  savedAt: number;
}

const VERSION_PATTERN = /^[0-9a-f]{16,64}$/;

/** The name of the cache that holds one version: `xx-site-<version>`. */
export function cacheName(version: string): string {
  return `${CACHE_PREFIX}${version}`;
}

/** The version a cache holds, or undefined for a cache that is not one of the site's versions. */
export function versionOfCache(name: string): string | undefined {
  if (!name.startsWith(CACHE_PREFIX)) return undefined;
  const version = name.slice(CACHE_PREFIX.length);
  return VERSION_PATTERN.test(version) ? version : undefined;
}

/**
 * Whether a file of the build directory is precached: everything a page can load (HTML, _astro
 * assets, Pagefind's index and wasm, fonts, the favicon, exact.json, calendar.ics) except source
 * maps, dot-files and the worker's own files.
 * @param path the file's path relative to the build directory, with `/` separators
 */
export function isPrecached(path: string): boolean {
  if (path === 'sw.js' || path === 'sw-manifest.json') return false;
  if (path.endsWith('.map')) return false;
  return !path.split('/').some((part) => part.startsWith('.'));
}

/**
 * The URL path the site answers to with a built file, the way static hosts serve a directory build:
 * `rules/article-5/index.html` → `/rules/article-5/`, `index.html` → `/`, `404.html` → `/404.html`;
 * under a base path each is prefixed with it (`/rdgz/rules/article-5/`).
 */
export function fileUrl(path: string, base = '/'): string {
  if (path === 'index.html') return base;
  if (path.endsWith('/index.html')) return `${base}${path.slice(0, -'index.html'.length)}`;
  return `${base}${path}`;
}

/** A site-root path ('/404.html') under the site's base ('/rdgz/404.html'). */
export function underBase(base: string, path: string): string {
  return `${base.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`;
}

/** A base path as SITE_BASE may spell it ('rdgz', '/rdgz') with one leading and one trailing slash. */
export function normalizeBase(base: string | undefined): string {
  const trimmed = (base ?? '').replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/**
 * The cache key of a request's path: query strings and fragments are ignored (the site is static
 * files), and `…/index.html` is the same file as its directory URL `…/`.
 */
export function cacheKey(pathname: string): string {
  return pathname.endsWith('/index.html') ? pathname.slice(0, -'index.html'.length) : pathname;
}

/** A key to look up for a navigation, and whether a hit is answered with a redirect to it. */
export interface NavigationCandidate {
  /** The cache key to look up. */
  key: string;
  /** True when the browser should be redirected to `key` (a directory URL without its slash). */
  redirect: boolean;
}

/**
 * The keys a navigation is looked up under, in order: its own key, then — for `/rules/article-5`
 * without a trailing slash and without an extension — the directory URL, answered with a redirect
 * as the site's server does (relative links in the page resolve against the slash).
 */
export function navigationCandidates(pathname: string): NavigationCandidate[] {
  const key = cacheKey(pathname);
  const candidates = [{ key, redirect: false }];
  const last = key.slice(key.lastIndexOf('/') + 1);
  if (last !== '' && !last.includes('.')) candidates.push({ key: `${key}/`, redirect: true });
  return candidates;
}

/** The `CLIENTS_CACHE` key of a client's record. */
export function clientRecordKey(clientId: string): string {
  return `${CLIENT_KEY_PREFIX}${encodeURIComponent(clientId)}`;
}

/** The client id of a `CLIENTS_CACHE` key (its URL path), or undefined for any other path. */
export function clientIdOfKey(pathname: string): string | undefined {
  if (!pathname.startsWith(CLIENT_KEY_PREFIX)) return undefined;
  try {
    return decodeURIComponent(pathname.slice(CLIENT_KEY_PREFIX.length)) || undefined;
  } catch {
    return undefined;
  }
}

/**
 * Splits client records into those still needed and those to delete: a record is needed while its
 * client is open, and for `CLIENT_RECORD_GRACE_MS` after it was written (its page may still be
 * loading, so not yet listed among the open clients).
 */
export function sweepClientRecords(
  records: readonly ClientRecord[],
  openClientIds: ReadonlySet<string>,
  now: number,
): { keep: ClientRecord[]; remove: ClientRecord[] } {
  const keep: ClientRecord[] = [];
  const remove: ClientRecord[] = [];
  for (const record of records) {
    const needed = openClientIds.has(record.clientId) || now - record.savedAt < CLIENT_RECORD_GRACE_MS;
    (needed ? keep : remove).push(record);
  }
  return { keep, remove };
}

/**
 * The caches to delete: every version cache whose version is not in use (the worker's own version
 * and those of the pages still open). Other caches — the clients cache, anything not ours — stay.
 */
export function staleCaches(names: readonly string[], versionsInUse: ReadonlySet<string>): string[] {
  return names.filter((name) => {
    const version = versionOfCache(name);
    return version !== undefined && !versionsInUse.has(version);
  });
}
