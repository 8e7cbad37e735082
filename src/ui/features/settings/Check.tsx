// A plain check mark with words, never colour alone: 符合 / 超期 / 待办 / 无法判断.
import type { ComponentChildren } from 'preact';

/** How a check reads: met, flagged (late, missing, out of range), still open, or not judgeable. */
export type CheckTone = 'ok' | 'flag' | 'open' | 'unknown';

const WORDS: Record<CheckTone, string> = { ok: '符合', flag: '注意', open: '待办', unknown: '无法判断' };

/** A mark (`符合`, or a given word) followed by the sentence that explains it. */
export function Check({
  tone,
  word,
  children,
}: {
  tone: CheckTone;
  word?: string;
  children?: ComponentChildren;
}) {
  return (
    <span class={`admin-check admin-check-${tone}`}>
      <span class="admin-check-word">{word ?? WORDS[tone]}</span>
      {children && <span class="admin-check-text">{children}</span>}
    </span>
  );
}
