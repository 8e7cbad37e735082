// What the 民生实事 page shows of a project: its stage in the five (五单), the ballot's result under
// the township's pass rule, the acceptance grade under its satisfaction rule, and what is out of
// order. Computed here, only drawn by the page.
import { formatChineseDate, type IsoDate } from '../../dates';
import { toChineseNumeral } from '../../rules/numerals';
import type { Catalogue } from '../../schemas/duty';
import { LIVELIHOOD_STAGES, type LivelihoodProject, type LivelihoodStage } from './schema';
import type { Session } from '../meetings/schema';
import { settingValue, type Settings } from '../settings/schema';
import {
  currentStage,
  LIVELIHOOD_STAGE_ORDER,
  stageProblems,
  VOTE_PASS_RULES,
  votePassed,
  type VotePassRule,
} from '../workflows/livelihood';
import {
  SATISFACTION_GRADES,
  SATISFACTION_RULES,
  satisfactionGrade,
  type SatisfactionGrade,
  type SatisfactionRule,
} from '../workflows/satisfaction';

/** The two township settings the page judges projects by. */
export interface LivelihoodRules {
  /** How many yes-votes a project needs (`livelihoodPassRule`). */
  passRule: VotePassRule;
  /** Where the half line of a satisfaction test falls (`satisfactionRule`). */
  satisfactionRule: SatisfactionRule;
}

const isKeyOf = <K extends string>(map: Record<K, string>, value: unknown): value is K =>
  typeof value === 'string' && Object.hasOwn(map, value);

/**
 * The township's pass and satisfaction rules: its own values, else the catalogue's defaults. A stored
 * value that is not one of the rules (an old or hand-edited archive) falls back to the default.
 */
export function livelihoodRules(
  settings: Pick<Settings, 'values'> | undefined,
  catalogue: Catalogue,
): LivelihoodRules {
  const choose = <K extends string>(map: Record<K, string>, key: string, fallback: K): K => {
    const own = settingValue(settings, catalogue, key);
    if (isKeyOf(map, own)) return own;
    const byDefault = settingValue(undefined, catalogue, key);
    return isKeyOf(map, byDefault) ? byDefault : fallback;
  };
  return {
    passRule: choose(VOTE_PASS_RULES, 'livelihoodPassRule', 'majorityOfAll'),
    satisfactionRule: choose(SATISFACTION_RULES, 'satisfactionRule', 'atLeastHalf'),
  };
}

/** The catalogue settings the 民生实事 page reads. */
export const LIVELIHOOD_SETTING_KEYS: readonly string[] = ['livelihoodPassRule', 'satisfactionRule'];

/**
 * The catalogue cut down to what the 民生实事 page reads: its two settings, no duties. The page
 * receives this at build time as a prop, so its island does not bundle the whole handbook (the
 * rules' text, annotations and laws) only to learn two defaults.
 */
export function livelihoodCatalogue(catalogue: Catalogue): Catalogue {
  return {
    version: catalogue.version,
    settings: catalogue.settings.filter((s) => LIVELIHOOD_SETTING_KEYS.includes(s.key)),
    duties: [],
  };
}

/** The project's current stage: the last of the five recorded, with its date and place (1–5). */
export interface StageView {
  key: LivelihoodStage;
  label: string;
  date: IsoDate;
  /** 1 for 群众点单 … 5 for 验收评单. */
  position: number;
}

/** The ballot's result under the pass rule, with the counts it rests on. */
export interface VoteView {
  passed: boolean;
  /** `通过` or `未通过`. */
  label: string;
  /** The base and the votes, each worded: `在任60人`, `赞成45`, `反对10`, `弃权5`. */
  counts: string[];
}

/** The acceptance test's grade under the satisfaction rule, with its counts. */
export interface GradeView {
  /** Undefined when nobody was entitled to vote (nothing to grade). */
  grade: SatisfactionGrade | undefined;
  /** `满意`, `基本满意`, `不满意`, or `无法评定` without anyone entitled. */
  label: string;
  /** The base and the votes, each worded: `应参加50人`, `满意30` … `弃权或无效3`. */
  counts: string[];
  published: boolean;
}

/** One row of the 民生实事 list. */
export interface LivelihoodProjectView {
  stage: StageView | undefined;
  vote: VoteView | undefined;
  grade: GradeView | undefined;
  /** Published details: unit, budget and promised completion date, each already worded. */
  details: string[];
  /** What is out of order, as Chinese sentences (shown, never refused). */
  problems: string[];
}

