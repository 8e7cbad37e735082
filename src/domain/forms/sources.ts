// Record → form values: what each kind of record (a session, a suggestion, a year's 民生实事 …)
// writes into the forms that are filled from it. Pure functions; the storage layer reads the
// records, the form page's island puts the values into the form's inputs.
import { formatChineseDate, type IsoDate } from '../dates';
import {
  ACTIVITY_KINDS,
  AGENDA_ITEMS,
  ANSWER_RESULTS,
  DEPUTY_LEVELS,
  EVALUATIONS,
  OFFICER_ROLES,
  promisedItemsOf,
  type Activity,
  type CredentialsCommittee,
  type Deputy,
  type InspectionProblem,
  type LedgerDocument,
  type LivelihoodProject,
  type Officer,
  type PresidiumMeeting,
  type PresidiumMember,
  type SatisfactionTest,
  type Session,
  type Station,
  type Suggestion,
  type Term,
  type Township,
} from '../ledger';
import { isPresidiumMemberOn, presidiumMembersOn, presidiumQuorum } from '../ledger/meetings/quorum';
import type { SettingValues } from '../ledger/workflows/steps';
import { VOTE_PASS_RULES, votePassed, type VotePassRule } from '../ledger/workflows/livelihood';
import {
  SATISFACTION_GRADES,
  satisfactionGrade,
  type SatisfactionRule,
} from '../ledger/workflows/satisfaction';
import { answerDueDate } from '../ledger/workflows/suggestion';
import { buildDutyFile, type DutyFileInput } from '../points/deputy-file';
import { toChineseNumeral } from '../rules/numerals';
import type { FormSource } from '../schemas/form';

/** What a form is filled with: single values, numbered lists (agenda items) and table rows. */
export interface FormValues {
  fields: Record<string, string>;
  lists: Record<string, string[]>;
  rows: Record<string, Record<string, string>[]>;
}

/** The value keys each source gives; a form's keys are checked against these by the unit tests. */
export const SOURCE_KEYS = {
  session: {
    fields: [
      'township',
      'termNumber',
      'sessionName',
      'startDate',
      'lengthDays',
      'deputiesInOffice',
      'quorum',
      'deputiesPresent',
      'leaveCount',
      'absentCount',
    ],
    lists: ['agenda'],
    rows: ['deputies', 'absences', 'votes', 'presidium'],
  },
  presidiumMeeting: {
    fields: ['township', 'meetingName', 'date', 'membersOnDate', 'quorum', 'membersPresent'],
    lists: ['topics'],
    rows: ['members'],
  },
  credentialsCommittee: {
    fields: ['township', 'termNumber', 'sessionDate'],
    lists: [],
    rows: ['committee'],
  },
  activity: {
    fields: [
      'township',
      'topic',
      'kind',
      'date',
      'participants',
      'deputyNames',
      'deputyName',
      'constituency',
      'station',
      'quarter',
      'evaluatedOn',
      'entitled',
      'voted',
      'satisfied',
      'basic',
      'unsatisfied',
      'abstain',
      'satisfiedRate',
      'grade',
      'published',
    ],
    lists: [],
    rows: ['problems', 'opinions', 'deputies'],
  },
  inspectionProblem: {
    fields: [
      'township',
      'inspectionTopic',
      'inspectionDate',
      'feedbackOn',
      'unit',
      'assignedOn',
      'description',
      'supervisedOn',
    ],
    lists: [],
    rows: [],
  },
  suggestion: {
    fields: [
      'township',
      'number',
      'submittedOn',
      'title',
      'leadProposer',
      'proposerCount',
      'coProposers',
      'proposers',
      'occasion',
      'contactPhone',
      'content',
      'leadUnit',
      'coUnits',
      'supervisor',
      'leadOfficer',
      'assignedOn',
      'dueDate',
      'handlingTerm',
      'faceToFaceOn',
      'faceToFace',
      'answeredOn',
      'answerResult',
      'evaluation',
    ],
    lists: [],
    rows: ['promises'],
  },
  livelihoodYear: {
    fields: [
      'township',
      'year',
      'candidateCount',
      'passedCount',
      'sessionName',
      'votedOn',
      'inOffice',
      'deputiesPresent',
      'passRule',
    ],
    lists: [],
    rows: ['candidates', 'tally', 'passed'],
  },
  livelihoodProject: {
    fields: [
      'township',
      'title',
      'year',
      'pointedOn',
      'budget',
      'unit',
      'dueDate',
      'acceptedOn',
      'sourceSuggestion',
      'entitled',
      'voted',
      'satisfied',
      'basic',
      'unsatisfied',
      'abstain',
      'grade',
    ],
    lists: [],
    rows: [],
  },
  deputy: {
    fields: [
      'township',
      'name',
      'year',
      'levels',
      'constituency',
      'station',
      'phone',
      'workUnit',
      'totalPoints',
    ],
    lists: [],
    rows: ['entries'],
  },
  document: {
    fields: [
      'township',
      'title',
      'year',
      'adoptedOn',
      'termNumber',
      'sessionName',
      'publishedOn',
      'filedOn',
      'deputyCount',
      'station',
      'stationHead',
    ],
    lists: [],
    rows: ['deputies'],
  },
} as const satisfies Record<
  FormSource,
  { fields: readonly string[]; lists: readonly string[]; rows: readonly string[] }
