// A labelled progress bar for long archive work (export, verification, import).

/** A progress bar with its label; `fraction` is 0…1. */
export function Progress({ label, fraction }: { label: string; fraction: number }) {
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
    </div>
  );
}
