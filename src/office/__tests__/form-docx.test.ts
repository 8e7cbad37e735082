import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { forms } from '../../domain/forms/catalogue';
import { DATE_BLANK, parseInline } from '../../domain/forms/layout';
import type { FormValues } from '../../domain/forms/sources';
import { formDocument } from '../../domain/office/form-document';
import type { FormDefinition } from '../../domain/schemas/form';
import { renderDocx } from '../render-docx';
import { mm, readDocx } from './docx-reader';

/** The visible wording of a text with blanks, without the blanks. */
const wording = (text: string) =>
  parseInline(text)
    .flatMap((s) => (s.kind === 'text' ? [s.text.trim()] : []))
    .filter(Boolean);

/** Values that fill every key the form reads, each with a recognisable text. */
function fullValues(form: FormDefinition): FormValues {
  const values: FormValues = { fields: {}, lists: {}, rows: {} };
  for (const section of form.sections) {
    if (section.type === 'fields')
      for (const f of section.fields)
        values.fields[f.key] = f.kind === 'choice' ? f.options[0]! : `值${f.key}`;
    if (section.type === 'text')
      for (const p of section.paragraphs)
        for (const s of parseInline(p)) if (s.kind === 'blank') values.fields[s.key] = `值${s.key}`;
    if (section.type === 'items' && section.key) values.lists[section.key] = ['甲事项', '乙事项'];
    if (section.type === 'table')
      values.rows[section.key] = Array.from({ length: section.blankRows * section.perRow + 2 }, (_, i) =>
        Object.fromEntries(section.columns.map((c) => [c.key, `${c.key}${i + 1}`])),
      );
  }
  return values;
}

/**
 * The Word tables of a form's table sections, in order: a form may hold several tables with the
 * same columns (a ballot for 主席 and one for 副主席), so each section takes the next match.
 */
function tablesOf(form: FormDefinition, tables: string[][][]): Map<string, string[][]> {
  const found = new Map<string, string[][]>();
  let from = 0;
  for (const section of form.sections) {
    if (section.type !== 'table') continue;
    const index = tables.findIndex(
      (t, i) => i >= from && section.columns.every((c) => t[0]!.includes(c.label)),
    );
    if (index < 0) continue;
    found.set(section.key, tables[index]!);
    from = index + 1;
  }
  return found;
}

describe.each(forms.map((form) => [form.id, form] as const))('form %s as .docx', (_id, form) => {
  it('is A4 with GB/T 9704 margins, and carries the title, every label, column and wording', async () => {
    const docx = await readDocx(await renderDocx(formDocument(form)));
    expect(docx.files).toContain('word/styles.xml');
    const { page } = docx;
    const [short, long] = [Math.min(page.width, page.height), Math.max(page.width, page.height)];
    expect(mm(short)).toBeCloseTo(210, 0);
    expect(mm(long)).toBeCloseTo(297, 0);
    expect(page.orient === 'landscape').toBe(form.landscape);
    expect(page.width > page.height).toBe(form.landscape);
    const margins = form.landscape ? [page.left, page.top] : [page.top, page.left];
    expect(mm(margins[0]!)).toBeCloseTo(37, 0);
    expect(mm(margins[1]!)).toBeCloseTo(28, 0);
    expect(docx.paragraphs).toContain(form.title);
    if (form.subtitle) expect(docx.paragraphs).toContain(form.subtitle);
    const tables = tablesOf(form, docx.tables);
    for (const section of form.sections) {
      switch (section.type) {
        case 'fields':
          for (const f of section.fields) {
            expect(docx.text).toContain(f.label);
            for (const option of f.options) expect(docx.text).toContain(`☐${option}`);
          }
          break;
        case 'table': {
          const table = tables.get(section.key);
          expect(table, section.key).toBeDefined();
          expect(table!.length).toBe(section.blankRows + 1);
          break;
        }
        case 'text':
          for (const p of section.paragraphs) for (const w of wording(p)) expect(docx.text).toContain(w);
          break;
        case 'items':
          for (const item of section.items) expect(docx.text).toContain(item);
          expect(docx.paragraphs.filter((p) => /^\d+\.$/.test(p)).length).toBe(section.blankItems);
          break;
        case 'signatures':
          for (const box of section.boxes) expect(docx.text).toContain(box.label);
          expect(docx.text).toContain(DATE_BLANK);
          break;
      }
    }
  });

  it('filled, prints every value, and a longer list adds table rows', async () => {
    const values = fullValues(form);
    const docx = await readDocx(await renderDocx(formDocument(form, values)));
    for (const [key, value] of Object.entries(values.fields)) {
      const choice = form.sections.some(
        (s) => s.type === 'fields' && s.fields.some((f) => f.key === key && f.kind === 'choice'),
      );
      expect(docx.text, key).toContain(choice ? `☑${value}` : value);
    }
    for (const items of Object.values(values.lists))
      for (const item of items) expect(docx.text).toContain(item);
    const tables = tablesOf(form, docx.tables);
    for (const section of form.sections)
      if (section.type === 'table') {
        const entries = values.rows[section.key]!;
        const table = tables.get(section.key)!;
        expect(table.length).toBe(Math.ceil(entries.length / section.perRow) + 1);
        const firstText = section.columns.find((c) => c.kind === 'text');
        if (firstText) expect(table.flat().join('\n')).toContain(`${firstText.key}${entries.length}`);
      }
  });
});

describe('fonts', () => {
  it('sets 仿宋_GB2312 for the body and 方正小标宋简体 for the title, with 仿宋 and 宋体 in their place where missing', async () => {
    const bytes = await renderDocx(formDocument(forms[0]!));
    const docx = await readDocx(bytes);
    expect(docx.xml).toMatch(/w:eastAsia="方正小标宋简体"[^>]*\/>[\s\S]*?<w:t[^>]*>[^<]*</);
    expect(docx.xml).toContain('w:eastAsia="仿宋_GB2312"');
    const zip = await JSZip.loadAsync(bytes);
    const fonts = await zip.file('word/fontTable.xml')!.async('string');
    expect(fonts).toContain('<w:font w:name="仿宋_GB2312"><w:altName w:val="仿宋"/>');
    expect(fonts).toContain('<w:font w:name="方正小标宋简体"><w:altName w:val="宋体"/>');
  });
});

describe('the form list', () => {
  it('covers the whole catalogue', () => {
    expect(forms.length).toBeGreaterThan(10);
  });
});
