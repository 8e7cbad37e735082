// The votes of a session typed as lines, one vote a line: "事项 赞成 反对 弃权". Staff copy them from
// the session's minutes, so the parser is forgiving about spacing, full-width digits and a trailing
// 票, and strict about everything else: a line it cannot read is refused with its number, never guessed.
import type { z } from 'zod';
import type { VoteSchema } from '..';

/** A vote taken at a session, as stored. */
export type Vote = z.output<typeof VoteSchema>;

/** The longest subject the schema accepts. */
const MAX_SUBJECT = 100;

/** Why a line of votes was refused. */
export const VOTE_LINE_REASONS = {
  malformed: '格式不对',
  'missing-subject': '缺少表决事项',
  'subject-too-long': '表决事项太长',
  'over-present': '票数多于出席人数',
} as const;
export type VoteLineReason = keyof typeof VOTE_LINE_REASONS;

/** A refused line: its number (1-based, as the user counts the lines), the reason and a sentence. */
export interface VoteLineFailure {
  ok: false;
  reason: VoteLineReason;
  line: number;
  message: string;
}

export type VoteLinesResult = { ok: true; votes: Vote[] } | VoteLineFailure;

/** The format, as shown in hints and messages. */
export const VOTE_LINE_EXAMPLE = '关于政府工作报告的决议 43 1 1';

const SEP = '[\\s\\u3000,，、;；]+';
const COUNT = '(\\d+)票?';
const LINE = new RegExp(`^(.*?)${SEP}${COUNT}${SEP}${COUNT}${SEP}${COUNT}$`, 'u');
const COUNTS_ONLY = new RegExp(`^${COUNT}${SEP}${COUNT}${SEP}${COUNT}$`, 'u');

/** Full-width digits (０–９), which Chinese input methods often type, as ASCII digits. */
const asciiDigits = (text: string) => text.replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - 0xff10));

/**
 * Reads votes from lines of "事项 赞成 反对 弃权". Blank lines are skipped but still counted, so a
 * message's line number is the one the user sees. With `present`, a line whose votes add up to
 * more than the deputies present is refused too.
 */
export function parseVoteLines(lines: string | readonly string[], present?: number): VoteLinesResult {
  const all = typeof lines === 'string' ? lines.split(/\r?\n/) : lines;
  const votes: Vote[] = [];
  for (const [index, raw] of all.entries()) {
    const text = asciiDigits(raw).trim();
    if (text === '') continue;
    const line = index + 1;
    const fail = (reason: VoteLineReason, message: string): VoteLineFailure => ({
      ok: false,
      reason,
      line,
      message,
    });
    if (COUNTS_ONLY.test(text)) return fail('missing-subject', `第${line}行缺少表决事项，应写在三个票数前面`);
    const match = LINE.exec(text);
    const subject = match?.[1]?.trim();
    if (!match || !subject)
      return fail(
        'malformed',
        `第${line}行格式不对：应为“事项 赞成 反对 弃权”，各项之间用空格隔开，如“${VOTE_LINE_EXAMPLE}”`,
      );
    if ([...subject].length > MAX_SUBJECT)
      return fail('subject-too-long', `第${line}行的表决事项不能超过${MAX_SUBJECT}个字`);
    const [yes, no, abstain] = [match[2], match[3], match[4]].map(Number) as [number, number, number];
    const total = yes + no + abstain;
    if (present !== undefined && total > present)
      return fail('over-present', `第${line}行赞成、反对、弃权共${total}票，多于出席代表数${present}人`);
    votes.push({ subject, yes, no, abstain });
  }
  return { ok: true, votes };
}

/** Votes as the lines the form shows, the inverse of {@link parseVoteLines}. */
export function formatVoteLines(votes: readonly Vote[]): string[] {
  return votes.map((v) => `${v.subject} ${v.yes} ${v.no} ${v.abstain}`);
}
