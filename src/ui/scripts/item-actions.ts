// Copy-citation and copy-link buttons on every item of the rules. One delegated listener per page.
// Falls back to a hidden textarea where the async clipboard is unavailable (pages opened over plain
// http from another machine are not a secure context, so navigator.clipboard is missing there).

async function copyText(text: string): Promise<boolean> {
  try {
    if (navigator.clipboard && window.isSecureContext) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // fall through to the legacy path
  }
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  document.body.append(area);
  area.select();
  let ok: boolean;
  try {
    // The deprecated copy command is the only way to copy outside a secure context.
    ok = (document as { execCommand(command: string): boolean }).execCommand('copy');
  } catch {
    ok = false;
  }
  area.remove();
  return ok;
}

function announce(button: HTMLButtonElement, message: string) {
  const original = button.dataset['label'] ?? button.textContent ?? '';
  button.dataset['label'] = original;
  button.textContent = message;
  button.setAttribute('aria-live', 'polite');
  window.setTimeout(() => {
    button.textContent = original;
  }, 2000);
}

let installed = false;

/** Handles clicks on `[data-action=copy-cite]` and `[data-action=copy-link]` anywhere on the page. */
export function installItemActions(): void {
  if (installed) return;
  installed = true;
  document.addEventListener('click', async (event) => {
    const button = (event.target as Element | null)?.closest<HTMLButtonElement>('button[data-action]');
    const holder = button?.closest<HTMLElement>('.rule-actions');
    if (!button || !holder) return;
    const action = button.dataset['action'];
    const text =
      action === 'copy-cite'
        ? holder.dataset['cite']
        : action === 'copy-link'
          ? new URL(holder.dataset['href'] ?? '', window.location.href).href
          : undefined;
    if (text === undefined) return;
    const ok = await copyText(text);
    announce(button, ok ? '已复制' : '复制失败，请手动选择');
    if (ok) document.dispatchEvent(new CustomEvent('handbook:copied', { detail: text }));
  });
}
