import { describe, expect, it } from 'vitest';
import {
  ActivitySchema,
  DeputySchema,
  DocumentSchema,
  LivelihoodProjectSchema,
  StationSchema,
  OfficerSchema,
  PresidiumMeetingSchema,
  PresidiumMemberSchema,
  SessionSchema,
  SuggestionSchema,
  TermSchema,
  TownshipSchema,
  type Deputy,
} from '../../ledger';
import * as build from '../../ledger/__tests__/builders';
import {
  activityValues,
  deputiesInOfficeOn,
  documentValues,
  isBallotCandidate,
  livelihoodYearValues,
  presidiumMeetingValues,
  sessionValues,
  suggestionValues,
} from '../sources';

const township = TownshipSchema.parse(build.township());
const term = TermSchema.parse(build.term());
const deputy = (n: number, o: build.Overrides = {}): Deputy =>
  DeputySchema.parse(build.deputy({ id: build.uuid(100 + n), name: `代表${n}`, ...o }));

describe('the sign-in sheet of a session', () => {
  const session = SessionSchema.parse(
    build.session({ startDate: '2025-02-20', deputiesInOffice: 4, deputiesPresent: 3 }),
  );
  const deputies = [
    deputy(1),
    deputy(2, { serviceFrom: '2025-02-20' }),
    deputy(3, { serviceTo: '2025-02-20', status: 'ended' }),
    deputy(4, { serviceTo: '2025-02-19', status: 'ended' }),
    deputy(5, { serviceFrom: '2025-02-21' }),
    deputy(6, { levels: ['city'] }),
    deputy(7, { levels: ['city', 'township'] }),
  ];

  it.each([
    ['in office since the term began', '代表1', true],
    ['starting that very day', '代表2', true],
    ['leaving that very day', '代表3', true],
    ['gone the day before', '代表4', false],
    ['starting the day after', '代表5', false],
    ['a city deputy only', '代表6', false],
    ['a township and city deputy', '代表7', true],
  ])('a deputy %s is listed: %s → %s', (_case, name, listed) => {
    const names = deputiesInOfficeOn(deputies, session.startDate).map((d) => d.name);
    expect(names.includes(name)).toBe(listed);
  });

  it('lists them with the session’s name and the two-thirds line', () => {
    const values = sessionValues({ session, term, township, deputies });
    expect(values.rows['deputies']!.map((r) => r.name)).toEqual(['代表1', '代表2', '代表3', '代表7']);
    expect(values.fields).toMatchObject({
      sessionName: '示例镇第七届人民代表大会第九次会议',
      startDate: '2025年2月20日',
      deputiesInOffice: '4',
      quorum: '3',
      deputiesPresent: '3',
    });
  });

  it('takes the agenda from the session, required items first', () => {
    const withAgenda = SessionSchema.parse(
      build.session({ agenda: ['governmentReport'], otherAgenda: ['补选代表资格审查委员会委员'] }),
    );
    expect(sessionValues({ session: withAgenda, term, township, deputies: [] }).lists['agenda']).toEqual([
      '听取和审议政府工作报告',
      '补选代表资格审查委员会委员',
    ]);
  });
});

describe('a presidium meeting', () => {
  it('counts the members on the day and puts the quorum at more than half', () => {
    const meeting = PresidiumMeetingSchema.parse(
      build.presidiumMeeting({ date: '2025-04-10', membersPresent: 3 }),
    );
    const earlier = PresidiumMeetingSchema.parse(
      build.presidiumMeeting({ id: build.uuid(70), date: '2025-01-08' }),
    );
    const members = ['李明', '赵强', '王芳', '刘洋'].map((name, i) =>
      PresidiumMemberSchema.parse(
        build.presidiumMember({ id: build.uuid(80 + i), name, ...(i === 3 ? { to: '2025-03-01' } : {}) }),
      ),
    );
    const officers = [OfficerSchema.parse(build.officer({ name: '李明' }))];
    const values = presidiumMeetingValues({
      meeting,
      meetingsOfYear: [meeting, earlier],
      members,
      officers,
      township,
    });
    expect(values.fields).toMatchObject({
      meetingName: '示例镇人大主席团2025年第二次会议',
      membersOnDate: '3',
      quorum: '2',
    });
    expect(values.rows['members']).toEqual([
      { name: '李明', post: '人大主席' },
      { name: '王芳', post: '主席团成员' },
      { name: '赵强', post: '主席团成员' },
    ]);
  });
});

