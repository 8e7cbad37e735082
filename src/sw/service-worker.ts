/// <reference lib="webworker" />
// The site's service worker, bundled by scripts/build-sw.mjs into `sw.js` at the root of the built
// site together with the precache manifest (`__PRECACHE__`). It makes the whole site — handbook,
// forms, ledger, search — work offline after the first visit:
//
// - install: fetches every file of its version into the cache `xx-site-<version>`, checking each
//   file's SHA-256 against the manifest; one failure fails the install and leaves no cache behind,
//   so a version is either complete or absent (and a deployment caught half-way never installs).
// - fetch: a page is served from the cache of the version it was loaded with, and so are all its
//   assets, even after a newer worker takes over: each navigation records its client's version in
//   the `xx-sw-clients` cache. Pages therefore never mix the files of two versions.
// - update: a new worker waits until the page's notice (src/ui/scripts/offline.ts) posts
//   SKIP_WAITING; it then claims the open pages and deletes the caches no open page uses.
// - it only ever fetches same-origin URLs of its manifest, or a same-origin request passed through.
// See docs/decisions/0004-offline.md.
import {
  cacheKey,
  cacheName,
  clientIdOfKey,
  clientRecordKey,
  CLIENTS_CACHE,
  navigationCandidates,
  OFFLINE_FALLBACK,
  staleCaches,
  underBase,
  sweepClientRecords,
  type ClientRecord,
  type PrecacheEntry,
  type PrecacheManifest,
} from './routing';

declare const self: ServiceWorkerGlobalScope;
/** Defined by scripts/build-sw.mjs in front of the bundled worker. */
declare const __PRECACHE__: PrecacheManifest;

const MANIFEST = __PRECACHE__;
const VERSION = MANIFEST.version;
const CURRENT_CACHE = cacheName(VERSION);
/** The offline page under the site's base path. */
const FALLBACK_URL = underBase(MANIFEST.base ?? '/', OFFLINE_FALLBACK);
/** Files fetched at once during install: enough to be quick, few enough not to swamp a small host. */
const INSTALL_CONCURRENCY = 6;

/** Versions of the clients this worker has seen, so most lookups skip the clients cache. */
const knownClients = new Map<string, string>();

self.addEventListener('install', (event) => {
  event.waitUntil(precache());
});

self.addEventListener('activate', (event) => {
  event.waitUntil(self.clients.claim().then(cleanUp));
});

self.addEventListener('message', (event) => {
  const data: unknown = event.data;
  if (typeof data === 'object' && data !== null && 'type' in data && data.type === 'SKIP_WAITING') {
    event.waitUntil(self.skipWaiting());
  }
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  // Requests to other origins are left to the browser (the CSP forbids them): never fetched here.
  if (url.origin !== self.location.origin) return;
  if (url.pathname === self.location.pathname) return; // the worker's own file
  event.respondWith(request.mode === 'navigate' ? navigate(event, url) : subresource(event, url));
});

/** Fills this version's cache with every file of the manifest, all or nothing. */
async function precache(): Promise<void> {
  // A cache of this name can only be left from an install that was cut short: start afresh.
  await caches.delete(CURRENT_CACHE);
  const cache = await caches.open(CURRENT_CACHE);
  try {
    await forEachLimited(MANIFEST.entries, INSTALL_CONCURRENCY, async (entry) => {
      await cache.put(entry.url, await fetchVerified(entry));
    });
    const stored = await cache.keys();
    if (stored.length !== MANIFEST.entries.length || !(await caches.has(CURRENT_CACHE))) {
      throw new Error(`precache of ${VERSION} is incomplete`);
    }
  } catch (error) {
    await caches.delete(CURRENT_CACHE);
    throw error;
  }
}

