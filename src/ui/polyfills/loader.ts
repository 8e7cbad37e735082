// The head script that loads `polyfills.js` only in a browser that lacks something the site uses
// (Chromium 86–109 era browsers such as 360安全浏览器 and QQ浏览器 in 极速 mode, or any browser on a
// plain-HTTP intranet origin, where crypto.randomUUID is hidden). A parser-inserted classic script
// runs before the page's deferred module scripts, so every module sees the polyfilled APIs.

/** The feature test, as an ES5 expression: true when polyfills.js is needed. */
export const NEEDS_POLYFILLS =
  '![].at||![].findLast||![].findLastIndex||![].toSorted||![].toReversed||![].toSpliced||![].with' +
  "||!''.at||!Object.hasOwn||typeof structuredClone!=='function'" +
  "||!(window.crypto&&typeof window.crypto.randomUUID==='function')";

/** True when the browser drops `@layer` blocks (Chromium < 99): legacy-layers.css is needed. */
export const NEEDS_LEGACY_CSS = "typeof CSSLayerBlockRule==='undefined'";

/**
 * The inline script for a page's <head>: `src` is the polyfills file and `css` the legacy
 * stylesheet (scripts/legacy-css.mjs), both under the site's base.
 */
export function polyfillLoader(src: string, css: string): string {
  return (
    `if(${NEEDS_LEGACY_CSS})document.write('<link rel="stylesheet" href="${css}">');` +
    `if(${NEEDS_POLYFILLS})document.write('<script src="${src}"><\\/script>');`
  );
}
