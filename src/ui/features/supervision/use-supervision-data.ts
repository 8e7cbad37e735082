// The records the 监督 page reads besides its own list, kept live: the township's settings, the
// inspections and the visits/research a report can link to (by the `[kind+date]` index), the
// sessions and 民生实事 projects for selects, and the inspection problems. A township holds tens to
// a few hundred of each, so each is read whole, through an index.
import { useMemo } from 'preact/hooks';
import type { Catalogue } from '../../../domain/schemas/duty';
import { formatChineseDate, today, type IsoDate } from '../../../domain/dates';
import { integerSetting } from '../../../domain/ledger/workflows/steps';
import { SATISFACTION_RULES, type SatisfactionRule } from '../../../domain/ledger/workflows/satisfaction';
import {
  settingValue,
  type Activity,
  type ActivityKind,
  type InspectionProblem,
  type Settings,
} from '../../../domain/ledger';
import { activityOptionLabel, REPORT_VISIT_KINDS } from '../../../domain/ledger/supervision';
import { readSettings } from '../../../storage/queries/settings';
import { records } from '../../../storage/queries/records';
import { useLiveQuery } from '../../kit/use-live-query';
import type { Option } from '../../kit/form-model';

/** More rows than a township's table of this kind will ever hold; the reads stay on an index. */
const WHOLE_TABLE = 100_000;

/** What the page's lists and forms need from other records. */
export interface SupervisionData {
  /** The township's settings (defaults until saved). */
  settings: Settings | undefined;
  /** `reportVisitWindowDays`, `inspectionLoopMonths` and `satisfactionRule` as they apply now. */
  reportVisitWindowDays: number;
  /** `visitProblemFeedbackDays`: the days to forward and feed back a visit's problems (第十条第（三）项). */
  visitProblemFeedbackDays: number;
  inspectionLoopMonths: number;
  satisfactionRule: SatisfactionRule;
  /** The 执法检查 records, newest first. */
  inspections: Activity[];
  /** The 视察 and 调研 records a special report can link to, newest first. */
  reportVisits: Activity[];
  /** Every supervision-related activity read here, by id. */
  activityById: ReadonlyMap<string, Activity>;
  /** Inspection problems, in no particular order. */
  problems: InspectionProblem[];
  sessionOptions: Option[];
  projectOptions: Option[];
  /** 民生实事 project id → title. */
  projectTitle: ReadonlyMap<string, string>;
  /** The day the page counts deadlines on. */
  asOf: IsoDate;
  loading: boolean;
}

/** The activities of one kind, newest first, through the `[kind+date]` index. */
const activitiesOfKind = (kind: ActivityKind) =>
  records('activities').page({
    index: 'date',
    where: { index: 'kind', equals: kind },
    reverse: true,
    offset: 0,
    limit: WHOLE_TABLE,
  });

const byDateDesc = (a: Activity, b: Activity) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0);

/** The page's reference data, re-read whenever any of it changes (in this tab or another). */
export function useSupervisionData(catalogue: Catalogue): SupervisionData {
  const { data, loading } = useLiveQuery(async () => {
    const [settings, inspections, visitPages, problems, sessions, terms, projects] = await Promise.all([
      readSettings(),
      activitiesOfKind('lawInspection'),
      Promise.all(REPORT_VISIT_KINDS.map(activitiesOfKind)),
      records('inspectionProblems').page({ index: 'inspectionId', offset: 0, limit: WHOLE_TABLE }),
      records('sessions').page({ index: 'startDate', reverse: true, offset: 0, limit: WHOLE_TABLE }),
      records('terms').page({ index: 'number', offset: 0, limit: WHOLE_TABLE }),
      records('livelihoodProjects').page({
        index: 'year',
        reverse: true,
        offset: 0,
        limit: WHOLE_TABLE,
      }),
    ]);
    return {
      settings,
      inspections: inspections.rows,
      reportVisits: visitPages.flatMap((p) => p.rows).sort(byDateDesc),
      problems: problems.rows,
      sessions: sessions.rows,
      termNumber: new Map(terms.rows.map((t) => [t.id, t.number])),
      projects: projects.rows,
    };
  }, []);

  return useMemo(() => {
    const settings = data?.settings;
    const rule = String(settingValue(settings, catalogue, 'satisfactionRule'));
    // The catalogue gives the default; the township's value is read the way the workflows read it,
    // so that the numbers shown are the ones the deadlines are computed with.
    const wholeNumber = (key: string) =>
      integerSetting(settings?.values, key, Number(settingValue(undefined, catalogue, key)));
    const inspections = data?.inspections ?? [];
    const reportVisits = data?.reportVisits ?? [];
    return {
      settings,
      reportVisitWindowDays: wholeNumber('reportVisitWindowDays'),
      visitProblemFeedbackDays: wholeNumber('visitProblemFeedbackDays'),
      inspectionLoopMonths: wholeNumber('inspectionLoopMonths'),
      satisfactionRule: isSatisfactionRule(rule) ? rule : 'atLeastHalf',
      inspections,
      reportVisits,
      activityById: new Map([...inspections, ...reportVisits].map((a) => [a.id, a])),
      problems: data?.problems ?? [],
      sessionOptions: (data?.sessions ?? []).map((s) => {
        const term = data?.termNumber.get(s.termId);
        return {
          value: s.id,
          label: `${term ? `第${term}届` : ''}第${s.number}次会议（${formatChineseDate(s.startDate)}）`,
        };
      }),
      projectOptions: (data?.projects ?? []).map((p) => ({ value: p.id, label: `${p.year}年 ${p.title}` })),
      projectTitle: new Map((data?.projects ?? []).map((p) => [p.id, p.title])),
      asOf: today(),
      loading,
    };
  }, [data, loading, catalogue]);
}

const isSatisfactionRule = (value: string): value is SatisfactionRule =>
  Object.hasOwn(SATISFACTION_RULES, value);

/** Activities as options of a select, labelled by date, kind and topic. */
export const activityOptions = (activities: readonly Activity[]): Option[] =>
  activities.map((a) => ({ value: a.id, label: activityOptionLabel(a) }));