describe('a suggestion', () => {
  it('fills its 交办单 with the units, the leads and the answer deadline', () => {
    const s = SuggestionSchema.parse(
      build.suggestion({
        proposerIds: [build.uuid(101), build.uuid(102)],
        assignedOn: '2025-03-01',
        leadUnit: '镇农业综合服务中心',
        coUnits: ['镇财政所', '白果村'],
        complex: true,
        supervisorOfficerId: build.uuid(3),
      }),
    );
    const officers = [OfficerSchema.parse(build.officer({ role: 'partySecretary', name: '周书记' }))];
    const values = suggestionValues({
      suggestion: s,
      proposers: [deputy(2), deputy(1)],
      session: undefined,
      term,
      officers,
      township,
      settings: undefined,
    });
    expect(values.fields).toMatchObject({
      number: '2025-07',
      title: '关于修缮白果村机耕道的建议',
      leadProposer: '代表1',
      proposers: '代表1、代表2',
      coProposers: '代表2',
      occasion: '闭会期间',
      leadUnit: '镇农业综合服务中心',
      coUnits: '镇财政所、白果村',
      supervisor: '周书记（党委书记）',
      assignedOn: '2025年3月1日',
      dueDate: '2025年9月1日',
      handlingTerm: '六个月（复杂）',
    });
    expect(values.fields['answeredOn']).toBeUndefined();
  });

  it('lists the promised items of its answer with their promised and done dates', () => {
    const s = SuggestionSchema.parse(
      build.suggestion({
        promisedItems: [
          { content: '年内硬化机耕道500米', dueOn: '2025-10-31', doneOn: '2025-10-20' },
          { content: '明年春耕前修好涵洞', dueOn: '2026-03-15' },
        ],
      }),
    );
    const values = suggestionValues({
      suggestion: s,
      proposers: [deputy(1)],
      session: undefined,
      term,
      officers: [],
      township,
      settings: undefined,
    });
    expect(values.rows['promises']).toEqual([
      { text: '年内硬化机耕道500米', dueOn: '2025年10月31日', doneOn: '2025年10月20日' },
      { text: '明年春耕前修好涵洞', dueOn: '2026年3月15日', doneOn: '' },
    ]);
  });
});

describe('the 民生实事 of a year', () => {
  const project = (n: number, o: build.Overrides) =>
    LivelihoodProjectSchema.parse(
      build.livelihoodProject({ id: build.uuid(200 + n), title: `项目${n}`, ...o }),
    );
  const tally = (yes: number) => ({ inOffice: 60, yes, no: 60 - yes, abstain: 0 });
  const projects = [
    project(1, { year: 2026, screenedOn: '2025-11-20', votedOn: '2025-12-20', tally: tally(50) }),
    project(2, { year: 2026, screenedOn: '2025-11-20', votedOn: '2025-12-20', tally: tally(20) }),
    project(3, { year: 2026, screenedOn: '2025-11-20' }),
    project(4, { year: 2026, pointedOn: '2025-07-10' }),
    project(5, { year: 2025, screenedOn: '2024-11-20' }),
  ];

  it.each([
    [1, true],
    [3, true],
    [4, false],
  ])('project %i is a ballot candidate: %s', (n, candidate) => {
    expect(isBallotCandidate(projects[n - 1]!)).toBe(candidate);
  });

  it('puts exactly the year’s candidates on the ballot and the passed ones in the publication', () => {
    const values = livelihoodYearValues({
      year: 2026,
      projects,
      session: undefined,
      term,
      township,
      passRule: 'majorityOfAll',
    });
    expect(values.rows['candidates']!.map((r) => r.title)).toEqual(['项目1', '项目2', '项目3']);
    expect(values.rows['passed']!.map((r) => r.title)).toEqual(['项目1']);
    expect(values.rows['tally']!.map((r) => r.result)).toEqual(['入选', '未入选', '']);
    expect(values.fields).toMatchObject({ candidateCount: '3', passedCount: '1', votedOn: '2025年12月20日' });
  });
});

