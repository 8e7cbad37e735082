/** Makes every `[data-print]` button open the browser's print dialog. */
export function installPrintButtons(): void {
  for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-print]')) {
    button.addEventListener('click', () => window.print());
  }
}
