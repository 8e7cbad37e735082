// The demo's suggestions (代表建议) through their life, and the 民生实事 projects through the five
// stages. Both follow real timing: each stage a plausible number of days after the one before, and
// a stage that would fall after the demo's last day has simply not happened yet.
import { addMonths, isoDate, type IsoDate } from '../dates';
import { addDays } from './days';
import type { AnswerResult, Evaluation, LivelihoodProject, Officer, Session, Suggestion } from '../ledger';
import { satisfactionTest } from './activities';
import { defined, earlier, fill, isServing, later, randomDate, type DemoContext } from './context';
import type { DemoCalendar } from './meetings';
import type { DemoPeople } from './people';
import { LIVELIHOOD_TOPICS, PROMISES, SUGGESTION_TOPICS, UNITS, type UnitKey } from './pools';
import type { Random } from './random';

/** Days from an answer to the date its promised items are due in the demo. */
const PROMISE_DAYS = 180;

/** How far along a suggestion is; the demo makes at least one of each in its last year. */
export const SUGGESTION_STAGES = [
  'registered',
  'assigned',
  'handling',
  'faceToFace',
  'answered',
  'evaluated',
  'rehandling',
  'closed',
] as const;
/** One stage of SUGGESTION_STAGES. */
export type SuggestionStage = (typeof SUGGESTION_STAGES)[number];

/** The stage a suggestion record has reached. */
export function suggestionStage(s: Suggestion): SuggestionStage {
  if (s.closedOn) return 'closed';
  if (s.evaluation === 'unsatisfied' && s.rehandledCount > 0) return 'rehandling';
  if (s.evaluatedOn) return 'evaluated';
  if (s.answeredOn) return 'answered';
  if (s.faceToFaceOn) return 'faceToFace';
  if (s.handlingStartedOn) return 'handling';
  if (s.assignedOn) return 'assigned';
  return 'registered';
}

interface Twist {
  /** Answered after the legal deadline. */
  overdue: boolean;
  /** Never answered: stuck in handling. */
  stalled: boolean;
  /** Answered without a recorded 见面沟通. */
  noFaceToFace: boolean;
  /** Where the life stops, for the last year's showcase of stages. */
  stopAt: SuggestionStage | undefined;
}

const NO_TWIST: Twist = { overdue: false, stalled: false, noFaceToFace: false, stopAt: undefined };

