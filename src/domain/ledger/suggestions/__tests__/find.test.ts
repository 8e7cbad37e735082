import { describe, expect, it } from 'vitest';
import { suggestion, uuid } from '../../__tests__/builders';
import { SuggestionSchema } from '../schema';
import { findSuggestions, isEmptyQuery, suggestionHistory } from '../find';

const s = (o: Record<string, unknown>) => SuggestionSchema.parse(suggestion(o));

const road = s({ id: uuid(101), number: '2025-01', title: '修缮机耕道', content: '白果村机耕道雨天泥泞' });
const water = s({
  id: uuid(102),
  number: '2025-02',
  title: '集镇供水',
  assignedOn: '2025-03-01',
  leadUnit: '水务站',
  answeredOn: '2025-05-01',
  answerResult: 'planned',
  promisedItems: [{ text: '年底前完成管网改造' }],
});
const late = s({ id: uuid(103), number: '2025-03', title: '路灯', assignedOn: '2025-01-10' });

describe('findSuggestions', () => {
  const all = [road, water, late];
  const find = (q: Parameters<typeof findSuggestions>[1]) =>
    findSuggestions(all, q, '2025-06-30').map((x) => x.number);

  it.each([
    [{ text: '泥泞' }, ['2025-01']], // content
    [{ text: '管网改造' }, ['2025-02']], // a promise made in the answer
    [{ text: '列入计划' }, ['2025-02']], // the answer's result
    [{ text: '水务站' }, ['2025-02']],
    [{ text: '机耕道 白果村' }, ['2025-01']], // every word must appear
    [{ text: '机耕道 供水' }, []],
    [{ stage: 'answered' as const }, ['2025-02']],
    [{ stage: 'assigned' as const }, ['2025-03']],
    [{ overdue: true }, ['2025-03']], // assigned 2025-01-10, 3 months, unanswered on 2025-06-30
    [{}, ['2025-01', '2025-02', '2025-03']],
  ])('%o → %o', (query, numbers) => expect(find(query)).toEqual(numbers));

  it('knows an empty query', () => {
    expect(isEmptyQuery({ text: '  ' })).toBe(true);
    expect(isEmptyQuery({ overdue: true })).toBe(false);
  });
});

describe('suggestionHistory', () => {
  it('lists the recorded steps oldest first, with the answer’s result', () => {
    expect(suggestionHistory(water)).toEqual([
      { date: '2025-02-20', label: '登记' },
      { date: '2025-03-01', label: '交办（水务站）' },
      { date: '2025-05-01', label: '答复：列入计划解决' },
    ]);
  });

  it('keeps the first answer of a suggestion sent back', () => {
    const back = s({
      assignedOn: '2025-03-01',
      firstAnsweredOn: '2025-04-01',
      evaluatedOn: '2025-04-10',
      evaluation: 'unsatisfied',
      rehandledCount: 1,
    });
    expect(suggestionHistory(back).map((h) => h.label)).toEqual([
      '登记',
      '交办',
      '首次答复',
      '代表评价：不满意',
    ]);
  });
});
