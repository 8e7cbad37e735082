// A form (content/forms/) as an office document: the same number line, title, fields, tables,
// numbered items, signature boxes, issuer and date line as FormSheet.astro prints, from the same
// definition and layout helpers (src/domain/forms/layout.ts), blank or filled with form values.
import { DATE_BLANK, fieldRows, inlineKeys, isCongressIssued, parseInline, tableRows } from '../forms/layout';
import type { FormValues } from '../forms/sources';
import type { FormDefinition, FormField, FormSection } from '../schemas/form';
import {
  SIZES,
  cell,
  officeDocument,
  para,
  type OfficeBlock,
  type OfficeCell,
  type OfficeDocument,
  type OfficeParagraph,
  type OfficeRow,
  type OfficeRun,
} from './model';

/** Form values with nothing in them: the blank form. */
export const BLANK_VALUES: FormValues = { fields: {}, lists: {}, rows: {} };

/** Millimetres of one handwritten line in an area field (as forms.css prints it). */
const LINE_MM = 9;
/** A ticked and an empty box. */
const BOX = { on: '☑', off: '☐' } as const;

/** An inline blank: the value underlined, or underlined ideographic spaces `width` em wide. */
function blankRun(value: string | undefined, width: number): OfficeRun {
  return value
    ? { text: `\u2002${value}\u2002`, underline: true }
    : { text: '\u3000'.repeat(Math.max(1, width)), underline: true };
}

/** A part of the document number: the value as printed, or a blank. */
const numberPart = (value: string | undefined, width: number): OfficeRun =>
  value ? { text: value } : blankRun(undefined, width);

/** A text with `{{key:label}}` blanks as runs, filled from `fields`. */
function inlineRuns(text: string, fields: Readonly<Record<string, string>>): OfficeRun[] {
  return parseInline(text).map((segment) =>
    segment.kind === 'text' ? { text: segment.text } : blankRun(fields[segment.key], segment.width),
  );
}

const heading = (text: string | undefined): OfficeBlock[] =>
  text ? [para(text, { font: 'heading', size: SIZES.si, spaceBefore: 8, keepNext: true })] : [];

/** The value cell of one field. */
function fieldCell(field: FormField, value: string | undefined, span: number): OfficeCell {
  if (field.kind === 'choice')
    return {
      span,
      paragraphs: [
        {
          kind: 'paragraph',
          runs: [
            {
              text: field.options
                .map((option) => `${option === value ? BOX.on : BOX.off}${option}`)
                .join('\u3000'),
            },
          ],
        },
      ],
    };
  return { ...cell(value ?? ''), span };
}

function fieldsBlocks(section: Extract<FormSection, { type: 'fields' }>, values: FormValues): OfficeBlock[] {
  const rows: OfficeRow[] = fieldRows(section.fields).map((row) => {
    const lines = Math.max(...row.map((field) => (field.kind === 'area' ? field.lines : 1)));
    return {
      minHeightMm: Math.max(10, lines * LINE_MM),
      cells: row.flatMap((field) => [
        cell(field.label, { header: true, align: 'center' }),
        fieldCell(field, values.fields[field.key], row.length === 1 ? 3 : 1),
      ]),
    };
  });
  return [
    ...heading(section.heading),
    { kind: 'table', columns: [18, 32, 18, 32], rows, size: SIZES.xiaosi },
  ];
}

function tableBlocks(section: Extract<FormSection, { type: 'table' }>, values: FormValues): OfficeBlock[] {
  const entries = values.rows[section.key] ?? [];
  const groups = Array.from({ length: section.perRow }, (_, i) => i);
  // Widths in percent of a group: 序号 keeps about 12 mm however many groups share a row; columns
  // with a width take their share of the rest.
  const numberWidth = section.numbered ? 8 * section.perRow : 0;
  const given = section.columns.reduce((sum, c) => sum + (c.width ?? 0), 0);
  const unset = section.columns.filter((c) => c.width === undefined).length;
  const rest = unset > 0 ? Math.max(0, 100 - given) / unset : 0;
  const scale = (100 - numberWidth) / Math.max(1, given + rest * unset);
  const groupColumns = [
    ...(section.numbered ? [numberWidth] : []),
    ...section.columns.map((c) => (c.width ?? rest) * scale),
  ];
  const columns = groups.flatMap(() => groupColumns.map((w) => w / section.perRow));
  const header: OfficeRow = {
    header: true,
    cells: groups.flatMap(() => [
      ...(section.numbered ? [cell('序号', { header: true, align: 'center' })] : []),
      ...section.columns.map((c) => cell(c.label, { header: true, align: 'center' })),
    ]),
  };
  const body: OfficeRow[] = tableRows(section, entries.length).map((slots) => ({
    minHeightMm: section.rowHeight,
    cells: slots.flatMap((entry) => [
      ...(section.numbered ? [cell(String(entry + 1), { align: 'center' })] : []),
      ...section.columns.map((c) =>
        c.kind === 'box' ? cell(BOX.off, { align: 'center' }) : cell(entries[entry]?.[c.key] ?? ''),
      ),
    ]),
  }));
  return [
    ...heading(section.heading),
    { kind: 'table', columns, rows: [header, ...body], size: SIZES.xiaosi },
  ];
}

