import { describe, expect, it } from 'vitest';
import { catalogue } from '../../domain/catalogue';
import { evaluate } from '../../domain/compliance';
import { ledger } from '../../domain/compliance/__tests__/harness';
import { generateDemo } from '../../domain/demo/generate';
import type { LedgerData } from '../../domain/ledger';
import { complianceReportDocument } from '../../domain/office/compliance-report';
import { renderDocx } from '../render-docx';
import { readDocx } from './docx-reader';

/** The Word 考评 report of a ledger's year, as of a date, read back as text. */
async function reportText(data: LedgerData, year: number, asOf: string): Promise<string> {
  const evaluation = evaluate({ data, catalogue, selection: { kind: 'year', year }, asOf });
  const doc = complianceReportDocument(
    evaluation,
    {
      townshipName: '示例镇',
      label: `${year}年度`,
      range: evaluation.range,
      asOf,
      catalogueVersion: catalogue.version,
    },
    catalogue,
  );
  return (await readDocx(await renderDocx(doc))).text;
}

describe('the Word 考评 report says how much the score knows, as the screen does', () => {
  it('a closed year of the demo: a final score with its coverage', async () => {
    const text = await reportText(generateDemo({ deputies: 40, scale: 0.3 }), 2025, '2026-06-30');
    expect(text).toMatch(/总分 \d+\.\d 分（满分 100 分/);
    expect(text).toMatch(/覆盖情况：计分 \d+ 项 · 待完成 \d+ 项 · 数据不足 \d+ 项 · 不适用 \d+ 项。/);
    expect(text).not.toContain('暂不计分');
  });

  it('a ledger with no records of the year: no number as if earned', async () => {
    const text = await reportText(ledger({}), 2025, '2026-06-30');
    expect(text).toContain('总分 暂不计分');
    expect(text).toContain('覆盖情况：计分');
  });
});
