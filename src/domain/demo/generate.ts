// The 示例乡镇: a realistic, deterministic ledger of one township over one term, for the "load the
// demo" button, the docs' screenshots, tests and benchmarks. Pure: it returns records; the storage
// layer writes them (the township record carries isDemo, so demo data never mixes silently).
//
// Deliberate misses, so that the compliance view has something to show (positions in the range:
// year 2 = fromYear + 1 …; a shorter range folds them into its last year):
// - art04-annual-work-plan: year 2's work plan adopted in April, after 31 March.
// - art04-normative-filing: year 3's normative resolution filed 40–60 days after adoption.
// - law-budget-published: year 4's budget published 24–35 days after approval.
// - art04-budget-preliminary-review: year 4's H2 session (with a budget adjustment) has no review.
// - art22-rules-in-place: 工作评议办法, one of the six rules, was never adopted.
// - law-unapproved-absence: one deputy is absent without leave from two sessions (status left active).
// - law-session-quorum: year 2's H2 session has fewer than two thirds of the deputies present.
// - art06-presidium-interval: in year 3 more than three months pass between two presidium meetings.
// - art06-presidium-quorum: in year 3 one presidium meeting has only half the members present.
// - art22-party-reports: no report to the party committee in year 2's third quarter.
// - art16-secretary-supervises: the party secretary supervises no suggestion in year 4.
// - law-suggestion-answer-deadline: ~4% of suggestions are answered late, one a year (not the last)
//   is never answered; art16-face-to-face: ~3% are answered without a 见面沟通 date.
// - art20-livelihood-five-stages: one project of year 2 has its 论证议单 dated after the vote.
// - art08-inspection-loop: one problem of year 3's first inspection is evaluated after 6 months.
// - art09-report-opinions-answered: one opinion of year 2's first special report is answered late.
// - art19-leader-deputy-visits: one leader-cadre deputy makes no station visit in year 3's H2.
// Catalogue 1.1 (additions.ts; suggestions.ts for the promises):
// - art04-election-committee-approved: the city's approval of the election committee is dated
//   three days after the election.
// - art10-visit-problems-fed-back: year 2's first visit with problems feeds them back after 100–120
//   days (the window is 90).
// - art15-points-scheme: the points table is adopted in February of year 2 (demo settings), so
//   year 1 has no adopted scheme.
// - art16-promises-tracked: promised items are due 180 days after the answer; ~12% are done or
//   reported later than that and ~8% never are.
// - law-budget-voter-views: no hearing of voters' views before year 3's first session.
// - law-suggestion-report-published: year 2's suggestion-handling report is published 45 days
//   after its session (the window is 30).
// - law-deputy-info-published: no publication of the deputies' information in year 4.
// - Natural shortfalls: some station-months without a reception, some deputies below two
//   legislation activities or receptions a year, ~5% of deputies without a report to voters.
import { DEMO_TOWNSHIP, TimestampSchema, TOWNSHIPS, type TownshipInfo } from '../ledger';
import type { LedgerData, Settings } from '../ledger';
import { makeActivities } from './activities';
import { addCatalogue11Evidence, demoPointsTables } from './additions';
import { createContext, type ResolvedOptions } from './context';
import { makeDocuments } from './documents';
import { makePresidiumMeetings, makeSessions, planCalendar } from './meetings';
import { makePeople } from './people';
import { VILLAGES } from './pools';
import { createRandom } from './random';
import { assignLeads, makeLivelihoodProjects, makeSuggestions } from './suggestions';

/** Every table of a ledger, as arrays of records (the keys of RECORD_TABLES). */
export type { LedgerData };

/** What the demo is made of; every field has a default. */
export interface DemoOptions {
  /** Seed of the random choices: the same seed gives the same ledger. */
  seed?: number;
  /** Which township: the fictional 示例镇 (`shili`, the default) or an id of TOWNSHIPS. */
  townshipId?: string;
  /** Township deputies elected at the start of the term (30–160). */
  deputies?: number;
  /** First and last calendar year of the records; one term, so at most five years. */
  fromYear?: number;
  toYear?: number;
  /** Multiplies the yearly volume of activities, receptions and suggestions (for tests and benchmarks). */
  scale?: number;
  /** The createdAt/updatedAt stamp of every record (ISO timestamp). */
  now?: string;
}

/** The townships a demo can be made for. */
const DEMO_TOWNSHIPS: readonly TownshipInfo[] = [DEMO_TOWNSHIP, ...TOWNSHIPS];

/** The defaults of DemoOptions: 示例镇, 75 deputies, the 7th term from 2021 to 2025. */
export const DEMO_DEFAULTS: Readonly<ResolvedOptions> = {
  seed: 20250328,
  townshipId: DEMO_TOWNSHIP.id,
  deputies: 75,
  fromYear: 2021,
  toYear: 2025,
  scale: 1,
  now: '2026-01-01T00:00:00.000Z',
};

