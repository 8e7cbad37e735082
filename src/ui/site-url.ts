/**
 * The one place where internal URLs are made. The site may be served under a sub-path
 * (astro.config `base`, from SITE_BASE at build time), so every link, fetch and redirect to a page
 * or file of this site goes through `siteUrl` instead of a string literal like '/ledger/'.
 */

/** The site's base path as Astro sets it, always with one trailing slash ('/' or '/rdgz/'). */
export const SITE_BASE: string = `${(import.meta.env.BASE_URL ?? '/').replace(/\/+$/, '')}/`;

/**
 * A site-root path ('/ledger/deputies/', '/search/exact.json', '/forms/x/?record=1') made into a
 * URL under the site's base ('/rdgz/ledger/deputies/'). Paths that are not site-root (external or
 * already relative) come back unchanged.
 */
export function siteUrl(path: string): string {
  if (!path.startsWith('/') || path.startsWith('//')) return path;
  if (SITE_BASE !== '/' && path.startsWith(SITE_BASE)) return path;
  return SITE_BASE + path.slice(1);
}
