// Short texts that list cells show for an activity: who took part, and a satisfaction test's result.
import type { SatisfactionTest } from './schema';
import { SATISFACTION_GRADES, satisfactionGrade, type SatisfactionRule } from '../workflows/satisfaction';

/** The name shown for a deputy id that is no longer in the register. */
export const UNKNOWN_DEPUTY = '（已删除的代表）';

/**
 * The deputies of an activity as a list cell reads: `2人：张三、李四`, or the first `shown` names and
 * `等` when there are more (`5人：张三、李四、王五等`); `无` when nobody is recorded.
 */
export function deputySummary(
  deputyIds: readonly string[],
  names: ReadonlyMap<string, string>,
  shown = 3,
): string {
  if (deputyIds.length === 0) return '无';
  const first = deputyIds.slice(0, shown).map((id) => names.get(id) ?? UNKNOWN_DEPUTY);
  return `${deputyIds.length}人：${first.join('、')}${deputyIds.length > shown ? '等' : ''}`;
}

/** What a list shows of a satisfaction test: the grade and whether the result was made public. */
export interface TestSummary {
  /** 满意, 基本满意, 不满意; `未测评` without a test; `无法评定` when nobody was entitled to vote. */
  grade: string;
  /** `已公开` or `未公开`; empty without a test. */
  publication: string;
}

/** The grade (under the township's rule) and publication of a test, for a list cell. */
export function testSummary(test: SatisfactionTest | undefined, rule: SatisfactionRule): TestSummary {
  if (!test) return { grade: '未测评', publication: '' };
  const grade = satisfactionGrade(test, rule);
  return {
    grade: grade ? SATISFACTION_GRADES[grade] : '无法评定',
    publication: test.published ? '已公开' : '未公开',
  };
}
