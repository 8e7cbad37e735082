// Filters the rows of the 义务清单 by chapter, period and subject. The choice is kept in the URL's
// query (?chapter=3&period=year) so a filtered list can be linked and survives a reload.

const KEYS = ['chapter', 'period', 'subject'] as const;

/** Wires the filter form on the page, if there is one. */
export function installDutyFilters(): void {
  const form = document.querySelector<HTMLFormElement>('form[data-duty-filters]');
  if (!form) return;
  const rows = [...document.querySelectorAll<HTMLTableRowElement>('tr[data-duty]')];
  const output = form.querySelector('output');
  const params = new URLSearchParams(window.location.search);
  for (const key of KEYS) {
    const select = form.elements.namedItem(key) as HTMLSelectElement | null;
    if (select && params.has(key)) select.value = params.get(key) ?? '';
  }
  const apply = () => {
    const chosen = Object.fromEntries(
      KEYS.map((key) => [key, (form.elements.namedItem(key) as HTMLSelectElement | null)?.value ?? '']),
    );
    let shown = 0;
    for (const row of rows) {
      const visible = KEYS.every((key) => !chosen[key] || row.dataset[key] === chosen[key]);
      row.hidden = !visible;
      if (visible) shown += 1;
    }
    if (output) output.textContent = `共 ${shown} 项`;
    const query = new URLSearchParams(Object.entries(chosen).filter(([, v]) => v));
    const search = query.toString();
    history.replaceState(null, '', search ? `?${search}${location.hash}` : location.pathname + location.hash);
  };
  form.addEventListener('change', apply);
  form.addEventListener('submit', (event) => event.preventDefault());
  apply();
}
