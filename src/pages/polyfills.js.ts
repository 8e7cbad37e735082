// `polyfills.js`: src/ui/polyfills/baseline.ts bundled for the browser baseline at build time.
// Pages load it only when the browser lacks something (src/ui/polyfills/loader.ts).
import { resolve } from 'node:path';
import type { APIRoute } from 'astro';
import { build } from 'esbuild';

export const GET: APIRoute = async () => {
  const result = await build({
    // Astro builds from the project's root; this file's own URL points into the build's chunks.
    entryPoints: [resolve('src/ui/polyfills/baseline.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    target: ['chrome86', 'firefox115', 'safari15'],
    minify: true,
    legalComments: 'none',
  });
  return new Response(result.outputFiles[0]!.text, {
    headers: { 'Content-Type': 'text/javascript; charset=utf-8' },
  });
};
