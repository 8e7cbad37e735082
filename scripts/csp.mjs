// The Content-Security-Policy every page carries (as a <meta> tag, so it holds on any static
// host). It allows the page's own origin only: nothing may be fetched from anywhere else.
// 'unsafe-inline' is needed for Starlight's inline theme and search scripts and styles;
// 'wasm-unsafe-eval' for Pagefind's WebAssembly search. See docs/decisions/0002-csp.md.
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline' 'wasm-unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "media-src 'self' blob:",
  "worker-src 'self' blob:",
  "frame-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');
