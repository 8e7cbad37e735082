// The demo's documents: the deputy list, plans, station rules, the procedure rules, normative
// resolutions with their filing, and budget documents with their publication.
import { isoDate, type IsoDate } from '../dates';
import { addDays } from './days';
import type { LedgerDocument, PresidiumMeeting, PROCEDURE_RULES } from '../ledger';
import { defined, later, randomDate, type DemoContext } from './context';
import { termTitle, type DemoCalendar } from './meetings';
import type { DemoPeople } from './people';
import type { Random } from './random';

type DocumentDraft = Pick<LedgerDocument, 'kind' | 'title' | 'adoptedOn'> &
  Partial<Omit<LedgerDocument, 'id' | 'createdAt' | 'updatedAt' | 'kind' | 'title' | 'adoptedOn'>>;

const RESOLUTIONS = [
  '关于加强农村人居环境整治工作的决议',
  '关于推进移风易俗工作的决议',
  '关于加强农村自建房安全管理的决定',
  '关于加强耕地保护的决议',
  '关于加强农村饮用水水源保护的决定',
] as const;

/** Makes the documents of the demo. */
export function makeDocuments(
  context: DemoContext,
  rng: Random,
  calendar: DemoCalendar,
  people: DemoPeople,
  meetings: PresidiumMeeting[],
): LedgerDocument[] {
  const kit = documentKit(context, rng, calendar, people, meetings);
  // The stages run in this order: it fixes the random draws and the records' ids.
  termDocuments(kit);
  stationRulesAndYearlyPlans(kit);
  normativeResolutions(kit);
  budgetDocuments(kit);
  const { documents } = kit;
  documents.sort((a, b) => (a.adoptedOn < b.adoptedOn ? -1 : a.adoptedOn > b.adoptedOn ? 1 : 0));
  return documents;
}

/** What the document stages share: the inputs, the documents made so far and their helpers. */
type DocumentKit = ReturnType<typeof documentKit>;

/** The inputs, the output array and the helpers of the document stages. */
function documentKit(
  context: DemoContext,
  rng: Random,
  calendar: DemoCalendar,
  people: DemoPeople,
  meetings: PresidiumMeeting[],
) {
  const name = context.info.name;
  const documents: LedgerDocument[] = [];
  const add = (draft: DocumentDraft) => {
    const doc: LedgerDocument = defined({ ...context.stamp(), includesLivelihood: false, ...draft });
    documents.push(doc);
    return doc;
  };
  const within = (date: IsoDate | undefined) =>
    date !== undefined && date <= context.end ? date : undefined;
  const first = calendar.sessions[0]!;
  const termId = people.term.id;
  const title = termTitle(context, people.term.number);
  // Plans are adopted at a presidium meeting in the window when there is one, else on a working day in it.
  const meetingIn = (from: IsoDate, to: IsoDate) =>
    meetings.find((m) => m.date >= from && m.date <= to)?.date ?? randomDate(rng, from, to);
  return { context, rng, calendar, people, name, documents, add, within, first, termId, title, meetingIn };
}

/** The term's documents: the deputy list, the procedure rules and the term's training plan. */
function termDocuments(kit: DocumentKit): void {
  const { rng, calendar, name, add, first, termId, title, meetingIn } = kit;
  // 代表名单 published a few days after the election, before the term's first session.
  const listDate = addDays(calendar.electionDate, rng.int(3, 6));
  add({
    kind: 'deputyListPublication',
    title: `${title}代表名单公告`,
    adoptedOn: listDate,
    publishedOn: listDate,
    termId,
    note: '在各选区和政务公开栏张贴公布。',
  });

  // The six procedure rules of 第二十二条(二); 工作评议办法 was never adopted (a deliberate miss).
  const rules: [keyof typeof PROCEDURE_RULES, string][] = [
    ['congressRules', `${name}人民代表大会议事规则`],
    ['presidiumRules', `${name}人大主席团议事规则`],
    ['inspectionMeasures', `${name}人大主席团执法检查办法`],
    ['specialReportMeasures', `${name}人大主席团听取和讨论专项工作报告办法`],
    ['visitResearchMeasures', `${name}人大代表视察调研办法`],
  ];
  const rulesDate = meetingIn(addDays(first.startDate, 10), isoDate(first.year, 6, 30));
  for (const [procedureRule, ruleTitle] of rules)
    add({
      kind: 'procedureRule',
      title: ruleTitle,
      procedureRule,
      adoptedOn: procedureRule === 'congressRules' ? first.startDate : rulesDate,
      sessionId: procedureRule === 'congressRules' ? first.id : undefined,
      termId,
    });

  // Training plans: one for the term, one each year.
  add({
    kind: 'termTrainingPlan',
    title: `${title}代表学习培训规划`,
    adoptedOn: meetingIn(addDays(first.startDate, 20), addDays(first.startDate, 60)),
    termId,
  });
}

