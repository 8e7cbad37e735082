// Delete with undo, shared by every ledger list: confirm, delete, offer 撤销 until the list's next
// change, and report the outcome in one status line. Focus goes to 撤销 after a delete, so a
// keyboard user can take it back at once.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { AttachedFile } from '../../storage/queries/attachments';
import type { WriteResult } from '../../storage/errors';
import type { RemoveResult } from '../../storage/queries/records';

/** The part of a repository that deleting and undoing need. */
interface Removable<T> {
  remove(id: string): Promise<RemoveResult<T>>;
  /** Puts the record back, with the attachments its delete took along. */
  restore(record: T, attachments?: readonly AttachedFile[]): Promise<WriteResult<T>>;
}

/** A deleted record and the attachments deleted with it, kept for undo. */
interface Removed<T> {
  record: T;
  attachments: AttachedFile[];
}

/** How many attachments were deleted along with a record (not counting an attachment itself). */
function ownFiles<T>({ record, attachments }: Removed<T>): number {
  return attachments.filter((f) => f.attachment.id !== (record as { id: string }).id).length;
}

/**
 * Delete with undo for one list: `remove(record)` asks, deletes and offers undo; `status` is the
 * undo bar and the notice line to place above the list; `setNotice` reports other outcomes there;
 * `clearUndo` ends the offer (the list's next change does); `onRestored` hears of a record put back.
 */
export function useUndoableRemove<T>(
  repo: Removable<T>,
  noun: string,
  describe: (record: T) => string,
  onRestored?: (record: T) => void,
) {
  const [removed, setRemoved] = useState<Removed<T>>();
  const [notice, setNotice] = useState<string>();
  const undoButton = useRef<HTMLButtonElement>(null);
  const focusUndo = useRef(false);

  useEffect(() => {
    if (!removed || !focusUndo.current) return;
    focusUndo.current = false;
    undoButton.current?.focus();
  }, [removed]);

  const remove = async (record: T) => {
    if (!window.confirm(`确定删除${noun}“${describe(record)}”吗？在下一次修改之前可以撤销。`)) return;
    // Every ledger record has an id; the generic record type does not say so.
    const result = await repo.remove((record as { id: string }).id);
    if (result.ok && result.record) {
      focusUndo.current = true;
      setRemoved({ record: result.record, attachments: result.attachments ?? [] });
      setNotice(undefined);
    } else if (!result.ok) setNotice(result.message);
  };

  const undo = async () => {
    if (!removed) return;
    const result = await repo.restore(removed.record, removed.attachments);
    setRemoved(undefined);
    setNotice(result.ok ? `已恢复${noun}“${describe(removed.record)}”。` : result.message);
    if (result.ok) onRestored?.(result.record);
  };

  const status = (
    <>
      {removed && (
        <div class="undo-bar" role="status">
          已删除{noun}“{describe(removed.record)}”
          {ownFiles(removed) > 0 && `及其 ${ownFiles(removed)} 个附件`}。
          <button type="button" ref={undoButton} onClick={undo}>
            撤销
          </button>
        </div>
      )}
      {notice && (
        <p class="notice" role="status">
          {notice}
        </p>
      )}
    </>
  );

  return { remove, setNotice, status, clearUndo: () => setRemoved(undefined) };
}
