// Whether this tab is in a restore drill (恢复演练), kept in sessionStorage so that it lasts while
// the tab browses the ledger and ends with the tab. Apart from drill.ts so that the banner of every
// page can ask without loading Dexie.

/** The sessionStorage key of the drill in progress. */
export const DRILL_FLAG_KEY = 'xiangxiang-ledger-drill';

/** The drill in progress: which archive is being looked at. */
export interface DrillInfo {
  /** The archive's township name (归档的乡镇). */
  townshipName: string;
  /** The archive's date (bag-info's Bagging-Date). */
  baggingDate: string;
  /** The archive's file name, if known. */
  fileName?: string;
  /** When the drill started (ISO 8601). */
  startedAt: string;
}

/** The session storage of this tab, if the page has one (not in Node, not when the browser blocks it). */
function session(): Storage | undefined {
  try {
    return typeof sessionStorage === 'undefined' ? undefined : sessionStorage;
  } catch {
    // Some browsers throw on access when site data is blocked.
    return undefined;
  }
}

/** The drill in progress in this tab, if any. */
export function activeDrill(): DrillInfo | undefined {
  const raw = session()?.getItem(DRILL_FLAG_KEY);
  if (!raw) return undefined;
  try {
    const value = JSON.parse(raw) as Partial<DrillInfo>;
    return typeof value.townshipName === 'string' && typeof value.baggingDate === 'string'
      ? (value as DrillInfo)
      : undefined;
  } catch {
    return undefined;
  }
}

/** Marks this tab as in a drill (after the drill database is written). */
export function setDrillFlag(info: DrillInfo): void {
  session()?.setItem(DRILL_FLAG_KEY, JSON.stringify(info));
}

/** Ends the drill's flag (the database is deleted by drill.ts `endDrill`). */
export function clearDrillFlag(): void {
  session()?.removeItem(DRILL_FLAG_KEY);
}

/** The banner's sentence for a drill (shown on every page while it lasts). */
export function drillBannerText(info: DrillInfo): string {
  return `正在查看归档演练：${info.townshipName || '未命名乡镇'} ${info.baggingDate}，只读。结束演练后这些数据会被丢弃，您的台账不受影响。`;
}