/** Station rules once; station plans, work plans, supervision plans and training plans every year. */
function stationRulesAndYearlyPlans(kit: DocumentKit): void {
  const { context, rng, people, name, add, first, termId, meetingIn } = kit;
  // Station rules once; station plans, work plans, supervision plans and training plans every year.
  const stationRulesDate = randomDate(rng, addDays(first.startDate, 15), addDays(first.startDate, 60));
  for (const station of people.stations)
    add({
      kind: 'stationRules',
      title: `${station.name}代表进站操作细则`,
      adoptedOn: stationRulesDate,
      stationId: station.id,
    });
  for (const year of context.years) {
    const earliest = year === context.options.fromYear ? addDays(first.startDate, 1) : isoDate(year, 1, 15);
    // One year's work plan is adopted after 31 March (a deliberate miss of 第四条(三)).
    const planDate =
      year === context.yearAt(1)
        ? randomDate(rng, isoDate(year, 4, 8), isoDate(year, 4, 25))
        : meetingIn(later(earliest, isoDate(year, 2, 1)), isoDate(year, 3, 31));
    add({
      kind: 'annualWorkPlan',
      title: `${name}人大主席团${year}年闭会期间工作要点`,
      adoptedOn: planDate,
      year,
      includesLivelihood: true,
    });
    add({
      kind: 'supervisionPlan',
      title: `${name}人大主席团${year}年监督工作计划`,
      adoptedOn: planDate,
      year,
      includesLivelihood: true,
    });
    add({
      kind: 'annualTrainingPlan',
      title: `${name}人大代表${year}年学习培训计划`,
      adoptedOn: randomDate(rng, later(earliest, isoDate(year, 2, 10)), isoDate(year, 3, 20)),
      year,
      termId,
    });
    for (const station of people.stations)
      add({
        kind: 'stationPlan',
        title: `${station.name}${year}年活动计划`,
        adoptedOn: randomDate(rng, later(earliest, isoDate(year, 1, 15)), isoDate(year, 3, 15)),
        year,
        stationId: station.id,
      });
  }
}

/** A normative resolution a year, filed with the city within 30 days, except one filed late. */
function normativeResolutions(kit: DocumentKit): void {
  const { context, rng, calendar, name, add, within } = kit;
  // A normative resolution a year, filed with the city within 30 days, except one filed late.
  const resolutions = rng.shuffle(RESOLUTIONS);
  context.years.forEach((year, i) => {
    const { first: h1, second: h2 } = calendar.byYear.get(year)!;
    const session = rng.chance(0.5) ? h1 : h2;
    const late = year === context.yearAt(2);
    add({
      kind: 'normativeResolution',
      title: `${name}人民代表大会${resolutions[i % resolutions.length]!}`,
      adoptedOn: session.startDate,
      year,
      sessionId: session.id,
      filedOn: within(addDays(session.startDate, late ? rng.int(40, 60) : rng.int(7, 25))),
    });
  });
}

/** Budget documents, published within 20 days of approval, except one year's budget. */
function budgetDocuments(kit: DocumentKit): void {
  const { context, rng, calendar, name, add, within } = kit;
  // Budget documents, published within 20 days of approval, except one year's budget.
  for (const year of context.years) {
    const { first: h1, second: h2 } = calendar.byYear.get(year)!;
    const budget = (
      budgetDocument: 'budget' | 'adjustment' | 'finalAccounts',
      docTitle: string,
      adoptedOn: IsoDate,
      sessionId: string,
      late = false,
    ) =>
      add({
        kind: 'budgetDocument',
        title: docTitle,
        budgetDocument,
        adoptedOn,
        year,
        sessionId,
        publishedOn: within(addDays(adoptedOn, late ? rng.int(24, 35) : rng.int(5, 18))),
      });
    budget('budget', `${name}${year}年财政预算`, h1.startDate, h1.id, year === context.yearAt(3));
    budget('finalAccounts', `${name}${year - 1}年财政决算`, h2.startDate, h2.id);
    if (h2.adjustment) budget('adjustment', `${name}${year}年财政预算调整方案`, h2.startDate, h2.id);
  }
}
