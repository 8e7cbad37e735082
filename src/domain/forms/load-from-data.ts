// The records one form needs, read from a whole ledger in memory (an archive the command-line tool
// opened): the same selection as src/storage/forms.ts makes through the database's indexes.
import type { LedgerData, Settings, Township } from '../ledger';
import { livelihoodRules } from '../ledger/livelihood/project-view';
import type { Catalogue } from '../schemas/duty';
import type { FormSource } from '../schemas/form';
import type { LoadedSource } from './sources';

/** Which record fills the form: its id (a year for `livelihoodYear`) and, for a deputy, a year. */
export interface FormRecordParams {
  record: string;
  year?: number;
}

/** The settings a form reads: the values and the points tables. */
type FormSettings = Pick<Settings, 'values' | 'pointsTables'>;
/** The 民生实事 vote and satisfaction rules as the settings give them. */
type LivelihoodRules = ReturnType<typeof livelihoodRules>;

const byId = <T extends { id: string }>(rows: readonly T[], id: string | undefined) =>
  id === undefined ? undefined : rows.find((row) => row.id === id);

/** The records `source` needs for `params.record`, or undefined when the ledger has no such record. */
export function formSourceFromData(
  data: LedgerData,
  settings: FormSettings | undefined,
  source: FormSource,
  params: FormRecordParams,
  catalogue: Catalogue,
): LoadedSource | undefined {
  const township = data.township[0];
  const rules = livelihoodRules(settings, catalogue);
  const id = params.record;
  switch (source) {
    case 'session': {
      const session = byId(data.sessions, id);
      if (!session) return undefined;
      const term = byId(data.terms, session.termId);
      const deputies = data.deputies.filter((d) => d.serviceFrom <= session.startDate);
      const presidiumMembers = data.presidiumMembers.filter((m) => m.from <= session.startDate);
      const officers = data.officers.filter((o) => o.from <= session.startDate);
      return { source, records: { session, term, township, deputies, presidiumMembers, officers } };
    }
    case 'presidiumMeeting': {
      const meeting = byId(data.presidiumMeetings, id);
      if (!meeting) return undefined;
      const year = meeting.date.slice(0, 4);
      const meetingsOfYear = data.presidiumMeetings.filter((m) => m.date.slice(0, 4) === year);
      const members = data.presidiumMembers.filter((m) => m.from <= meeting.date);
      const officers = data.officers.filter((o) => o.from <= meeting.date);
      return { source, records: { meeting, meetingsOfYear, members, officers, township } };
    }
    case 'credentialsCommittee': {
      const committee = byId(data.credentialsCommittees, id);
      if (!committee) return undefined;
      const term = byId(data.terms, committee.termId);
      const session = byId(data.sessions, committee.approvedSessionId);
      return { source, records: { committee, term, session, township } };
    }
    case 'activity':
      return activitySource(data, township, rules, id);
    case 'inspectionProblem': {
      const problem = byId(data.inspectionProblems, id);
      if (!problem) return undefined;
      const inspection = byId(data.activities, problem.inspectionId);
      return { source, records: { problem, inspection, township } };
    }
    case 'suggestion':
      return suggestionSource(data, township, settings, id);
    case 'livelihoodYear': {
      const year = Number(id);
      if (!Number.isInteger(year)) return undefined;
      const projects = data.livelihoodProjects.filter((p) => p.year === year);
      if (projects.length === 0) return undefined;
      const session = byId(data.sessions, projects.find((p) => p.sessionId)?.sessionId);
      const term = session ? byId(data.terms, session.termId) : undefined;
      return { source, records: { year, projects, session, term, township, passRule: rules.passRule } };
    }
    case 'livelihoodProject': {
      const project = byId(data.livelihoodProjects, id);
      if (!project) return undefined;
      const suggestion = byId(data.suggestions, project.suggestionId);
      return { source, records: { project, suggestion, township, satisfactionRule: rules.satisfactionRule } };
    }
    case 'deputy':
      return deputySource(data, township, settings, params);
    case 'document':
      return documentSource(data, township, id);
  }
}

/** An activity with its deputies, station and (for a law inspection) problems in feedback order. */
function activitySource(
  data: LedgerData,
  township: Township | undefined,
  rules: LivelihoodRules,
  id: string,
): LoadedSource | undefined {
  const activity = byId(data.activities, id);
  if (!activity) return undefined;
  const deputies = activity.deputyIds.flatMap((d) => byId(data.deputies, d) ?? []);
  const station = byId(data.stations, activity.stationId);
  const problems = data.inspectionProblems
    .filter((p) => p.inspectionId === activity.id)
    .sort((a, b) => (a.feedbackOn ?? '').localeCompare(b.feedbackOn ?? ''));
  return {
    source: 'activity',
    records: {
      activity,
      deputies,
      station,
      problems,
      township,
      satisfactionRule: rules.satisfactionRule,
    },
  };
}

/** A suggestion with its proposers, session, term and the officers who lead and supervise it. */
function suggestionSource(
  data: LedgerData,
  township: Township | undefined,
  settings: FormSettings | undefined,
  id: string,
): LoadedSource | undefined {
  const suggestion = byId(data.suggestions, id);
  if (!suggestion) return undefined;
  const proposers = suggestion.proposerIds.flatMap((d) => byId(data.deputies, d) ?? []);
  const session = byId(data.sessions, suggestion.sessionId);
  const term = session ? byId(data.terms, session.termId) : undefined;
  const officers = [suggestion.supervisorOfficerId, suggestion.leadOfficerId].flatMap(
    (o) => byId(data.officers, o) ?? [],
  );
  return {
    source: 'suggestion',
    records: {
      suggestion,
      proposers,
      session,
      term,
      officers,
      township,
      settings: settings?.values ?? {},
    },
  };
}

/** A deputy's file (sessions, activities, suggestions, projects, points tables) and station. */
function deputySource(
  data: LedgerData,
  township: Township | undefined,
  settings: FormSettings | undefined,
  params: FormRecordParams,
): LoadedSource | undefined {
  const deputy = byId(data.deputies, params.record);
  if (!deputy) return undefined;
  const suggestions = data.suggestions.filter((s) => s.proposerIds.includes(deputy.id));
  const suggestionIds = new Set(suggestions.map((s) => s.id));
  const file = {
    deputy,
    sessions: [...data.sessions].sort((a, b) => a.startDate.localeCompare(b.startDate)),
    activities: data.activities.filter((a) => a.deputyIds.includes(deputy.id)),
    suggestions,
    projects: data.livelihoodProjects.filter((p) => p.suggestionId && suggestionIds.has(p.suggestionId)),
    pointsTables: settings?.pointsTables ?? [],
  };
  const station = byId(data.stations, deputy.stationId);
  return { source: 'deputy', records: { file, station, year: params.year, township } };
}

/** A document with its term, session and station; a deputy list with its term's deputies. */
function documentSource(
  data: LedgerData,
  township: Township | undefined,
  id: string,
): LoadedSource | undefined {
  const document = byId(data.documents, id);
  if (!document) return undefined;
  const session = byId(data.sessions, document.sessionId);
  const term = byId(data.terms, document.termId ?? session?.termId);
  // A deputy list names the deputies of its term: those in office on the term's first day.
  const deputies =
    document.kind === 'deputyListPublication' && term
      ? data.deputies.filter((d) => d.serviceFrom <= term.startDate)
      : undefined;
  const station = byId(data.stations, document.stationId);
  return { source: 'document', records: { document, township, term, session, deputies, station } };
}
