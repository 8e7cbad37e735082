// The demo township's people and bodies: the township and its term, the liaison stations, the
// deputies (代表名册), the officers over time, the presidium members and the credentials committee.
import { isoDate, type IsoDate } from '../dates';
import { addDays } from './days';
import type {
  CredentialsCommittee,
  Deputy,
  DeputyLevel,
  Officer,
  OfficerRole,
  PresidiumMember,
  Station,
  Term,
  Township,
} from '../ledger';
import { defined, fill, randomDate, type DemoContext } from './context';
import { sessionAfter, type DemoCalendar } from './meetings';
import { DEPUTY_POSTS, GIVEN_NAMES, SURNAMES } from './pools';
import type { Random } from './random';

/** The people and bodies of the demo, with the roles later parts of the generator need. */
export interface DemoPeople {
  township: Township;
  term: Term;
  stations: Station[];
  deputies: Deputy[];
  officers: Officer[];
  presidiumMembers: PresidiumMember[];
  credentialsCommittee: CredentialsCommittee;
  /** Deputies of the township congress, by-elections included. */
  townshipDeputies: Deputy[];
  /** The members of each station, by station id. */
  stationMembers: Map<string, Deputy[]>;
  /** The village of each deputy's constituency, by deputy id. */
  villageOf: Map<string, string>;
  /** Deputies that sit on the presidium at the term's start, the chair first. */
  presidiumDeputies: Deputy[];
  /** The deputy with two unapproved absences (代表法 62). */
  absentee: Deputy;
  /** The leader-cadre deputy who skips one half-year's station visit. */
  idleLeader: Deputy;
  /** Officers who lead suggestions (乡镇长, 副乡镇长) and the party secretary who supervises them. */
  heads: Officer[];
  secretary: Officer;
}

/** Hands out names that are not yet taken, from common surnames and given names. */
function nameBook(rng: Random) {
  const used = new Set<string>();
  return () => {
    for (;;) {
      const name = rng.pick(SURNAMES) + rng.pick(GIVEN_NAMES);
      if (!used.has(name)) {
        used.add(name);
        return name;
      }
    }
  };
}

interface CoreSpec {
  key: 'chair' | 'vc1' | 'vc2' | 'secretary' | 'head1' | 'dhA' | 'discipline';
  post: string;
  levels: DeputyLevel[];
  leader: boolean;
}

/** What the people stages share: the context, the random stream, the calendar and the name book. */
interface PeopleKit {
  context: DemoContext;
  rng: Random;
  plan: DemoCalendar;
  nextName: () => string;
}

/** The roster as it grows: the deputies, each one's village, each station's members. */
interface Roster {
  deputies: Deputy[];
  villageOf: Map<string, string>;
  stationMembers: Map<string, Deputy[]>;
  /** Adds a deputy of a village to the roster and to the members of its station. */
  add: (deputy: Deputy, village: string) => Deputy;
}

/** The village deputies with a story, and the presidium and committee drawn with them. */
interface VillageStories {
  pool: Deputy[];
  presidiumVillagers: Deputy[];
  leaver: Deputy;
  suspended: Deputy;
  absentee: Deputy;
  committeeMembers: Deputy[];
}

/** The officers over time, with the ones other stages name. */
interface Staffing {
  officers: Officer[];
  chair: Officer;
  vc1: Officer;
  vc2: Officer;
  staff: Officer;
  secretary: Officer;
  heads: Officer[];
}

