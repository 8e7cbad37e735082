import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { fieldMessages } from '../../utils/error-map';
import {
  ActivitySchema,
  AttachmentSchema,
  DeputySchema,
  DocumentSchema,
  InspectionProblemSchema,
  LivelihoodProjectSchema,
  MAX_ATTACHMENT_BYTES,
  OfficerSchema,
  PresidiumMeetingSchema,
  RECORD_TABLES,
  type RecordTable,
  SessionSchema,
  StationSchema,
  SuggestionSchema,
  TermSchema,
  TownshipSchema,
} from '..';
import {
  activity,
  attachment,
  snapshot,
  credentialsCommittee,
  deputy,
  inspectionProblem,
  ledgerDocument,
  livelihoodProject,
  officer,
  presidiumMeeting,
  presidiumMember,
  satisfactionTest,
  session,
  station,
  suggestion,
  term,
  township,
} from './builders';

/** The messages of a failed parse, one per field path; fails the test when the input parses. */
function messagesOf(schema: z.ZodType, input: unknown): Record<string, string> {
  const result = schema.safeParse(input);
  if (result.success) throw new Error(`expected ${JSON.stringify(input)} to be refused`);
  return fieldMessages(result.error);
}

describe('valid records parse, with defaults applied', () => {
  const valid: [RecordTable, Record<string, unknown>, Record<string, unknown>][] = [
    ['township', township(), { isDemo: false }],
    ['terms', term(), { number: 7, endDate: '2026-10-19' }],
    ['officers', officer(), { fullTime: false }],
    ['presidiumMembers', presidiumMember(), {}],
    ['credentialsCommittees', credentialsCommittee(), {}],
    ['stations', station(), { level: 'township', deputyHeadNames: [] }],
    ['deputies', deputy(), { isLeaderCadre: false, status: 'active' }],
    ['sessions', session(), { agenda: [], otherAgenda: [], votes: [], absences: [] }],
    ['presidiumMeetings', presidiumMeeting(), { adHoc: false, topics: [] }],
    [
      'activities',
      activity(),
      { deputyIds: [], linkedActivityIds: [], tags: [], opinions: [], outsideSession: true },
    ],
    ['inspectionProblems', inspectionProblem(), {}],
    ['suggestions', suggestion(), { coUnits: [], complex: false, promisedItems: [], rehandledCount: 0 }],
    ['livelihoodProjects', livelihoodProject(), { supervised: false }],
    ['documents', ledgerDocument(), { includesLivelihood: false }],
    ['attachments', attachment(), {}],
    ['snapshots', snapshot(), { settingsValues: {}, closedBy: '' }],
  ];

  it.each(valid)('%s', (table, input, defaults) => {
    const { schema } = RECORD_TABLES[table];
    const parsed = schema.parse(input);
    expect(parsed).toMatchObject({ ...input, ...defaults });
    // A stored record parses to itself when it is read back or imported again.
    expect(schema.parse(parsed)).toEqual(parsed);
  });

  it('covers every table of the registry', () => {
    expect(valid.map(([table]) => table)).toEqual(Object.keys(RECORD_TABLES));
  });
});

describe('borderline records that are still valid', () => {
  it.each<[string, z.ZodType, Record<string, unknown>, Record<string, unknown>]>([
    ['a term that ends the day it starts', TermSchema, term({ endDate: '2021-10-20' }), {}],
    ['a deputy leaving the day they started', DeputySchema, deputy({ serviceTo: '2021-10-20' }), {}],
    ['a blank phone number becomes none', DeputySchema, deputy({ phone: '' }), { phone: undefined }],
    ['a blank note becomes none', DeputySchema, deputy({ note: '   ' }), { note: undefined }],
    ['a name with spaces around it is trimmed', DeputySchema, deputy({ name: ' 王芳 ' }), { name: '王芳' }],
    ['a session of one and a half days', SessionSchema, session({ lengthDays: 1.5 }), {}],
    [
      'a half-day session (the duty, not the schema, flags it)',
      SessionSchema,
      session({ lengthDays: 0.5 }),
      {},
    ],
    ['every deputy present', SessionSchema, session({ deputiesPresent: 70 }), {}],
    [
      'the preliminary review on the opening day',
      SessionSchema,
      session({ preliminaryReviewDate: '2025-02-20' }),
      {},
    ],
    [
      'a test where every entitled voter voted',
      ActivitySchema,
      activity({
        kind: 'voterReport',
        test: satisfactionTest({ entitled: 40, satisfied: 30, basic: 6, unsatisfied: 2, abstain: 2 }),
      }),
      {},
    ],
    [
      'a deputy list published before its record was adopted',
      DocumentSchema,
      ledgerDocument({ kind: 'deputyListPublication', adoptedOn: '2021-10-01', publishedOn: '2021-09-30' }),
      {},
    ],
    [
      'a procedure rule that names which one',
      DocumentSchema,
      ledgerDocument({ kind: 'procedureRule', procedureRule: 'presidiumRules' }),
      {},
    ],
    [
      'an attachment of exactly the largest size',
      AttachmentSchema,
      attachment({ size: MAX_ATTACHMENT_BYTES }),
      {},
    ],
  ])('%s', (_, schema, input, expected) => {
    const result = schema.safeParse(input);
    expect(result.error?.issues).toBeUndefined();
    expect(result.data).toMatchObject(expected);
  });
});