>;

const date = (d: IsoDate | undefined) => (d ? formatChineseDate(d) : '');
const count = (n: number | undefined) => (n === undefined ? '' : String(n));
const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'zh-CN');

/** Values without empty strings, so that a missing value leaves the form's blank as it is. */
function values(
  fields: Record<string, string | undefined>,
  lists: Record<string, string[]> = {},
  rows: Record<string, Record<string, string>[]> = {},
): FormValues {
  const kept = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined && v !== ''));
  return { fields: kept as Record<string, string>, lists, rows };
}

/** The township's name as forms print it (`示例镇`); empty when the ledger has none. */
const townshipName = (township: Township | undefined) => township?.name ?? '';

/** Whether a deputy of the township congress was in office on a date (serviceFrom ≤ date ≤ serviceTo). */
export function isTownshipDeputyOn(deputy: Deputy, on: IsoDate): boolean {
  return (
    deputy.levels.includes('township') &&
    deputy.serviceFrom <= on &&
    (deputy.serviceTo === undefined || on <= deputy.serviceTo)
  );
}

/** The township deputies in office on a date, by name: the sign-in sheet's list. */
export function deputiesInOfficeOn(deputies: readonly Deputy[], on: IsoDate): Deputy[] {
  return deputies.filter((d) => isTownshipDeputyOn(d, on)).sort(byName);
}

/** The records a session's forms are filled from. */
export interface SessionSource {
  session: Session;
  term: Term | undefined;
  township: Township | undefined;
  /** Deputies who may have served on the day (the sign-in sheet keeps those in office). */
  deputies: readonly Deputy[];
  /** The presidium's members (the 主席团名单 keeps this term's members on the day). */
  presidiumMembers?: readonly PresidiumMember[];
  /** Officers, for the posts of the presidium's members. */
  officers?: readonly Officer[];
}

/** A session's full name as printed: `示例镇第七届人民代表大会第三次会议`. */
export function sessionFullName(
  township: Township | undefined,
  termNumber: number | undefined,
  number: number,
) {
  const term = termNumber === undefined ? '' : `第${toChineseNumeral(termNumber)}届`;
  return `${townshipName(township)}${term}人民代表大会第${toChineseNumeral(number)}次会议`;
}

/** The order of posts in a list of names: 主席, then 副主席, then the other members. */
function postRank(post: string): number {
  const rank = ['人大主席', '人大副主席'].indexOf(post);
  return rank < 0 ? 2 : rank;
}

