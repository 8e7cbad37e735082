// The restore drill's banner on every page: shown while this tab is in a drill (sessionStorage), with
// 结束演练, which deletes the drill database and reloads the page onto the real ledger. Dexie is
// loaded only when the button is pressed.
import { activeDrill, drillBannerText } from '../../storage/drill-flag';

/** Shows the banner (the element rendered by DrillBanner.astro) when a drill is in progress. */
export function showDrillBanner(): void {
  const banner = document.querySelector<HTMLElement>('[data-drill-banner]');
  const info = activeDrill();
  if (!banner || !info) return;
  const text = banner.querySelector<HTMLElement>('[data-drill-text]');
  const button = banner.querySelector<HTMLButtonElement>('[data-drill-end]');
  if (text) text.textContent = drillBannerText(info);
  banner.hidden = false;
  button?.addEventListener('click', async () => {
    button.disabled = true;
    button.textContent = '正在结束演练…';
    const { endDrill } = await import('../../storage/queries/drill');
    await endDrill();
    location.reload();
  });
}
