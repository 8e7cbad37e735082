// The grade of a satisfaction test (满意度测评): 述职评议, 民生实事 验收评单 and 工作评议 all use it.
import type { SatisfactionTest } from '../activities/schema';

/** The grades a test can give, with their Chinese names. */
export const SATISFACTION_GRADES = { satisfied: '满意', basic: '基本满意', unsatisfied: '不满意' } as const;
/** One of the keys of SATISFACTION_GRADES. */
export type SatisfactionGrade = keyof typeof SATISFACTION_GRADES;

/**
 * Where the line of "half of those entitled" falls (the `satisfactionRule` setting): sources differ
 * on whether reaching half is enough (`atLeastHalf`) or more than half is needed (`moreThanHalf`).
 */
export const SATISFACTION_RULES = {
  atLeastHalf: '满意票达到应参加测评人数的一半',
  moreThanHalf: '满意票超过应参加测评人数的一半',
} as const;
/** One of the keys of SATISFACTION_RULES. */
export type SatisfactionRule = keyof typeof SATISFACTION_RULES;

/** Whether `votes` reaches half of `entitled` under the rule; doubled to stay in whole numbers. */
const reachesHalf = (votes: number, entitled: number, rule: SatisfactionRule) =>
  rule === 'atLeastHalf' ? votes * 2 >= entitled : votes * 2 > entitled;

/**
 * The grade of a test (domain-notes.md): 满意 when satisfied votes reach half of those entitled,
 * 基本满意 when satisfied plus basically satisfied reach it, else 不满意. Abstentions and invalid
 * ballots count towards no grade. Undefined when nobody was entitled to vote: there is nothing to grade.
 */
export function satisfactionGrade(
  test: Pick<SatisfactionTest, 'entitled' | 'satisfied' | 'basic'>,
  rule: SatisfactionRule = 'atLeastHalf',
): SatisfactionGrade | undefined {
  if (test.entitled <= 0) return undefined;
  if (reachesHalf(test.satisfied, test.entitled, rule)) return 'satisfied';
  if (reachesHalf(test.satisfied + test.basic, test.entitled, rule)) return 'basic';
  return 'unsatisfied';
}
