// The supervision activities of 第八条至第十二条 and the status words the 监督 list shows for
// the kinds whose duties depend on more than their date.
import { formatChineseDate } from '../../dates';
import type { Activity, ActivityKind } from '../activities/schema';
import { SATISFACTION_GRADES, satisfactionGrade, type SatisfactionRule } from '../workflows/satisfaction';

/** The activity kinds kept on the 监督 page, in the order of the rules' articles (预算法 45's hearing last). */
export const SUPERVISION_KINDS = [
  'lawInspection',
  'specialReport',
  'inspectionVisit',
  'research',
  'appraisal',
  'fiscalProjectVisit',
  'budgetReview',
  'budgetVoterViews',
] as const satisfies readonly ActivityKind[];

/** One of SUPERVISION_KINDS. */
export type SupervisionKind = (typeof SUPERVISION_KINDS)[number];

/** Whether an activity kind belongs on the 监督 page. */
export const isSupervisionKind = (kind: string): kind is SupervisionKind =>
  (SUPERVISION_KINDS as readonly string[]).includes(kind);

/**
 * An appraisal's follow-up (第十一条(二)): reported to the party committee or not, reported to a
 * session, and the grade of its satisfaction test. `ok` is false while it is not yet reported to
 * the party committee.
 */
export function appraisalStatus(
  appraisal: Pick<Activity, 'reportedToPartyOn' | 'reportedToSessionId' | 'test'>,
  rule: SatisfactionRule = 'atLeastHalf',
): { ok: boolean; parts: string[] } {
  const reported = appraisal.reportedToPartyOn;
  const parts = [reported ? `已报党委（${formatChineseDate(reported)}）` : '未报党委'];
  if (appraisal.reportedToSessionId) parts.push('已向人代会报告');
  const grade = appraisal.test && satisfactionGrade(appraisal.test, rule);
  if (grade) parts.push(`测评${SATISFACTION_GRADES[grade]}`);
  return { ok: reported !== undefined, parts };
}

/** A fiscal project visit (第十二条(三)): held outside session days or not, and the project visited. */
export function fiscalVisitStatus(
  visit: Pick<Activity, 'outsideSession'>,
  projectTitle: string | undefined,
): { ok: boolean; parts: string[] } {
  const parts = [visit.outsideSession ? '闭会期间' : '会议期间'];
  if (projectTitle) parts.push(projectTitle);
  return { ok: visit.outsideSession, parts };
}
