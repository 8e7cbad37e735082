import { describe, expect, it } from 'vitest';
import { activity, session, uuid } from '../../../../domain/ledger/__tests__/builders';
import { countsLine, formatDate, labelsOf, recordLabel, tableLabel } from '../labels';
import { generateDemo } from '../../../../domain/demo/generate';

describe('recordLabel', () => {
  it.each([
    [
      'activities',
      activity({ kind: 'lawInspection', date: '2025-03-12', topic: '道路交通安全法' }),
      '2025-03-12 执法检查：道路交通安全法',
    ],
    ['sessions', session({ number: 3, startDate: '2024-01-10' }), '第3次会议 2024-01-10'],
    [
      'officers',
      { id: uuid(1), role: 'chair', name: '李建国', from: '2021-05-10' },
      '人大主席 李建国 2021-05-10',
    ],
    ['suggestions', { id: uuid(2), number: '2025-01', title: '修缮村道' }, '2025-01 修缮村道'],
    ['township', { id: uuid(3) }, uuid(3)],
  ] as const)('%s', (table, record, label) =>
    expect(recordLabel(table, record as unknown as Record<string, unknown>)).toBe(label),
  );

  it('shows text from an archive as it is (the page escapes it)', () => {
    expect(recordLabel('deputies', { id: uuid(4), name: '<img src=x onerror=alert(1)>' })).toBe(
      '<img src=x onerror=alert(1)>',
    );
  });
});

describe('labelsOf', () => {
  it('labels the records of the given ids, in order, and falls back to the id', () => {
    const data = generateDemo();
    const [first, second] = data.deputies;
    expect(labelsOf(data, 'deputies', [second!.id, 'missing', first!.id])).toEqual([
      second!.name,
      'missing',
      first!.name,
    ]);
  });
});

describe('formatting', () => {
  it('writes dates the Chinese way', () => {
    expect(formatDate('2026-11-28')).toBe('2026年11月28日');
    expect(formatDate('2026-03-05T07:02:00.000Z')).toBe('2026年3月5日');
    expect(formatDate('不是日期')).toBe('不是日期');
  });

  it('lists the counts of tables that have records, with their Chinese names', () => {
    expect(countsLine({ township: 1, deputies: 75, activities: 0, unknownTable: 3 })).toBe(
      '乡镇 1 条，代表名册 75 条',
    );
    expect(countsLine({ deputies: 0 })).toBe('没有记录');
    expect(tableLabel('deputies')).toBe('代表名册');
    expect(tableLabel('other')).toBe('other');
  });
});
