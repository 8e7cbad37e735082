// 立即导出: one click exports the whole ledger as a verified archive, as on the archive page.
import { useState } from 'preact/hooks';

type State =
  | { step: 'idle' }
  | { step: 'working' }
  | { step: 'done'; fileName: string }
  | { step: 'failed'; message: string };

/** The reminder's export button, with its outcome next to it. */
export function ExportNowButton() {
  const [state, setState] = useState<State>({ step: 'idle' });
  const run = async () => {
    setState({ step: 'working' });
    try {
      const { exportNow } = await import('./export-now');
      const result = await exportNow();
      setState(
        result.ok ? { step: 'done', fileName: result.fileName } : { step: 'failed', message: result.message },
      );
    } catch (error) {
      setState({ step: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  };
  return (
    <span class="export-now">
      <button type="button" class="button-primary" onClick={run} disabled={state.step === 'working'}>
        {state.step === 'working' ? '正在导出并校验…' : '立即导出'}
      </button>
      {state.step === 'done' && (
        <span role="status" class="export-now-done">
          已导出并校验通过：{state.fileName}。请把文件保存到U盘或单位的共享盘。
        </span>
      )}
      {state.step === 'failed' && (
        <span role="alert" class="notice-error">
          导出没有完成：{state.message}
        </span>
      )}
    </span>
  );
}
