// Finds import cycles among the project's own modules. A cycle works only while every value that
// crosses it is used inside functions, so one moved top-level use breaks it at load time; the
// unit test (src/__tests__/import-cycles.test.ts) keeps src/ free of them. Type-only imports
// (`import type`, or braces holding only `type X`) are erased by TypeScript and do not count;
// dynamic `import()` does not either (it runs after both modules have loaded).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const SOURCE = /\.(ts|tsx|mts|mjs|js|astro)$/;
const STATIC_IMPORT = /^\s*(?:import|export)\s+(type\s+)?([^;'"]*?)\s*from\s*['"]([^'"]+)['"]/gm;
const SIDE_EFFECT_IMPORT = /^\s*import\s*['"]([^'"]+)['"]/gm;

/** Every source file below a folder, tests excluded. @param {string} dir @returns {string[]} */
function sourceFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory())
      return name === '__tests__' || name === 'node_modules' ? [] : sourceFiles(path);
    return SOURCE.test(name) && !/\.(test|d)\.ts$/.test(name) ? [path] : [];
  });
}

/** Whether an import clause imports types only. @param {string | undefined} typeKeyword @param {string} clause */
function isTypeOnly(typeKeyword, clause) {
  if (typeKeyword) return true;
  const braces = clause.match(/^\{([\s\S]*)\}$/);
  if (!braces) return false;
  const names = (braces[1] ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  return names.length > 0 && names.every((name) => name.startsWith('type '));
}

/** The file a relative specifier points at, or undefined. @param {string} from @param {string} spec */
function resolveImport(from, spec) {
  if (!spec.startsWith('.')) return undefined;
  const base = resolve(dirname(from), spec);
  const candidates = [base, ...['.ts', '.tsx', '.mjs', '.js', '.astro'].map((ext) => base + ext)];
  candidates.push(...['index.ts', 'index.tsx'].map((index) => join(base, index)));
  if (/\.js$/.test(base)) candidates.push(base.replace(/\.js$/, '.ts'));
  return candidates.find((path) => existsSync(path) && statSync(path).isFile());
}

/** The runtime import graph of the files below `root`: file → files it imports. @param {string} root */
export function importGraph(root) {
  /** @type {Map<string, string[]>} */
  const graph = new Map();
  for (const file of sourceFiles(root)) {
    const text = readFileSync(file, 'utf8');
    const code = file.endsWith('.astro') ? (text.match(/^---\n([\s\S]*?)\n---/)?.[1] ?? '') : text;
    const targets = [];
    for (const [, typeKeyword, clause, spec] of code.matchAll(STATIC_IMPORT))
      if (!isTypeOnly(typeKeyword, clause ?? '')) targets.push(resolveImport(file, spec ?? ''));
    for (const [, spec] of code.matchAll(SIDE_EFFECT_IMPORT)) targets.push(resolveImport(file, spec ?? ''));
    graph.set(file, [...new Set(targets.filter((t) => t !== undefined))]);
  }
  return graph;
}

/**
 * The cycles of a graph: each strongly connected component of more than one file (or a file that
 * imports itself), as paths relative to `root`, sorted. Tarjan's algorithm.
 * @param {Map<string, string[]>} graph @param {string} root @returns {string[][]}
 */
export function findCycles(graph, root) {
  let counter = 0;
  /** @type {Map<string, { index: number, low: number, onStack: boolean }>} */
  const state = new Map();
  /** @type {string[]} */
  const stack = [];
  /** @type {string[][]} */
  const cycles = [];
  /** @param {string} node */
  const visit = (node) => {
    const s = { index: counter, low: counter, onStack: true };
    counter += 1;
    state.set(node, s);
    stack.push(node);
    for (const next of graph.get(node) ?? []) {
      const t = state.get(next);
      if (!t) {
        visit(next);
        s.low = Math.min(s.low, /** @type {{ low: number }} */ (state.get(next)).low);
      } else if (t.onStack) s.low = Math.min(s.low, t.index);
    }
    if (s.low !== s.index) return;
    /** @type {string[]} */
    const component = [];
    let member;
    do {
      member = /** @type {string} */ (stack.pop());
      /** @type {{ onStack: boolean }} */ (state.get(member)).onStack = false;
      component.push(member);
    } while (member !== node);
    if (component.length > 1 || (graph.get(node) ?? []).includes(node))
      cycles.push(component.map((file) => relative(root, file)).sort());
  };
  for (const node of graph.keys()) if (!state.has(node)) visit(node);
  return cycles.sort((a, b) => (a[0] ?? '').localeCompare(b[0] ?? ''));
}
