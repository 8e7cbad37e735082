// 「下载 Word」 on a form page: builds the .docx of the form as it stands, loading the Word code only
// on the first press (bench/budgets.json keeps docx out of every page's first load).

/** The message shown when the Word file could not be made; nothing typed in the form is lost. */
export const WORD_FAILED = '生成 Word 文件失败';

/**
 * Makes every `[data-word-form]` button download its form as .docx. The page serves them disabled,
 * so that a press before this script has run is not silently lost; they are enabled here.
 */
export function installWordButtons(): void {
  for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-word-form]')) {
    button.addEventListener('click', () => void downloadForm(button));
    button.disabled = false;
  }
}

/** Downloads the form the button names; failures go to the button's status line. */
export async function downloadForm(button: HTMLButtonElement): Promise<void> {
  const formId = button.dataset['wordForm']!;
  const sheet = document.querySelector<HTMLElement>(`.form-sheet[data-form="${formId}"]`);
  const status = document.querySelector<HTMLElement>('[data-word-status]');
  if (!sheet) return;
  button.disabled = true;
  if (status) status.textContent = '正在生成 Word 文件…';
  try {
    const { downloadFormDocx } = await import('../features/word/word-downloads');
    await downloadFormDocx(formId, sheet);
    if (status) status.textContent = '已生成 Word 文件，请在浏览器的下载中查看。';
  } catch (error) {
    if (status)
      status.textContent = `${WORD_FAILED}：${error instanceof Error ? error.message : String(error)}。`;
  } finally {
    button.disabled = false;
  }
}
