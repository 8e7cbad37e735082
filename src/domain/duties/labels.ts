import type { Duty, DutyPeriod } from '../schemas/duty';

/** Chinese names of the periods a duty is measured over. */
export const PERIOD_LABELS: Record<DutyPeriod, string> = {
  year: '每年',
  halfYear: '每半年',
  quarter: '每季度',
  month: '每月',
  term: '每届',
  event: '逐件（按事项）',
};

/** Chinese names of a duty's strength. */
export const STRENGTH_LABELS: Record<Duty['strength'], string> = {
  required: '必须',
  normally: '一般应当',
};

/** The duties that come from or serve an article, in catalogue order. */
export function dutiesOfArticle(duties: readonly Duty[], articleNum: number): Duty[] {
  const prefix = `art_${articleNum}`;
  return duties.filter((duty) => duty.refs.some((ref) => ref === prefix || ref.startsWith(`${prefix}__`)));
}