/** Values of a session: its name, dates, quorum line, agenda and the deputies in office that day. */
export function sessionValues(source: SessionSource): FormValues {
  const { session, term, township, deputies } = source;
  const inOffice = deputiesInOfficeOn(deputies, session.startDate);
  const nameOf = (id: string) => deputies.find((d) => d.id === id)?.name ?? '';
  const presidium = (source.presidiumMembers ?? [])
    .filter((m) => m.termId === session.termId && isPresidiumMemberOn(m, session.startDate))
    .sort(byName);
  const base = session.deputiesInOffice ?? inOffice.length;
  const leave = session.absences.filter((a) => a.approved).length;
  const absent = session.absences.filter((a) => !a.approved).length;
  const agenda = [...session.agenda.map((item) => AGENDA_ITEMS[item]), ...session.otherAgenda];
  return values(
    {
      township: townshipName(township),
      termNumber: term ? toChineseNumeral(term.number) : undefined,
      sessionName: sessionFullName(township, term?.number, session.number),
      startDate: date(session.startDate),
      lengthDays: String(session.lengthDays),
      deputiesInOffice: count(base),
      quorum: base > 0 ? String(Math.ceil((2 * base) / 3)) : undefined,
      deputiesPresent: count(session.deputiesPresent),
      leaveCount: session.absences.length ? String(leave) : undefined,
      absentCount: session.absences.length ? String(absent) : undefined,
    },
    agenda.length ? { agenda } : {},
    {
      deputies: inOffice.map((d) => ({ name: d.name })),
      absences: session.absences.map((a) => ({
        name: nameOf(a.deputyId),
        approved: a.approved ? '已批准' : '未批准',
      })),
      votes: session.votes.map((v) => ({
        subject: v.subject,
        yes: String(v.yes),
        no: String(v.no),
        abstain: String(v.abstain),
        result: base > 0 ? (v.yes * 2 > base ? '通过' : '未通过') : '',
      })),
      presidium: presidium
        .map((m) => ({ name: m.name, post: postOn(source.officers ?? [], m, session.startDate) }))
        .sort((a, b) => postRank(a.post) - postRank(b.post)),
    },
  );
}

/** The records a presidium meeting's forms are filled from. */
export interface PresidiumMeetingSource {
  meeting: PresidiumMeeting;
  /** The meetings of the same year, to number this one (`第三次`). */
  meetingsOfYear: readonly PresidiumMeeting[];
  members: readonly PresidiumMember[];
  officers: readonly Officer[];
  township: Township | undefined;
}

/** The post of a presidium member on a date (`人大主席`), from the officers; empty when none. */
function postOn(officers: readonly Officer[], member: PresidiumMember, on: IsoDate): string {
  const officer = officers.find(
    (o) =>
      (o.deputyId !== undefined ? o.deputyId === member.deputyId : o.name === member.name) &&
      o.from <= on &&
      (o.to === undefined || on <= o.to),
  );
  return officer ? OFFICER_ROLES[officer.role] : '主席团成员';
}

/** Values of a presidium meeting: its name and number in the year, the members that day and the quorum line. */
export function presidiumMeetingValues(source: PresidiumMeetingSource): FormValues {
  const { meeting, township } = source;
  const year = meeting.date.slice(0, 4);
  const sameYear = source.meetingsOfYear
    .filter((m) => m.date.startsWith(year))
    .sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
  const ordinal = sameYear.findIndex((m) => m.id === meeting.id) + 1;
  const members = source.members.filter((m) => isPresidiumMemberOn(m, meeting.date)).sort(byName);
  const onDate = presidiumMembersOn(source.members, meeting.date);
  const quorum = presidiumQuorum(meeting.membersPresent, onDate);
  const nth = ordinal > 0 ? `第${toChineseNumeral(ordinal)}次` : '';
  return values(
    {
      township: townshipName(township),
      meetingName: `${townshipName(township)}人大主席团${year}年${nth}${meeting.adHoc ? '临时' : ''}会议`,
      date: date(meeting.date),
      membersOnDate: onDate ? String(onDate) : undefined,
      quorum: quorum.needed === undefined ? undefined : String(quorum.needed),
      membersPresent: String(meeting.membersPresent),
    },
    meeting.topics.length ? { topics: [...meeting.topics] } : {},
    { members: members.map((m) => ({ name: m.name, post: postOn(source.officers, m, meeting.date) })) },
  );
}