/** The row of the 民生实事 list for a project under the township's rules. */
export function viewProject(project: LivelihoodProject, rules: LivelihoodRules): LivelihoodProjectView {
  const stageKey = currentStage(project);
  const stage: StageView | undefined =
    stageKey === undefined
      ? undefined
      : {
          key: stageKey,
          label: LIVELIHOOD_STAGES[stageKey],
          // currentStage only names a stage whose date is recorded.
          date: project[stageKey]!,
          position: LIVELIHOOD_STAGE_ORDER.findIndex((s) => s.key === stageKey) + 1,
        };

  const { tally, acceptance } = project;
  let vote: VoteView | undefined;
  if (tally) {
    const passed = votePassed(tally, rules.passRule);
    vote = {
      passed,
      label: passed ? '通过' : '未通过',
      counts: [`在任${tally.inOffice}人`, `赞成${tally.yes}`, `反对${tally.no}`, `弃权${tally.abstain}`],
    };
  }

  let grade: GradeView | undefined;
  if (acceptance) {
    const key = satisfactionGrade(acceptance, rules.satisfactionRule);
    grade = {
      grade: key,
      label: key ? SATISFACTION_GRADES[key] : '无法评定',
      counts: [
        `应参加${acceptance.entitled}人`,
        `满意${acceptance.satisfied}`,
        `基本满意${acceptance.basic}`,
        `不满意${acceptance.unsatisfied}`,
        `弃权或无效${acceptance.abstain}`,
      ],
      published: acceptance.published,
    };
  }

  const details: string[] = [];
  if (project.unit) details.push(`实施单位：${project.unit}`);
  if (project.budgetWan !== undefined) details.push(`预算${project.budgetWan}万元`);
  if (project.dueDate) details.push(`${formatChineseDate(project.dueDate)}前完成`);

  return { stage, vote, grade, details, problems: stageProblems(project).map((p) => p.message) };
}

/** The count fields of the form's groups; a group with none of them filled is not recorded. */
const COUNT_GROUPS = {
  tally: ['inOffice', 'yes', 'no', 'abstain'],
  acceptance: ['entitled', 'satisfied', 'basic', 'unsatisfied', 'abstain'],
} as const;

/**
 * The form's input with an untouched tally or acceptance test left out: the form always builds
 * both objects once their stage has a date, and an empty one would be refused by the schema
 * ("请填写数字") where the page should instead save and warn that the counts are missing. A group
 * with any count filled, or an acceptance marked published, is kept for the schema to check.
 */
export function withoutEmptyCounts(input: Record<string, unknown>): Record<string, unknown> {
  const isEmptyGroup = (key: string, value: unknown): boolean => {
    if (!Object.hasOwn(COUNT_GROUPS, key) || typeof value !== 'object' || value === null) return false;
    const fields = value as Record<string, unknown>;
    const counts = COUNT_GROUPS[key as keyof typeof COUNT_GROUPS];
    return counts.every((k) => fields[k] === undefined || fields[k] === '') && fields['published'] !== true;
  };
  return Object.fromEntries(Object.entries(input).filter(([key, value]) => !isEmptyGroup(key, value)));
}

/** Lowest and highest year of the projects recorded; both undefined when there is none. */
export interface YearBounds {
  min: number | undefined;
  max: number | undefined;
}

/**
 * The years the year filter offers, newest first: the last six years and next year (projects are
 * voted at the second session of the year before), widened to every year between the oldest and
 * the newest project recorded.
 */
export function yearChoices(bounds: YearBounds, currentYear: number): number[] {
  const newest = Math.max(currentYear + 1, bounds.max ?? -Infinity);
  const oldest = Math.min(currentYear - 5, bounds.min ?? Infinity);
  const years: number[] = [];
  for (let year = newest; year >= oldest; year--) years.push(year);
  return years;
}

/**
 * A session as the vote's select names it: `第七届第三次会议（2024年12月20日）`; without the term's
 * number (not loaded yet, or a term removed) `第三次会议（…）`.
 */
export function sessionLabel(
  session: Pick<Session, 'number' | 'startDate'>,
  termNumber: number | undefined,
): string {
  const numeral = (n: number) =>
    Number.isInteger(n) && n >= 1 && n <= 999 ? toChineseNumeral(n) : String(n);
  const term = termNumber === undefined ? '' : `第${numeral(termNumber)}届`;
  return `${term}第${numeral(session.number)}次会议（${formatChineseDate(session.startDate)}）`;
}