/** Makes the township, the term and the people of the demo. */
export function makePeople(context: DemoContext, rng: Random, plan: DemoCalendar): DemoPeople {
  // The stages run in this order: it fixes the random draws and the records' ids.
  const kit: PeopleKit = { context, rng, plan, nextName: nameBook(rng) };
  const { township, term } = townshipAndTerm(kit);
  const stations = makeStations(kit);
  const roster = newRoster(stations);
  const { coreDeputy, villageDeputies } = electTownshipDeputies(kit, term, stations, roster);
  registerHigherDeputies(kit, stations, roster);
  const head2 = replaceTownshipHead(kit, term, stations, roster, coreDeputy.get('head1')!);
  const stories = villageStories(kit, term, roster, villageDeputies);
  const staffing = makeOfficers(kit, coreDeputy, head2);
  leadStations(stations, roster, staffing);
  const { presidiumDeputies, presidiumMembers, credentialsCommittee } = presidiumAndCommittee(
    kit,
    term,
    coreDeputy,
    stories,
    staffing,
  );
  const { deputies, stationMembers, villageOf } = roster;
  return {
    township,
    term,
    stations,
    deputies,
    officers: staffing.officers,
    presidiumMembers,
    credentialsCommittee,
    townshipDeputies: deputies.filter((d) => d.levels.includes('township')),
    stationMembers,
    villageOf,
    presidiumDeputies,
    absentee: stories.absentee,
    // A township deputy: 第十九条 measures township deputies only (obligations.md).
    idleLeader: coreDeputy.get('discipline')!,
    heads: staffing.heads,
    secretary: staffing.secretary,
  };
}

/** The township record (marked as the demo) and its term. */
function townshipAndTerm({ context, plan }: PeopleKit): { township: Township; term: Term } {
  const { options } = context;
  const s1 = plan.sessions[0]!.startDate;
  const township: Township = {
    ...context.stamp(),
    townshipId: context.info.id,
    name: context.info.name,
    unitType: context.info.unitType,
    isDemo: true,
  };
  // The term is numbered from the 7th, elected in 2021 (domain-notes.md), one number per five years.
  const termNumber = Math.max(1, 7 + Math.floor((options.fromYear - 2021) / 5));
  const term: Term = {
    ...context.stamp(),
    number: termNumber,
    electionDate: plan.electionDate,
    startDate: s1,
    note: `${plan.electionDate}依法选举产生本届代表，本届任期五年，尚未届满。`,
  };
  return { township, term };
}

/**
 * Four stations: the township's own (its leadership is set by 第十七条(二)) and three area ones,
 * each named after the first village of its area (village i belongs to station i mod 4).
 */
function makeStations({ context }: PeopleKit): Station[] {
  const areaVillages = context.villages.slice(1, 4);
  return [
    {
      ...context.stamp(),
      name: `${context.info.name}人大代表联络站`,
      level: 'township',
      address: `${context.info.name}人民政府院内`,
      deputyHeadNames: [],
    },
    ...areaVillages.map((village): Station => ({
      ...context.stamp(),
      name: `${village}片区人大代表联络站`,
      level: 'other',
      address: `${village}村党群服务中心`,
      deputyHeadNames: [],
    })),
  ];
}

/** An empty roster over the stations. */
function newRoster(stations: Station[]): Roster {
  const deputies: Deputy[] = [];
  const villageOf = new Map<string, string>();
  const stationMembers = new Map<string, Deputy[]>(stations.map((s) => [s.id, []]));
  const add = (deputy: Deputy, village: string) => {
    deputies.push(deputy);
    villageOf.set(deputy.id, village);
    stationMembers.get(deputy.stationId!)!.push(deputy);
    return deputy;
  };
  return { deputies, villageOf, stationMembers, add };
}

/** Villages belong to the station of their area; the township station serves the market town. */
const stationOfVillageMap = (context: DemoContext, stations: Station[]) =>
  new Map(context.villages.map((v, i) => [v, stations[i % stations.length]!]));

