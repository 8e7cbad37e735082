// The one-time notice on a plain-HTTP intranet origin: shown on the first page opened there until
// the reader presses 知道了 (remembered in this browser's localStorage under NOTICE_KEY). The same
// facts stay in the ledger's 设置 → 存储状况 panel (src/ui/features/safety/OriginNotice.tsx).
import {
  INSECURE_ORIGIN_ADVICE,
  INSECURE_ORIGIN_MISSING,
  INSECURE_ORIGIN_SUMMARY,
  originKind,
} from '../../domain/safety/origin';
import { siteUrl } from '../site-url';

/** localStorage key: set once the reader has dismissed the notice on this origin. */
export const NOTICE_KEY = 'xx-insecure-origin-notice-seen';

/** Shows the notice when the origin is plain HTTP and it has not been dismissed here before. */
export function showInsecureOriginNotice(): void {
  if (originKind({ protocol: location.protocol, secure: window.isSecureContext }) !== 'insecure-http') return;
  let seen = false;
  try {
    seen = localStorage.getItem(NOTICE_KEY) !== null;
  } catch {
    // Storage blocked: show the notice every time rather than never.
  }
  if (seen || document.querySelector('.origin-once')) return;
  const notice = document.createElement('div');
  notice.className = 'origin-once';
  notice.setAttribute('role', 'dialog');
  notice.setAttribute('aria-label', '关于本站网址的提示');
  const title = document.createElement('p');
  const strong = document.createElement('strong');
  strong.textContent = INSECURE_ORIGIN_SUMMARY;
  title.append(strong);
  const list = document.createElement('ul');
  for (const missing of INSECURE_ORIGIN_MISSING) {
    const item = document.createElement('li');
    item.textContent = `${missing.label}：${missing.effect}`;
    list.append(item);
  }
  const advice = document.createElement('p');
  advice.textContent = `${INSECURE_ORIGIN_ADVICE}详情见台账“设置”页的“存储状况”。`;
  const more = document.createElement('a');
  more.href = siteUrl('/ledger/settings/#storage-health');
  more.textContent = '查看存储状况';
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = '知道了';
  button.addEventListener('click', () => {
    try {
      localStorage.setItem(NOTICE_KEY, new Date().toISOString());
    } catch {
      // Not remembered: the notice shows again next time, which is harmless.
    }
    notice.remove();
  });
  notice.append(title, list, advice, more, button);
  document.body.append(notice);
}