/** Makes the suggestions of every year; leads are assigned afterwards. */
export function makeSuggestions(
  context: DemoContext,
  rng: Random,
  calendar: DemoCalendar,
  people: DemoPeople,
): Suggestion[] {
  const suggestions: Suggestion[] = [];
  const activeFrom = addDays(calendar.electionDate, 1);
  const unitName = (key: UnitKey) => fill(context, rng, UNITS[key]);
  const allUnits = Object.keys(UNITS) as UnitKey[];

  // Topics are dealt from a shuffled deck, so that one repeats only after all have been used.
  let deck: (typeof SUGGESTION_TOPICS)[number][] = [];
  const make = (submittedOn: IsoDate, sessionId: string | undefined, twist: Twist) => {
    const serving = people.townshipDeputies.filter((d) => isServing(d, submittedOn));
    const lead = rng.pick(serving);
    const village = people.villageOf.get(lead.id);
    const co = rng.sample(
      serving.filter((d) => d !== lead && people.villageOf.get(d.id) === village),
      rng.int(0, 2),
    );
    if (deck.length === 0) deck = rng.shuffle(SUGGESTION_TOPICS);
    const topic = deck.pop()!;
    const title = fill(context, rng, topic.title, village);
    const complex = rng.chance(0.12);
    const timeline = lifeOf(rng, submittedOn, complex, twist, context.end);
    const result = timeline.answeredOn ? answerResult(rng) : undefined;
    const promisedItems =
      result === 'planned' && timeline.answeredOn
        ? rng.sample(PROMISES, rng.int(1, 2)).map((content) => {
            // Promised within 180 days of the answer; done or reported 30–200 days after it (so some
            // late), and a few never reported (art16-promises-tracked's misses).
            // (no later than the demo's last day, which holds every date of the demo).
            const dueOn = earlier(addDays(timeline.answeredOn!, PROMISE_DAYS), context.end);
            const doneOn = addDays(timeline.answeredOn!, rng.int(30, 200));
            return defined({
              content,
              dueOn,
              doneOn: rng.chance(0.92) && doneOn <= context.end ? doneOn : undefined,
            });
          })
        : [];
    const suggestion: Suggestion = defined({
      ...context.stamp(),
      number: '-', // numbered in date order below
      title,
      content: `代表走访选民时了解到，群众希望${title.replace(/^关于|的建议$/g, '')}。建议${context.unit}人民政府统筹安排、尽快解决。`,
      proposerIds: [lead.id, ...co.map((d) => d.id)],
      submittedOn,
      sessionId,
      assignedOn: timeline.assignedOn,
      leadUnit: timeline.assignedOn ? unitName(topic.unit) : undefined,
      coUnits:
        timeline.assignedOn && rng.chance(0.3)
          ? [unitName(rng.pick(allUnits.filter((k) => k !== topic.unit)))]
          : [],
      complex,
      handlingStartedOn: timeline.handlingStartedOn,
      faceToFaceOn: timeline.faceToFaceOn,
      answeredOn: timeline.answeredOn,
      firstAnsweredOn: timeline.answeredOn,
      answerResult: result,
      promisedItems,
      evaluation: timeline.evaluation,
      evaluatedOn: timeline.evaluatedOn,
      rehandledCount: timeline.rehandled ? 1 : 0,
      closedOn: timeline.closedOn,
      note: timeline.note,
    });
    suggestions.push(suggestion);
    return suggestion;
  };

  for (const year of context.years) {
    const { first, second } = calendar.byYear.get(year)!;
    const count = rng.round(rng.int(20, 40) * context.options.scale);
    // One suggestion a year (not the last) is stuck without an answer, past its deadline.
    const stalledAt = year < context.options.toYear ? rng.int(0, Math.max(0, count - 1)) : -1;
    for (let i = 0; i < count; i++) {
      const roll = rng.float();
      // Most suggestions are handed in at a session, the rest between sessions.
      const session = roll < 0.35 ? first : roll < 0.6 ? second : undefined;
      const submittedOn = session
        ? session.startDate
        : randomDate(rng, later(isoDate(year, 1, 1), activeFrom), isoDate(year, 12, 20));
      make(submittedOn, session?.id, {
        overdue: rng.chance(0.04),
        stalled: i === stalledAt,
        noFaceToFace: rng.chance(0.03),
        stopAt: undefined,
      });
    }
    // The last year shows every stage, with dates late enough that none is overdue.
    if (year === context.options.toYear)
      for (const stopAt of SUGGESTION_STAGES) {
        const back = {
          registered: 4,
          assigned: 25,
          handling: 40,
          faceToFace: 55,
          answered: 70,
          evaluated: 95,
          rehandling: 100,
          closed: 120,
        }[stopAt];
        make(addDays(context.end, -back), undefined, { ...NO_TWIST, stopAt });
      }
  }
  // Numbers follow the order of registration within each year, zero-padded to the widest number
  // of any year so that they sort as text too (2025-07).
  suggestions.sort((a, b) => (a.submittedOn < b.submittedOn ? -1 : a.submittedOn > b.submittedOn ? 1 : 0));
  const perYear = new Map<string, number>();
  for (const s of suggestions)
    perYear.set(s.submittedOn.slice(0, 4), (perYear.get(s.submittedOn.slice(0, 4)) ?? 0) + 1);
  const width = Math.max(2, ...[...perYear.values()].map((n) => String(n).length));
  const seq = new Map<string, number>();
  for (const s of suggestions) {
    const year = s.submittedOn.slice(0, 4);
    seq.set(year, (seq.get(year) ?? 0) + 1);
    s.number = `${year}-${String(seq.get(year)!).padStart(width, '0')}`;
  }
  return suggestions;
}

interface Timeline {
  assignedOn?: IsoDate | undefined;
  handlingStartedOn?: IsoDate | undefined;
  faceToFaceOn?: IsoDate | undefined;
  answeredOn?: IsoDate | undefined;
  evaluation?: Evaluation | undefined;
  evaluatedOn?: IsoDate | undefined;
  rehandled: boolean;
  closedOn?: IsoDate | undefined;
  note?: string | undefined;
}

/**
 * The dates of a suggestion's life from its submission, as of `end`: a stage that would fall after
 * `end` has not happened yet, and neither has anything after it.
 */