/** The records the credentials committee's list is filled from. */
export interface CredentialsCommitteeSource {
  committee: CredentialsCommittee;
  term: Term | undefined;
  session: Session | undefined;
  township: Township | undefined;
}

/** Values of the credentials committee: 主任委员, 副主任委员 and 委员 in that order. */
export function credentialsCommitteeValues(source: CredentialsCommitteeSource): FormValues {
  const { committee } = source;
  return values(
    {
      township: townshipName(source.township),
      termNumber: source.term ? toChineseNumeral(source.term.number) : undefined,
      sessionDate: date(source.session?.startDate),
    },
    {},
    {
      committee: [
        { role: '主任委员', name: committee.chairName },
        { role: '副主任委员', name: committee.viceChairName },
        ...committee.memberNames.map((name) => ({ role: '委员', name })),
      ],
    },
  );
}

/** The records an activity's forms are filled from. */
export interface ActivitySource {
  activity: Activity;
  /** The deputies who took part (those of activity.deputyIds). */
  deputies: readonly Deputy[];
  station: Station | undefined;
  /** For a 执法检查: the problems it found. */
  problems: readonly InspectionProblem[];
  township: Township | undefined;
  satisfactionRule: SatisfactionRule;
}

const EVALUATION_LABELS = { satisfied: '满意', basic: '基本满意', unsatisfied: '不满意' } as const;

/** The counts, rate and grade of a satisfaction test, as form values. */
function testValues(
  test: SatisfactionTest | undefined,
  rule: SatisfactionRule,
): Record<string, string | undefined> {
  if (!test) return {};
  const grade = satisfactionGrade(test, rule);
  const voted = test.satisfied + test.basic + test.unsatisfied + test.abstain;
  return {
    entitled: String(test.entitled),
    voted: String(voted),
    satisfied: String(test.satisfied),
    basic: String(test.basic),
    unsatisfied: String(test.unsatisfied),
    abstain: String(test.abstain),
    satisfiedRate: test.entitled > 0 ? `${((test.satisfied / test.entitled) * 100).toFixed(1)}%` : undefined,
    grade: grade ? SATISFACTION_GRADES[grade] : undefined,
  };
}

/** Values of an activity: topic, date, deputies, station; problems, opinions or a test when it has them. */
export function activityValues(source: ActivitySource): FormValues {
  const { activity, township } = source;
  const names = activity.deputyIds.flatMap((id) => source.deputies.find((d) => d.id === id)?.name ?? []);
  const first = source.deputies.find((d) => d.id === activity.deputyIds[0]);
  const month = Number(activity.date.slice(5, 7));
  const evaluated = source.problems.flatMap((p) => p.evaluatedOn ?? []).sort();
  return values(
    {
      township: townshipName(township),
      topic: activity.topic,
      kind: ACTIVITY_KINDS[activity.kind],
      date: date(activity.date),
      participants: count(activity.participants ?? (activity.deputyIds.length || undefined)),
      deputyNames: names.join('、'),
      deputyName: activity.kind === 'voterReport' ? first?.name : undefined,
      constituency: activity.kind === 'voterReport' ? first?.constituency : undefined,
      station: source.station?.name,
      quarter: `${activity.date.slice(0, 4)}年第${toChineseNumeral(Math.ceil(month / 3))}季度`,
      evaluatedOn: date(evaluated.at(-1)),
      ...testValues(activity.test, source.satisfactionRule),
      published: activity.test ? (activity.test.published ? '已公开' : '未公开') : undefined,
    },
    {},
    {
      problems: source.problems.map((p) => ({
        description: p.description,
        unit: p.unit ?? '',
        evaluation: p.evaluation ? EVALUATION_LABELS[p.evaluation] : '',
      })),
      opinions: activity.opinions.map((o) => ({ text: o.text, answeredOn: date(o.answeredOn) })),
      deputies: names.map((name) => ({ name })),
    },
  );
}

