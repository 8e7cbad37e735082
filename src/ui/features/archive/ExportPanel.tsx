// 导出: the whole ledger to one ZIP. The file is offered for download only after the storage layer
// has read it back and verified it; the last verified export is shown from the database.
import { siteUrl } from '../../site-url';
import { useState } from 'preact/hooks';
import { catalogue } from '../../../domain/catalogue';
import { exportLedger, lastVerifiedExport } from '../../../storage/queries/archive';
import { useLiveQuery } from '../../kit/use-live-query';
import { APP_VERSION } from './app-version';
import { downloadBytes } from './download';
import { formatDateTime } from './labels';
import { Progress } from './Progress';

type ExportState =
  | { step: 'idle' }
  | { step: 'working'; fraction: number }
  | { step: 'done'; fileName: string }
  | { step: 'failed'; message: string };

/** The export section: button, progress, download, and the last verified export. */
export function ExportPanel({ hasRecords }: { hasRecords: boolean }) {
  const [state, setState] = useState<ExportState>({ step: 'idle' });
  const last = useLiveQuery(() => lastVerifiedExport(), []);

  const run = async () => {
    setState({ step: 'working', fraction: 0 });
    try {
      const result = await exportLedger({
        catalogue,
        appVersion: APP_VERSION,
        onProgress: (fraction) => setState({ step: 'working', fraction }),
      });
      if (!result.ok) {
        setState({ step: 'failed', message: result.message });
        return;
      }
      downloadBytes(result.bytes, result.fileName, 'application/zip');
      setState({ step: 'done', fileName: result.fileName });
    } catch (error) {
      setState({ step: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  };

  return (
    <section class="archive-section" aria-labelledby="export-title">
      <h2 id="export-title">导出归档</h2>
      <p>
        {'把本乡镇台账的全部记录、附件、设置和考评快照导出为一个 ZIP 文件。'}
        {'文件导出后会立即重新读取一遍、逐项核对，核对无误才提供下载。'}
        {'这个文件不用本系统也能检查（见'}
        <a href={siteUrl('/archive-format/')}>归档格式说明</a>
        {'），其中的 CSV 表格可以直接用 Excel 打开。'}
      </p>
      <div class="archive-actions">
        <button
          type="button"
          class="button-primary"
          onClick={run}
          disabled={!hasRecords || state.step === 'working'}
        >
          导出全部台账
        </button>
        {!hasRecords && <span class="muted">台账里还没有记录，没有可以导出的内容。</span>}
      </div>
      {state.step === 'working' && <Progress label="正在导出并校验" fraction={state.fraction} />}
      {state.step === 'done' && (
        <p class="notice notice-ok" role="status">
          已导出并校验通过：{state.fileName}。请把文件保存到U盘或单位的共享盘，并按要求报送市人大。
        </p>
      )}
      {state.step === 'failed' && (
        <p class="notice notice-error" role="alert">
          导出没有完成：{state.message} 没有生成文件；台账本身没有任何改动，可以稍后重试。
        </p>
      )}
      <p class="archive-last-export">
        {last.data
          ? `最近一次经过校验的导出：${formatDateTime(last.data.at)}（${last.data.fileName}）`
          : last.loading
            ? '正在读取上次导出的记录…'
            : '最近一次经过校验的导出：还没有。建议每月至少导出一次。'}
      </p>
    </section>
  );
}
