import { RuleTester } from 'eslint';
import tseslint from 'typescript-eslint';
import { afterAll, describe, it } from 'vitest';
import { noInternalPathLiteral } from '../eslint/site-url-rule.mjs';

// ESLint's RuleTester reports through the test framework's globals; Vitest's are imported.
Object.assign(RuleTester, { afterAll });
RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;

const tester = new RuleTester({
  languageOptions: { parser: tseslint.parser, parserOptions: { ecmaFeatures: { jsx: true } } },
});

tester.run('site/no-internal-path-literal', noInternalPathLiteral, {
  valid: [
    "const a = siteUrl('/ledger/');",
    'const b = siteUrl(`/ledger/deputy-file/?id=${id}`);',
    "const c = <a href={siteUrl('/rules/article-5/')}>x</a>;",
    "const d = 'https://example.org/ledger/';",
    "const e = '/'; const f = 'ledger/';",
    "import x from '/rules/thing';",
    "const g = '/ledgers-are-not-ours';",
  ],
  invalid: [
    { code: "const a = '/ledger/';", errors: [{ messageId: 'literal' }] },
    { code: 'const b = `/compliance/?year=${y}`;', errors: [{ messageId: 'literal' }] },
    { code: 'const c = <a href="/duties/">x</a>;', errors: [{ messageId: 'literal' }] },
    { code: "location.assign('/ledger/');", errors: [{ messageId: 'literal' }] },
    { code: "navigator.serviceWorker.register('/sw.js');", errors: [{ messageId: 'literal' }] },
    { code: "const d = wrap('/calendar.ics');", errors: [{ messageId: 'literal' }] },
  ],
});
