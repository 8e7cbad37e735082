// `npm test` step: every script of the built site parses as the browser baseline's JavaScript
// (Chromium 86, see docs/deploy.md) — the JS files and the inline scripts of every HTML page.
// Chromium 86 runs ES2021 plus class fields and private methods; it lacks class static blocks,
// top-level await, `#x in obj` and the RegExp /d and /v flags, which acorn's ES2022 parser accepts,
// so those are looked for in the syntax tree.
//   node scripts/check-baseline.mjs [build directory, default dist]
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'acorn';

/**
 * The syntax newer than the baseline in one script, as messages ('' when none).
 * @param {string} code
 * @param {'script' | 'module'} sourceType
 * @returns {string[]}
 */
export function baselineProblems(code, sourceType) {
  /** @type {any} */
  let tree;
  try {
    tree = parse(code, { ecmaVersion: 2022, sourceType, allowHashBang: true });
  } catch (error) {
    return [`syntax newer than ES2021/ES2022 class fields: ${/** @type {Error} */ (error).message}`];
  }
  /** @type {string[]} */
  const problems = [];
  /** @param {any} node @param {boolean} inFunction */
  const visit = (node, inFunction) => {
    if (!node || typeof node.type !== 'string') return;
    const at = `at offset ${node.start}`;
    if (node.type === 'StaticBlock') problems.push(`class static block ${at} (Chromium 94)`);
    if ((node.type === 'AwaitExpression' || (node.type === 'ForOfStatement' && node.await)) && !inFunction)
      problems.push(`top-level await ${at} (Chromium 89)`);
    if (node.type === 'BinaryExpression' && node.operator === 'in' && node.left.type === 'PrivateIdentifier')
      problems.push(`#field in object ${at} (Chromium 91)`);
    if (node.type === 'Literal' && node.regex && /[dv]/.test(node.regex.flags))
      problems.push(`RegExp flag /${node.regex.flags} ${at} (Chromium 90/112)`);
    const nested =
      inFunction ||
      node.type === 'FunctionDeclaration' ||
      node.type === 'FunctionExpression' ||
      node.type === 'ArrowFunctionExpression';
    for (const key of Object.keys(node)) {
      if (key === 'type' || key === 'start' || key === 'end') continue;
      const value = node[key];
      if (Array.isArray(value)) for (const child of value) visit(child, nested);
      else if (value && typeof value === 'object') visit(value, nested);
    }
  };
  visit(tree, false);
  return problems;
}

/**
 * Every script of a build directory: `.js`/`.mjs` files (modules, except the classic sw.js and
 * polyfills.js) and the inline scripts of HTML pages, each with its source type.
 * @param {string} dir
 * @returns {{ name: string, code: string, sourceType: 'script' | 'module' }[]}
 */
export function builtScripts(dir) {
  /** @type {{ name: string, code: string, sourceType: 'script' | 'module' }[]} */
  const scripts = [];
  /** @param {string} folder */
  const walk = (folder) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      const name = relative(dir, path);
      if (entry.isDirectory()) walk(path);
      else if (/\.m?js$/.test(entry.name)) {
        const classic = name === 'sw.js' || name === 'polyfills.js';
        scripts.push({ name, code: readFileSync(path, 'utf8'), sourceType: classic ? 'script' : 'module' });
      } else if (entry.name.endsWith('.html')) {
        const html = readFileSync(path, 'utf8');
        let index = 0;
        for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
          const [, attrs = '', code = ''] = match;
          if (/\bsrc=/.test(attrs) || /type="(application\/(ld\+)?json|text\/template)"/.test(attrs))
            continue;
          if (!code.trim()) continue;
          index += 1;
          const sourceType = /type="module"/.test(attrs) ? 'module' : 'script';
          scripts.push({ name: `${name} (inline script ${index})`, code, sourceType });
        }
      }
    }
  };
  walk(dir);
  return scripts;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = process.argv[2] ?? 'dist';
  const scripts = builtScripts(dir);
  const failures = scripts.flatMap(({ name, code, sourceType }) =>
    baselineProblems(code, sourceType).map((problem) => `${name}: ${problem}`),
  );
  const inline = new Set(scripts.filter((s) => s.name.includes('(inline')).map((s) => s.code)).size;
  console.log(
    `baseline syntax (Chromium 86): ${scripts.length} scripts checked (${inline} distinct inline) in ${dir}`,
  );
  if (failures.length) {
    console.error(failures.join('\n'));
    process.exit(1);
  }
}
