// A labelled progress bar for long archive work (export, verification, import), with a 取消 button
// when the work can be cancelled.
import { useState } from 'preact/hooks';

/** A progress bar with its label; `fraction` is 0…1. */
export function Progress({
  label,
  fraction,
  onCancel,
  note,
}: {
  label: string;
  fraction: number;
  /** Shown as a 取消 button; it is disabled once pressed (the work stops at its next check). */
  onCancel?: () => void;
  /** A line under the bar. */
  note?: string;
}) {
  const [cancelling, setCancelling] = useState(false);
  const percent = Math.max(0, Math.min(100, Math.round(fraction * 100)));
  return (
    <div class="archive-progress">
      <span class="archive-progress-label">{label}</span>
      <div
        class="archive-progress-track"
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={`${percent}%`}
      >
        <div class="archive-progress-bar" style={{ width: `${percent}%` }} />
      </div>
      <span class="archive-progress-value" aria-hidden="true">
        {percent}%
      </span>
      {onCancel && (
        <button
          type="button"
          disabled={cancelling}
          onClick={() => {
            setCancelling(true);
            onCancel();
          }}
        >
          {cancelling ? '正在取消…' : '取消'}
        </button>
      )}
      {note && <p class="archive-progress-note">{note}</p>}
    </div>
  );
}
