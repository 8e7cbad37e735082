// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';
import { defineConfig } from 'eslint/config';
import compat from 'eslint-plugin-compat';
import { sitePlugin } from './scripts/eslint/site-url-rule.mjs';

/**
 * The import direction of the layers (docs/architecture.md): ui → storage/archive → domain.
 * The domain is pure: it runs in the browser, in Node (the command-line tool) and in unit tests.
 */
const domainRestrictions = {
  patterns: [
    {
      group: ['**/ui/**', '**/storage/**', '**/archive/**', '**/pages/**'],
      message: 'The domain layer is pure and imports no outer layer (see docs/architecture.md).',
    },
    {
      group: ['dexie', 'jszip', 'docx', 'preact', 'preact/*', 'chart.js', 'chart.js/*', 'astro', 'astro:*'],
      message:
        'The domain layer runs in Node and unit tests: no Dexie, JSZip, docx, Preact, chart.js or Astro here (office documents are built as src/domain/office/model.ts and written by src/office/render-docx.ts).',
    },
  ],
};
/** @param {string} name @param {string} layer */
const onlyInLayer = (name, layer) => ({
  group: [name],
  message: `Only src/${layer}/ imports ${name}; call its functions instead (see docs/architecture.md).`,
});
/**
 * Storage is the UI's only door to the ledger (docs/architecture.md): the UI and the pages never
 * hold the database or a Dexie table. They import the named functions of src/storage/queries/ and
 * only the storage modules that hand out no database (failure types, live-query observing, the
 * drill flag, the writer lock, the browser-storage checks, the current user, the database name).
 */
const storageDoor = {
  regex: '(^|/)storage/(?!(queries/[\\w-]+|errors|live|drill-flag|writer-lock|health|current-user|db-name)$)',
  message:
    'The UI never holds the ledger database: read and write through the named functions of src/storage/queries/ (one module per feature, e.g. records(table), referenceOptionRecords(), readSettings()); add a function there when none fits (see docs/architecture.md).',
};
/** Dexie in the UI: the same door. */
const noDexieInUi = {
  group: ['dexie', 'dexie/*'],
  message:
    'Only src/storage/ imports dexie; the UI reads and writes through the named functions of src/storage/queries/ (see docs/architecture.md).',
};
/** The Word library: one adapter writes the pure office-document model; the browser loads it lazily. */
const docxOnlyInAdapter = {
  group: ['docx'],
  message:
    'Only src/office/render-docx.ts imports docx; build a document with src/domain/office/ and render it there (the browser imports it dynamically, see bench/budgets.json).',
};

