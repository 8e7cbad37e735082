// Storage is the UI's only door to the ledger (docs/architecture.md): the project's own ESLint
// configuration must refuse UI code that takes the database and queries a table itself, and
// accept the same read made through a named function of src/storage/queries/.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

/** The rule ids and messages ESLint reports for `code` as if it were the file at `filePath`. */
async function lint(code: string, filePath: string): Promise<{ ruleId: string | null; message: string }[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map(({ ruleId, message }) => ({ ruleId, message }));
}

const PLANTED = [
  "import { getLedgerDb } from '../../../storage/instance';",
  '',
  '/** Deputies by name, read straight from the table. */',
  "export const deputies = () => getLedgerDb().deputies.orderBy('name').toArray();",
  '',
].join('\n');

describe('the storage-door lint rule', () => {
  it('fails a planted direct query in src/ui, saying where to go instead', async () => {
    const messages = await lint(PLANTED, 'src/ui/features/roster/planted.ts');
    expect(messages).toHaveLength(1);
    expect(messages[0]?.ruleId).toBe('no-restricted-imports');
    expect(messages[0]?.message).toContain('src/storage/queries/');
  });

  it('fails every module that hands out the database or a Dexie table, in src/ui and src/pages', async () => {
    const planted = [
      ["import type { LedgerDb } from '../../storage/db';", 'src/ui/kit/planted.ts'],
      ["import { recordTable } from '../../../storage/schema';", 'src/ui/features/home/planted.ts'],
      ["import { drillDb } from '../../../storage/drill';", 'src/ui/features/archive/planted.ts'],
      ["import { repository } from '../../../storage/repository';", 'src/ui/features/township/planted.tsx'],
      ["import { liveQuery } from 'dexie';", 'src/ui/kit/planted.ts'],
      ["import { getLedgerDb } from '../../storage/instance';", 'src/pages/ledger/planted.ts'],
    ] as const;
    for (const [line, filePath] of planted) {
      const messages = await lint(`${line}\nexport const used = 1;\n`, filePath);
      // The planted import is unused too; only the door's refusal matters here.
      const refused = messages.filter((m) => m.ruleId === 'no-restricted-imports');
      expect(refused, `${line} in ${filePath}`).toHaveLength(1);
    }
  });

  it('passes the same read through a named function of src/storage/queries/', async () => {
    const code = [
      "import { referenceOptionRecords } from '../../../storage/queries/options';",
      '',
      '/** Deputies by name. */',
      'export const deputies = async () => (await referenceOptionRecords()).deputies;',
      '',
    ].join('\n');
    expect(await lint(code, 'src/ui/features/roster/planted.ts')).toEqual([]);
  });

  it('leaves the storage layer itself free to use the database', async () => {
    expect(
      await lint(PLANTED.replaceAll('../../../storage/', '../'), 'src/storage/queries/planted.ts'),
    ).toEqual([]);
  });
});
