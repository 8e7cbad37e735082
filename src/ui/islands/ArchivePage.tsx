// 归档与导入: export the whole ledger to one verified ZIP, and import one back (dry run, merge or
// replace, undo). The work is done by src/storage/archive/; this island only asks and shows.
import { getLedgerDb } from '../../storage/instance';
import { counts } from '../../storage/ledger';
import { useLiveQuery } from '../hooks/use-live-query';
import { ExportPanel } from './archive/ExportPanel';
import { ImportPanel, type CurrentLedger } from './archive/ImportPanel';
import { RestoreDrill } from './archive/RestoreDrill';
import './archive/archive.css';

/** The 归档与导入 island. */
export function ArchivePage() {
  const db = getLedgerDb();
  const { data, error } = useLiveQuery(async (): Promise<CurrentLedger> => {
    const township = await db.township.toCollection().first();
    const perTable = await counts(db);
    return {
      ...(township ? { townshipId: township.townshipId, townshipName: township.name } : {}),
      isDemo: township?.isDemo === true,
      total: Object.values(perTable).reduce((sum, n) => sum + n, 0),
    };
  }, [db]);

  if (error !== undefined)
    return (
      <p class="notice notice-error" role="alert">
        无法打开浏览器里的台账数据库：{String((error as Error)?.message ?? error)}
      </p>
    );
  if (!data) return <p role="status">正在打开台账…</p>;
  return (
    <div class="archive-page">
      {data.isDemo && (
        <div class="demo-banner" role="note">
          <strong>当前显示的是示例乡镇的虚构数据</strong>，导出的归档也会标明是示例数据。
        </div>
      )}
      <ExportPanel hasRecords={data.total > 0} />
      <ImportPanel current={data} />
      <RestoreDrill />
    </div>
  );
}
