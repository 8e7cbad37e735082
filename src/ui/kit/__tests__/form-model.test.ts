import { describe, expect, it } from 'vitest';
import { toFormValues, toInput, type FieldSpec } from '../form-model';

const fields: FieldSpec[] = [
  { name: 'topic', label: '主题', kind: 'text' },
  { name: 'kind', label: '类型', kind: 'select' },
  { name: 'participants', label: '人数', kind: 'number' },
  { name: 'published', label: '公开', kind: 'checkbox' },
  { name: 'deputyIds', label: '代表', kind: 'multiselect' },
  { name: 'topics', label: '议题', kind: 'lines' },
  { name: 'test.entitled', label: '应参加', kind: 'number', when: (v) => v['kind'] === 'voterReport' },
  { name: 'test.satisfied', label: '满意', kind: 'number', when: (v) => v['kind'] === 'voterReport' },
];

describe('toInput', () => {
  it('parses numbers, drops empty text and splits lines', () => {
    const input = toInput(fields, {
      topic: '  普法 ',
      kind: 'lawPopularization',
      participants: '12',
      published: true,
      deputyIds: ['a'],
      topics: '一\n\n 二 ',
    });
    expect(input).toEqual({
      topic: '普法',
      kind: 'lawPopularization',
      participants: 12,
      published: true,
      deputyIds: ['a'],
      topics: ['一', '二'],
    });
  });

  it('leaves a hidden group out entirely, even when the record had one', () => {
    const input = toInput(
      fields,
      { topic: 'x', kind: 'training', 'test.entitled': '50' },
      { test: { entitled: 50 } },
    );
    expect(input['test']).toBeUndefined();
  });

  it('builds a nested group from dotted names when shown', () => {
    const input = toInput(fields, { kind: 'voterReport', 'test.entitled': '50', 'test.satisfied': '40' });
    expect(input['test']).toEqual({ entitled: 50, satisfied: 40 });
  });

  it('keeps what the form does not show, and keeps text that is not a number for the schema to refuse', () => {
    const input = toInput(fields, { topic: 'x', participants: '十二' }, { id: 'r1', note: '备注' });
    expect(input).toMatchObject({ id: 'r1', note: '备注', participants: '十二' });
  });
});

describe('toFormValues', () => {
  it('turns a record into strings, booleans and arrays for the inputs', () => {
    expect(
      toFormValues(fields, {
        topic: 'x',
        participants: 3,
        published: true,
        topics: ['一', '二'],
        test: { entitled: 5 },
      }),
    ).toEqual({
      topic: 'x',
      kind: '',
      participants: '3',
      published: true,
      deputyIds: [],
      topics: '一\n二',
      'test.entitled': '5',
      'test.satisfied': '',
    });
  });
});

describe('rows fields', () => {
  const votes: FieldSpec = {
    name: 'votesText',
    label: '表决结果',
    kind: 'rows',
    columns: [
      { label: '表决事项', kind: 'text' },
      { label: '赞成', kind: 'number' },
    ],
    split: (line) => line.split('|'),
    join: (cells) => cells.join('|'),
  };

  it('splits stored lines into cells and joins them back, dropping blank rows', () => {
    const values = toFormValues([votes], { votesText: ['决议甲|40', '决议乙|38'] });
    expect(values['votesText']).toEqual(['决议甲\t40', '决议乙\t38']);
    const input = toInput([votes], { votesText: ['决议甲\t41', '\t', ' 决议乙 \t 38 '] });
    expect(input['votesText']).toEqual(['决议甲|41', '决议乙|38']);
  });
});