function textBlocks(section: Extract<FormSection, { type: 'text' }>, values: FormValues): OfficeBlock[] {
  const style: Omit<OfficeParagraph, 'kind' | 'runs'> =
    section.style === 'note'
      ? { size: SIZES.xiaosi }
      : section.style === 'salutation'
        ? { spaceBefore: 6 }
        : section.style === 'caption'
          ? { align: 'center' as const }
          : { indent: true };
  return [
    ...heading(section.heading),
    // Justified only without blanks: a long blank at a line's end would spread the line's characters.
    ...section.paragraphs.map((text): OfficeParagraph => ({
      kind: 'paragraph',
      runs: inlineRuns(text, values.fields),
      ...style,
      ...(section.style === 'body' && inlineKeys(text).length === 0 ? { align: 'justify' as const } : {}),
    })),
  ];
}

function itemsBlocks(section: Extract<FormSection, { type: 'items' }>, values: FormValues): OfficeBlock[] {
  const filled = section.key ? values.lists[section.key] : undefined;
  const items = filled ?? section.items;
  const printed = items.map((item, index) => para(`${index + 1}. ${item}`, { indent: true }));
  const blanks = Array.from({ length: section.blankItems }, (_, index) =>
    para(`${items.length + index + 1}.`, { indent: true, rule: true, spaceBefore: 12 }),
  );
  return [...heading(section.heading), ...printed, ...blanks];
}

function signatureBlocks(section: Extract<FormSection, { type: 'signatures' }>): OfficeBlock[] {
  const width = 100 / section.boxes.length;
  return [
    {
      kind: 'table',
      borderless: true,
      columns: section.boxes.map(() => width),
      rows: [
        {
          minHeightMm: 30,
          cells: section.boxes.map((box) => ({
            paragraphs: box.seal
              ? [
                  para(box.label, { align: 'center', spaceBefore: 24 }),
                  para(DATE_BLANK, { align: 'center', spaceBefore: 6 }),
                ]
              : [
                  {
                    kind: 'paragraph',
                    runs: [{ text: `${box.label}：` }, blankRun(undefined, 6)],
                    spaceBefore: 24,
                  },
                  para(DATE_BLANK, { align: 'right', spaceBefore: 6 }),
                ],
          })),
        },
      ],
    },
  ];
}

/** The blocks of one section; a new section kind fails the type check here until it is drawn. */
export function sectionBlocks(section: FormSection, values: FormValues): OfficeBlock[] {
  switch (section.type) {
    case 'fields':
      return fieldsBlocks(section, values);
    case 'table':
      return tableBlocks(section, values);
    case 'text':
      return textBlocks(section, values);
    case 'items':
      return itemsBlocks(section, values);
    case 'signatures':
      return signatureBlocks(section);
    default: {
      const unknown: never = section;
      throw new Error(`form section ${JSON.stringify(unknown)} has no Word layout`);
    }
  }
}

/** A form as an office document: blank with {@link BLANK_VALUES}, else filled with `values`. */
export function formDocument(form: FormDefinition, values: FormValues = BLANK_VALUES): OfficeDocument {
  const { fields } = values;
  const blocks: OfficeBlock[] = [];
  if (form.numberLine)
    blocks.push({
      kind: 'paragraph',
      align: 'center',
      rule: true,
      // A filled number reads as printed (示例镇人大〔2025〕3号); blanks stay ruled to write on. A
      // letter of another body has a blank for that body's code instead of ××人大.
      runs: [
        ...(isCongressIssued(form)
          ? [numberPart(fields['township'], 5), { text: '人大〔' }]
          : [numberPart(fields['issuerCode'], 6), { text: '〔' }]),
        numberPart(fields['docYear'], 3),
        { text: '〕' },
        numberPart(fields['docNumber'], 2),
        { text: '号' },
      ],
    });
  blocks.push(para(form.title, { font: 'title', size: SIZES.er, align: 'center', spaceBefore: 12 }));
  if (form.subtitle) blocks.push(para(form.subtitle, { font: 'subheading', align: 'center' }));
  for (const section of form.sections) blocks.push(...sectionBlocks(section, values));
  if (form.issuer) {
    blocks.push({
      kind: 'paragraph',
      align: 'right',
      spaceBefore: 24,
      runs: inlineRuns(form.issuer, fields),
    });
    blocks.push(para(fields['issuedOn'] || `\u3000\u3000${DATE_BLANK}`, { align: 'right' }));
  }
  return officeDocument(`${form.title}${form.subtitle ?? ''}`, blocks, {
    landscape: form.landscape,
    size: SIZES.si,
    pageNumbers: form.pages > 1,
  });
}

/** The download's file name: `执法检查问题交办单.docx`. */
export function formFileName(form: Pick<FormDefinition, 'title' | 'subtitle'>): string {
  return `${form.title}${form.subtitle ?? ''}.docx`;
}
