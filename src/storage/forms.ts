// Read-only queries of the printable forms: the records a form can be filled from (for its picker)
// and the records one form needs, read through indexes. Never writes.
import type { Catalogue } from '../domain/schemas/duty';
import type { FormSource } from '../domain/schemas/form';
import {
  ACTIVITY_KINDS,
  DOCUMENT_KINDS,
  type ActivityKind,
  type DocumentKind,
  type Settings,
  type Township,
} from '../domain/ledger';
import { livelihoodRules } from '../domain/ledger/livelihood/project-view';
import { sessionTitle } from '../domain/ledger/meetings/titles';
import type { LoadedSource } from '../domain/forms/sources';
import type { LedgerDb } from './db';
import { loadDutyFileInput } from './deputy-file';
import { getSettings } from './ledger';

/** One record offered in a form's picker. */
export interface FormRecordOption {
  /** The value of the `record` parameter (a record id, or a year for `livelihoodYear`). */
  value: string;
  label: string;
}

/** What narrows a form's records: the kinds of activity or document it fills from. */
export interface FormSourceFilter {
  activityKinds: readonly string[];
  documentKinds: readonly string[];
}

/** The most records a picker lists (newest first). */
const PICKER_LIMIT = 200;

/** The records a form can be filled from, newest first, for its picker. */
export async function listFormRecords(
  db: LedgerDb,
  source: FormSource,
  filter: FormSourceFilter,
): Promise<FormRecordOption[]> {
  switch (source) {
    case 'session': {
      const [sessions, terms] = await Promise.all([
        db.sessions.orderBy('startDate').reverse().limit(PICKER_LIMIT).toArray(),
        db.terms.toArray(),
      ]);
      return sessions.map((s) => ({
        value: s.id,
        label: `${s.startDate} ${sessionTitle(terms.find((t) => t.id === s.termId)?.number, s.number)}`,
      }));
    }
    case 'presidiumMeeting': {
      const meetings = await db.presidiumMeetings.orderBy('date').reverse().limit(PICKER_LIMIT).toArray();
      return meetings.map((m) => ({
        value: m.id,
        label: `${m.date} 主席团${m.adHoc ? '临时' : ''}会议${m.topics[0] ? `：${m.topics[0]}` : ''}`,
      }));
    }
    case 'credentialsCommittee': {
      const [committees, terms] = await Promise.all([db.credentialsCommittees.toArray(), db.terms.toArray()]);
      return committees.map((c) => {
        const term = terms.find((t) => t.id === c.termId);
        return {
          value: c.id,
          label: `${term ? `第${term.number}届` : ''}代表资格审查委员会（主任委员 ${c.chairName}）`,
        };
      });
    }
    case 'activity': {
      const kinds = filter.activityKinds as readonly ActivityKind[];
      const lists = await Promise.all(
        kinds.map((kind) =>
          db.activities
            .where('[kind+date]')
            .between([kind, ''], [kind, '\uffff'])
            .reverse()
            .limit(PICKER_LIMIT)
            .toArray(),
        ),
      );
      return lists
        .flat()
        .sort((a, b) => b.date.localeCompare(a.date))
        .slice(0, PICKER_LIMIT)
        .map((a) => ({ value: a.id, label: `${a.date} ${ACTIVITY_KINDS[a.kind]}：${a.topic}` }));
    }
    case 'inspectionProblem': {
      // Problems without a feedback date are not in that index; every record is in `updatedAt`'s.
      const problems = await db.inspectionProblems
        .orderBy('updatedAt')
        .reverse()
        .limit(PICKER_LIMIT)
        .toArray();
      return problems.map((p) => ({
        value: p.id,
        label: `${p.feedbackOn ?? ''} ${p.unit ? `${p.unit}：` : ''}${p.description.slice(0, 40)}`.trim(),
      }));
    }
    case 'suggestion': {
      const suggestions = await db.suggestions.orderBy('submittedOn').reverse().limit(PICKER_LIMIT).toArray();
      return suggestions.map((s) => ({ value: s.id, label: `${s.number} ${s.title}` }));
    }
    case 'livelihoodYear': {
      const years = (await db.livelihoodProjects.orderBy('year').uniqueKeys()) as number[];
      return [...years].reverse().map((year) => ({ value: String(year), label: `${year}年度民生实事` }));
    }
    case 'livelihoodProject': {
      const projects = await db.livelihoodProjects.orderBy('year').reverse().limit(PICKER_LIMIT).toArray();
      return projects.map((p) => ({ value: p.id, label: `${p.year}年 ${p.title}` }));
    }
    case 'deputy': {
      const deputies = await db.deputies.orderBy('name').limit(1000).toArray();
      return deputies.map((d) => ({
        value: d.id,
        label: `${d.name}${d.constituency ? `（${d.constituency}）` : ''}`,
      }));
    }
    case 'document': {
      const kinds = filter.documentKinds as readonly DocumentKind[];
      const lists = await Promise.all(
        kinds.map((kind) =>
          db.documents.where('[kind+adoptedOn]').between([kind, ''], [kind, '\uffff']).reverse().toArray(),
        ),
      );
      return lists
        .flat()
        .map((d) => ({ value: d.id, label: `${d.adoptedOn} ${DOCUMENT_KINDS[d.kind]}：${d.title}` }));
    }
  }
}

