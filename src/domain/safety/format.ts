// Readable sizes for the storage health panel: bytes, and the used/available space of the origin.

const UNITS = ['B', 'KB', 'MB', 'GB', 'TB'] as const;

/**
 * A byte count as a short readable size with binary steps (`0 B`, `512 B`, `1.5 KB`, `12 MB`,
 * `1.2 GB`): one decimal below 10 of a unit, none above, as office staff read file sizes.
 */
export function formatBytes(bytes: number): string {
  if (!Number.isFinite(bytes) || bytes < 0) return '未知';
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit += 1;
  }
  if (unit === 0) return `${Math.round(value)} B`;
  const rounded = value < 10 ? Math.round(value * 10) / 10 : Math.round(value);
  return `${rounded} ${UNITS[unit]}`;
}

/** What the browser said about the origin's space (`navigator.storage.estimate()`); fields may be missing. */
export interface SpaceEstimate {
  /** Bytes this site uses. */
  usage?: number | undefined;
  /** Bytes this site may use in all (used plus still available). */
  quota?: number | undefined;
}

/**
 * The space line of the health panel: `已用 12 MB，尚可使用约 1.2 GB（已用 1%）`, or an honest
 * `浏览器没有提供存储空间信息` when the browser does not tell.
 */
export function formatSpace({ usage, quota }: SpaceEstimate): string {
  if (
    usage === undefined ||
    quota === undefined ||
    !Number.isFinite(usage) ||
    !Number.isFinite(quota) ||
    quota <= 0
  )
    return usage === undefined || !Number.isFinite(usage)
      ? '浏览器没有提供存储空间信息'
      : `已用 ${formatBytes(usage)}（浏览器没有提供可用空间）`;
  const available = Math.max(0, quota - usage);
  const share = (usage / quota) * 100;
  const percent = share > 0 && share < 1 ? '不到 1%' : `${Math.round(share)}%`;
  return `已用 ${formatBytes(usage)}，尚可使用约 ${formatBytes(available)}（已用 ${percent}）`;
}

/** Whether the used space is close enough to the quota (≥ 80 %) to warn before writes start to fail. */
export function isSpaceLow({ usage, quota }: SpaceEstimate): boolean {
  return usage !== undefined && quota !== undefined && quota > 0 && usage / quota >= 0.8;
}
