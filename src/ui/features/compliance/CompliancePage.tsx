// The 考评 page's island: a snapshot when the URL names one (`?snapshot=<id>`), else the live
// dashboard. It first reads whether this browser holds a ledger; the dashboard (with the compliance
// engine and the duty catalogue) and the snapshot view are loaded only when there is something to
// show, so a visitor without records gets the empty state without downloading them.
import { siteUrl } from '../../site-url';
import { useEffect, useState } from 'preact/hooks';
import type * as DashboardModule from './Dashboard';
import type { ChapterTitles } from './Dashboard';
import type * as SnapshotModule from './SnapshotView';
import { useLedgerBasics } from './use-ledger-basics';
import './compliance.css';

/** A module loaded once `wanted` becomes true; undefined until then, or when the load failed (see `error`). */
function useLazy<T>(load: () => Promise<T>, wanted: boolean): { module?: T; error?: string } {
  const [state, setState] = useState<{ module?: T; error?: string }>({});
  useEffect(() => {
    if (!wanted || state.module) return;
    load().then(
      (module) => setState({ module }),
      (error: unknown) => setState({ error: String((error as Error)?.message ?? error) }),
    );
  }, [wanted]);
  return state;
}

/** The page. */
export function CompliancePage({
  chapterTitles,
  dutyCount,
}: {
  chapterTitles: ChapterTitles;
  dutyCount: number;
}) {
  const [snapshotId] = useState(() => new URLSearchParams(window.location.search).get('snapshot'));
  const basics = useLedgerBasics();
  const township = basics.data?.township;
  const snapshotView = useLazy<typeof SnapshotModule>(() => import('./SnapshotView'), snapshotId !== null);
  const dashboard = useLazy<typeof DashboardModule>(
    () => import('./Dashboard'),
    snapshotId === null && township !== undefined,
  );

  const failed = basics.error ?? snapshotView.error ?? dashboard.error;
  if (failed !== undefined)
    return (
      <p class="notice notice-error" role="alert">
        无法打开考评：{String((failed as Error)?.message ?? failed)}
      </p>
    );
  if (snapshotId !== null)
    return snapshotView.module ? (
      <snapshotView.module.SnapshotView id={snapshotId} chapterTitles={chapterTitles} />
    ) : (
      <p role="status">正在打开封存结果…</p>
    );
  if (!basics.data) return <p role="status">正在打开台账…</p>;
  if (!township)
    return (
      <div class="compliance-empty">
        <p>
          这台电脑的浏览器里还没有台账，暂时无法考评。请先到<a href={siteUrl('/ledger/')}>履职台账</a>
          建立本乡镇的台账，或载入“示例乡镇”看看考评是什么样子。
        </p>
        <p>
          考评按<a href={siteUrl('/duties/')}>义务清单</a>中的 {dutyCount}{' '}
          项义务逐项检查台账记录，给出已达标、部分达标、未达标、待完成、不适用或数据不足的结论，并列出依据的记录。
        </p>
      </div>
    );
  if (!dashboard.module) return <p role="status">正在载入考评…</p>;
  return <dashboard.module.Dashboard basics={{ ...basics.data, township }} chapterTitles={chapterTitles} />;
}