function lifeOf(rng: Random, submittedOn: IsoDate, complex: boolean, twist: Twist, end: IsoDate): Timeline {
  const life: Timeline = { rehandled: false };
  const stop = twist.stopAt ? SUGGESTION_STAGES.indexOf(twist.stopAt) : SUGGESTION_STAGES.length;
  const goesOn = (stage: SuggestionStage, date: IsoDate) =>
    SUGGESTION_STAGES.indexOf(stage) <= stop && date <= end;
  // The last year's showcase moves quickly, so that its open stages are not yet overdue.
  const fast = twist.stopAt !== undefined;

  const assignedOn = addDays(submittedOn, fast ? rng.int(5, 8) : rng.int(5, 20));
  if (!goesOn('assigned', assignedOn)) return life;
  life.assignedOn = assignedOn;
  const handlingStartedOn = addDays(assignedOn, fast ? rng.int(2, 4) : rng.int(2, 10));
  if (!goesOn('handling', handlingStartedOn)) return life;
  life.handlingStartedOn = handlingStartedOn;

  const deadline = addMonths(assignedOn, complex ? 6 : 3);
  const planned = fast
    ? addDays(handlingStartedOn, rng.int(18, 22))
    : later(
        addDays(handlingStartedOn, 10),
        addDays(assignedOn, complex ? rng.int(60, 170) : rng.int(25, 85)),
      );
  const answeredOn = twist.overdue
    ? addDays(deadline, rng.int(5, 40))
    : planned <= deadline
      ? planned
      : deadline;
  const faceToFaceOn = fast
    ? addDays(handlingStartedOn, rng.int(8, 12))
    : later(handlingStartedOn, addDays(answeredOn, -rng.int(0, 15)));
  if (!twist.noFaceToFace && goesOn('faceToFace', faceToFaceOn)) life.faceToFaceOn = faceToFaceOn;
  if (twist.stalled) return { ...life, note: '涉及跨部门协调，尚在办理。' };
  if (!goesOn('faceToFace', faceToFaceOn) || !goesOn('answered', answeredOn)) return life;
  life.answeredOn = answeredOn;

  const evaluatedOn = addDays(answeredOn, fast ? rng.int(3, 5) : rng.int(5, 25));
  if (!goesOn('evaluated', evaluatedOn)) return life;
  const roll = rng.float();
  if (twist.stopAt !== 'rehandling' && (fast || roll >= 0.08)) {
    life.evaluation = roll < 0.75 ? 'satisfied' : 'basic';
    life.evaluatedOn = evaluatedOn;
    const closedOn = addDays(evaluatedOn, rng.int(0, 20));
    if (goesOn('closed', closedOn) && twist.stopAt !== 'evaluated') life.closedOn = closedOn;
    return life;
  }
  // 不满意: sent back for re-handling. The record keeps the first answer's date (the legal deadline
  // is about it) and, once the second round is over, its evaluation.
  life.evaluation = 'unsatisfied';
  life.evaluatedOn = evaluatedOn;
  life.rehandled = true;
  life.note = '代表评价不满意，已退回重新办理。';
  const secondAnswer = addDays(evaluatedOn, rng.int(20, 60));
  const secondEvaluation = addDays(secondAnswer, rng.int(5, 15));
  if (twist.stopAt === 'rehandling' || secondEvaluation > end) return life;
  life.evaluation = 'basic';
  life.evaluatedOn = secondEvaluation;
  life.note = `首次答复后代表评价不满意，于${evaluatedOn}退回重新办理，${secondAnswer}再次答复。`;
  const closedOn = addDays(secondEvaluation, rng.int(0, 15));
  if (closedOn <= end) life.closedOn = closedOn;
  return life;
}

function answerResult(rng: Random): AnswerResult {
  const roll = rng.float();
  return roll < 0.55 ? 'solved' : roll < 0.85 ? 'planned' : 'unable';
}

/**
 * Gives suggestions their leads (第十六条(二)): the party secretary supervises one a year (except one
 * year, a deliberate miss), and each 乡镇长 and 副乡镇长 in post leads at least one a year.
 */
