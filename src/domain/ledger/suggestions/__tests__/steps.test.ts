import { describe, expect, it } from 'vitest';
import { suggestion, uuid } from '../../__tests__/builders';
import { SuggestionSchema, promisedItemsOf } from '../schema';
import type { WorkflowResult } from '../../workflows/steps';
import { SUGGESTION_STAGES, stageOf, type SuggestionStage } from '../../workflows/suggestion';
import {
  SUGGESTION_STEPS,
  canBecomeLivelihood,
  canTrackPromises,
  promiseLines,
  promisesNotice,
  runTrackPromises,
  defaultCandidateYear,
  linkProject,
  livelihoodCandidate,
  livelihoodNotice,
  openSteps,
  runStep,
  stepNotice,
  type StepFormValues,
  type SuggestionStep,
} from '../steps';

const make = (o: Record<string, unknown> = {}) => SuggestionSchema.parse(suggestion(o));

// One record at each stage, each built on the one before.
const ASSIGNED = { assignedOn: '2025-03-01', leadUnit: '镇交通站' };
const HANDLING = { ...ASSIGNED, handlingStartedOn: '2025-03-05' };
const MET = { ...HANDLING, faceToFaceOn: '2025-03-20' };
const ANSWERED = { ...MET, answeredOn: '2025-04-15', answerResult: 'planned' };
const EVALUATED = { ...ANSWERED, evaluation: 'basic', evaluatedOn: '2025-04-25' };
const SENT_BACK = { ...MET, evaluatedOn: '2025-04-25', rehandledCount: 1 };
const CLOSED = { ...EVALUATED, closedOn: '2025-05-01' };

const AT_STAGE: Record<SuggestionStage, Record<string, unknown>> = {
  submitted: {},
  assigned: ASSIGNED,
  handling: HANDLING,
  faceToFace: MET,
  rehandling: SENT_BACK,
  answered: ANSWERED,
  evaluated: EVALUATED,
  closed: CLOSED,
};

/** Form values that fill every step's fields, dated well after every stage above. */
const FULL_FORM: StepFormValues = {
  on: '2025-12-01',
  leadUnit: '镇农业综合服务中心',
  result: 'solved',
  evaluation: 'satisfied',
};

function value<T>(result: WorkflowResult<T>): T {
  if (!result.ok) throw new Error(`expected success, got ${result.reason}: ${result.message}`);
  return result.value;
}

describe('openSteps', () => {
  it.each<[SuggestionStage, SuggestionStep[]]>([
    ['submitted', ['assign']],
    ['assigned', ['startHandling', 'recordFaceToFace', 'answer']],
    ['handling', ['recordFaceToFace', 'answer']],
    ['faceToFace', ['answer']],
    ['rehandling', ['answer', 'recordFaceToFace']],
    ['answered', ['evaluate']],
    ['evaluated', ['close']],
    ['closed', []],
  ])('at %s offers %j', (stage, steps) => {
    const s = make(AT_STAGE[stage]);
    expect(stageOf(s)).toBe(stage);
    expect(openSteps(s)).toEqual(steps);
  });

  // The list must never offer a step the workflow refuses, nor hide one it accepts.
  const cases = (Object.keys(AT_STAGE) as SuggestionStage[]).flatMap((stage) =>
    (Object.keys(SUGGESTION_STEPS) as SuggestionStep[]).map((step) => [stage, step] as const),
  );
  it.each(cases)('at %s, %s is offered exactly when the workflow accepts it', (stage, step) => {
    const s = make(AT_STAGE[stage]);
    const result = runStep(s, step, FULL_FORM);
    expect(openSteps(s).includes(step)).toBe(result.ok);
  });

  it('covers every stage', () => {
    expect(Object.keys(AT_STAGE).toSorted()).toEqual(Object.keys(SUGGESTION_STAGES).toSorted());
  });
});

