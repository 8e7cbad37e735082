// Reads a printed form's inputs back as form values (the inverse of apply-values.ts), so the Word
// download carries what the clerk sees: the record's values and any edits typed in since.
import type { FormValues } from '../../../domain/forms/sources';

/** The values typed or filled into the form `sheet` (markup of FormSheet.astro). */
export function readFormValues(sheet: HTMLElement): FormValues {
  const values: FormValues = { fields: {}, lists: {}, rows: {} };
  for (const input of sheet.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('[data-field]')) {
    const key = input.dataset['field']!;
    if (input instanceof HTMLInputElement && input.type === 'checkbox') {
      if (input.checked) values.fields[key] = input.value;
    } else if (input.value.trim()) values.fields[key] = input.value.trim();
  }
  for (const list of sheet.querySelectorAll<HTMLOListElement>('ol[data-list]')) {
    const items = [...list.querySelectorAll<HTMLTextAreaElement>('textarea[data-item]')]
      .map((area) => area.value.trim())
      .filter(Boolean);
    values.lists[list.dataset['list']!] = items;
  }
  for (const table of sheet.querySelectorAll<HTMLTableElement>('table[data-table]')) {
    const entries: Record<number, Record<string, string>> = {};
    for (const row of table.tBodies[0]?.rows ?? []) {
      const numbers = [...row.querySelectorAll('.form-num')].map((cell) => Number(cell.textContent) - 1);
      const inputs = [...row.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('[data-col]')];
      const perRow = Math.max(1, Number(table.dataset['perRow'] ?? 1));
      const perGroup = inputs.length / perRow;
      for (let group = 0; group < perRow; group++) {
        const entry = numbers[group] ?? Object.keys(entries).length;
        for (const input of inputs.slice(group * perGroup, (group + 1) * perGroup)) {
          if (input instanceof HTMLInputElement && input.type === 'checkbox') continue;
          const value = input.value.trim();
          if (value) (entries[entry] ??= {})[input.dataset['col']!] = value;
        }
      }
    }
    const last = Math.max(-1, ...Object.keys(entries).map(Number));
    values.rows[table.dataset['table']!] = Array.from({ length: last + 1 }, (_, i) => entries[i] ?? {});
  }
  return values;
}
