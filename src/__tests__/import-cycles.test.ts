import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findCycles, importGraph } from '../../scripts/import-cycles.mjs';

/** A folder of small modules, written from `path → source`. */
function tree(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'cycles-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

describe('import cycles', () => {
  it('src/ has none (a schema module is a leaf; opening and hooks live beside it)', () => {
    const root = resolve('src');
    expect(findCycles(importGraph(root), root)).toEqual([]);
  });

  it('finds a cycle through several files, and ignores type-only and dynamic imports', () => {
    const root = tree({
      'a.ts': "import { b } from './b';\nexport const a = () => b;\n",
      'b.ts': "import {\n  c,\n} from './dir';\nexport const b = 1;\n",
      'dir/index.ts': "import { a } from '../a';\nexport const c = a;\n",
      'types.ts': "import type { a } from './a';\nimport { type b } from './b';\nexport type T = 1;\n",
      'lazy.ts': "export const load = () => import('./a');\n",
      'side.ts': "import './side';\n",
    });
    expect(findCycles(importGraph(root), root)).toEqual([['a.ts', 'b.ts', 'dir/index.ts'], ['side.ts']]);
  });
});
