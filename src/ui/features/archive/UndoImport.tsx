// 撤销本次导入: offered for as long as the copy kept before the last import exists.
import { useState } from 'preact/hooks';
import { canUndoImport, undoImport } from '../../../storage/queries/archive';
import { useLiveQuery } from '../../kit/use-live-query';
import { formatDateTime } from './labels';
import { useReadOnlyReason, writeControl } from '../../kit/use-read-only';

/** The undo offer of the last import; `onUndone` receives the message to show; disabled while other archive work runs. */
export function UndoImport({
  onUndone,
  disabled = false,
}: {
  onUndone: (message: string) => void;
  disabled?: boolean;
}) {
  const undo = useLiveQuery(() => canUndoImport(), []);
  const [working, setWorking] = useState(false);
  const [message, setMessage] = useState<string>();
  const readOnly = useReadOnlyReason();
  if (!undo.data) return null;
  const { at, fileName } = undo.data;

  const run = async () => {
    if (!window.confirm('撤销本次导入：台账将恢复到导入前的样子，导入后做的修改也会一并撤销。确定撤销吗？'))
      return;
    setWorking(true);
    setMessage(undefined);
    try {
      const result = await undoImport();
      if (result.ok) onUndone('已撤销本次导入，台账已恢复到导入前的状态。');
      else setMessage(`撤销没有完成：${result.message}`);
    } catch (error) {
      setMessage(`撤销没有完成：${error instanceof Error ? error.message : String(error)}`);
    } finally {
      setWorking(false);
    }
  };

  return (
    <div class="undo-bar archive-undo">
      <span>
        {formatDateTime(at)} 导入了{fileName ? `“${fileName}”` : '一个归档'}
        。如果导入错了，可以把台账恢复到那次导入之前的样子（之后所做的修改也会一并撤销）。
      </span>
      <button type="button" {...writeControl(readOnly, () => void run())} disabled={working || disabled}>
        撤销本次导入
      </button>
      {message && (
        <p class="notice-error" role="alert">
          {message}
        </p>
      )}
    </div>
  );
}