/** The township deputies elected at the start of the term: the leaders first, then the villagers. */
function electTownshipDeputies(
  { context, rng, plan, nextName }: PeopleKit,
  term: Term,
  stations: Station[],
  roster: Roster,
): { coreDeputy: Map<CoreSpec['key'], Deputy>; villageDeputies: Deputy[] } {
  const { unit: u, options } = context;
  const stationOfVillage = stationOfVillageMap(context, stations);
  const constituencies = Math.ceil(options.deputies / 3);
  const constituencyOf = (i: number) => {
    const k = (i % constituencies) + 1;
    const village = context.villages[(k - 1) % context.villages.length]!;
    return { name: `第${k}选区（${village}村）`, village };
  };
  const townshipDeputy = (
    i: number,
    name: string,
    post: string,
    levels: DeputyLevel[],
    leader: boolean,
    station?: Station,
  ): Deputy => {
    const c = constituencyOf(i);
    return roster.add(
      {
        ...context.stamp(),
        name,
        levels,
        constituency: c.name,
        stationId: (station ?? stationOfVillage.get(c.village)!).id,
        isLeaderCadre: leader,
        termId: term.id,
        serviceFrom: plan.electionDate,
        status: 'active',
        workUnit: fill(context, rng, post, c.village),
      },
      c.village,
    );
  };

  // The township's leaders are deputies too; they belong to the township station.
  const core: CoreSpec[] = [
    { key: 'chair', post: `${u}人大主席`, levels: ['township', 'city'], leader: true },
    { key: 'vc1', post: `${u}人大专职副主席`, levels: ['township'], leader: false },
    { key: 'vc2', post: `${u}党委委员、${u}人大副主席`, levels: ['township'], leader: true },
    { key: 'secretary', post: `${u}党委书记`, levels: ['township', 'city'], leader: true },
    { key: 'head1', post: `${u}党委副书记、${u}长`, levels: ['township', 'city'], leader: true },
    { key: 'dhA', post: `${u}党委委员、副${u}长`, levels: ['township'], leader: true },
    { key: 'discipline', post: `${u}党委委员、纪委书记`, levels: ['township'], leader: true },
  ];
  const coreDeputy = new Map<CoreSpec['key'], Deputy>();
  core.forEach((spec, i) =>
    coreDeputy.set(spec.key, townshipDeputy(i, nextName(), spec.post, spec.levels, spec.leader, stations[0])),
  );
  const villageDeputies: Deputy[] = [];
  for (let i = core.length; i < options.deputies; i++) {
    // A few village deputies also sit in the city congress (两级代表).
    const levels: DeputyLevel[] = i % 14 === 3 ? ['township', 'city'] : ['township'];
    villageDeputies.push(townshipDeputy(i, nextName(), rng.pick(DEPUTY_POSTS), levels, false));
  }
  return { coreDeputy, villageDeputies };
}

/** Higher-level deputies registered with the township (第十八条 counts them at the stations). */
function registerHigherDeputies(
  { context, rng, plan, nextName }: PeopleKit,
  stations: Station[],
  roster: Roster,
) {
  const stationOfVillage = stationOfVillageMap(context, stations);
  const higher: [DeputyLevel[], string, boolean][] = [
    [['city'], '湘乡市农业农村局副局长', true],
    [['city'], '{t}电子科技有限公司董事长', false],
    [['city'], '{v}村党总支书记', false],
    [['city', 'prefecture'], '湘潭市{t}食品有限公司总经理', false],
    [['province'], '{t}{v}种养专业合作社理事长', false],
  ];
  higher.forEach(([levels, post, leader], i) => {
    const village = context.villages[(i * 5 + 1) % context.villages.length]!;
    roster.add(
      {
        ...context.stamp(),
        name: nextName(),
        levels,
        constituency: `${village}村`,
        stationId: stationOfVillage.get(village)!.id,
        isLeaderCadre: leader,
        serviceFrom: plan.electionDate,
        status: 'active',
        workUnit: fill(context, rng, post, village),
        note: '上级人大代表，在本乡镇代表联络站登记进站履职。',
      },
      village,
    );
  });
}