/** Fetches one file past the HTTP cache and checks it is the very file of this version. */
async function fetchVerified(entry: PrecacheEntry): Promise<Response> {
  const response = await fetch(new Request(entry.url, { cache: 'reload', credentials: 'same-origin' }));
  if (!response.ok) throw new Error(`${entry.url}: HTTP ${response.status}`);
  const body = await response.arrayBuffer();
  const digest = toHex(await crypto.subtle.digest('SHA-256', body));
  if (digest !== entry.sha256) throw new Error(`${entry.url}: not the file of version ${VERSION}`);
  // A fresh Response: a redirected one could not answer a navigation.
  return new Response(body, {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
}

/** Answers a navigation from this version's cache, then the network, then the offline page. */
async function navigate(event: FetchEvent, url: URL): Promise<Response> {
  event.waitUntil(remember(event.resultingClientId, VERSION).then(cleanUp));
  for (const { key, redirect } of navigationCandidates(url.pathname)) {
    const hit = await caches.match(key, { cacheName: CURRENT_CACHE });
    if (hit && redirect) return Response.redirect(`${key}${url.search}`, 301);
    if (hit) return hit;
  }
  try {
    return await fetch(event.request);
  } catch (error) {
    const fallback = await caches.match(FALLBACK_URL, { cacheName: CURRENT_CACHE });
    if (!fallback) throw error;
    return new Response(fallback.body, { status: 404, headers: fallback.headers });
  }
}

/** Answers a page's asset from the cache of the version the page was loaded with. */
async function subresource(event: FetchEvent, url: URL): Promise<Response> {
  const version = await versionOfClient(event.clientId);
  const key = cacheKey(url.pathname);
  const hit =
    (await caches.match(key, { cacheName: cacheName(version) })) ??
    // The page's version is gone (storage cleared): this version's file beats a failure.
    (version !== VERSION && !(await caches.has(cacheName(version)))
      ? await caches.match(key, { cacheName: CURRENT_CACHE })
      : undefined);
  return hit ?? fetch(event.request);
}

/** The version a client was loaded with; a client never seen before is taken to be this version's. */
async function versionOfClient(clientId: string): Promise<string> {
  if (!clientId) return VERSION;
  const known = knownClients.get(clientId);
  if (known) return known;
  const stored = await caches.match(clientRecordKey(clientId), { cacheName: CLIENTS_CACHE });
  const record = stored ? parseRecord(await stored.text()) : undefined;
  if (record) {
    knownClients.set(clientId, record.version);
    return record.version;
  }
  await remember(clientId, VERSION);
  return VERSION;
}

/** Records which version a client is loaded with. */
async function remember(clientId: string, version: string): Promise<void> {
  if (!clientId) return;
  knownClients.set(clientId, version);
  const record: ClientRecord = { clientId, version, savedAt: Date.now() };
  const store = await caches.open(CLIENTS_CACHE);
  await store.put(
    clientRecordKey(clientId),
    new Response(JSON.stringify(record), { headers: { 'Content-Type': 'application/json' } }),
  );
}

/**
 * Deletes the records of closed pages and the caches of versions no open page uses. Only the newest
 * worker does it: while another is installing or waiting, its cache must not be taken for stale.
 */
async function cleanUp(): Promise<void> {
  if (self.registration.installing || self.registration.waiting) return;
  const store = await caches.open(CLIENTS_CACHE);
  const records: ClientRecord[] = [];
  for (const request of await store.keys()) {
    const clientId = clientIdOfKey(new URL(request.url).pathname);
    const stored = await store.match(request);
    const record = clientId && stored ? parseRecord(await stored.text()) : undefined;
    if (record) records.push(record);
    else await store.delete(request);
  }
  // Read after the records, so a client that shows up meanwhile is never swept.
  const open = new Set(
    (await self.clients.matchAll({ includeUncontrolled: true, type: 'all' })).map((c) => c.id),
  );
  const { keep, remove } = sweepClientRecords(records, open, Date.now());
  for (const record of remove) {
    knownClients.delete(record.clientId);
    await store.delete(clientRecordKey(record.clientId));
  }
  const inUse = new Set([VERSION, ...keep.map((record) => record.version)]);
  for (const name of staleCaches(await caches.keys(), inUse)) await caches.delete(name);
}

/** A client record read back from the clients cache, or undefined when it is not one. */
function parseRecord(text: string): ClientRecord | undefined {
  try {
    const value: unknown = JSON.parse(text);
    if (
      typeof value === 'object' &&
      value !== null &&
      'clientId' in value &&
      'version' in value &&
      'savedAt' in value &&
      typeof value.clientId === 'string' &&
      typeof value.version === 'string' &&
      typeof value.savedAt === 'number'
    ) {
      return { clientId: value.clientId, version: value.version, savedAt: value.savedAt };
    }
  } catch {
    // Not JSON: treated as no record.
  }
  return undefined;
}

/** Runs `task` over `items`, at most `limit` at a time; rejects with the first failure. */
async function forEachLimited<T>(items: readonly T[], limit: number, task: (item: T) => Promise<void>) {
  let next = 0;
  const lane = async () => {
    while (next < items.length) await task(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
}

/** Lowercase hex of a digest. */
function toHex(buffer: ArrayBuffer): string {
  return [...new Uint8Array(buffer)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}
