// The max-lines-per-function rule of eslint.config.js (docs/architecture.md: functions stay under
// about 120 lines): the project's own configuration refuses a planted long function in the source,
// the scripts and the benchmarks, and lets tests be as long as they need.
import { ESLint } from 'eslint';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const cwd = fileURLToPath(new URL('../..', import.meta.url));
const eslint = new ESLint({ cwd });

/** A function of `statements` one-line statements (the function is three lines longer). */
const functionOf = (statements: number) =>
  [
    '/** A planted function. */',
    'export function planted(): number {',
    ...Array.from({ length: statements }, (_, i) => `  const v${i} = ${i};`),
    '  return v0;',
    '}',
    '',
  ].join('\n');

/** The max-lines-per-function messages ESLint gives for `code` as the file at `filePath`. */
async function longFunctionMessages(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.filter((m) => m.ruleId === 'max-lines-per-function').map((m) => m.message);
}

describe('max-lines-per-function in eslint.config.js', () => {
  it.each(['src/domain/planted.ts', 'src/ui/planted.tsx', 'scripts/planted.ts', 'bench/planted.ts'])(
    'refuses a function of 121 lines in %s',
    async (filePath) => {
      const messages = await longFunctionMessages(functionOf(118), filePath);
      expect(messages).toEqual([expect.stringContaining('too many lines (121)')]);
    },
  );

  it('accepts a function of 120 lines', async () => {
    expect(await longFunctionMessages(functionOf(117), 'src/domain/planted.ts')).toEqual([]);
  });

  it('leaves tests alone', async () => {
    expect(await longFunctionMessages(functionOf(200), 'src/domain/__tests__/planted.test.ts')).toEqual([]);
    expect(await longFunctionMessages(functionOf(200), 'tests/e2e/planted.spec.ts')).toEqual([]);
  });
}, 60_000);