/** The township head leaves within the term; a by-elected deputy succeeds them. Returns the successor. */
function replaceTownshipHead(
  { context, rng, plan, nextName }: PeopleKit,
  term: Term,
  stations: Station[],
  roster: Roster,
  head1: Deputy,
): Deputy {
  const { unit: u } = context;
  const headChangeDate = plan.headChange.startDate;
  head1.serviceTo = addDays(headChangeDate, -1);
  head1.status = 'ended';
  head1.note = '工作调动，辞去代表职务。';
  return roster.add(
    {
      ...context.stamp(),
      name: nextName(),
      levels: ['township'],
      constituency: head1.constituency,
      stationId: stations[0]!.id,
      isLeaderCadre: true,
      termId: term.id,
      serviceFrom: addDays(headChangeDate, -rng.int(20, 40)),
      status: 'active',
      workUnit: `${u}党委副书记、${u}长`,
      note: '补选产生的代表。',
    },
    roster.villageOf.get(head1.id)!,
  );
}

/** Village deputies with a story: one leaves (a presidium member), one is suspended, one skips sessions. */
function villageStories(
  { context, rng, nextName }: PeopleKit,
  term: Term,
  roster: Roster,
  villageDeputies: Deputy[],
): VillageStories {
  const { villageOf } = roster;
  const pool = rng.shuffle(villageDeputies);
  const presidiumSize = rng.int(9, 11);
  const presidiumVillagers = pool.slice(0, presidiumSize - 3);
  const leaver = presidiumVillagers[presidiumVillagers.length - 1]!;
  const suspended = pool[presidiumSize]!;
  const absentee = pool[presidiumSize + 1]!;
  const committeeMembers = pool.slice(presidiumSize + 2, presidiumSize + 2 + rng.int(3, 5));

  const leaveYear = context.yearAt(3);
  leaver.serviceTo = randomDate(rng, isoDate(leaveYear, 4, 1), isoDate(leaveYear, 6, 30));
  leaver.status = 'ended';
  leaver.note = '迁居外地，本人辞去代表职务，经主席团接受。';
  const byElection = addDays(leaver.serviceTo, rng.int(60, 120));
  if (byElection <= context.end)
    roster.add(
      {
        ...context.stamp(),
        name: nextName(),
        levels: ['township'],
        constituency: leaver.constituency,
        stationId: leaver.stationId,
        isLeaderCadre: false,
        termId: term.id,
        serviceFrom: byElection,
        status: 'active',
        workUnit: fill(context, rng, '{v}村村委会主任', villageOf.get(leaver.id)),
        note: '补选产生的代表。',
      },
      villageOf.get(leaver.id)!,
    );
  const suspendYear = context.yearAt(context.years.length - 2);
  suspended.serviceTo = randomDate(rng, isoDate(suspendYear, 6, 1), isoDate(suspendYear, 8, 31));
  suspended.status = 'suspended';
  // The schema has no date for a suspension; serviceTo carries it so that duties measure the part served.
  suspended.note = `因涉嫌违法被依法采取强制措施，自${addDays(suspended.serviceTo, 1)}起暂停执行代表职务。`;
  return { pool, presidiumVillagers, leaver, suspended, absentee, committeeMembers };
}

/** Officers over time: the chairs, the staff member, the party secretary and the township heads. */
function makeOfficers(
  { context, plan, nextName }: PeopleKit,
  coreDeputy: Map<CoreSpec['key'], Deputy>,
  head2: Deputy,
): Staffing {
  const s1 = plan.sessions[0]!.startDate;
  const headChangeDate = plan.headChange.startDate;
  const officers: Officer[] = [];
  const officer = (
    role: OfficerRole,
    name: string,
    from: IsoDate,
    extra: { to?: IsoDate | undefined; deputyId?: string; fullTime?: boolean; note?: string } = {},
  ) => {
    const record: Officer = defined({
      ...context.stamp(),
      role,
      name,
      fullTime: extra.fullTime ?? false,
      deputyId: extra.deputyId,
      from,
      to: extra.to,
      note: extra.note,
    });
    officers.push(record);
    return record;
  };
  const asOfficer = (key: CoreSpec['key'], role: OfficerRole, from: IsoDate, fullTime = false) => {
    const d = coreDeputy.get(key)!;
    return officer(role, d.name, from, { deputyId: d.id, fullTime, to: d.serviceTo });
  };
  const chair = asOfficer('chair', 'chair', s1);
  const vc1 = asOfficer('vc1', 'viceChair', s1, true);
  const vc2 = asOfficer('vc2', 'viceChair', s1);
  const staff = officer('staff', nextName(), context.start, { note: '本届以前已任人大专干。' });
  const secretary = asOfficer('secretary', 'partySecretary', context.start);
  secretary.note = '本届以前已到任。';
  const heads = [asOfficer('head1', 'head', s1), asOfficer('dhA', 'deputyHead', s1)];
  heads.push(officer('head', head2.name, headChangeDate, { deputyId: head2.id }));
  const change = plan.deputyHeadChange;
  heads.push(officer('deputyHead', nextName(), s1, change ? { to: addDays(change.startDate, -1) } : {}));
  heads.push(officer('deputyHead', nextName(), s1));
  if (change) heads.push(officer('deputyHead', nextName(), change.startDate));
  return { officers, chair, vc1, vc2, staff, secretary, heads };
}

