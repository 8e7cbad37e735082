import { describe, expect, it } from 'vitest';
import { SuggestionSchema, type Suggestion } from '../../suggestions/schema';
import { suggestion } from '../../__tests__/builders';
import type { WorkflowResult } from '../steps';
import {
  SUGGESTION_STAGES,
  answer,
  answerDueDate,
  assign,
  close,
  evaluate,
  isOverdue,
  recordFaceToFace,
  stageOf,
  startHandling,
  toLivelihoodCandidate,
} from '../suggestion';

const make = (o: Record<string, unknown> = {}) => SuggestionSchema.parse(suggestion(o));

// Records at each stage, each built on the one before.
const ASSIGNED = { assignedOn: '2025-03-01', leadUnit: '镇交通站' };
const HANDLING = { ...ASSIGNED, handlingStartedOn: '2025-03-05' };
const MET = { ...HANDLING, faceToFaceOn: '2025-03-20' };
const ANSWERED = { ...MET, answeredOn: '2025-04-15', firstAnsweredOn: '2025-04-15', answerResult: 'planned' };
const EVALUATED = { ...ANSWERED, evaluation: 'basic', evaluatedOn: '2025-04-25' };
const SENT_BACK = { ...MET, firstAnsweredOn: '2025-04-15', evaluatedOn: '2025-04-25', rehandledCount: 1 };
const CLOSED = { ...EVALUATED, closedOn: '2025-05-01' };

/** The new record of a step that must succeed. */
function value(result: WorkflowResult<Suggestion>): Suggestion {
  if (!result.ok) throw new Error(`expected success, got ${result.reason}: ${result.message}`);
  return result.value;
}

describe('stageOf', () => {
  it.each([
    ['submitted', {}],
    ['assigned', ASSIGNED],
    ['handling', HANDLING],
    ['faceToFace', MET],
    ['faceToFace', { ...ASSIGNED, faceToFaceOn: '2025-03-20' }],
    ['answered', ANSWERED],
    ['evaluated', EVALUATED],
    ['evaluated', { ...ANSWERED, evaluation: 'satisfied', evaluatedOn: '2025-04-25' }],
    ['rehandling', SENT_BACK],
    ['rehandling', { ...ANSWERED, evaluation: 'unsatisfied', evaluatedOn: '2025-04-25' }],
    ['answered', { ...SENT_BACK, answeredOn: '2025-05-20', answerResult: 'solved' }],
    ['closed', CLOSED],
  ])('is %s for %j', (stage, o) => expect(stageOf(make(o))).toBe(stage));

  it('has a Chinese label for every stage', () => {
    expect(Object.values(SUGGESTION_STAGES)).toEqual([
      '已登记',
      '已交办',
      '办理中',
      '已见面沟通',
      '已答复',
      '已评价',
      '重新办理',
      '已办结',
    ]);
  });
});

describe('answerDueDate', () => {
  it.each([
    ['not assigned yet', {}, undefined, undefined],
    ['3 months after 交办', { assignedOn: '2025-03-01' }, undefined, '2025-06-01'],
    ['6 months when complex', { assignedOn: '2025-03-01', complex: true }, undefined, '2025-09-01'],
    ['clamped to the month end', { assignedOn: '2024-11-30' }, undefined, '2025-02-28'],
    ['clamped to 29 Feb in a leap year', { assignedOn: '2023-11-30' }, undefined, '2024-02-29'],
    ['complex, clamped', { assignedOn: '2025-08-31', complex: true }, undefined, '2026-02-28'],
    ['a shorter township setting', { assignedOn: '2025-03-01' }, { suggestionAnswerMonths: 2 }, '2025-05-01'],
    [
      'the complex setting for complex ones',
      { assignedOn: '2025-03-01', complex: true },
      { suggestionAnswerMonths: 2, suggestionComplexAnswerMonths: 4 },
      '2025-07-01',
    ],
    [
      'the default for a nonsense setting',
      { assignedOn: '2025-03-01' },
      { suggestionAnswerMonths: 0 },
      '2025-06-01',
    ],
    [
      'the default for a text setting',
      { assignedOn: '2025-03-01' },
      { suggestionAnswerMonths: '2' },
      '2025-06-01',
    ],
  ])('%s', (_, o, settings, due) => expect(answerDueDate(make(o), settings)).toBe(due));
});