describe('invalid records are refused with a readable Chinese message at the field', () => {
  it.each<[string, z.ZodType, unknown, string, string]>([
    // Township
    [
      'Township: not one of the 18',
      TownshipSchema,
      township({ townshipId: 'wangchunmen' }),
      'townshipId',
      '请选择乡镇',
    ],
    ['Township: empty name', TownshipSchema, township({ name: '' }), 'name', '请填写乡镇名称'],
    ['Township: bad id', TownshipSchema, township({ id: '12' }), 'id', '编号格式不正确'],
    // Term
    [
      'Term: ends before it starts',
      TermSchema,
      term({ endDate: '2021-10-19' }),
      'endDate',
      '届期结束日期不能早于开始日期',
    ],
    ['Term: no number', TermSchema, term({ number: undefined }), 'number', '请填写届次'],
    ['Term: number 0', TermSchema, term({ number: 0 }), 'number', '届次至少为1'],
    [
      'Term: 30 February',
      TermSchema,
      term({ startDate: '2021-02-30' }),
      'startDate',
      '请填写有效日期（年-月-日）',
    ],
    // Officer
    ['Officer: unknown role', OfficerSchema, officer({ role: 'mayor' }), 'role', '请选择职务'],
    ['Officer: blank name', OfficerSchema, officer({ name: '   ' }), 'name', '请填写姓名'],
    [
      'Officer: leaves before taking office',
      OfficerSchema,
      officer({ to: '2021-10-19' }),
      'to',
      '离任日期不能早于任职日期',
    ],
    // Deputy
    ['Deputy: empty name', DeputySchema, deputy({ name: '' }), 'name', '请填写姓名'],
    ['Deputy: name too long', DeputySchema, deputy({ name: '王'.repeat(41) }), 'name', '姓名不能超过40个字'],
    ['Deputy: no level', DeputySchema, deputy({ levels: [] }), 'levels', '请至少选择一个代表层级'],
    [
      'Deputy: service ends before it starts',
      DeputySchema,
      deputy({ serviceTo: '2021-10-19' }),
      'serviceTo',
      '离任日期不能早于任职日期',
    ],
    ['Deputy: phone with letters', DeputySchema, deputy({ phone: 'abc' }), 'phone', '电话号码格式不正确'],
    [
      'Deputy: no start date',
      DeputySchema,
      deputy({ serviceFrom: '' }),
      'serviceFrom',
      '请填写有效日期（年-月-日）',
    ],
    // Station
    ['Station: empty name', StationSchema, station({ name: '' }), 'name', '请填写联络站名称'],
    // Session
    [
      'Session: more present than in office',
      SessionSchema,
      session({ deputiesInOffice: 70, deputiesPresent: 71 }),
      'deputiesPresent',
      '出席人数不能多于在任代表数',
    ],
    [
      'Session: 0.7 days is not a half-day step',
      SessionSchema,
      session({ lengthDays: 0.7 }),
      'lengthDays',
      '会期按半天计，如 1 或 1.5',
    ],
    ['Session: length 0', SessionSchema, session({ lengthDays: 0 }), 'lengthDays', '会期必须大于0'],
    ['Session: no length', SessionSchema, session({ lengthDays: undefined }), 'lengthDays', '请填写会期'],
    ['Session: number 0', SessionSchema, session({ number: 0 }), 'number', '会次至少为1'],
    [
      'Session: half a deputy',
      SessionSchema,
      session({ deputiesInOffice: 70.5 }),
      'deputiesInOffice',
      '请填写整数',
    ],
    [
      'Session: preliminary review after the opening',
      SessionSchema,
      session({ preliminaryReviewDate: '2025-02-21' }),
      'preliminaryReviewDate',
      '初步审查应在开会之前',
    ],
    [
      'Session: a vote with no subject',
      SessionSchema,
      session({ votes: [{ subject: '', yes: 60, no: 1, abstain: 1 }] }),
      'votes.0.subject',
      '请填写表决事项',
    ],
    // PresidiumMeeting
    [
      'PresidiumMeeting: negative attendance',
      PresidiumMeetingSchema,
      presidiumMeeting({ membersPresent: -1 }),
      'membersPresent',
      '不能小于0',
    ],
    [
      'PresidiumMeeting: no date',
      PresidiumMeetingSchema,
      presidiumMeeting({ date: '' }),
      'date',
      '请填写有效日期（年-月-日）',
    ],
    // Activity
    ['Activity: unknown kind', ActivitySchema, activity({ kind: 'banquet' }), 'kind', '请选择活动类型'],
    ['Activity: empty topic', ActivitySchema, activity({ topic: '' }), 'topic', '请填写主题'],
    [
      'Activity: satisfaction votes exceeding those entitled',
      ActivitySchema,
      activity({
        kind: 'voterReport',
        test: satisfactionTest({ entitled: 30, satisfied: 25, basic: 5, unsatisfied: 1 }),
      }),
      'test.entitled',
      '各项票数之和不能超过应参加测评人数',
    ],
    [
      'Activity: abstentions count towards the total',
      ActivitySchema,
      activity({ kind: 'appraisal', test: satisfactionTest({ entitled: 40, abstain: 3 }) }),
      'test.entitled',
      '各项票数之和不能超过应参加测评人数',
    ],
    [
      'Activity: an opinion with no text',
      ActivitySchema,
      activity({ kind: 'specialReport', opinions: [{ text: ' ' }] }),
      'opinions.0.text',
      '请填写意见内容',
    ],
    // InspectionProblem
    [
      'InspectionProblem: empty description',
      InspectionProblemSchema,
      inspectionProblem({ description: '' }),
      'description',
      '请填写问题描述',
    ],
    [
      'InspectionProblem: no inspection',
      InspectionProblemSchema,
      inspectionProblem({ inspectionId: '' }),
      'inspectionId',
      '编号格式不正确',
    ],
    [
      'InspectionProblem: 31 April',
      InspectionProblemSchema,
      inspectionProblem({ feedbackOn: '2025-04-31' }),
      'feedbackOn',
      '请填写有效日期（年-月-日）',
    ],
    // Suggestion
    [
      'Suggestion: no proposer',
      SuggestionSchema,
      suggestion({ proposerIds: [] }),
      'proposerIds',
      '请选择提出建议的代表',
    ],
    ['Suggestion: empty title', SuggestionSchema, suggestion({ title: '' }), 'title', '请填写建议标题'],
    ['Suggestion: empty number', SuggestionSchema, suggestion({ number: ' ' }), 'number', '请填写建议编号'],
    [
      'Suggestion: a promise with no text',
      SuggestionSchema,
      suggestion({ promisedItems: [{ content: '', dueOn: '2025-06-30' }] }),
      'promisedItems.0.content',
      '请填写承诺事项',
    ],
    // LivelihoodProject
    [
      'LivelihoodProject: no year',
      LivelihoodProjectSchema,
      livelihoodProject({ year: undefined }),
      'year',
      '请填写实施年度',
    ],
    [
      'LivelihoodProject: empty title',
      LivelihoodProjectSchema,
      livelihoodProject({ title: '' }),
      'title',
      '请填写项目名称',
    ],
    [
      'LivelihoodProject: negative budget',
      LivelihoodProjectSchema,
      livelihoodProject({ budgetWan: -1 }),
      'budgetWan',
      '预算不能为负数',
    ],
    [
      'LivelihoodProject: acceptance votes exceeding those entitled',
      LivelihoodProjectSchema,
      livelihoodProject({ acceptedOn: '2025-12-10', acceptance: satisfactionTest({ entitled: 20 }) }),
      'acceptance.entitled',
      '各项票数之和不能超过应参加测评人数',
    ],
    // Document
    ['Document: unknown kind', DocumentSchema, ledgerDocument({ kind: 'memo' }), 'kind', '请选择文件类型'],
    ['Document: empty title', DocumentSchema, ledgerDocument({ title: '' }), 'title', '请填写文件名称'],
    [
      'Document: a procedure rule that does not say which',
      DocumentSchema,
      ledgerDocument({ kind: 'procedureRule' }),
      'procedureRule',
      '请选择是哪一项议事规则或办法',
    ],
    [
      'Document: a budget document that does not say which',
      DocumentSchema,
      ledgerDocument({ kind: 'budgetDocument' }),
      'budgetDocument',
      '请选择预算文件类型',
    ],
    [
      'Document: published before adoption',
      DocumentSchema,
      ledgerDocument({ kind: 'budgetDocument', budgetDocument: 'budget', publishedOn: '2025-03-09' }),
      'publishedOn',
      '公开日期不能早于通过日期',
    ],
    [
      'Document: filed before adoption',
      DocumentSchema,
      ledgerDocument({ kind: 'normativeResolution', filedOn: '2025-03-01' }),
      'filedOn',
      '备案日期不能早于通过日期',
    ],
    // Attachment
    [
      'Attachment: too large',
      AttachmentSchema,
      attachment({ size: MAX_ATTACHMENT_BYTES + 1 }),
      'size',
      '文件不能大于 20 MB',
    ],
    ['Attachment: empty file', AttachmentSchema, attachment({ size: 0 }), 'size', '文件是空的'],
    [
      'Attachment: a video',
      AttachmentSchema,
      attachment({ mediaType: 'video/mp4', fileName: '会议.mp4' }),
      'mediaType',
      '只能上传 JPEG、PNG、WebP 图片或 PDF 文件',
    ],
    [
      'Attachment: a Word file',
      AttachmentSchema,
      attachment({ mediaType: 'application/msword' }),
      'mediaType',
      '只能上传 JPEG、PNG、WebP 图片或 PDF 文件',
    ],
  ])('%s', (_, schema, input, path, message) => {
    expect(messagesOf(schema, input)).toEqual({ [path]: message });
  });
});
