// A tiny local ESLint rule: internal URLs are made with `siteUrl()` from src/ui/site-url.ts, never
// written as string literals like '/ledger/' (the site may be served under a sub-path, SITE_BASE).
// A literal is allowed only as siteUrl's own argument: `siteUrl('/ledger/')`.

/** The first segments of the site's own URLs: its pages, generated files and assets. */
export const INTERNAL_SEGMENTS = [
  'about',
  'archive-format',
  'calendar',
  'calendar.ics',
  'city',
  'compliance',
  'duties',
  'favicon.svg',
  'forms',
  'glossary',
  'icons',
  'laws',
  'legacy-layers.css',
  'ledger',
  'manifest.webmanifest',
  'pagefind',
  'polyfills.js',
  'rules',
  'search',
  'sw.js',
  '_astro',
];

const escape = (/** @type {string} */ s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A site-root path of this site: '/ledger/', '/rules/article-5/#x', '/calendar.ics'. */
export const INTERNAL_PATH = new RegExp(`^/(${INTERNAL_SEGMENTS.map(escape).join('|')})([/?#]|$)`);

/** @type {import('eslint').Rule.RuleModule} */
export const noInternalPathLiteral = {
  meta: {
    type: 'problem',
    docs: { description: 'Forbid string literals of internal site paths outside siteUrl()' },
    schema: [],
    messages: {
      literal:
        "Internal path '{{path}}' written as a literal: use siteUrl('{{path}}') from src/ui/site-url.ts, so the link works when the site is served under a sub-path (SITE_BASE).",
    },
  },
  create(context) {
    /** @param {any} node */
    const insideSiteUrl = (node) => {
      const parent = node.parent;
      return (
        parent?.type === 'CallExpression' &&
        parent.callee.type === 'Identifier' &&
        parent.callee.name === 'siteUrl' &&
        parent.arguments[0] === node
      );
    };
    /** @param {any} node @param {string} text */
    const check = (node, text) => {
      if (!INTERNAL_PATH.test(text) || insideSiteUrl(node)) return;
      const parentType = node.parent?.type;
      if (parentType === 'ImportDeclaration' || parentType === 'ExportNamedDeclaration') return;
      if (parentType === 'ExportAllDeclaration' || parentType === 'ImportExpression') return;
      context.report({ node, messageId: 'literal', data: { path: text.slice(0, 40) } });
    };
    return {
      /** @param {any} node */
      Literal(node) {
        if (typeof node.value === 'string') check(node, node.value);
      },
      /** @param {any} node */
      TemplateLiteral(node) {
        check(node, node.quasis[0]?.value.cooked ?? '');
      },
    };
  },
};

/** The plugin as ESLint's flat config takes it: `plugins: { site: sitePlugin }`. */
export const sitePlugin = { rules: { 'no-internal-path-literal': noInternalPathLiteral } };