/** The parameters of a form page's address: `?record=…` and, for a deputy's form, `&year=…`. */
export interface FormParams {
  record: string;
  year?: number;
}

/**
 * The records one form needs, for `formValues`; undefined when the record is not in this ledger.
 * `catalogue` gives the defaults of the pass and satisfaction rules.
 */
export async function loadFormSource(
  db: LedgerDb,
  source: FormSource,
  params: FormParams,
  catalogue: Catalogue,
): Promise<LoadedSource | undefined> {
  const township = await db.township.toCollection().first();
  const settings = await getSettings(db);
  const rules = livelihoodRules(settings, catalogue);
  const id = params.record;
  switch (source) {
    case 'session': {
      const session = await db.sessions.get(id);
      if (!session) return undefined;
      const [term, deputies, presidiumMembers, officers] = await Promise.all([
        db.terms.get(session.termId),
        db.deputies.where('serviceFrom').belowOrEqual(session.startDate).toArray(),
        db.presidiumMembers.where('from').belowOrEqual(session.startDate).toArray(),
        db.officers.where('from').belowOrEqual(session.startDate).toArray(),
      ]);
      return { source, records: { session, term, township, deputies, presidiumMembers, officers } };
    }
    case 'presidiumMeeting': {
      const meeting = await db.presidiumMeetings.get(id);
      if (!meeting) return undefined;
      const year = meeting.date.slice(0, 4);
      const [meetingsOfYear, members, officers] = await Promise.all([
        db.presidiumMeetings.where('date').between(`${year}-01-01`, `${year}-12-31`, true, true).toArray(),
        db.presidiumMembers.where('from').belowOrEqual(meeting.date).toArray(),
        db.officers.where('from').belowOrEqual(meeting.date).toArray(),
      ]);
      return { source, records: { meeting, meetingsOfYear, members, officers, township } };
    }
    case 'credentialsCommittee': {
      const committee = await db.credentialsCommittees.get(id);
      if (!committee) return undefined;
      const [term, session] = await Promise.all([
        db.terms.get(committee.termId),
        committee.approvedSessionId ? db.sessions.get(committee.approvedSessionId) : undefined,
      ]);
      return { source, records: { committee, term, session, township } };
    }
    case 'activity':
      return loadActivitySource(db, township, rules, id);
    case 'inspectionProblem': {
      const problem = await db.inspectionProblems.get(id);
      if (!problem) return undefined;
      const inspection = await db.activities.get(problem.inspectionId);
      return { source, records: { problem, inspection, township } };
    }
    case 'suggestion':
      return loadSuggestionSource(db, township, settings, id);
    case 'livelihoodYear': {
      const year = Number(id);
      if (!Number.isInteger(year)) return undefined;
      const projects = await db.livelihoodProjects.where('year').equals(year).toArray();
      if (projects.length === 0) return undefined;
      const sessionId = projects.find((p) => p.sessionId)?.sessionId;
      const session = sessionId ? await db.sessions.get(sessionId) : undefined;
      const term = session ? await db.terms.get(session.termId) : undefined;
      return { source, records: { year, projects, session, term, township, passRule: rules.passRule } };
    }
    case 'livelihoodProject': {
      const project = await db.livelihoodProjects.get(id);
      if (!project) return undefined;
      const suggestion = project.suggestionId ? await db.suggestions.get(project.suggestionId) : undefined;
      return {
        source,
        records: { project, suggestion, township, satisfactionRule: rules.satisfactionRule },
      };
    }
    case 'deputy': {
      const file = await loadDutyFileInput(db, id);
      if (!file) return undefined;
      const station = file.deputy.stationId ? await db.stations.get(file.deputy.stationId) : undefined;
      return { source, records: { file, station, year: params.year, township } };
    }
    case 'document':
      return loadDocumentSource(db, township, id);
  }
}

