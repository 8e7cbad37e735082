// What one record of a form's source is called in Chinese, for the form page's picker.
import { ACTIVITY_KINDS, DOCUMENT_KINDS } from '../ledger';
import type { FormDefinition, FormSource } from '../schemas/form';

const SOURCE_NOUNS: Record<FormSource, string> = {
  session: '人代会会议',
  presidiumMeeting: '主席团会议',
  credentialsCommittee: '代表资格审查委员会',
  activity: '活动',
  inspectionProblem: '执法检查问题',
  suggestion: '代表建议',
  livelihoodYear: '民生实事年度',
  livelihoodProject: '民生实事项目',
  deputy: '代表',
  document: '文件',
};

/** The Chinese noun of a form's source: the activity or document kind when the form names one. */
export function sourceNoun(form: Pick<FormDefinition, 'source' | 'activityKinds' | 'documentKinds'>): string {
  if (!form.source) return '';
  const kind = form.activityKinds
    .map((k) => ACTIVITY_KINDS[k as keyof typeof ACTIVITY_KINDS])
    .filter(Boolean);
  if (form.source === 'activity' && kind.length) return kind.join('、');
  const doc = form.documentKinds.map((k) => DOCUMENT_KINDS[k as keyof typeof DOCUMENT_KINDS]).filter(Boolean);
  if (form.source === 'document' && doc.length) return doc.join('、');
  return SOURCE_NOUNS[form.source];
}
