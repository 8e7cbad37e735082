import { describe, expect, it } from 'vitest';
import { userChoices } from '../current-user';

describe('userChoices', () => {
  const officers = [
    { role: 'chair', name: '李建国', from: '2021-05-10' },
    { role: 'viceChair', name: '王秀英', from: '2021-05-10' },
    { role: 'staff', name: '张旧', from: '2021-05-10', to: '2023-12-31' },
    { role: 'staff', name: '刘敏', from: '2024-01-01' },
    { role: 'head', name: '赵镇长', from: '2021-05-10' },
    { role: 'staff', name: '李建国', from: '2021-05-10' },
  ] as const;

  it('lists the 专干, 主席 and 副主席 in office on the date, each name once', () => {
    expect(userChoices(officers, '2025-06-30')).toEqual([
      { name: '刘敏', label: '刘敏（人大专干）' },
      { name: '李建国', label: '李建国（人大专干）' },
      { name: '王秀英', label: '王秀英（人大副主席）' },
    ]);
    expect(userChoices(officers, '2022-01-01').map((c) => c.name)).toEqual(['张旧', '李建国', '王秀英']);
  });
});