/** The records an inspection problem's 交办单 is filled from. */
export interface InspectionProblemSource {
  problem: InspectionProblem;
  inspection: Activity | undefined;
  township: Township | undefined;
}

/** Values of an inspection problem and the 执法检查 that found it. */
export function inspectionProblemValues({
  problem,
  inspection,
  township,
}: InspectionProblemSource): FormValues {
  return values({
    township: townshipName(township),
    inspectionTopic: inspection?.topic,
    inspectionDate: date(inspection?.date),
    feedbackOn: date(problem.feedbackOn),
    unit: problem.unit,
    assignedOn: date(problem.assignedOn),
    description: problem.description,
    supervisedOn: date(problem.supervisedOn),
  });
}

/** The records a suggestion's forms are filled from. */
export interface SuggestionSource {
  suggestion: Suggestion;
  /** The proposing deputies (those of proposerIds). */
  proposers: readonly Deputy[];
  session: Session | undefined;
  term: Term | undefined;
  /** Officers named as 督办 or 领办 leads. */
  officers: readonly Officer[];
  township: Township | undefined;
  /** The township's setting values (answer deadlines). */
  settings: SettingValues | undefined;
}

/** Values of a suggestion: registration, 交办 (units, leads, due date), answer and evaluation. */
export function suggestionValues(source: SuggestionSource): FormValues {
  const { suggestion: s, township } = source;
  const names = s.proposerIds.flatMap((id) => source.proposers.find((d) => d.id === id)?.name ?? []);
  const lead = source.proposers.find((d) => d.id === s.proposerIds[0]);
  const officer = (id: string | undefined) => {
    const found = id === undefined ? undefined : source.officers.find((o) => o.id === id);
    return found ? `${found.name}（${OFFICER_ROLES[found.role]}）` : undefined;
  };
  return values(
    {
      township: townshipName(township),
      number: s.number,
      submittedOn: date(s.submittedOn),
      title: s.title,
      leadProposer: lead?.name,
      proposerCount: String(s.proposerIds.length),
      coProposers: names.slice(1).join('、') || undefined,
      proposers: names.join('、'),
      occasion: s.sessionId ? '大会期间' : '闭会期间',
      contactPhone: lead?.phone,
      content: s.content,
      leadUnit: s.leadUnit,
      coUnits: s.coUnits.join('、') || undefined,
      supervisor: officer(s.supervisorOfficerId),
      leadOfficer: officer(s.leadOfficerId),
      assignedOn: date(s.assignedOn),
      dueDate: date(answerDueDate(s, source.settings)),
      handlingTerm: s.assignedOn ? (s.complex ? '六个月（复杂）' : '三个月') : undefined,
      faceToFaceOn: date(s.faceToFaceOn),
      faceToFace: s.answeredOn ? (s.faceToFaceOn ? '是' : '否') : undefined,
      answeredOn: date(s.answeredOn),
      answerResult: s.answerResult ? ANSWER_RESULTS[s.answerResult] : undefined,
      evaluation: s.evaluation ? EVALUATIONS[s.evaluation] : undefined,
    },
    {},
    {
      promises: promisedItemsOf(s).map((p) => ({
        text: p.content,
        dueOn: date(p.dueOn),
        doneOn: date(p.doneOn),
      })),
    },
  );
}

/**
 * Whether a project is on the year's ballot: it passed 论证议单 (the screening makes the candidate
 * list) or it was voted on — a project voted on was a candidate even if its screening went unrecorded.
 */
