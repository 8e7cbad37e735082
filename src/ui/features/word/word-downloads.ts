// The Word downloads of the site, loaded only by dynamic import when a 「下载 Word」 button is
// pressed: it pulls in the docx adapter (src/office/render-docx.ts), the form catalogue and, for
// the reports, the engine.
import { catalogue } from '../../../domain/catalogue';
import { evaluate } from '../../../domain/compliance/engine';
import type { ShownEvaluation } from '../../../domain/compliance/dashboard';
import type { IsoDate } from '../../../domain/dates';
import { formById } from '../../../domain/forms/catalogue';
import { annualReportDraft, annualReportFileName } from '../../../domain/office/annual-report';
import {
  complianceReportDocument,
  complianceReportTitle,
  type ComplianceReportMeta,
} from '../../../domain/office/compliance-report';
import { formDocument, formFileName } from '../../../domain/office/form-document';
import { DOCX_MIME, safeFileName, type OfficeDocument } from '../../../domain/office/model';
import { renderDocx } from '../../../office/render-docx';
import { readEvaluationInput } from '../../../storage/queries/evaluation';
import { readFormValues } from '../forms/read-values';
import { downloadBytes } from '../archive/download';

/** Writes an office document and hands it to the user as `fileName`. */
export async function downloadDocument(doc: OfficeDocument, fileName: string): Promise<void> {
  downloadBytes(await renderDocx(doc), safeFileName(fileName), DOCX_MIME);
}

/** Downloads the form `formId` as .docx with what its printed sheet holds now (blank or filled). */
export async function downloadFormDocx(formId: string, sheet: HTMLElement): Promise<void> {
  const form = formById(formId);
  if (!form) throw new Error(`没有编号为 ${formId} 的表格模板`);
  await downloadDocument(formDocument(form, readFormValues(sheet)), formFileName(form));
}

/** Downloads the 考评 report of a snapshot or a live evaluation. */
export async function downloadComplianceDocx(
  shown: ShownEvaluation,
  meta: ComplianceReportMeta,
  chapterTitles: Readonly<Record<number, string>>,
): Promise<void> {
  await downloadDocument(
    complianceReportDocument(shown, meta, catalogue, chapterTitles),
    `${complianceReportTitle(meta)}.docx`,
  );
}

/**
 * Downloads the 主席团年度工作报告（草稿） of `year` from this browser's ledger, with the engine's
 * evaluation of the same year as of `asOf`.
 */
export async function downloadAnnualDraftDocx(year: number, asOf: IsoDate): Promise<void> {
  const { data, settings } = await readEvaluationInput({ start: `${year}-01-01`, end: `${year}-12-31` });
  if (data.township.length === 0) throw new Error('本浏览器的台账还没有登记乡镇');
  const evaluation = evaluate({ data, settings, catalogue, selection: { kind: 'year', year }, asOf });
  const draft = annualReportDraft({ data, settings, catalogue, year, asOf, evaluation });
  await downloadDocument(draft.document, annualReportFileName(draft));
}