/** Fills in the defaults and refuses options the demo cannot honour. */
export function resolveDemoOptions(options: DemoOptions = {}): ResolvedOptions {
  const resolved: ResolvedOptions = { ...DEMO_DEFAULTS };
  for (const [key, value] of Object.entries(options) as [keyof ResolvedOptions, unknown][])
    if (value !== undefined) Object.assign(resolved, { [key]: value });
  const { seed, townshipId, deputies, fromYear, toYear, scale, now } = resolved;
  if (!Number.isInteger(seed)) throw new RangeError(`seed must be an integer, got ${seed}`);
  if (!DEMO_TOWNSHIPS.some((t) => t.id === townshipId))
    throw new RangeError(`unknown township id ${townshipId}`);
  // Fewer than 30 leaves too few village deputies for the presidium, the committee and the stories.
  if (!Number.isInteger(deputies) || deputies < 30 || deputies > 160)
    throw new RangeError(`deputies must be an integer from 30 to 160 (选举法 12), got ${deputies}`);
  if (!Number.isInteger(fromYear) || !Number.isInteger(toYear) || fromYear < 2000 || toYear > 2100)
    throw new RangeError(`years must be integers from 2000 to 2100, got ${fromYear}–${toYear}`);
  // The demo models one term (five years); more years would need a second election and new deputies.
  if (toYear < fromYear || toYear - fromYear > 4)
    throw new RangeError(
      `the demo covers one term: toYear must be fromYear to fromYear + 4, got ${fromYear}–${toYear}`,
    );
  if (!Number.isFinite(scale) || scale <= 0)
    throw new RangeError(`scale must be a positive number, got ${scale}`);
  if (!TimestampSchema.safeParse(now).success)
    throw new RangeError(`now must be an ISO timestamp, got ${now}`);
  return resolved;
}

/** Generates the demo township's whole ledger; the same options always give the same records. */
export function generateDemo(options: DemoOptions = {}): LedgerData {
  const resolved = resolveDemoOptions(options);
  const info = DEMO_TOWNSHIPS.find((t) => t.id === resolved.townshipId)!;
  const root = createRandom(resolved.seed);
  const villages = root.fork('villages').sample(VILLAGES, 18);
  const context = createContext(resolved, info, root.fork('ids'), villages);

  // Order matters only through references: the calendar first (people are elected at sessions),
  // suggestions before the projects they become, projects before the visits that supervise them.
  const calendar = planCalendar(context, root.fork('calendar'));
  const people = makePeople(context, root.fork('people'), calendar);
  const sessions = makeSessions(context, root.fork('sessions'), calendar, people);
  const presidiumMeetings = makePresidiumMeetings(
    context,
    root.fork('presidium'),
    calendar,
    people.presidiumMembers,
  );
  const suggestions = makeSuggestions(context, root.fork('suggestions'), calendar, people);
  assignLeads(context, root.fork('leads'), suggestions, people);
  const livelihoodProjects = makeLivelihoodProjects(
    context,
    root.fork('livelihood'),
    calendar,
    sessions,
    suggestions,
  );
  const supervised = new Map(livelihoodProjects.filter((p) => p.supervised).map((p) => [p.year, p]));
  const { activities, inspectionProblems } = makeActivities(
    context,
    root.fork('activities'),
    calendar,
    people,
    supervised,
  );
  const madeDocuments = makeDocuments(context, root.fork('documents'), calendar, people, presidiumMeetings);
  const { activities: withAdditions, documents } = addCatalogue11Evidence(
    context,
    root.fork('catalogue-1.1'),
    calendar,
    people,
    activities,
    madeDocuments,
  );

  return {
    township: [people.township],
    terms: [people.term],
    officers: people.officers,
    presidiumMembers: people.presidiumMembers,
    credentialsCommittees: [people.credentialsCommittee],
    stations: people.stations,
    deputies: people.deputies,
    sessions,
    presidiumMeetings,
    activities: withAdditions,
    inspectionProblems,
    suggestions,
    livelihoodProjects,
    documents,
    // The domain holds no file contents; a demo without scans is still complete.
    attachments: [],
    snapshots: [],
  };
}

/**
 * The demo's settings that are evidence: the points table adopted by the presidium
 * (art15-points-scheme); every other setting keeps its default. Write them with the demo's records.
 */
export function generateDemoSettings(options: DemoOptions = {}): Pick<Settings, 'pointsTables'> {
  const { fromYear, toYear } = resolveDemoOptions(options);
  return { pointsTables: demoPointsTables(fromYear, toYear) };
}

/** The number of records in all tables. */
export function countRecords(data: LedgerData): number {
  return Object.values(data).reduce((sum, records: unknown[]) => sum + records.length, 0);
}
