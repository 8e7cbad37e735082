// 民生实事 五单 (第二十条(一)): the five stages in order, the ballot's pass rule and what is out of order.
import { LIVELIHOOD_STAGES, type LivelihoodProject, type LivelihoodStage } from '../livelihood/schema';
import { orderedStageProblems, lastRecordedStage, type DatedStage, type StageProblem } from './steps';

/** The five stages in their order, each a date field of the project. */
export const LIVELIHOOD_STAGE_ORDER: readonly DatedStage<LivelihoodStage>[] = (
  Object.keys(LIVELIHOOD_STAGES) as LivelihoodStage[]
).map((key) => ({ key, label: LIVELIHOOD_STAGES[key] }));

/**
 * How many yes-votes a project needs (the `livelihoodPassRule` setting): more than half of all
 * deputies in office (组织法 25, a legal inference) or more than half of those who voted.
 */
export const VOTE_PASS_RULES = {
  majorityOfAll: '超过全体代表的半数',
  majorityOfPresent: '超过出席代表的半数',
} as const;
/** One of the keys of VOTE_PASS_RULES. */
export type VotePassRule = keyof typeof VOTE_PASS_RULES;

/** A ballot's tally, as the project records it. */
export type VoteTally = NonNullable<LivelihoodProject['tally']>;

/**
 * Whether a project's ballot passed: yes-votes more than half of the deputies in office
 * (`majorityOfAll`) or of the votes cast, abstentions included (`majorityOfPresent`).
 */
export function votePassed(tally: VoteTally, rule: VotePassRule = 'majorityOfAll'): boolean {
  const base = rule === 'majorityOfAll' ? tally.inOffice : tally.yes + tally.no + tally.abstain;
  // Doubling keeps the comparison in whole numbers: 38 of 75 passes, 37 of 74 does not.
  return base > 0 && tally.yes * 2 > base;
}

/** The latest of the five stages recorded, in stage order; undefined before 群众点单. */
export function currentStage(project: LivelihoodProject): LivelihoodStage | undefined {
  return lastRecordedStage(project, LIVELIHOOD_STAGE_ORDER);
}

/**
 * What is out of order in a project's five stages, in stage order: a stage dated before an earlier
 * one, a stage recorded while an earlier one is missing, a ballot without its tally or with more
 * votes than deputies, an acceptance without its satisfaction test. Shown to the user, never refused.
 */
export function stageProblems(project: LivelihoodProject): StageProblem<LivelihoodStage>[] {
  const problems = orderedStageProblems(project, LIVELIHOOD_STAGE_ORDER);
  const { tally } = project;
  if (project.votedOn && !tally)
    problems.push({ stage: 'votedOn', message: '已记录「票决定单」，但没有记录表决票数' });
  if (tally && tally.yes + tally.no + tally.abstain > tally.inOffice)
    problems.push({ stage: 'votedOn', message: '赞成、反对、弃权票数之和多于在任代表数' });
  if (project.acceptedOn && !project.acceptance)
    problems.push({ stage: 'acceptedOn', message: '已记录「验收评单」，但没有记录满意度测评结果' });
  const order = LIVELIHOOD_STAGE_ORDER.map((s) => s.key);
  return problems.sort((a, b) => order.indexOf(a.stage) - order.indexOf(b.stage));
}
