// Styles for browsers older than cascade layers and :where() (Chromium < 99 and < 88; the baseline
// is Chromium 86, docs/deploy.md). Starlight wraps its styles in `@layer`, and Astro scopes every
// component's styles with `:where(.astro-…)`: such a browser drops both, and the site would show
// unstyled. After the build this integration writes `legacy-layers.css`: the layers' rules
// unwrapped in layer order, every rule whose selectors use `:where(…)` with `:where(` removed,
// and media blocks written with ranges (`(width>=72rem)`, Chromium 104) as min-/max-width.
// The head's loader (src/ui/polyfills/loader.ts) links it only where CSSLayerBlockRule is missing,
// before the site's own stylesheets, so their unlayered rules still come later. Current browsers
// never load it. The emulation is close, not exact (specificity differs slightly), by design.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import postcss from 'postcss';

/** The file written into the build's root. */
export const LEGACY_CSS = 'legacy-layers.css';

/** Media Queries 4 ranges (`(width>=72rem)`, Chromium 104) as min-/max-width; null when none. @param {string} params */
export function lowerMediaRanges(params) {
  let changed = false;
  const lowered = params.replace(
    /\(\s*width\s*(>=|<=|>|<)\s*(\d*\.?\d+)(rem|em|px)\s*\)/g,
    (_all, op, number, unit) => {
      changed = true;
      const value = Number(number);
      const step = unit === 'px' ? 0.02 : 0.001;
      if (op === '>=') return `(min-width: ${value}${unit})`;
      if (op === '>') return `(min-width: ${+(value + step).toFixed(3)}${unit})`;
      if (op === '<=') return `(max-width: ${value}${unit})`;
      return `(max-width: ${+(value - step).toFixed(3)}${unit})`;
    },
  );
  return changed ? lowered : null;
}

/** A selector with `:where(x)` replaced by `x` where x is a single compound selector; else null. @param {string} selector */
export function unwhere(selector) {
  let out = '';
  let rest = selector;
  for (;;) {
    const at = rest.indexOf(':where(');
    if (at === -1) return out + rest;
    let depth = 1;
    let end = at + ':where('.length;
    for (; end < rest.length && depth > 0; end += 1) {
      if (rest[end] === '(') depth += 1;
      else if (rest[end] === ')') depth -= 1;
    }
    const inner = rest.slice(at + ':where('.length, end - 1);
    if (/[,\s>+~]/.test(inner)) return null; // a list or a complex selector: cannot be inlined
    out += rest.slice(0, at) + inner;
    rest = rest.slice(end);
  }
}

/**
 * The legacy stylesheet for the given stylesheets (in the order pages load them).
 * @param {string[]} sources
 * @returns {string}
 */
export function legacyCss(sources) {
  /** @type {Map<string, postcss.ChildNode[]>} */
  const layers = new Map();
  /** @type {postcss.ChildNode[]} */
  const unlayered = [];
  /** @param {postcss.Container} container @param {string} prefix @param {postcss.ChildNode[] | undefined} into */
  const collect = (container, prefix, into) => {
    container.each((node) => {
      if (node.type === 'atrule' && node.name === 'layer') {
        const names = node.params
          .split(',')
          .map((n) => n.trim())
          .filter(Boolean);
        for (const name of names) {
          const full = prefix ? `${prefix}.${name}` : name;
          if (!layers.has(full)) layers.set(full, []);
        }
        if (node.nodes && names.length === 1) {
          const full = prefix ? `${prefix}.${names[0]}` : names[0];
          collect(node, /** @type {string} */ (full), layers.get(/** @type {string} */ (full)));
        }
        return;
      }
      if (into) into.push(node.clone());
      else unlayered.push(node.clone());
    });
  };
  for (const source of sources) collect(postcss.parse(source), '', undefined);

  const out = postcss.root();
  for (const nodes of layers.values()) for (const node of nodes) out.append(node);
  // Unlayered rules are kept by old browsers unless their selectors use :where(): only those copied.
  const withWhere = postcss.root();
  for (const node of unlayered) withWhere.append(node);
  // …and unlayered media blocks with range syntax, which old browsers drop whole.
  withWhere.walkRules((rule) => {
    const inRangeMedia = (/** @type {postcss.Container | undefined} */ node) => {
      for (let p = node; p; p = /** @type {postcss.Container | undefined} */ (p.parent))
        if (p.type === 'atrule' && lowerMediaRanges(/** @type {postcss.AtRule} */ (p).params) !== null)
          return true;
      return false;
    };
    if (!rule.selector.includes(':where(') && !inRangeMedia(rule.parent)) rule.remove();
  });
  withWhere.walkAtRules((atRule) => {
    if (atRule.nodes && atRule.nodes.length === 0) atRule.remove();
  });
  withWhere.each((node) => {
    if (node.type === 'rule' || node.type === 'atrule') out.append(node);
  });
  out.walkRules((rule) => {
    if (!rule.selector.includes(':where(')) return;
    const selectors = rule.selectors.map(unwhere).filter((s) => s !== null);
    if (selectors.length === 0) rule.remove();
    else rule.selectors = selectors;
  });
  out.walkAtRules('layer', (atRule) => {
    atRule.remove();
  });
  out.walkAtRules('media', (atRule) => {
    atRule.params = lowerMediaRanges(atRule.params) ?? atRule.params;
  });
  return `${out.toString()}\n`;
}

/** The CSS files of a build, main stylesheets first (sorted by name otherwise). @param {string} dir */
function builtStylesheets(dir) {
  const assets = join(dir, '_astro');
  return readdirSync(assets)
    .filter((name) => name.endsWith('.css') && !name.startsWith('print.') && !name.startsWith('ec.'))
    .sort()
    .map((name) => readFileSync(join(assets, name), 'utf8'));
}

/** The Astro integration that writes legacy-layers.css after every build. */
export function legacyLayers() {
  return {
    name: 'legacy-layers',
    hooks: {
      /** @param {{ dir: URL }} options */
      'astro:build:done': ({ dir }) => {
        const root = fileURLToPath(dir);
        writeFileSync(join(root, LEGACY_CSS), legacyCss(builtStylesheets(root)));
      },
    },
  };
}
