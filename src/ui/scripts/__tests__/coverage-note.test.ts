import { describe, expect, it } from 'vitest';
import type { Status } from '../../../domain/compliance';
import { coverageNote } from '../duty-live-status-run';

const subjects = (...statuses: Status[]) =>
  statuses.map((status, i) => ({ key: `${i}`, label: `${i}`, status, note: '', evidence: [] }));

describe('coverageNote', () => {
  it.each([
    [subjects('met'), ''],
    [
      subjects('met', 'missed', 'pending', 'unknown'),
      '（4 个对象中已衡量 2 个，待完成 1 个，数据不足 1 个）',
    ],
    [subjects('met', 'met', 'not_applicable'), '（3 个对象中已衡量 2 个）'],
  ])('%#', (given, note) => expect(coverageNote({ subjects: given })).toBe(note));
});
