// Serves the built site (dist/) on localhost, as any static web server would. Used by `npm start`
// and by the end-to-end tests. No dependencies: Node's own http module.
// SITE_BASE=/rdgz/ serves the site under that path only (as an IT office's server would host a
// build made with the same SITE_BASE); every other path is 404, so a link that escapes the base
// shows up as broken.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';

const root = resolve(process.env.SITE_DIR ?? 'dist');
const port = Number(process.env.PORT ?? 4321);
const host = process.env.HOST ?? '127.0.0.1';
const trimmedBase = (process.env.SITE_BASE ?? '').replace(/^\/+|\/+$/g, '');
const base = trimmedBase ? `/${trimmedBase}/` : '/';

/** @type {Record<string, string>} */
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.pagefind': 'application/octet-stream',
  '.pf_meta': 'application/octet-stream',
  '.wasm': 'application/wasm',
  '.ics': 'text/calendar; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
  '.zip': 'application/zip',
};

/**
 * Resolves a URL path to a file inside root, or undefined when there is none (or it escapes root).
 * @param {string} urlPath
 */
async function resolveFile(urlPath) {
  let path;
  try {
    path = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  const candidate = normalize(join(root, path));
  if (candidate !== root && !candidate.startsWith(root + '/')) return undefined;
  for (const file of [candidate, join(candidate, 'index.html')]) {
    const info = await stat(file).catch(() => undefined);
    if (info?.isFile()) return file;
  }
  return undefined;
}

const server = createServer(async (request, response) => {
  const url = new URL(request.url ?? '/', 'http://localhost');
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.writeHead(405).end();
    return;
  }
  // Directory URLs without a trailing slash redirect, as static hosts do.
  const inBase = url.pathname.startsWith(base) || `${url.pathname}/` === base;
  const file = inBase ? await resolveFile(`/${url.pathname.slice(base.length)}`) : undefined;
  if (file && file.endsWith('index.html') && !url.pathname.endsWith('/') && !url.pathname.endsWith('.html')) {
    response.writeHead(301, { Location: `${url.pathname}/${url.search}` }).end();
    return;
  }
  const target = file ?? join(root, '404.html');
  const status = file ? 200 : 404;
  const type = TYPES[extname(target)] ?? 'application/octet-stream';
  response.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-cache' });
  if (request.method === 'HEAD') response.end();
  else
    createReadStream(target)
      .on('error', () => response.end())
      .pipe(response);
});

server.listen(port, host, () => {
  console.log(
    `湘乡市乡镇人大工作手册: http://${host === '0.0.0.0' ? 'localhost' : host}:${port}${base} (serving ${root})`,
  );
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.close(() => process.exit(0)));
