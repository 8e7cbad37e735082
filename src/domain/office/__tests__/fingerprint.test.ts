// The office documents' fingerprint: a SHA-256 of the annual-report draft and the 考评 report
// models of the demo township, recorded before their builders were split into named stages
// (issue 18 item 5). The Word XML is written from these models by src/office/render-docx.ts, so
// an unchanged model means an unchanged document. When a document is changed on purpose, record
// the new hashes here and say why in the commit.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { catalogue } from '../../catalogue';
import { evaluate } from '../../compliance';
import { generateDemo } from '../../demo/generate';
import { annualReportDraft } from '../annual-report';
import { complianceReportDocument } from '../compliance-report';

const data = generateDemo();
const AS_OF = '2026-01-31';

/** The SHA-256 (hex) of a value's JSON. */
const sha256 = (value: unknown): string => createHash('sha256').update(JSON.stringify(value)).digest('hex');

/** Both documents of one year of the demo. */
function documentsOf(year: number) {
  const evaluation = evaluate({ data, catalogue, selection: { kind: 'year', year }, asOf: AS_OF });
  const draft = annualReportDraft({ data, catalogue, year, asOf: AS_OF, evaluation });
  const report = complianceReportDocument(
    evaluation,
    {
      townshipName: '示例镇',
      label: `${year}年度`,
      range: evaluation.range,
      asOf: AS_OF,
      catalogueVersion: catalogue.version,
      closed: { on: AS_OF, by: '张三', catalogueHash: 'abc' },
      changeNote: '目录已更新',
    },
    catalogue,
    { 1: '第一章' },
  );
  return { draft, report };
}

describe('the office documents of the demo township', () => {
  it.each([
    [
      2022,
      '0651bf0af9e656e6b5f03aa5146284dac453d63da70409ea4deef9560b42000f',
      'f25533a2b5aa4fffd0c07d68014567421194cf07ef8f40dca48dbd2446d979d9',
    ],
    [
      2025,
      '29a5b2f5988593dc845e137543714cdd02e22c29fce51066f55746cde2bc5832',
      '6fc6dc2337d072dddedd015ecb9893699e2ac4f17db712d92fca54b527363cca',
    ],
  ] as [number, string, string][])('are unchanged for %i', (year, draftHash, reportHash) => {
    const { draft, report } = documentsOf(year);
    expect(sha256(draft)).toBe(draftHash);
    expect(sha256(report)).toBe(reportHash);
  });
});