export default defineConfig(
  {
    ignores: [
      'dist/',
      'dist-rdgz/',
      'dist-release/',
      'test-results-rdgz/',
      'release/',
      '.astro/',
      'node_modules/',
      'reports/',
      'test-results/',
      'playwright-report/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  ...astro.configs.recommended,
  {
    languageOptions: {
      globals: {
        console: 'readonly',
        process: 'readonly',
        window: 'readonly',
        document: 'readonly',
        navigator: 'readonly',
        URL: 'readonly',
        URLSearchParams: 'readonly',
        TextEncoder: 'readonly',
        fetch: 'readonly',
        history: 'readonly',
        location: 'readonly',
        HTMLElement: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      // tsconfig has noUncheckedIndexedAccess; `x[0]!` after a length check is clearer than a guard.
      '@typescript-eslint/no-non-null-assertion': 'off',
      // `const { [key]: _dropped, ...rest } = o` is how an entry is left out of a copy.
      '@typescript-eslint/no-unused-vars': ['error', { varsIgnorePattern: '^_', argsIgnorePattern: '^_' }],
      'no-restricted-imports': [
        'error',
        { patterns: [onlyInLayer('dexie', 'storage'), onlyInLayer('jszip', 'archive'), docxOnlyInAdapter] },
      ],
    },
  },
  {
    // The Word adapter is the one place that imports docx.
    files: ['src/office/render-docx.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [onlyInLayer('dexie', 'storage'), onlyInLayer('jszip', 'archive')] },
      ],
    },
  },
  {
    // Tests of the Word files open each .docx (a ZIP of XML) with JSZip to read it back.
    files: ['src/office/__tests__/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [onlyInLayer('dexie', 'storage'), docxOnlyInAdapter] }],
    },
  },
  {
    // The storage layer is the one place that imports Dexie.
    files: ['src/storage/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [onlyInLayer('jszip', 'archive'), docxOnlyInAdapter] }],
    },
  },
  {
    files: ['src/domain/**/*.ts'],
    ignores: ['src/domain/**/__tests__/**'],
    rules: { 'no-restricted-imports': ['error', domainRestrictions] },
  },
  {
    // The archive format (src/domain/archive/) is the one place that imports JSZip (pure otherwise).
    files: ['src/domain/archive/**/*.ts'],
    ignores: ['src/domain/**/__tests__/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: domainRestrictions.patterns.map((p) => ({
            ...p,
            group: p.group.filter((g) => g !== 'jszip'),
          })),
        },
      ],
    },
  },
  {
    // Test fixtures that craft hostile archives read them with JSZip too.
    files: ['tests/fixtures/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [onlyInLayer('dexie', 'storage'), docxOnlyInAdapter] }],
    },
  },
  {
    // Storage is the only door: no database, Dexie table or db-taking storage module in the UI.
    files: ['src/ui/**/*.{ts,tsx,astro}', 'src/pages/**/*.{ts,tsx,astro}'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [noDexieInUi, storageDoor, onlyInLayer('jszip', 'archive'), docxOnlyInAdapter] },
      ],
    },
  },
  {
    // Functions a person can read (docs/architecture.md): no function over about 120 lines; a long
    // one is split into named stages. Tests are exempt (a describe block is a list of cases, not a
    // function to read); no source file is a pure data table today (the tables in src/domain/ are
    // module-level constants, which the rule does not count).
    files: ['src/**/*.{ts,tsx}', 'scripts/**/*.{ts,mjs}', 'bench/**'],
    ignores: ['**/__tests__/**', 'tests/**'],
    rules: {
      'max-lines-per-function': [
        'error',
        { max: 120, skipBlankLines: true, skipComments: true, IIFEs: true },
      ],
    },
  },
  {
    // Internal URLs come from siteUrl() (src/ui/site-url.ts): the site may live under a sub-path.
    // The domain keeps site-root paths ('/rules/article-5/') and the UI prefixes them at the
    // boundary (docs/architecture.md), so the rule covers the UI, the pages and the worker client.
    files: ['src/ui/**/*.{ts,tsx,astro}', 'src/pages/**/*.{ts,tsx,astro}'],
    ignores: ['src/ui/site-url.ts', 'src/**/__tests__/**'],
    plugins: { site: sitePlugin },
    rules: { 'site/no-internal-path-literal': 'error' },
  },
  {
    // The browser baseline (package.json browserslist, docs/deploy.md): code that runs in the
    // browser uses no API the baseline lacks, except those src/ui/polyfills/baseline.ts provides.
    files: ['src/**/*.{ts,tsx,astro}'],
    ignores: ['src/**/__tests__/**', 'src/test-support/**', 'src/pages/**/*.ts'],
    plugins: { compat },
    settings: {
      polyfills: [
        'Array.prototype.at',
        'Array.prototype.findLast',
        'Array.prototype.findLastIndex',
        'Array.prototype.toReversed',
        'Array.prototype.toSorted',
        'Array.prototype.toSpliced',
        'Array.prototype.with',
        'Object.hasOwn',
        'String.prototype.at',
        'structuredClone',
        'Crypto.randomUUID',
      ],
    },
    rules: { 'compat/compat': 'error' },
  },
);