/** The township station's leadership follows 第十七条(二); area stations are led by their deputies. */
function leadStations(stations: Station[], roster: Roster, { chair, vc1, vc2, staff }: Staffing): void {
  stations[0]!.headName = chair.name;
  stations[0]!.deputyHeadNames = [vc1.name, vc2.name];
  stations[0]!.liaisonName = staff.name;
  for (const station of stations.slice(1)) {
    const members = roster.stationMembers.get(station.id)!.filter((d) => d.serviceTo === undefined);
    station.headName = members[0]?.name;
    station.deputyHeadNames = members.slice(1, 2).map((d) => d.name);
    station.liaisonName = members[2]?.name;
    defined(station);
  }
}

/**
 * The presidium (the chair, the vice-chairs and village deputies; the leaver is replaced later)
 * and the credentials committee.
 */
function presidiumAndCommittee(
  { context, plan }: PeopleKit,
  term: Term,
  coreDeputy: Map<CoreSpec['key'], Deputy>,
  { pool, presidiumVillagers, leaver, suspended, absentee, committeeMembers }: VillageStories,
  { vc1 }: Staffing,
): {
  presidiumDeputies: Deputy[];
  presidiumMembers: PresidiumMember[];
  credentialsCommittee: CredentialsCommittee;
} {
  const firstSession = plan.sessions[0]!;
  const s1 = firstSession.startDate;
  const presidiumDeputies = [
    coreDeputy.get('chair')!,
    coreDeputy.get('vc1')!,
    coreDeputy.get('vc2')!,
    ...presidiumVillagers,
  ];
  const presidiumMembers: PresidiumMember[] = presidiumDeputies.map((d) =>
    defined({ ...context.stamp(), termId: term.id, name: d.name, deputyId: d.id, from: s1, to: d.serviceTo }),
  );
  const replacementSession = sessionAfter(plan, leaver.serviceTo!);
  const replacement = pool.find(
    (d) =>
      !presidiumDeputies.includes(d) && d !== suspended && d !== absentee && !committeeMembers.includes(d),
  );
  if (replacementSession && replacement)
    presidiumMembers.push({
      ...context.stamp(),
      termId: term.id,
      name: replacement.name,
      deputyId: replacement.id,
      from: replacementSession.startDate,
    });

  const credentialsCommittee: CredentialsCommittee = {
    ...context.stamp(),
    termId: term.id,
    chairName: vc1.name,
    viceChairName: presidiumVillagers[0]!.name,
    memberNames: committeeMembers.map((d) => d.name),
    memberIds: committeeMembers.map((d) => d.id),
    chairId: presidiumMembers.find((m) => m.deputyId === coreDeputy.get('vc1')!.id)?.id,
    viceChairId: presidiumMembers.find((m) => m.deputyId === presidiumVillagers[0]!.id)?.id,
    approvedSessionId: firstSession.id,
  };
  return { presidiumDeputies, presidiumMembers, credentialsCommittee };
}