export function isBallotCandidate(project: LivelihoodProject): boolean {
  return project.screenedOn !== undefined || project.votedOn !== undefined || project.tally !== undefined;
}

/** The records a year's 民生实事 forms are filled from. */
export interface LivelihoodYearSource {
  year: number;
  /** The projects carried out in that year. */
  projects: readonly LivelihoodProject[];
  /** The session that voted (the previous year's second session). */
  session: Session | undefined;
  term: Term | undefined;
  township: Township | undefined;
  passRule: VotePassRule;
}

const wan = (n: number | undefined) => (n === undefined ? '' : String(n));

/** Values of a year's 民生实事: the candidates (ballot, list), the tally and the projects chosen. */
export function livelihoodYearValues(source: LivelihoodYearSource): FormValues {
  const { township } = source;
  const candidates = source.projects
    .filter((p) => p.year === source.year && isBallotCandidate(p))
    .sort((a, b) => a.title.localeCompare(b.title, 'zh-CN'));
  const passed = candidates.filter((p) => p.tally !== undefined && votePassed(p.tally, source.passRule));
  const voted = candidates.flatMap((p) => p.votedOn ?? []).sort();
  const inOffice = candidates.find((p) => p.tally)?.tally?.inOffice ?? source.session?.deputiesInOffice;
  const details = (p: LivelihoodProject) => ({
    title: p.title,
    unit: p.unit ?? '',
    budget: wan(p.budgetWan),
    dueDate: date(p.dueDate),
  });
  return values(
    {
      township: townshipName(township),
      year: String(source.year),
      candidateCount: String(candidates.length),
      passedCount: String(passed.length),
      sessionName: source.session
        ? sessionFullName(township, source.term?.number, source.session.number)
        : undefined,
      votedOn: date(voted[0]),
      inOffice: count(inOffice),
      deputiesPresent: count(source.session?.deputiesPresent),
      passRule: VOTE_PASS_RULES[source.passRule],
    },
    {},
    {
      candidates: candidates.map(details),
      passed: passed.map(details),
      tally: candidates.map((p) => ({
        title: p.title,
        yes: count(p.tally?.yes),
        no: count(p.tally?.no),
        abstain: count(p.tally?.abstain),
        result: p.tally ? (votePassed(p.tally, source.passRule) ? '入选' : '未入选') : '',
      })),
    },
  );
}

/** The records a project's forms (征集表, 验收评议表) are filled from. */
export interface LivelihoodProjectSource {
  project: LivelihoodProject;
  suggestion: Suggestion | undefined;
  township: Township | undefined;
  satisfactionRule: SatisfactionRule;
}

/** Values of one 民生实事 project, with its acceptance test when recorded. */
export function livelihoodProjectValues(source: LivelihoodProjectSource): FormValues {
  const { project: p } = source;
  return values({
    township: townshipName(source.township),
    title: p.title,
    year: String(p.year),
    pointedOn: date(p.pointedOn),
    budget: wan(p.budgetWan),
    unit: p.unit,
    dueDate: date(p.dueDate),
    acceptedOn: date(p.acceptedOn),
    sourceSuggestion: source.suggestion
      ? `第${source.suggestion.number}号建议《${source.suggestion.title}》`
      : undefined,
    ...testValues(p.acceptance, source.satisfactionRule),
  });
}

/** The records a deputy's 履职登记表 is filled from. */
export interface DeputySource {
  file: DutyFileInput;
  station: Station | undefined;
  /** The year to print; every year of the file when undefined. */
  year: number | undefined;
  township: Township | undefined;
}

