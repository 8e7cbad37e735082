// Puts form values into a printed form's inputs (the markup of FormSheet.astro): single fields by
// `data-field`, numbered lists by `data-list`, tables by `data-table`, adding rows when a list is
// longer than the blank form's. Applying again replaces what an earlier record wrote.
import { tableRows } from '../../../domain/forms/layout';
import type { FormValues } from '../../../domain/forms/sources';

function setFields(sheet: HTMLElement, fields: Record<string, string>): void {
  for (const input of sheet.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('[data-field]')) {
    const value = fields[input.dataset['field']!] ?? '';
    if (input instanceof HTMLInputElement && input.type === 'checkbox') input.checked = value === input.value;
    else {
      input.value = value;
      // A filled inline blank is as wide as its value (forms.css), not the width left for handwriting.
      input.toggleAttribute('data-filled', value !== '');
    }
  }
}

function setList(list: HTMLOListElement, items: readonly string[]): void {
  const template = list.querySelector('li');
  if (!template) return;
  const blanks = Number(list.dataset['blankItems'] ?? 0);
  const all = [...items, ...Array.from({ length: blanks }, () => '')];
  list.replaceChildren(
    ...all.map((text, index) => {
      const li = template.cloneNode(true) as HTMLLIElement;
      const area = li.querySelector('textarea')!;
      area.value = text;
      area.textContent = text;
      area.setAttribute('aria-label', `第${index + 1}项`);
      return li;
    }),
  );
}

function setTable(table: HTMLTableElement, entries: readonly Record<string, string>[]): void {
  const body = table.tBodies[0];
  const template = body?.rows[0];
  if (!body || !template) return;
  const perRow = Number(table.dataset['perRow'] ?? 1);
  const blankRows = Number(table.dataset['blankRows'] ?? 1);
  const layout = tableRows({ perRow, blankRows }, entries.length);
  const rows = layout.map((slots) => {
    const row = template.cloneNode(true) as HTMLTableRowElement;
    const numbers = row.querySelectorAll<HTMLTableCellElement>('.form-num');
    const inputs = [...row.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('[data-col]')];
    const perGroup = inputs.length / perRow;
    slots.forEach((entry, group) => {
      if (numbers[group]) numbers[group].textContent = String(entry + 1);
      for (const input of inputs.slice(group * perGroup, (group + 1) * perGroup)) {
        const column = input.dataset['col']!;
        const label = input.getAttribute('aria-label')?.replace(/^第\d+行/, '') ?? '';
        input.setAttribute('aria-label', `第${entry + 1}行${label}`);
        if (input instanceof HTMLInputElement && input.type === 'checkbox') input.checked = false;
        else input.value = entries[entry]?.[column] ?? '';
      }
    });
    return row;
  });
  body.replaceChildren(...rows);
}

/** Fills the form `sheet` with `values`; lists and tables the values do not name keep their rows. */
export function applyFormValues(sheet: HTMLElement, values: FormValues): void {
  setFields(sheet, values.fields);
  for (const list of sheet.querySelectorAll<HTMLOListElement>('ol[data-list]')) {
    const items = values.lists[list.dataset['list']!];
    if (items) setList(list, items);
  }
  for (const table of sheet.querySelectorAll<HTMLTableElement>('table[data-table]')) {
    const entries = values.rows[table.dataset['table']!];
    if (entries) setTable(table, entries);
  }
}
