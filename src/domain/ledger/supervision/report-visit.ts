// Whether a special report (专项工作报告) was prepared by a 视察 or 调研 (第九条(二)): the report
// names the visits it rests on, and one of them must lie within the window before it (the
// `reportVisitWindowDays` setting, 90 days by default).
import { diffDays, formatChineseDate } from '../../dates';
import { ACTIVITY_KINDS, type Activity, type ActivityKind } from '../activities/schema';

/** The kinds of activity that can prepare a special report. */
export const REPORT_VISIT_KINDS = ['inspectionVisit', 'research'] as const satisfies readonly ActivityKind[];

/** The default of the `reportVisitWindowDays` setting. */
export const DEFAULT_REPORT_VISIT_WINDOW_DAYS = 90;

/** What the linked visits say about a report. */
export type ReportVisitCheck =
  /** A linked visit took place on the report's day or in the window before it: the closest one. */
  | { status: 'inTime'; visit: Activity; daysBefore: number }
  /** Linked visits took place before the report, but all earlier than the window: the closest one. */
  | { status: 'tooEarly'; visit: Activity; daysBefore: number }
  /** The only linked visits took place after the report. */
  | { status: 'after' }
  /** No visit or research is linked (or the linked ones were deleted). */
  | { status: 'none' };

const isReportVisit = (a: Activity) => (REPORT_VISIT_KINDS as readonly ActivityKind[]).includes(a.kind);

/**
 * Checks the visits linked to a report. A visit on the report's own day counts as before it (the
 * rules ask only that the visit prepares the report); links to missing records or to activities of
 * other kinds are ignored.
 */
export function checkReportVisit(
  report: Pick<Activity, 'date' | 'linkedActivityIds'>,
  findActivity: (id: string) => Activity | undefined,
  windowDays: number = DEFAULT_REPORT_VISIT_WINDOW_DAYS,
): ReportVisitCheck {
  const linked = report.linkedActivityIds
    .map(findActivity)
    .filter((a): a is Activity => a !== undefined && isReportVisit(a))
    .map((visit) => ({ visit, daysBefore: diffDays(visit.date, report.date) }));
  const before = linked.filter((l) => l.daysBefore >= 0).sort((a, b) => a.daysBefore - b.daysBefore);
  const closest = before[0];
  if (closest) return { status: closest.daysBefore <= windowDays ? 'inTime' : 'tooEarly', ...closest };
  return linked.length > 0 ? { status: 'after' } : { status: 'none' };
}

/** The list's words for a check, and whether it satisfies the duty. */
export function reportVisitLabel(check: ReportVisitCheck, windowDays: number): { ok: boolean; text: string } {
  switch (check.status) {
    case 'inTime': {
      const kind = ACTIVITY_KINDS[check.visit.kind];
      const when = check.daysBefore === 0 ? '报告当天' : `报告前${check.daysBefore}天`;
      return { ok: true, text: `${when}已${kind}（${windowDays}天内）` };
    }
    case 'tooEarly':
      return {
        ok: false,
        text: `关联的${ACTIVITY_KINDS[check.visit.kind]}在报告前${check.daysBefore}天，超过${windowDays}天`,
      };
    case 'after':
      return { ok: false, text: '关联的视察、调研在报告之后' };
    case 'none':
      return { ok: false, text: '未关联报告前的视察、调研' };
  }
}

/** A line naming an activity in selects and messages: `2025年3月1日 视察：农村人居环境整治`. */
export function activityOptionLabel(activity: Pick<Activity, 'date' | 'kind' | 'topic'>): string {
  return `${formatChineseDate(activity.date)} ${ACTIVITY_KINDS[activity.kind]}：${activity.topic}`;
}