describe('the papers of a session (请假登记, 表决票, 主席团名单)', () => {
  const session = SessionSchema.parse(
    build.session({
      deputiesInOffice: 10,
      deputiesPresent: 8,
      absences: [
        { deputyId: build.uuid(101), approved: true },
        { deputyId: build.uuid(102), approved: false },
      ],
      votes: [
        { subject: '关于2025年预算的决议', yes: 6, no: 2, abstain: 1 },
        { subject: '关于镇区规划的决定', yes: 5, no: 3, abstain: 1 },
      ],
    }),
  );
  const members = [
    ['代表1', '2021-10-20', undefined, build.uuid(2)],
    ['李明', '2021-10-20', undefined, build.uuid(2)],
    ['赵强', '2021-10-20', undefined, build.uuid(2)],
    ['已离任', '2021-10-20', '2024-12-31', build.uuid(2)],
    ['上届成员', '2016-10-20', undefined, build.uuid(99)],
  ].map(([name, from, to, termId], i) =>
    PresidiumMemberSchema.parse(
      build.presidiumMember({ id: build.uuid(80 + i), name, from, termId, ...(to ? { to } : {}) }),
    ),
  );
  const officers = [
    OfficerSchema.parse(build.officer({ id: build.uuid(30), name: '李明', role: 'chair' })),
    OfficerSchema.parse(build.officer({ id: build.uuid(31), name: '赵强', role: 'viceChair' })),
  ];
  const values = sessionValues({
    session,
    term,
    township,
    deputies: [deputy(1), deputy(2)],
    presidiumMembers: members,
    officers,
  });

  it('lists each absence with its deputy and whether it was approved', () => {
    expect(values.rows['absences']).toEqual([
      { name: '代表1', approved: '已批准' },
      { name: '代表2', approved: '未批准' },
    ]);
    expect(values.fields).toMatchObject({ leaveCount: '1', absentCount: '1' });
  });

  it.each([
    ['关于2025年预算的决议', '通过'],
    ['关于镇区规划的决定', '未通过'],
  ])('records the vote on %s as %s against half the deputies in office', (subject, result) => {
    expect(values.rows['votes']!.find((v) => v.subject === subject)?.result).toBe(result);
  });

  it('lists this term’s presidium members on the day, 主席 and 副主席 first', () => {
    expect(values.rows['presidium']).toEqual([
      { name: '李明', post: '人大主席' },
      { name: '赵强', post: '人大副主席' },
      { name: '代表1', post: '主席团成员' },
    ]);
  });

  it('leaves the vote result blank when the deputies in office are unknown', () => {
    const unknown = SessionSchema.parse(
      build.session({ deputiesInOffice: undefined, votes: [{ subject: '决议', yes: 1, no: 0, abstain: 0 }] }),
    );
    expect(sessionValues({ session: unknown, term, township, deputies: [] }).rows['votes']![0]!.result).toBe(
      '',
    );
  });
});

describe('an activity’s sign-in sheet', () => {
  it('lists the deputies who took part, in the activity’s order', () => {
    const activity = ActivitySchema.parse(
      build.activity({ kind: 'inspectionVisit', deputyIds: [build.uuid(102), build.uuid(101)] }),
    );
    const values = activityValues({
      activity,
      deputies: [deputy(1), deputy(2)],
      station: undefined,
      problems: [],
      township,
      satisfactionRule: 'atLeastHalf',
    });
    expect(values.rows['deputies']).toEqual([{ name: '代表2' }, { name: '代表1' }]);
  });
});

describe('a document’s forms', () => {
  it('lists the deputies in office on the first day of a deputy list’s term', () => {
    const list = DocumentSchema.parse(
      build.ledgerDocument({ kind: 'deputyListPublication', adoptedOn: '2021-10-15', termId: build.uuid(2) }),
    );
    const deputies = [
      deputy(1),
      deputy(2, { serviceFrom: '2016-10-20', serviceTo: '2021-10-19', status: 'ended' }),
      deputy(3, { serviceFrom: '2021-10-20', constituency: '第一选区' }),
      deputy(4, { levels: ['city'] }),
    ];
    const values = documentValues({ document: list, township, term, deputies });
    expect(values.rows['deputies']).toEqual([
      { name: '代表1', constituency: '第三选区' },
      { name: '代表3', constituency: '第一选区' },
    ]);
    expect(values.fields).toMatchObject({ deputyCount: '2', termNumber: '七' });
  });

  it('gives a station plan its station and a normative resolution no deputy list', () => {
    const station = StationSchema.parse(build.station({ headName: '李明' }));
    const plan = DocumentSchema.parse(build.ledgerDocument({ kind: 'stationPlan', stationId: station.id }));
    expect(documentValues({ document: plan, township, station }).fields).toMatchObject({
      station: '示例镇人大代表联络站',
      stationHead: '李明',
      year: '2025',
    });
    const resolution = DocumentSchema.parse(build.ledgerDocument({ kind: 'normativeResolution' }));
    const values = documentValues({ document: resolution, township, term, deputies: [deputy(1)] });
    expect(values.rows['deputies']).toBeUndefined();
  });
});

describe('the 民生实事 tally', () => {
  it('has the deputies present at the voting session', () => {
    const session = SessionSchema.parse(build.session({ deputiesPresent: 58 }));
    const values = livelihoodYearValues({
      year: 2026,
      projects: [],
      session,
      term,
      township,
      passRule: 'majorityOfAll',
    });
    expect(values.fields).toMatchObject({ deputiesPresent: '58', inOffice: '70' });
  });
});