describe('isOverdue', () => {
  it.each([
    ['not assigned', {}, '2026-01-01', false],
    ['before the due date', ASSIGNED, '2025-05-31', false],
    ['on the due date (still in time)', ASSIGNED, '2025-06-01', false],
    ['the day after the due date', ASSIGNED, '2025-06-02', true],
    ['complex, 4 months on', { ...ASSIGNED, complex: true }, '2025-07-01', false],
    ['complex, past 6 months', { ...ASSIGNED, complex: true }, '2025-09-02', true],
    [
      'answered, even late',
      { ...ASSIGNED, answeredOn: '2025-07-01', answerResult: 'solved' },
      '2025-08-01',
      false,
    ],
    ['closed', CLOSED, '2026-01-01', false],
    ['sent back and past the first deadline', SENT_BACK, '2025-06-02', true],
  ])('%s: %s', (_, o, asOf, expected) => expect(isOverdue(make(o), asOf)).toBe(expected));

  it('reads the township setting', () => {
    expect(isOverdue(make(ASSIGNED), '2025-05-02', { suggestionAnswerMonths: 2 })).toBe(true);
  });
});

describe('steps that succeed', () => {
  const s = make;
  it.each<[string, Suggestion, (x: Suggestion) => WorkflowResult<Suggestion>, Partial<Suggestion>]>([
    [
      'assign: trims units and drops blank or repeated co-units',
      s(),
      (x) =>
        assign(x, {
          on: '2025-03-01',
          leadUnit: ' 镇交通站 ',
          coUnits: ['镇财政所', ' ', '镇财政所', '镇交通站'],
        }),
      { assignedOn: '2025-03-01', leadUnit: '镇交通站', coUnits: ['镇财政所'], complex: false },
    ],
    [
      'assign: marks complex and records the leads',
      s(),
      (x) =>
        assign(x, {
          on: '2025-02-20',
          leadUnit: '镇交通站',
          complex: true,
          leadOfficerId: '00000000-0000-4000-8000-000000000031',
          supervisorOfficerId: '00000000-0000-4000-8000-000000000032',
        }),
      {
        assignedOn: '2025-02-20',
        leadUnit: '镇交通站',
        complex: true,
        leadOfficerId: '00000000-0000-4000-8000-000000000031',
        supervisorOfficerId: '00000000-0000-4000-8000-000000000032',
      },
    ],
    [
      'startHandling',
      s(ASSIGNED),
      (x) => startHandling(x, { on: '2025-03-05' }),
      { handlingStartedOn: '2025-03-05' },
    ],
    [
      'recordFaceToFace after 交办',
      s(ASSIGNED),
      (x) => recordFaceToFace(x, { on: '2025-03-01' }),
      { faceToFaceOn: '2025-03-01' },
    ],
    [
      'recordFaceToFace while handling',
      s(HANDLING),
      (x) => recordFaceToFace(x, { on: '2025-03-20' }),
      { faceToFaceOn: '2025-03-20' },
    ],
    [
      'recordFaceToFace again when re-handling',
      s(SENT_BACK),
      (x) => recordFaceToFace(x, { on: '2025-05-02' }),
      { faceToFaceOn: '2025-05-02' },
    ],
    [
      'answer with promises, dropping blank rows',
      s(MET),
      (x) =>
        answer(x, {
          on: '2025-04-15',
          result: 'planned',
          promisedItems: [
            { content: ' 6月底前完成硬化 ', dueOn: '2025-06-30' },
            { content: '  ', dueOn: '2025-06-30' },
          ],
        }),
      {
        answeredOn: '2025-04-15',
        firstAnsweredOn: '2025-04-15',
        answerResult: 'planned',
        promisedItems: [{ content: '6月底前完成硬化', dueOn: '2025-06-30' }],
      },
    ],
    [
      'answer without 见面沟通 (the duty check reports it, the step does not refuse it)',
      s(ASSIGNED),
      (x) => answer(x, { on: '2025-03-01', result: 'solved' }),
      { answeredOn: '2025-03-01', firstAnsweredOn: '2025-03-01', answerResult: 'solved' },
    ],
    [
      'answer again after re-handling, keeping the promises',
      s({ ...SENT_BACK, promisedItems: [{ content: '年内完成', dueOn: '2025-12-31' }] }),
      (x) => answer(x, { on: '2025-05-20', result: 'solved' }),
      {
        answeredOn: '2025-05-20',
        // The legal deadline is judged on the first answer, which re-handling keeps.
        firstAnsweredOn: '2025-04-15',
        answerResult: 'solved',
        promisedItems: [{ content: '年内完成', dueOn: '2025-12-31' }],
        rehandledCount: 1,
      },
    ],
    [
      'evaluate 基本满意',
      s(ANSWERED),
      (x) => evaluate(x, { on: '2025-04-25', evaluation: 'basic' }),
      { evaluation: 'basic', evaluatedOn: '2025-04-25' },
    ],
    [
      'evaluate 满意 on the day of the answer',
      s(ANSWERED),
      (x) => evaluate(x, { on: '2025-04-15', evaluation: 'satisfied' }),
      { evaluation: 'satisfied', evaluatedOn: '2025-04-15' },
    ],
    ['close', s(EVALUATED), (x) => close(x, '2025-05-01'), { closedOn: '2025-05-01' }],
  ])('%s', (_, before, step, changes) => {
    const frozen = structuredClone(before);
    const after = value(step(before));
    expect(after).toEqual({ ...before, ...changes });
    expect(before).toEqual(frozen);
    expect(SuggestionSchema.parse(after)).toEqual(after);
  });

  it('evaluate 不满意 sends it back: the answer is cleared and the count goes up', () => {
    const after = value(
      evaluate(make({ ...ANSWERED, promisedItems: [{ content: '年内完成', dueOn: '2025-12-31' }] }), {
        on: '2025-04-25',
        evaluation: 'unsatisfied',
      }),
    );
    expect(after.answeredOn).toBeUndefined();
    expect(after.answerResult).toBeUndefined();
    expect(after.evaluation).toBeUndefined();
    expect('answeredOn' in after).toBe(false);
    expect(after.evaluatedOn).toBe('2025-04-25');
    expect(after.rehandledCount).toBe(1);
    expect(after.promisedItems).toEqual([{ content: '年内完成', dueOn: '2025-12-31' }]);
    expect(stageOf(after)).toBe('rehandling');
  });
});

