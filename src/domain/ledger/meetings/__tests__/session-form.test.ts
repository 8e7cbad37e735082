import { describe, expect, it } from 'vitest';
import { SessionSchema } from '../..';
import { session, uuid } from '../../__tests__/builders';
import {
  nextSessionNumber,
  repeatedUnapprovedAbsences,
  sessionFormExtras,
  sessionInputFromForm,
} from '../session-form';

const A = uuid(101);
const B = uuid(102);
const C = uuid(103);

/** A session form's input: the record's fields plus the form-only ones. */
const form = (o: Record<string, unknown> = {}) => ({
  ...session({ deputiesInOffice: 60, deputiesPresent: 45 }),
  votesText: [],
  absentWithoutLeave: [],
  absentOnLeave: [],
  ...o,
});

describe('sessionFormExtras', () => {
  it('writes votes as lines and splits absences by leave', () => {
    expect(
      sessionFormExtras({
        votes: [{ subject: '关于预算的决议', yes: 40, no: 2, abstain: 3 }],
        absences: [
          { deputyId: A, approved: false },
          { deputyId: B, approved: true },
        ],
      }),
    ).toEqual({ votesText: ['关于预算的决议 40 2 3'], absentWithoutLeave: [A], absentOnLeave: [B] });
  });

  it('is empty for a new session', () => {
    expect(sessionFormExtras({})).toEqual({ votesText: [], absentWithoutLeave: [], absentOnLeave: [] });
  });
});

describe('sessionInputFromForm', () => {
  it('turns the form-only fields into votes and absences the schema accepts', () => {
    const result = sessionInputFromForm(
      form({ votesText: ['关于预算的决议 40 2 3'], absentWithoutLeave: [A], absentOnLeave: [B, C] }),
    );
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    expect(result.input).not.toHaveProperty('votesText');
    expect(result.input).not.toHaveProperty('absentOnLeave');
    expect(result.input['votes']).toEqual([{ subject: '关于预算的决议', yes: 40, no: 2, abstain: 3 }]);
    expect(result.input['absences']).toEqual([
      { deputyId: A, approved: false },
      { deputyId: B, approved: true },
      { deputyId: C, approved: true },
    ]);
    expect(SessionSchema.safeParse(result.input).success).toBe(true);
  });

  it('round-trips a stored session', () => {
    const stored = SessionSchema.parse(
      session({
        votes: [{ subject: '甲', yes: 50, no: 1, abstain: 0 }],
        absences: [
          { deputyId: A, approved: true },
          { deputyId: B, approved: false },
        ],
      }),
    );
    const result = sessionInputFromForm({ ...stored, ...sessionFormExtras(stored) });
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    expect(SessionSchema.parse(result.input)).toEqual({
      ...stored,
      absences: [
        { deputyId: B, approved: false },
        { deputyId: A, approved: true },
      ],
    });
  });

  it('puts a malformed vote line’s message on the votes field, with the schema’s other messages', () => {
    const result = sessionInputFromForm(form({ votesText: ['关于预算的决议 40 2'], deputiesPresent: 61 }));
    expect(result).toEqual({
      ok: false,
      issues: {
        votesText: expect.stringContaining('第1行格式不对'),
        deputiesPresent: '出席人数不能多于在任代表数',
      },
    });
  });

  it('refuses a deputy marked both on leave and absent without leave', () => {
    const result = sessionInputFromForm(form({ absentWithoutLeave: [A], absentOnLeave: [A, B] }));
    expect(result).toEqual({
      ok: false,
      issues: { absentOnLeave: '有1名代表同时勾选了“请假”和“未经批准缺席”，每名代表只能选其一' },
    });
  });

  it('refuses more absent deputies than in office minus present', () => {
    const result = sessionInputFromForm(
      form({ deputiesInOffice: 3, deputiesPresent: 2, absentWithoutLeave: [A], absentOnLeave: [B] }),
    );
    expect(result).toEqual({
      ok: false,
      issues: { absentWithoutLeave: '缺席代表共2人，多于在任代表数与出席代表数之差（1人）' },
    });
  });

  it('refuses votes over the deputies present', () => {
    const result = sessionInputFromForm(form({ votesText: ['甲 45 1 0'] }));
    expect(result).toMatchObject({
      ok: false,
      issues: { votesText: '第1行赞成、反对、弃权共46票，多于出席代表数45人' },
    });
  });
});

describe('nextSessionNumber', () => {
  const sessions = [
    { termId: 't7', number: 1 },
    { termId: 't7', number: 3 },
    { termId: 't6', number: 9 },
  ];
  it.each([
    ['t7', 4],
    ['t6', 10],
    ['t8', 1],
  ])('in %s is %i', (termId, number) => expect(nextSessionNumber(sessions, termId)).toBe(number));
});

describe('repeatedUnapprovedAbsences', () => {
  it('flags deputies with two unapproved absences in one term, not across terms or on leave', () => {
    const sessions = [
      {
        termId: 't7',
        absences: [
          { deputyId: A, approved: false },
          { deputyId: B, approved: false },
        ],
      },
      {
        termId: 't7',
        absences: [
          { deputyId: A, approved: false },
          { deputyId: B, approved: true },
        ],
      },
      { termId: 't6', absences: [{ deputyId: B, approved: false }] },
      { termId: 't7', absences: [{ deputyId: C, approved: true }] },
    ];
    expect(repeatedUnapprovedAbsences(sessions)).toEqual([{ deputyId: A, termId: 't7', count: 2 }]);
    expect(repeatedUnapprovedAbsences(sessions, 1)).toHaveLength(3);
  });
});

describe('sessionInputFromForm: head counts from the roster and the names', () => {
  const blank = (o: Record<string, unknown> = {}) =>
    form({ deputiesInOffice: undefined, deputiesPresent: undefined, startDate: '2025-03-10', ...o });

  it('takes a blank 在任代表数 from the roster on the opening day, and 出席 as 在任 less the absentees', () => {
    const asked: string[] = [];
    const result = sessionInputFromForm(blank({ absentWithoutLeave: [A], absentOnLeave: [B, C] }), (date) => {
      asked.push(date);
      return 60;
    });
    expect(asked).toEqual(['2025-03-10']);
    expect(result.ok && result.input).toMatchObject({ deputiesInOffice: 60, deputiesPresent: 57 });
  });

  it('keeps counts that were typed in', () => {
    const result = sessionInputFromForm(blank({ deputiesInOffice: 58, deputiesPresent: 50 }), () => 60);
    expect(result.ok && result.input).toMatchObject({ deputiesInOffice: 58, deputiesPresent: 50 });
  });

  it('leaves both blank without a roster (an old record stays as it was)', () => {
    const result = sessionInputFromForm(blank());
    expect(result.ok).toBe(true);
    expect(result.ok && result.input['deputiesInOffice']).toBeUndefined();
    expect(result.ok && result.input['deputiesPresent']).toBeUndefined();
  });
});