describe('runStep', () => {
  it('交办 reads units one per line, the complex box and the leads', () => {
    const next = value(
      runStep(make(), 'assign', {
        on: '2025-03-01',
        leadUnit: ' 镇交通站 ',
        coUnits: '镇财政所\n\n 镇自然资源所 \n',
        complex: true,
        supervisorOfficerId: uuid(31),
        leadOfficerId: '',
      }),
    );
    expect(next).toMatchObject({
      assignedOn: '2025-03-01',
      leadUnit: '镇交通站',
      coUnits: ['镇财政所', '镇自然资源所'],
      complex: true,
      supervisorOfficerId: uuid(31),
    });
    expect(next.leadOfficerId).toBeUndefined();
  });

  it('reads promises saved before catalogue 1.1 ({ text }) as content without a promised date', () => {
    const legacy = SuggestionSchema.parse(
      suggestion({ promisedItems: [{ text: '年内完成', doneOn: '2025-04-20' }] as never }),
    );
    expect(legacy.promisedItems).toEqual([{ content: '年内完成', doneOn: '2025-04-20' }]);
  });

  it('答复 records the result and the promises, each with its promised date and any done date', () => {
    const s = make({ ...SENT_BACK });
    const next = value(
      runStep(s, 'answer', {
        on: '2025-05-20',
        result: 'planned',
        promisedItems: '年内完成硬化 2025-12-31 2025-10-20\n明年加装路灯｜2026-06-30',
      }),
    );
    expect(next.answerResult).toBe('planned');
    expect(next.promisedItems).toEqual([
      { content: '年内完成硬化', dueOn: '2025-12-31', doneOn: '2025-10-20' },
      { content: '明年加装路灯', dueOn: '2026-06-30' },
    ]);
  });

  it.each([
    ['年内完成硬化', '第1行「年内完成硬化」缺少承诺完成期限'],
    ['2025-12-31', '第1行只有日期，请写明承诺内容'],
    ['年内完成硬化 2025-02-30', '第1行的日期 2025-02-30 不存在'],
  ])('答复 refuses the promise line %s', (line, message) => {
    const result = runStep(make({ ...SENT_BACK }), 'answer', {
      on: '2025-05-20',
      result: 'planned',
      promisedItems: line,
    });
    expect(result).toMatchObject({ ok: false, field: 'promisedItems' });
    if (!result.ok) expect(result.message).toContain(message);
  });

  it('承诺事项 keeps the list with done dates, and refuses a done date before the answer', () => {
    const answered = make({
      ...SENT_BACK,
      answeredOn: '2025-05-20',
      firstAnsweredOn: '2025-05-20',
      answerResult: 'planned',
      promisedItems: [{ content: '年内完成硬化', dueOn: '2025-12-31' }],
    });
    expect(canTrackPromises(answered)).toBe(true);
    expect(promiseLines(answered.promisedItems)).toBe('年内完成硬化 2025-12-31');
    const next = value(runTrackPromises(answered, { promisedItems: '年内完成硬化 2025-12-31 2025-11-02' }));
    expect(next.promisedItems).toEqual([
      { content: '年内完成硬化', dueOn: '2025-12-31', doneOn: '2025-11-02' },
    ]);
    expect(promisesNotice(next)).toBe(`建议 ${next.number} 的承诺事项已保存：共1项，已落实或反馈1项。`);
    const early = runTrackPromises(answered, { promisedItems: '年内完成硬化 2025-12-31 2025-05-01' });
    expect(early).toMatchObject({ ok: false, reason: 'out-of-order', field: 'promisedItems' });
    expect(runTrackPromises(answered, { promisedItems: '年内完成硬化' })).toMatchObject({
      ok: false,
      field: 'promisedItems',
    });
    expect(canTrackPromises(make({ ...ASSIGNED }))).toBe(false);
  });

  it.each<[string, Record<string, unknown>, SuggestionStep, StepFormValues, string]>([
    [
      'an answer dated before 交办',
      ASSIGNED,
      'answer',
      { on: '2025-02-01', result: 'solved' },
      '答复日期（2025年2月1日）不能早于交办日期（2025年3月1日）',
    ],
    ['an answer without a result', MET, 'answer', { on: '2025-04-15', result: '' }, '请选择答复结果'],
    [
      'an answer with an unknown result',
      MET,
      'answer',
      { on: '2025-04-15', result: 'maybe' },
      '请选择答复结果',
    ],
    ['交办 without a lead unit', {}, 'assign', { on: '2025-03-01', leadUnit: ' ' }, '请填写主办单位'],
    ['交办 without a date', {}, 'assign', { on: '', leadUnit: '镇交通站' }, '请填写有效的交办日期'],
    [
      '评价 without a grade',
      ANSWERED,
      'evaluate',
      { on: '2025-04-25' },
      '请选择代表的评价：满意、基本满意或不满意',
    ],
    [
      '办结 before 评价',
      ANSWERED,
      'close',
      { on: '2025-05-01' },
      '该建议目前为「已答复」，须先答复并经代表评价才能办结',
    ],
  ])('refuses %s in Chinese', (_, o, step, values, message) => {
    const result = runStep(make(o), step, values);
    expect(result).toMatchObject({ ok: false, message });
  });

  it('不满意 sends the suggestion back; the next answer closes the loop', () => {
    const back = value(runStep(make(ANSWERED), 'evaluate', { on: '2025-04-25', evaluation: 'unsatisfied' }));
    expect(stageOf(back)).toBe('rehandling');
    expect(openSteps(back)).toContain('answer');
    const again = value(runStep(back, 'answer', { on: '2025-05-10', result: 'solved' }));
    const satisfied = value(runStep(again, 'evaluate', { on: '2025-05-20', evaluation: 'satisfied' }));
    const closed = value(runStep(satisfied, 'close', { on: '2025-05-25' }));
    expect(stageOf(closed)).toBe('closed');
    expect(closed.rehandledCount).toBe(1);
  });
});

