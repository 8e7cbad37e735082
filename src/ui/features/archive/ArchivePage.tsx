// 归档与导入: export the whole ledger to one verified ZIP, and import one back (dry run, merge or
// replace, undo). The work is done by src/storage/archive/; this island only asks and shows.
import { readArchiveSummary } from '../../../storage/queries/archive';
import { useLiveQuery } from '../../kit/use-live-query';
import { ExportPanel } from './ExportPanel';
import { ImportPanel, type CurrentLedger } from './ImportPanel';
import { RestoreDrill } from './RestoreDrill';
import './archive.css';

/** The 归档与导入 island. */
export function ArchivePage() {
  const { data, error } = useLiveQuery(async (): Promise<CurrentLedger> => {
    const { township, total } = await readArchiveSummary();
    return {
      ...(township ? { townshipId: township.townshipId, townshipName: township.name } : {}),
      isDemo: township?.isDemo === true,
      total,
    };
  }, []);

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
