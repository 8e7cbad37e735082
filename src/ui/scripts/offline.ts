// Registers the service worker (`/sw.js`, written by scripts/build-sw.mjs after the build) on every
// page, and offers a new version when one has been installed in the background: a small notice
// 「网站已更新，刷新后使用新版本」 with a 刷新 button. The page is never reloaded unless the reader
// presses it, so nothing typed into a ledger form is lost. See docs/decisions/0004-offline.md.

import { SITE_BASE, siteUrl } from '../site-url';

/** The notice's text. */
const NOTICE_TEXT = '网站已更新，刷新后使用新版本';
/** Asked before reloading over a form with edits. */
const UNSAVED_QUESTION = '当前页面的表单还有未保存的内容，刷新后将丢失。仍要刷新吗？';

/** Registers `sw.js` (under the site's base) for the whole site, when the browser and the page's origin allow it. */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD) return; // `astro dev` has no sw.js
  if (!('serviceWorker' in navigator) || !/^https?:$/.test(location.protocol)) return;
  const container = navigator.serviceWorker;
  let controlled = container.controller !== null;
  let reloadRequested = false;

  container.addEventListener('controllerchange', () => {
    if (reloadRequested) location.reload();
    // Another tab switched to the new version; this page keeps its own version's files meanwhile.
    else if (controlled) showUpdateNotice(() => location.reload());
    controlled = true;
  });

  const offer = (worker: ServiceWorker) =>
    showUpdateNotice(() => {
      reloadRequested = true;
      worker.postMessage({ type: 'SKIP_WAITING' });
    });

  const register = async () => {
    const registration = await container.register(siteUrl('/sw.js'), { scope: SITE_BASE });
    // A new version only counts as an update when this page is served by an older one.
    if (registration.waiting && container.controller) offer(registration.waiting);
    registration.addEventListener('updatefound', () => {
      const worker = registration.installing;
      worker?.addEventListener('statechange', () => {
        if (worker.state === 'installed' && container.controller) offer(worker);
      });
    });
  };
  const start = () =>
    register().catch((error: unknown) => {
      console.warn('离线功能不可用：service worker 注册失败', error);
    });
  if (document.readyState === 'complete') void start();
  else window.addEventListener('load', () => void start(), { once: true });
}

/** Shows (or re-arms) the update notice; `apply` runs when the reader presses 刷新. */
function showUpdateNotice(apply: () => void): void {
  let notice = document.querySelector<HTMLElement>('.site-update');
  if (!notice) {
    notice = document.createElement('div');
    notice.className = 'site-update';
    notice.setAttribute('role', 'status');
    const text = document.createElement('span');
    text.textContent = NOTICE_TEXT;
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = '刷新';
    notice.append(text, button);
    document.body.append(notice);
  }
  const button = notice.querySelector('button')!;
  button.onclick = () => {
    if (hasUnsavedInput(document) && !window.confirm(UNSAVED_QUESTION)) return;
    button.disabled = true;
    apply();
  };
}

/** Whether a form in the page's main content holds anything the reader has typed or chosen. */
export function hasUnsavedInput(root: ParentNode): boolean {
  const fields = root.querySelectorAll<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>(
    'main form input, main form textarea, main form select',
  );
  return [...fields].some((field) => {
    if (field instanceof HTMLSelectElement)
      return [...field.options].some((option) => option.selected !== option.defaultSelected);
    if (field instanceof HTMLInputElement && (field.type === 'checkbox' || field.type === 'radio'))
      return field.checked !== field.defaultChecked;
    if (
      field instanceof HTMLInputElement &&
      ['button', 'submit', 'reset', 'hidden', 'file'].includes(field.type)
    )
      return false;
    return field.value !== field.defaultValue;
  });
}
