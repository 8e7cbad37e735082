// Valid raw inputs of every ledger entity, each overridable field by field (`deputy({ name: '' })`).
// They are inputs, not parsed records, so that tests can also pass what the schema must refuse.

/** Overrides for a builder; loosely typed so that a test can pass a wrong type on purpose. */
export type Overrides = Record<string, unknown>;

/** A fixed, valid UUID (version 4) numbered `n`, so that test records are stable. */
export const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

const base = (n: number) => ({
  id: uuid(n),
  createdAt: '2025-03-28T08:00:00+08:00',
  updatedAt: '2025-03-28T08:00:00+08:00',
});

/** A township record (示例镇). */
export const township = (o: Overrides = {}) => ({
  ...base(1),
  townshipId: 'shili',
  name: '示例镇',
  unitType: 'town',
  ...o,
});

/** The 7th term. */
export const term = (o: Overrides = {}) => ({
  ...base(2),
  number: 7,
  electionDate: '2021-09-10',
  startDate: '2021-10-20',
  endDate: '2026-10-19',
  ...o,
});

/** The township's 人大主席. */
export const officer = (o: Overrides = {}) => ({
  ...base(3),
  role: 'chair',
  name: '李明',
  from: '2021-10-20',
  ...o,
});

/** A township deputy. */
export const deputy = (o: Overrides = {}) => ({
  ...base(4),
  name: '王芳',
  levels: ['township'],
  constituency: '第三选区',
  serviceFrom: '2021-10-20',
  ...o,
});

/** The township's liaison station. */
export const station = (o: Overrides = {}) => ({
  ...base(5),
  name: '示例镇人大代表联络站',
  ...o,
});

/** The first session of the 7th term's fifth year. */
export const session = (o: Overrides = {}) => ({
  ...base(6),
  termId: uuid(2),
  number: 9,
  startDate: '2025-02-20',
  lengthDays: 1,
  deputiesInOffice: 70,
  deputiesPresent: 62,
  ...o,
});

/** A presidium meeting. */
export const presidiumMeeting = (o: Overrides = {}) => ({
  ...base(7),
  date: '2025-04-10',
  membersPresent: 7,
  ...o,
});

/** A 执法检查. */
export const activity = (o: Overrides = {}) => ({
  ...base(8),
  kind: 'lawInspection',
  date: '2025-05-15',
  topic: '食品安全法执法检查',
  ...o,
});

/** A satisfaction test: 40 entitled, 30 satisfied. */
export const satisfactionTest = (o: Overrides = {}) => ({
  entitled: 40,
  satisfied: 30,
  basic: 6,
  unsatisfied: 2,
  ...o,
});

/** A problem found by the inspection above. */
export const inspectionProblem = (o: Overrides = {}) => ({
  ...base(9),
  inspectionId: uuid(8),
  description: '部分餐馆未公示食品经营许可证',
  ...o,
});

/** A registered suggestion, not yet assigned. */
export const suggestion = (o: Overrides = {}) => ({
  ...base(10),
  number: '2025-07',
  title: '关于修缮白果村机耕道的建议',
  proposerIds: [uuid(4)],
  submittedOn: '2025-02-20',
  ...o,
});

/** A 民生实事 project with no stage recorded yet. */
export const livelihoodProject = (o: Overrides = {}) => ({
  ...base(11),
  year: 2025,
  title: '集镇自来水管网改造',
  ...o,
});

/** A document: the year's work plan. */
export const ledgerDocument = (o: Overrides = {}) => ({
  ...base(12),
  kind: 'annualWorkPlan',
  title: '2025年闭会期间工作要点',
  adoptedOn: '2025-03-10',
  year: 2025,
  ...o,
});

/** A scanned page attached to a session. */
export const attachment = (o: Overrides = {}) => ({
  ...base(13),
  ownerTable: 'sessions',
  ownerId: uuid(6),
  fileName: '签到表.pdf',
  mediaType: 'application/pdf',
  size: 250_000,
  sha256: 'a'.repeat(64),
  ...o,
});

/** A presidium member of the 7th term. */
export const presidiumMember = (o: Overrides = {}) => ({
  ...base(14),
  termId: uuid(2),
  name: '李明',
  from: '2021-10-20',
  ...o,
});

/** The 7th term's credentials committee. */
export const credentialsCommittee = (o: Overrides = {}) => ({
  ...base(15),
  termId: uuid(2),
  chairName: '李明',
  viceChairName: '赵强',
  memberNames: ['王芳', '刘洋', '陈静'],
  ...o,
});

/** The frozen 2025 results: one duty met. */
export const snapshot = (o: Overrides = {}) => ({
  ...base(16),
  periodKey: 'year:2025',
  period: { kind: 'year', year: 2025 },
  label: '2025年度',
  range: { start: '2025-01-01', end: '2025-12-31' },
  asOf: '2026-01-15',
  townshipName: '示例镇',
  catalogueVersion: '1.0.0',
  catalogueHash: 'b'.repeat(64),
  results: [
    {
      id: 'art05-two-sessions',
      status: 'met',
      score: 1,
      subjects: [{ key: '2025', label: '乡镇', status: 'met', note: '全年召开人代会2次。', evidence: [] }],
      shortfall: [],
      evidence: [],
    },
  ],
  overall: { value: 1, scored: 1 },
  chapters: { '3': { value: 1, scored: 1 } },
  ...o,
});
