// The head script that loads `polyfills.js` only in a browser that lacks something the site uses
// (Chromium 86–109 era browsers such as 360安全浏览器 and QQ浏览器 in 极速 mode, or any browser on a
// plain-HTTP intranet origin, where crypto.randomUUID is hidden). A parser-inserted classic script
// runs before the page's deferred module scripts, so every module sees the polyfilled APIs.

/** The feature test, as an ES5 expression: true when polyfills.js is needed. */
export const NEEDS_POLYFILLS =
  '![].at||![].findLast||![].findLastIndex||![].toSorted||![].toReversed||![].toSpliced||![].with' +
  "||!''.at||!Object.hasOwn||typeof structuredClone!=='function'" +
  "||!(window.crypto&&typeof window.crypto.randomUUID==='function')";

/** The inline script for a page's <head>; `src` is the polyfills file under the site's base. */
export function polyfillLoader(src: string): string {
  return `if(${NEEDS_POLYFILLS})document.write('<script src="${src}"><\\/script>');`;
}