describe('stepNotice', () => {
  it.each<[string, Record<string, unknown>, SuggestionStep, string]>([
    ['交办', ASSIGNED, 'assign', '建议 2025-07 已交办，主办单位为镇交通站，答复期限为2025年6月1日。'],
    [
      '交办 of a complex one',
      { ...ASSIGNED, complex: true },
      'assign',
      '建议 2025-07 已交办，主办单位为镇交通站（复杂建议），答复期限为2025年9月1日。',
    ],
    ['办理', HANDLING, 'startHandling', '建议 2025-07 已开始办理，答复期限为2025年6月1日。'],
    ['见面沟通', MET, 'recordFaceToFace', '建议 2025-07 已记录见面沟通（2025年3月20日）。'],
    ['答复', ANSWERED, 'answer', '建议 2025-07 已答复（列入计划解决），下一步请代表评价。'],
    ['满意', EVALUATED, 'evaluate', '建议 2025-07 代表评价为“基本满意”，下一步可以办结。'],
    [
      '不满意',
      SENT_BACK,
      'evaluate',
      '建议 2025-07 代表评价为“不满意”，已退回重新办理（第1次），须重新答复；答复期限为2025年6月1日。',
    ],
    ['办结', CLOSED, 'close', '建议 2025-07 已办结（2025年5月1日）。'],
  ])('after %s', (_, o, step, notice) => expect(stepNotice(make(o), step)).toBe(notice));

  it('uses the township setting for the deadline', () => {
    expect(stepNotice(make(ASSIGNED), 'assign', { suggestionAnswerMonths: 2 })).toContain('2025年5月1日');
  });
});

describe('转为民生实事候选', () => {
  it('makes a candidate for the year typed, linked back to the suggestion', () => {
    const s = make(ANSWERED);
    expect(value(livelihoodCandidate(s, { year: ' 2026 ' }))).toEqual({
      title: '关于修缮白果村机耕道的建议',
      suggestionId: s.id,
      year: 2026,
    });
  });

  it.each([[''], ['明年'], ['2026.5'], ['1999']])('refuses the year %j', (year) => {
    expect(livelihoodCandidate(make(), { year })).toMatchObject({
      ok: false,
      message: '请填写民生实事的实施年度，如 2027',
      field: 'year',
    });
  });

  it('is offered once: a linked suggestion is refused', () => {
    const linked = linkProject(make(), uuid(11));
    expect(linked.projectId).toBe(uuid(11));
    expect(canBecomeLivelihood(make())).toBe(true);
    expect(canBecomeLivelihood(linked)).toBe(false);
    expect(livelihoodCandidate(linked, { year: '2026' })).toMatchObject({ ok: false, reason: 'not-allowed' });
  });

  it('tells the user where the project went', () => {
    const s = make();
    const candidate = value(livelihoodCandidate(s, { year: '2026' }));
    expect(livelihoodNotice(s, candidate)).toBe(
      '建议 2025-07 已转为2026年度民生实事候选项目“关于修缮白果村机耕道的建议”，可到“民生实事”页继续论证、票决。',
    );
  });

  it('defaults to the next year', () => {
    expect(defaultCandidateYear('2026-11-28')).toBe(2027);
  });
});

describe('promisedItemsOf', () => {
  it('reads items stored in this browser before catalogue 1.1 ({ text }) without losing them', () => {
    const stored = {
      promisedItems: [
        { text: '年内完成', doneOn: '2025-04-20' },
        { content: '明年加装路灯', dueOn: '2026-06-30' },
      ],
    };
    expect(promisedItemsOf(stored as never)).toEqual([
      { content: '年内完成', doneOn: '2025-04-20' },
      { content: '明年加装路灯', dueOn: '2026-06-30' },
    ]);
  });
});
