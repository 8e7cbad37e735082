import { describe, expect, it } from 'vitest';
import {
  DeputySchema,
  LivelihoodProjectSchema,
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
  deputiesInOfficeOn,
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
