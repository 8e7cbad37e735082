// Whether this tab may write to the ledger, and if not, why: another tab is the writer, or a
// restore drill shows an archive's copy. The ledger's lists and forms turn their write controls
// off with this reason on hover (and for screen readers) instead of failing on 保存; an island's
// own write buttons (workflow steps) can do the same with `useReadOnlyReason` and `writeControl`.
import { READ_ONLY_MESSAGE } from '../../domain/safety';
import { activeDrill } from '../../storage/drill-flag';
import { useWriterState } from '../features/safety/use-storage-state';

/** Why the controls of a drill are off. */
export const DRILL_CONTROLS_OFF =
  '正在进行归档演练，演练数据只读。请先点页面顶部的“结束演练”回到您的台账，再修改。';

/** The reason this tab cannot write, or undefined when it can. Follows the writer lock live. */
export function useReadOnlyReason(): string | undefined {
  const writer = useWriterState(false);
  if (activeDrill() !== undefined) return DRILL_CONTROLS_OFF;
  if (writer === 'reader') return READ_ONLY_MESSAGE;
  return undefined;
}

/**
 * The props of a write button while writing is off: still focusable (so the reason can be read),
 * marked `aria-disabled`, with the reason as its title and description, and its click swallowed.
 */
export function writeControl(reason: string | undefined, onClick: () => void) {
  if (!reason) return { onClick };
  return {
    'aria-disabled': true as const,
    title: reason,
    onClick: (event: Event) => event.preventDefault(),
  };
}

/**
 * The props of a form's submit button while writing is off (none while writing is on): it looks
 * like the other write controls and shows the reason on hover, but still submits, so that the
 * form's own refusal (the storage's read-only message) says why nothing was saved, as 保存 does.
 */
export function submitControl(reason: string | undefined) {
  return reason ? { 'aria-disabled': true as const, title: reason } : {};
}