// The form field each refusal marks (the step form's keys); refusals of the stage itself mark none.
const FIELD_AT_FAULT: Record<string, string> = {
  'assign before the suggestion was made': 'on',
  'answer before 交办': 'on',
  'answer before 见面沟通': 'on',
  're-answer before it was sent back': 'on',
  'evaluate before the answer': 'on',
  'close before the evaluation': 'on',
  'assign without a lead unit': 'leadUnit',
  'assign on no date': 'on',
  'answer on an impossible date': 'on',
  'answer without a result': 'result',
  'answer with a result that does not exist': 'result',
  'evaluate without an evaluation': 'evaluation',
};

describe('steps that are refused', () => {
  const s = make;
  it.each<[string, Suggestion, (x: Suggestion) => WorkflowResult<Suggestion>, string, string]>([
    // Dates going backwards.
    [
      'assign before the suggestion was made',
      s(),
      (x) => assign(x, { on: '2025-02-19', leadUnit: '镇交通站' }),
      'out-of-order',
      '交办日期（2025年2月19日）不能早于提出日期（2025年2月20日）',
    ],
    [
      'answer before 交办',
      s(ASSIGNED),
      (x) => answer(x, { on: '2025-02-28', result: 'solved' }),
      'out-of-order',
      '答复日期（2025年2月28日）不能早于交办日期（2025年3月1日）',
    ],
    [
      'answer before 见面沟通',
      s(MET),
      (x) => answer(x, { on: '2025-03-19', result: 'solved' }),
      'out-of-order',
      '答复日期（2025年3月19日）不能早于见面沟通日期（2025年3月20日）',
    ],
    [
      're-answer before it was sent back',
      s(SENT_BACK),
      (x) => answer(x, { on: '2025-04-24', result: 'solved' }),
      'out-of-order',
      '答复日期（2025年4月24日）不能早于评价日期（2025年4月25日）',
    ],
    [
      'evaluate before the answer',
      s(ANSWERED),
      (x) => evaluate(x, { on: '2025-04-14', evaluation: 'satisfied' }),
      'out-of-order',
      '评价日期（2025年4月14日）不能早于答复日期（2025年4月15日）',
    ],
    [
      'close before the evaluation',
      s(EVALUATED),
      (x) => close(x, '2025-04-24'),
      'out-of-order',
      '办结日期（2025年4月24日）不能早于评价日期（2025年4月25日）',
    ],
    // Steps asked for too early.
    [
      'answer an unassigned suggestion',
      s(),
      (x) => answer(x, { on: '2025-03-01', result: 'solved' }),
      'out-of-order',
      '该建议目前为「已登记」，须先交办才能答复',
    ],
    [
      'evaluate an unanswered suggestion',
      s(MET),
      (x) => evaluate(x, { on: '2025-04-01', evaluation: 'satisfied' }),
      'out-of-order',
      '该建议目前为「已见面沟通」，须先答复才能评价',
    ],
    [
      'evaluate a sent-back suggestion before its new answer',
      s(SENT_BACK),
      (x) => evaluate(x, { on: '2025-05-01', evaluation: 'satisfied' }),
      'out-of-order',
      '该建议目前为「重新办理」，须先答复才能评价',
    ],
    [
      'close an answer not yet evaluated',
      s(ANSWERED),
      (x) => close(x, '2025-05-01'),
      'out-of-order',
      '该建议目前为「已答复」，须先答复并经代表评价才能办结',
    ],
    [
      'start handling an unassigned suggestion',
      s(),
      (x) => startHandling(x, { on: '2025-03-01' }),
      'out-of-order',
      '该建议目前为「已登记」，须先交办才能开始办理',
    ],
    // Steps asked for too late or twice.
    [
      'assign twice',
      s(ASSIGNED),
      (x) => assign(x, { on: '2025-03-02', leadUnit: '镇财政所' }),
      'not-allowed',
      '该建议目前为「已交办」，这时不能交办',
    ],
    [
      'answer twice',
      s(ANSWERED),
      (x) => answer(x, { on: '2025-04-20', result: 'solved' }),
      'not-allowed',
      '该建议目前为「已答复」，这时不能答复',
    ],
    [
      'answer a closed suggestion',
      s(CLOSED),
      (x) => answer(x, { on: '2025-06-01', result: 'solved' }),
      'not-allowed',
      '该建议目前为「已办结」，这时不能答复',
    ],
    [
      'record 见面沟通 after the answer',
      s(ANSWERED),
      (x) => recordFaceToFace(x, { on: '2025-04-20' }),
      'not-allowed',
      '该建议目前为「已答复」，这时不能记录见面沟通',
    ],
    [
      'evaluate twice',
      s(EVALUATED),
      (x) => evaluate(x, { on: '2025-04-26', evaluation: 'satisfied' }),
      'not-allowed',
      '该建议目前为「已评价」，这时不能评价',
    ],
    [
      'close twice',
      s(CLOSED),
      (x) => close(x, '2025-05-02'),
      'not-allowed',
      '该建议目前为「已办结」，这时不能办结',
    ],
    // Missing or invalid input.
    [
      'assign without a lead unit',
      s(),
      (x) => assign(x, { on: '2025-03-01', leadUnit: '  ' }),
      'missing-field',
      '请填写主办单位',
    ],
    [
      'assign on no date',
      s(),
      (x) => assign(x, { on: '', leadUnit: '镇交通站' }),
      'missing-field',
      '请填写有效的交办日期',
    ],
    [
      'answer on an impossible date',
      s(ASSIGNED),
      (x) => answer(x, { on: '2025-02-30', result: 'solved' }),
      'missing-field',
      '请填写有效的答复日期',
    ],
    [
      'answer without a result',
      s(ASSIGNED),
      (x) => answer(x, { on: '2025-04-01', result: undefined }),
      'missing-field',
      '请选择答复结果',
    ],
    [
      'answer with a result that does not exist',
      s(ASSIGNED),
      (x) => answer(x, { on: '2025-04-01', result: 'toString' as never }),
      'missing-field',
      '请选择答复结果',
    ],
    [
      'evaluate without an evaluation',
      s(ANSWERED),
      (x) => evaluate(x, { on: '2025-04-25', evaluation: undefined }),
      'missing-field',
      '请选择代表的评价：满意、基本满意或不满意',
    ],
  ])('%s', (name, before, step, reason, message) => {
    const field = FIELD_AT_FAULT[name];
    expect(step(before)).toEqual({ ok: false, reason, message, ...(field ? { field } : {}) });
  });
});

