import { describe, expect, it } from 'vitest';
import {
  backupReminder,
  daysSince,
  formatBytes,
  formatSpace,
  indexedDbExplanation,
  isSpaceLow,
  persistBadge,
  persistMessage,
} from '..';

describe('formatBytes', () => {
  it.each([
    [0, '0 B'],
    [512, '512 B'],
    [1024, '1 KB'],
    [1536, '1.5 KB'],
    [12 * 1024 * 1024, '12 MB'],
    [1.25 * 1024 ** 3, '1.3 GB'],
    [300 * 1024 ** 3, '300 GB'],
    [-1, '未知'],
    [Number.NaN, '未知'],
  ])('%d bytes read as %s', (bytes, expected) => {
    expect(formatBytes(bytes)).toBe(expected);
  });
});

describe('formatSpace', () => {
  it.each([
    [{ usage: 12 * 1024 ** 2, quota: 2 * 1024 ** 3 }, '已用 12 MB，尚可使用约 2 GB（已用 不到 1%）'],
    [{ usage: 512 * 1024 ** 2, quota: 1024 ** 3 }, '已用 512 MB，尚可使用约 512 MB（已用 50%）'],
    [{ usage: 0, quota: 1024 }, '已用 0 B，尚可使用约 1 KB（已用 0%）'],
    [{ usage: 2048 }, '已用 2 KB（浏览器没有提供可用空间）'],
    [{}, '浏览器没有提供存储空间信息'],
  ])('%o reads as %s', (estimate, expected) => {
    expect(formatSpace(estimate)).toBe(expected);
  });

  it('warns when 80 % of the quota is used', () => {
    expect(isSpaceLow({ usage: 80, quota: 100 })).toBe(true);
    expect(isSpaceLow({ usage: 79, quota: 100 })).toBe(false);
    expect(isSpaceLow({ usage: 80 })).toBe(false);
  });
});

describe('backupReminder', () => {
  const now = new Date('2025-06-10T09:00:00+08:00');
  const at = (iso: string) => backupReminder({ lastExportAt: iso, now, reminderDays: 7 });

  it('reminds when the ledger was never exported', () => {
    const reminder = backupReminder({ lastExportAt: undefined, now, reminderDays: 7 });
    expect(reminder).toMatchObject({ due: true, daysSince: undefined, badge: '从未导出' });
    expect(reminder.message).toContain('从未导出');
  });

  it.each([
    ['2025-06-10T08:00:00+08:00', false, 0, '今天已校验导出'],
    ['2025-06-07T09:00:00+08:00', false, 3, '上次校验导出 3 天前'],
    ['2025-06-03T09:00:00+08:00', false, 7, '上次校验导出 7 天前'],
    ['2025-06-02T09:00:00+08:00', true, 8, '上次校验导出 8 天前'],
    ['2024-06-10T09:00:00+08:00', true, 365, '上次校验导出 365 天前'],
  ])('an export at %s is due=%s after %d days (%s)', (iso, due, days, badge) => {
    expect(at(iso)).toMatchObject({ due, daysSince: days, badge });
  });

  it('follows the township’s setting', () => {
    const lastExportAt = '2025-06-07T09:00:00+08:00';
    expect(backupReminder({ lastExportAt, now, reminderDays: 2 }).due).toBe(true);
    expect(backupReminder({ lastExportAt, now, reminderDays: 2 }).message).toContain('超过了设置的 2 天');
    expect(backupReminder({ lastExportAt, now, reminderDays: 3 }).due).toBe(false);
  });

  it.each(['empty', 'demo'] as const)('does not remind for a ledger that is %s', (ledger) => {
    const reminder = backupReminder({ lastExportAt: undefined, now, reminderDays: 7, ledger });
    expect(reminder).toMatchObject({ due: false, badge: '从未导出' });
    expect(backupReminder({ lastExportAt: undefined, now, reminderDays: 7, ledger: 'real' }).due).toBe(true);
  });

  it('never counts negative days and treats an unreadable time as never exported', () => {
    expect(daysSince('2025-06-11T09:00:00+08:00', now)).toBe(0);
    expect(backupReminder({ lastExportAt: 'garbage', now, reminderDays: 7 }).badge).toBe('从未导出');
  });
});

describe('persistence wording', () => {
  it.each([
    ['granted', '持久存储 ✔', '已同意'],
    ['denied', '持久存储 ✘', '拒绝'],
    ['unsupported', '持久存储 不支持', '不支持'],
  ] as const)('%s reads %s', (answer, badge, word) => {
    expect(persistBadge(answer)).toBe(badge);
    expect(persistMessage(answer, true)).toContain(word);
  });

  it('does not claim a refusal before the browser was asked', () => {
    expect(persistMessage('denied', false)).not.toContain('拒绝');
    expect(persistMessage('denied', false)).toContain('申请持久存储');
  });
});

describe('indexedDbExplanation', () => {
  it('says nothing when IndexedDB works', () => {
    expect(indexedDbExplanation('ok')).toBeUndefined();
  });

  it('blames 兼容模式 when IndexedDB is missing, and says how to switch', () => {
    const explanation = indexedDbExplanation('missing')!;
    expect(explanation.causes[0]).toContain('兼容模式');
    expect(explanation.steps.join('')).toContain('极速模式');
  });

  it('names private windows and disabled storage when IndexedDB is blocked, with the browser’s error', () => {
    const explanation = indexedDbExplanation('blocked', 'SecurityError')!;
    expect(explanation.what).toContain('SecurityError');
    expect(explanation.causes.join('')).toMatch(/无痕.*禁止了网站保存数据/s);
  });
});