/** Values of a deputy's 履职登记表: the deputy, and the year's entries with their points (履职积分). */
export function deputyValues(source: DeputySource): FormValues {
  const { deputy } = source.file;
  const file = buildDutyFile(source.file);
  const years = source.year === undefined ? file.years : file.years.filter((y) => y.year === source.year);
  const entries = years.flatMap((y) => y.entries);
  const total = years.reduce((sum, y) => sum + y.total, 0);
  return values(
    {
      township: townshipName(source.township),
      name: deputy.name,
      year: source.year === undefined ? undefined : String(source.year),
      levels: deputy.levels.map((level) => DEPUTY_LEVELS[level]).join('、'),
      constituency: deputy.constituency,
      station: source.station?.name,
      phone: deputy.phone,
      workUnit: deputy.workUnit,
      totalPoints: String(total),
    },
    {},
    {
      entries: entries.map((e) => ({
        date: e.date,
        description: e.description,
        points: String(e.points),
        note: '',
      })),
    },
  );
}

/** The records a document's form is filled from. */
export interface DocumentSource {
  document: LedgerDocument;
  township: Township | undefined;
  /** The term a deputy list is for (document.termId). */
  term?: Term | undefined;
  /** The session that adopted it (document.sessionId). */
  session?: Session | undefined;
  /** For a deputy list: the deputies who may serve in the term (those in office on its first day are listed). */
  deputies?: readonly Deputy[] | undefined;
  /** The station a station plan is for (document.stationId). */
  station?: Station | undefined;
}

/**
 * Values of a document: title, year and dates; for a deputy list (代表名单公布) the township deputies
 * in office on the first day of its term, by name.
 */
export function documentValues(source: DocumentSource): FormValues {
  const { document, township, term, session, deputies, station } = source;
  const listed =
    document.kind === 'deputyListPublication' && term && deputies
      ? deputiesInOfficeOn(deputies, term.startDate)
      : [];
  return values(
    {
      township: townshipName(township),
      title: document.title,
      year: count(document.year ?? Number(document.adoptedOn.slice(0, 4))),
      adoptedOn: date(document.adoptedOn),
      termNumber: term ? toChineseNumeral(term.number) : undefined,
      sessionName: session ? sessionFullName(township, term?.number, session.number) : undefined,
      publishedOn: date(document.publishedOn),
      filedOn: date(document.filedOn),
      deputyCount: listed.length ? String(listed.length) : undefined,
      station: station?.name,
      stationHead: station?.headName,
    },
    {},
    listed.length
      ? { deputies: listed.map((d) => ({ name: d.name, constituency: d.constituency ?? '' })) }
      : {},
  );
}

/** The source records of each kind of source, for {@link formValues}. */
export interface SourceRecords {
  session: SessionSource;
  presidiumMeeting: PresidiumMeetingSource;
  credentialsCommittee: CredentialsCommitteeSource;
  activity: ActivitySource;
  inspectionProblem: InspectionProblemSource;
  suggestion: SuggestionSource;
  livelihoodYear: LivelihoodYearSource;
  livelihoodProject: LivelihoodProjectSource;
  deputy: DeputySource;
  document: DocumentSource;
}

/** A source's kind with its records, as the storage layer loads it. */
export type LoadedSource = { [K in FormSource]: { source: K; records: SourceRecords[K] } }[FormSource];

/** The form values of a loaded source. */
export function formValues(loaded: LoadedSource): FormValues {
  switch (loaded.source) {
    case 'session':
      return sessionValues(loaded.records);
    case 'presidiumMeeting':
      return presidiumMeetingValues(loaded.records);
    case 'credentialsCommittee':
      return credentialsCommitteeValues(loaded.records);
    case 'activity':
      return activityValues(loaded.records);
    case 'inspectionProblem':
      return inspectionProblemValues(loaded.records);
    case 'suggestion':
      return suggestionValues(loaded.records);
    case 'livelihoodYear':
      return livelihoodYearValues(loaded.records);
    case 'livelihoodProject':
      return livelihoodProjectValues(loaded.records);
    case 'deputy':
      return deputyValues(loaded.records);
    case 'document':
      return documentValues(loaded.records);
  }
}