describe('the whole life of a suggestion', () => {
  it('goes round once through re-handling and closes', () => {
    let s = make();
    const stages = [stageOf(s)];
    const steps: ((x: Suggestion) => WorkflowResult<Suggestion>)[] = [
      (x) => assign(x, { on: '2025-03-01', leadUnit: '镇交通站' }),
      (x) => startHandling(x, { on: '2025-03-05' }),
      (x) => recordFaceToFace(x, { on: '2025-03-20' }),
      (x) => answer(x, { on: '2025-04-15', result: 'unable' }),
      (x) => evaluate(x, { on: '2025-04-25', evaluation: 'unsatisfied' }),
      (x) => recordFaceToFace(x, { on: '2025-05-10' }),
      (x) => answer(x, { on: '2025-05-20', result: 'planned' }),
      (x) => evaluate(x, { on: '2025-05-25', evaluation: 'satisfied' }),
      (x) => close(x, '2025-05-31'),
    ];
    for (const step of steps) {
      s = value(step(s));
      stages.push(stageOf(s));
    }
    expect(stages).toEqual([
      'submitted',
      'assigned',
      'handling',
      'faceToFace',
      'answered',
      'rehandling',
      'rehandling',
      'answered',
      'evaluated',
      'closed',
    ]);
    expect(s).toMatchObject({ rehandledCount: 1, answeredOn: '2025-05-20', evaluation: 'satisfied' });
    expect(isOverdue(s, '2026-01-01')).toBe(false);
  });
});

describe('toLivelihoodCandidate', () => {
  it('carries the title and the link back to the suggestion', () => {
    const s = make();
    expect(toLivelihoodCandidate(s, 2026)).toEqual({
      title: '关于修缮白果村机耕道的建议',
      suggestionId: s.id,
      year: 2026,
    });
  });
});
