// The web app manifest: Chrome, Edge and 360 offer 「安装到桌面」 from it, and the installed app opens
// the ledger in its own window (offline after the first visit, see src/sw/). Every URL in it is
// under the site's base path, so an installation under /rdgz/ stays under /rdgz/.
import type { APIRoute } from 'astro';
import { SITE_BASE, siteUrl } from '../ui/site-url';

/** The manifest's content (exported for its unit test). */
export const webManifest = () => ({
  id: siteUrl('/ledger/'),
  name: '湘乡市乡镇人大履职台账',
  short_name: '人大台账',
  description: '湘乡市乡镇人大工作手册与履职台账：细则释义、义务清单、工作日历、台账与考评。',
  lang: 'zh-CN',
  start_url: siteUrl('/ledger/'),
  scope: SITE_BASE,
  display: 'standalone',
  background_color: '#ffffff',
  theme_color: '#b42318',
  icons: [
    { src: siteUrl('/icons/icon-192.png'), sizes: '192x192', type: 'image/png', purpose: 'any' },
    { src: siteUrl('/icons/icon-512.png'), sizes: '512x512', type: 'image/png', purpose: 'any' },
    {
      src: siteUrl('/icons/icon-maskable-512.png'),
      sizes: '512x512',
      type: 'image/png',
      purpose: 'maskable',
    },
    { src: siteUrl('/favicon.svg'), sizes: 'any', type: 'image/svg+xml' },
  ],
});

export const GET: APIRoute = () =>
  new Response(JSON.stringify(webManifest(), null, 2), {
    headers: { 'Content-Type': 'application/manifest+json; charset=utf-8' },
  });
