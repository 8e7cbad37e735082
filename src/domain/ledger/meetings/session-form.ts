// The session form's own fields: votes typed as lines and absences as two lists of deputies
// (未经批准缺席, 请假). They are not stored as such; these functions turn a session into them and
// back, and say in Chinese what is wrong when they cannot. Everything else the schema checks.
import { fieldMessages } from '../../utils/error-map';
import { SessionSchema, type Session } from '..';
import { formatVoteLines, parseVoteLines } from './votes';

/** The form-only fields of a session, by form field name. */
export interface SessionFormExtras {
  /** One vote a line: "事项 赞成 反对 弃权". */
  votesText: string[];
  /** Deputies absent without approval (未经批准缺席). */
  absentWithoutLeave: string[];
  /** Deputies absent on approved leave (请假). */
  absentOnLeave: string[];
}

/** The names of the form-only fields. */
export const SESSION_FORM_EXTRA_FIELDS = ['votesText', 'absentWithoutLeave', 'absentOnLeave'] as const;

/** The form-only fields for a session being edited (or for a new one, from what it has). */
export function sessionFormExtras(session: Partial<Pick<Session, 'votes' | 'absences'>>): SessionFormExtras {
  const absences = session.absences ?? [];
  return {
    votesText: formatVoteLines(session.votes ?? []),
    absentWithoutLeave: absences.filter((a) => !a.approved).map((a) => a.deputyId),
    absentOnLeave: absences.filter((a) => a.approved).map((a) => a.deputyId),
  };
}

/** The outcome of reading a session form: the input for the schema, or messages by form field. */
export type SessionFormResult =
  { ok: true; input: Record<string, unknown> } | { ok: false; issues: Record<string, string> };

const stringList = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
const count = (value: unknown): number | undefined =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : undefined;

/** Stand-ins for the stamps the repository fills, so the schema can check the rest of a form alone. */
const STAMPS = {
  id: '00000000-0000-4000-8000-000000000000',
  createdAt: '2000-01-01T00:00:00.000Z',
  updatedAt: '2000-01-01T00:00:00.000Z',
};

/**
 * Turns a session form's input (the record's fields plus the form-only ones) into the input the
 * session schema parses: votes from the lines, absences from the two lists. A blank 在任代表数 is
 * taken from `inOfficeOn` (the roster on the opening day), a blank 出席代表数 as 在任 less the
 * checked absentees. When the form-only
 * fields are wrong, the messages for them come back together with the schema's messages for the
 * other fields, so that one press of 保存 shows every problem.
 */
export function sessionInputFromForm(
  form: Record<string, unknown>,
  inOfficeOn?: (date: string) => number,
): SessionFormResult {
  const { votesText, absentWithoutLeave, absentOnLeave, ...rest } = form;
  const issues: Record<string, string> = {};
  // 在任代表数 left blank: the roster's count of township deputies in office on the opening day.
  const startDate = typeof rest['startDate'] === 'string' ? rest['startDate'] : undefined;
  const rosterCount = startDate && inOfficeOn ? inOfficeOn(startDate) : undefined;
  const inOffice = count(rest['deputiesInOffice']) ?? (rosterCount ? rosterCount : undefined);
  const withoutLeaveIds = [...new Set(stringList(absentWithoutLeave))];
  const absentIds = new Set([...withoutLeaveIds, ...stringList(absentOnLeave)]);
  // 出席代表数 left blank: those in office less the absentees checked below (attendance is entered
  // once, as names; the head counts follow from them).
  const present =
    count(rest['deputiesPresent']) ??
    (inOffice !== undefined && absentIds.size <= inOffice ? inOffice - absentIds.size : undefined);
  if (inOffice !== undefined) rest['deputiesInOffice'] = inOffice;
  if (present !== undefined) rest['deputiesPresent'] = present;

  const votes = parseVoteLines(stringList(votesText), present);
  if (!votes.ok) issues['votesText'] = votes.message;

  const withoutLeave = withoutLeaveIds;
  const onLeave = [...new Set(stringList(absentOnLeave))];
  const both = onLeave.filter((id) => withoutLeave.includes(id)).length;
  if (both > 0)
    issues['absentOnLeave'] = `有${both}名代表同时勾选了“请假”和“未经批准缺席”，每名代表只能选其一`;
  const absent = withoutLeave.length + onLeave.length - both;
  if (inOffice !== undefined && present !== undefined && present <= inOffice && absent > inOffice - present)
    issues['absentWithoutLeave'] =
      `缺席代表共${absent}人，多于在任代表数与出席代表数之差（${inOffice - present}人）`;

  const input = {
    ...rest,
    votes: votes.ok ? votes.votes : [],
    absences: [
      ...withoutLeave.map((deputyId) => ({ deputyId, approved: false })),
      ...onLeave.filter((id) => !withoutLeave.includes(id)).map((deputyId) => ({ deputyId, approved: true })),
    ],
  };
  if (Object.keys(issues).length === 0) return { ok: true, input };

  const checked = SessionSchema.safeParse({ ...input, ...STAMPS });
  const schemaIssues = Object.entries(checked.success ? {} : fieldMessages(checked.error)).filter(
    ([path]) => !(path in STAMPS),
  );
  return { ok: false, issues: { ...Object.fromEntries(schemaIssues), ...issues } };
}

/** The number a new session of a term takes: one more than the highest recorded. */
export function nextSessionNumber(
  sessions: readonly Pick<Session, 'termId' | 'number'>[],
  termId: string,
): number {
  return Math.max(0, ...sessions.filter((s) => s.termId === termId).map((s) => s.number)) + 1;
}

/** A deputy's unapproved absences from a term's sessions. */
export interface UnapprovedAbsences {
  deputyId: string;
  termId: string;
  count: number;
}

/**
 * Deputies with at least `threshold` unapproved absences from the sessions of one term: two end
 * the qualification by law (代表法 62), so the ledger flags them. Sorted by count, most first.
 */
export function repeatedUnapprovedAbsences(
  sessions: readonly Pick<Session, 'termId' | 'absences'>[],
  threshold = 2,
): UnapprovedAbsences[] {
  const counts = new Map<string, UnapprovedAbsences>();
  for (const session of sessions)
    for (const absence of session.absences) {
      if (absence.approved) continue;
      const key = `${session.termId} ${absence.deputyId}`;
      const entry = counts.get(key) ?? { deputyId: absence.deputyId, termId: session.termId, count: 0 };
      entry.count += 1;
      counts.set(key, entry);
    }
  return [...counts.values()].filter((e) => e.count >= threshold).sort((a, b) => b.count - a.count);
}
