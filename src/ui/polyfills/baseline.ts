// The polyfills of the browser baseline (Chromium 86, see docs/deploy.md): only the APIs the site's
// code uses that Chromium 86 lacks, from core-js, plus crypto.randomUUID, which every browser
// hides on a plain-HTTP intranet origin (it is secure-context only; getRandomValues is not).
// src/pages/polyfills.js.ts bundles this file into `polyfills.js`; the head of every page loads
// it only when one of NEEDS_POLYFILLS's checks fails (src/ui/polyfills/loader.ts), before any
// module script runs.
import 'core-js/actual/array/at';
import 'core-js/actual/array/find-last';
import 'core-js/actual/array/find-last-index';
import 'core-js/actual/array/to-reversed';
import 'core-js/actual/array/to-sorted';
import 'core-js/actual/array/to-spliced';
import 'core-js/actual/array/with';
import 'core-js/actual/object/has-own';
import 'core-js/actual/string/at';
import 'core-js/actual/structured-clone';

/** An RFC 4122 version 4 UUID from crypto.getRandomValues. */
function randomUuid(): `${string}-${string}-${string}-${string}-${string}` {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

if (typeof crypto !== 'undefined' && typeof crypto.randomUUID !== 'function') {
  Object.defineProperty(crypto, 'randomUUID', { value: randomUuid, configurable: true, writable: true });
}
