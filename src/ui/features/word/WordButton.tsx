// A 「下载 Word」 button of an island: runs its download (which imports the Word code on first use)
// and says what happened; a failure is a Chinese message beside the button and changes nothing saved.
import { useState } from 'preact/hooks';
import type * as WordDownloadsModule from './word-downloads';

/** What the Word downloads module offers; imported only when the button is pressed. */
export type WordDownloads = typeof WordDownloadsModule;

/** Loads the Word downloads module (docx and all) on demand. */
export const loadWordDownloads = (): Promise<WordDownloads> => import('./word-downloads');

/** A button that makes a Word file with `run` and reports progress and failure. */
export function WordButton({
  label,
  run,
  disabled = false,
}: {
  label: string;
  run: (word: WordDownloads) => Promise<void>;
  disabled?: boolean;
}) {
  const [state, setState] = useState<{ kind: 'idle' | 'busy' | 'done' } | { kind: 'error'; message: string }>(
    {
      kind: 'idle',
    },
  );
  const press = async () => {
    setState({ kind: 'busy' });
    try {
      await run(await loadWordDownloads());
      setState({ kind: 'done' });
    } catch (error) {
      setState({ kind: 'error', message: error instanceof Error ? error.message : String(error) });
    }
  };
  return (
    <span class="word-button">
      <button type="button" disabled={disabled || state.kind === 'busy'} onClick={() => void press()}>
        {label}
      </button>
      <span aria-live="polite" class="muted">
        {state.kind === 'busy' && ' 正在生成 Word 文件…'}
        {state.kind === 'done' && ' 已生成，请在浏览器的下载中查看。'}
      </span>
      {state.kind === 'error' && (
        <span class="notice notice-error" role="alert">
          生成 Word 文件失败：{state.message}。
        </span>
      )}
    </span>
  );
}