export function assignLeads(
  context: DemoContext,
  rng: Random,
  suggestions: Suggestion[],
  people: DemoPeople,
) {
  const inPost = (o: Officer, date: IsoDate) => o.from <= date && (o.to === undefined || o.to >= date);
  const assignedIn = (year: number) =>
    suggestions.filter((s) => s.assignedOn !== undefined && s.assignedOn.startsWith(`${year}-`));
  for (const year of context.years) {
    const pool = rng.shuffle(assignedIn(year));
    if (year !== context.yearAt(3)) {
      const supervised = pool.find((s) => inPost(people.secretary, s.assignedOn!));
      if (supervised) supervised.supervisorOfficerId = people.secretary.id;
    }
    for (const head of people.heads) {
      const led = pool.find((s) => s.leadOfficerId === undefined && inPost(head, s.assignedOn!));
      if (led) led.leadOfficerId = head.id;
    }
    // Beyond the required one, a share of the others is led by whoever is in post.
    for (const s of pool)
      if (s.leadOfficerId === undefined && rng.chance(0.15)) {
        const candidates = people.heads.filter((h) => inPost(h, s.assignedOn!));
        if (candidates.length > 0) s.leadOfficerId = rng.pick(candidates).id;
      }
  }
}

/**
 * Makes 3–5 民生实事 a year through the five stages (五单): pointed and screened in the year before,
 * voted at the H2 session (at the term's first session for the first year), published, accepted.
 */
export function makeLivelihoodProjects(
  context: DemoContext,
  rng: Random,
  calendar: DemoCalendar,
  sessions: Session[],
  suggestions: Suggestion[],
): LivelihoodProject[] {
  const projects: LivelihoodProject[] = [];
  const sessionById = new Map(sessions.map((s) => [s.id, s]));
  const { fromYear, toYear } = context.options;
  const topics = rng.shuffle(LIVELIHOOD_TOPICS);
  let next = 0;
  for (let year = fromYear; year <= toYear + 1; year++) {
    const votePlan = year === fromYear ? calendar.sessions[0]! : calendar.byYear.get(year - 1)!.second;
    const session = sessionById.get(votePlan.id)!;
    const voted = session.startDate;
    const count = rng.int(3, 5);
    const supervisedAt = year <= toYear ? rng.int(0, count - 1) : -1;
    for (let i = 0; i < count; i++) {
      const topic = topics[next++ % topics.length]!;
      const pointed =
        year === fromYear
          ? randomDate(rng, isoDate(year, 1, 1), addDays(calendar.electionDate, -1))
          : randomDate(rng, isoDate(year - 1, 7, 1), isoDate(year - 1, 8, 31));
      // One project's 论证 was recorded after the vote (a deliberate miss of the five stages' order).
      const outOfOrder = year === context.yearAt(1) && i === 0 && year !== fromYear;
      const screened = outOfOrder
        ? addDays(voted, rng.int(2, 6))
        : addDays(voted, -rng.int(year === fromYear ? 3 : 15, year === fromYear ? 8 : 30));
      const published = addDays(voted, rng.int(5, 15));
      const accepted =
        year <= toYear ? randomDate(rng, isoDate(year, 11, 1), isoDate(year, 12, 20)) : undefined;
      const due = isoDate(year, rng.pick([9, 10, 11]), 30);
      const inOffice = session.deputiesInOffice ?? 0;
      const present = session.deputiesPresent ?? 0;
      const yes = Math.min(present, Math.max(Math.floor(inOffice / 2) + 1, present - rng.int(0, 6)));
      const no = Math.min(present - yes, rng.int(0, 3));
      const [low, high] = topic.budget;
      const title = fill(context, rng, topic.title);
      // Projects after the first year may come from a suggestion of the year before (第十六条(四)).
      const source =
        year > fromYear && i === count - 1
          ? suggestions.find(
              (s) =>
                s.projectId === undefined &&
                s.answerResult === 'planned' &&
                s.submittedOn.startsWith(`${year - 1}-`) &&
                s.submittedOn < pointed,
            )
          : undefined;
      const project: LivelihoodProject = defined({
        ...context.stamp(),
        year,
        title,
        unit: fill(context, rng, UNITS[topic.unit]),
        budgetWan: rng.int(low, high),
        dueDate: due <= context.end ? due : undefined,
        pointedOn: pointed,
        screenedOn: screened <= context.end ? screened : undefined,
        votedOn: voted,
        sessionId: session.id,
        tally: { inOffice, yes, no, abstain: present - yes - no },
        publishedOn: published <= context.end ? published : undefined,
        acceptedOn: accepted,
        acceptance: accepted ? satisfactionTest(rng, rng.int(20, 35), true) : undefined,
        supervised: i === supervisedAt,
        suggestionId: source?.id,
        note: outOfOrder ? '论证材料于票决后补充完善。' : undefined,
      });
      if (source) source.projectId = project.id;
      projects.push(project);
    }
  }
  return projects;
}
