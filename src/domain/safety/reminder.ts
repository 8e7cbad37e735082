// The backup reminder rule: remind to export when the last verified export is older than the
// township's setting (settings.backupReminderDays, default 7), or when there never was one.

const DAY_MS = 24 * 60 * 60 * 1000;

/** Whether to remind, and the words for the badge and the panel. */
export interface BackupReminder {
  /** True when an export is due: never exported, or older than the setting. */
  due: boolean;
  /** Whole days since the last verified export; undefined when there never was one. */
  daysSince: number | undefined;
  /** Short form for the badge: `上次校验导出 3 天前`, `今天已校验导出`, `从未导出`. */
  badge: string;
  /** A sentence for the panel and the reminder. */
  message: string;
}

/**
 * Whole days between a verified export and now (0 on the same day, never negative — a clock set
 * back must not produce "−1 天前").
 */
export function daysSince(at: string, now: Date): number | undefined {
  const then = Date.parse(at);
  if (Number.isNaN(then)) return undefined;
  return Math.max(0, Math.floor((now.getTime() - then) / DAY_MS));
}

/** What the ledger holds: nothing yet, only the 示例乡镇's fictional records, or real records. */
export type LedgerKind = 'empty' | 'demo' | 'real';

/**
 * The reminder for a last verified export (`lastExportAt`, ISO time, or undefined when none) at
 * `now`, with the township's `reminderDays`: due when never exported or when more than
 * `reminderDays` whole days have passed — but only for a ledger with real records (`ledger`,
 * default `real`): an empty ledger or the demo has nothing to lose.
 */
export function backupReminder(input: {
  lastExportAt: string | undefined;
  now: Date;
  reminderDays: number;
  ledger?: LedgerKind;
}): BackupReminder {
  const days = input.lastExportAt === undefined ? undefined : daysSince(input.lastExportAt, input.now);
  const reminder = remind(days, input.reminderDays);
  if (input.ledger === undefined || input.ledger === 'real' || !reminder.due) return reminder;
  return {
    ...reminder,
    due: false,
    message:
      input.ledger === 'empty'
        ? '台账里还没有记录，暂时不需要导出。建立台账后，请定期导出归档。'
        : '当前是示例乡镇的虚构数据，不需要导出备份。',
  };
}

/** The rule itself, for a real ledger. */
function remind(days: number | undefined, reminderDays: number): BackupReminder {
  if (days === undefined)
    return {
      due: true,
      daysSince: undefined,
      badge: '从未导出',
      message:
        '这个浏览器里的台账还从未导出过经过校验的归档。浏览器清理、重装系统或换电脑都可能让台账丢失——请现在导出一份，保存到U盘或单位的共享盘。',
    };
  const badge = days === 0 ? '今天已校验导出' : `上次校验导出 ${days} 天前`;
  if (days > reminderDays)
    return {
      due: true,
      daysSince: days,
      badge,
      message: `距上次经过校验的导出已有 ${days} 天，超过了设置的 ${reminderDays} 天。请现在导出一份归档，保存到U盘或单位的共享盘。`,
    };
  return {
    due: false,
    daysSince: days,
    badge,
    message: `${days === 0 ? '今天' : `${days} 天前`}导出过经过校验的归档；超过 ${reminderDays} 天会提醒再次导出。`,
  };
}