/** The 民生实事 vote and satisfaction rules as the settings give them. */
type LivelihoodRules = ReturnType<typeof livelihoodRules>;

/** An activity with its deputies, station and (for a law inspection) problems in feedback order. */
async function loadActivitySource(
  db: LedgerDb,
  township: Township | undefined,
  rules: LivelihoodRules,
  id: string,
): Promise<LoadedSource | undefined> {
  const activity = await db.activities.get(id);
  if (!activity) return undefined;
  const [deputies, station, problems] = await Promise.all([
    db.deputies.bulkGet(activity.deputyIds),
    activity.stationId ? db.stations.get(activity.stationId) : undefined,
    db.inspectionProblems.where('inspectionId').equals(activity.id).sortBy('feedbackOn'),
  ]);
  return {
    source: 'activity',
    records: {
      activity,
      deputies: deputies.flatMap((d) => d ?? []),
      station,
      problems,
      township,
      satisfactionRule: rules.satisfactionRule,
    },
  };
}

/** A suggestion with its proposers, session, term and the officers who lead and supervise it. */
async function loadSuggestionSource(
  db: LedgerDb,
  township: Township | undefined,
  settings: Settings,
  id: string,
): Promise<LoadedSource | undefined> {
  const suggestion = await db.suggestions.get(id);
  if (!suggestion) return undefined;
  const officerIds = [suggestion.supervisorOfficerId, suggestion.leadOfficerId].flatMap((o) => o ?? []);
  const [proposers, session, officers] = await Promise.all([
    db.deputies.bulkGet(suggestion.proposerIds),
    suggestion.sessionId ? db.sessions.get(suggestion.sessionId) : undefined,
    db.officers.bulkGet(officerIds),
  ]);
  const term = session ? await db.terms.get(session.termId) : undefined;
  return {
    source: 'suggestion',
    records: {
      suggestion,
      proposers: proposers.flatMap((d) => d ?? []),
      session,
      term,
      officers: officers.flatMap((o) => o ?? []),
      township,
      settings: settings.values,
    },
  };
}

/** A document with its term, session and station; a deputy list with its term's deputies. */
async function loadDocumentSource(
  db: LedgerDb,
  township: Township | undefined,
  id: string,
): Promise<LoadedSource | undefined> {
  const document = await db.documents.get(id);
  if (!document) return undefined;
  const session = document.sessionId ? await db.sessions.get(document.sessionId) : undefined;
  const termId = document.termId ?? session?.termId;
  const term = termId ? await db.terms.get(termId) : undefined;
  // A deputy list names the deputies of its term: those in office on the term's first day.
  const deputies =
    document.kind === 'deputyListPublication' && term
      ? await db.deputies.where('serviceFrom').belowOrEqual(term.startDate).toArray()
      : undefined;
  const station = document.stationId ? await db.stations.get(document.stationId) : undefined;
  return { source: 'document', records: { document, township, term, session, deputies, station } };
}
