// The one module that imports the `docx` package: it writes an office document (the pure model of
// src/domain/office/model.ts) as a .docx file. The browser loads it only by dynamic import when a
// Word download is pressed; the command-line tool imports it directly.
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  HeightRule,
  LineRuleType,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  ShadingType,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
  convertMillimetersToTwip,
} from 'docx';
import {
  A4,
  type FontRole,
  type OfficeBlock,
  type OfficeCell,
  type OfficeDocument,
  type OfficeParagraph,
  type OfficeTable,
} from '../domain/office/model';

/**
 * Type faces by role. An office's machines have 仿宋_GB2312 and 方正小标宋简体 (GB/T 9704); Word and
 * WPS substitute 仿宋 and 宋体 where they are missing. Latin letters and digits in Times New Roman.
 */
export const FONT_FACES: Readonly<Record<FontRole, string>> = {
  body: '仿宋_GB2312',
  title: '方正小标宋简体',
  heading: '黑体',
  subheading: '楷体_GB2312',
};
const LATIN = 'Times New Roman';

/** GB/T 9704: 22 lines on the 225 mm text block, so about 28.95 pt a line for 三号 body text. */
const BODY_LINE_TWIPS = 579;

const ALIGN = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  justify: AlignmentType.JUSTIFIED,
} as const;

const RULE = { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } as const;

const font = (role: FontRole) => ({ ascii: LATIN, hAnsi: LATIN, eastAsia: FONT_FACES[role], cs: LATIN });
const halfPoints = (pt: number) => Math.round(pt * 2);

interface Context {
  /** The size of text where a paragraph gives none. */
  size: number;
  /** Inside a table cell: single line spacing instead of the body's fixed lines. */
  inCell: boolean;
}

function paragraph(p: OfficeParagraph, ctx: Context): Paragraph {
  const size = p.size ?? ctx.size;
  const role = p.font ?? 'body';
  const fixedLines = !ctx.inCell && size === 16 && role === 'body';
  return new Paragraph({
    ...(p.align ? { alignment: ALIGN[p.align] } : {}),
    ...(p.indent
      ? { indent: { firstLineChars: 200, firstLine: convertMillimetersToTwip((size * 2 * 25.4) / 72) } }
      : {}),
    spacing: {
      before: Math.round((p.spaceBefore ?? 0) * 20),
      after: 0,
      ...(fixedLines ? { line: BODY_LINE_TWIPS, lineRule: LineRuleType.EXACT } : {}),
    },
    ...(p.keepNext ? { keepNext: true } : {}),
    ...(p.outline !== undefined ? { outlineLevel: p.outline } : {}),
    // Word and WPS draw consecutive paragraphs with the same border as one box; `between` keeps a
    // ruled line under each of them.
    ...(p.rule ? { border: { bottom: RULE, between: RULE } } : {}),
    children: p.runs.map(
      (run) =>
        new TextRun({
          text: run.text,
          font: font(run.font ?? role),
          size: halfPoints(run.size ?? size),
          ...(run.bold ? { bold: true } : {}),
          ...(run.underline ? { underline: {} } : {}),
        }),
    ),
  });
}

function tableCell(c: OfficeCell, widthTwips: number, ctx: Context): TableCell {
  const paragraphs = c.paragraphs.length > 0 ? c.paragraphs : [{ kind: 'paragraph' as const, runs: [] }];
  return new TableCell({
    children: paragraphs.map((p) => {
      const align = p.align ?? c.align;
      return paragraph(align ? { ...p, align } : p, { ...ctx, inCell: true });
    }),
    width: { size: widthTwips, type: WidthType.DXA },
    verticalAlign: VerticalAlignTable.CENTER,
    margins: { left: 80, right: 80, top: 40, bottom: 40 },
    ...(c.span && c.span > 1 ? { columnSpan: c.span } : {}),
    ...(c.header ? { shading: { fill: 'F2F2F2', type: ShadingType.CLEAR, color: 'auto' } } : {}),
  });
}

function table(t: OfficeTable, textWidthTwips: number, ctx: Context): Table {
  const grid = t.columns.map((percent) => Math.round((percent / 100) * textWidthTwips));
  const cellCtx = { ...ctx, size: t.size ?? ctx.size };
  return new Table({
    width: { size: textWidthTwips, type: WidthType.DXA },
    columnWidths: grid,
    layout: TableLayoutType.FIXED,
    ...(t.borderless ? { borders: TableBorders.NONE } : {}),
    rows: t.rows.map((row) => {
      let column = 0;
      return new TableRow({
        ...(row.header ? { tableHeader: true } : {}),
        cantSplit: true,
        ...(row.minHeightMm
          ? { height: { value: convertMillimetersToTwip(row.minHeightMm), rule: HeightRule.ATLEAST } }
          : {}),
        children: row.cells.map((c) => {
          const span = c.span ?? 1;
          const width = grid.slice(column, column + span).reduce((a, b) => a + b, 0);
          column += span;
          return tableCell(c, width, cellCtx);
        }),
      });
    }),
  });
}

function block(b: OfficeBlock, textWidthTwips: number, ctx: Context): (Paragraph | Table)[] {
  switch (b.kind) {
    case 'paragraph':
      return [paragraph(b, ctx)];
    case 'table':
      // A paragraph after a table keeps two tables that follow each other from merging.
      return [table(b, textWidthTwips, ctx), new Paragraph({ spacing: { after: 0 }, children: [] })];
    case 'pageBreak':
      return [new Paragraph({ pageBreakBefore: true, children: [] })];
    default: {
      const unknown: never = b;
      throw new Error(`office block ${JSON.stringify(unknown)} has no Word form`);
    }
  }
}

/** The document as a docx `Document` (for tests that inspect it before packing). */
export function toDocx(doc: OfficeDocument): Document {
  const pageWidth = doc.landscape ? A4.height : A4.width;
  const textWidth = convertMillimetersToTwip(pageWidth - doc.margins.left - doc.margins.right);
  const ctx: Context = { size: doc.size, inCell: false };
  const footer = new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [
          new TextRun({
            children: ['— ', PageNumber.CURRENT, ' —'],
            font: font('body'),
            size: halfPoints(14),
          }),
        ],
      }),
    ],
  });
  return new Document({
    title: doc.title,
    creator: '湘乡市乡镇人大履职台账',
    styles: {
      default: { document: { run: { font: font('body'), size: halfPoints(doc.size) } } },
    },
    sections: [
      {
        properties: {
          page: {
            size: {
              width: convertMillimetersToTwip(A4.width),
              height: convertMillimetersToTwip(A4.height),
              orientation: doc.landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
            },
            margin: {
              top: convertMillimetersToTwip(doc.margins.top),
              bottom: convertMillimetersToTwip(doc.margins.bottom),
              left: convertMillimetersToTwip(doc.margins.left),
              right: convertMillimetersToTwip(doc.margins.right),
              footer: convertMillimetersToTwip(20),
            },
          },
        },
        ...(doc.pageNumbers ? { footers: { default: footer } } : {}),
        children: doc.blocks.flatMap((b) => block(b, textWidth, ctx)),
      },
    ],
  });
}

/**
 * The faces of the font table with what Word and WPS put in their place where a face is missing
 * (`w:altName`): an office without 仿宋_GB2312 gets 仿宋, without 方正小标宋简体 gets 宋体. All are
 * GB2312 (charset 86) faces. The docx package writes an empty font table, so this one replaces it.
 */
const FONT_TABLE: readonly { name: string; alt?: string; panose: string; family: string; pitch: string }[] = [
  { name: FONT_FACES.body, alt: '仿宋', panose: '02010609030101010101', family: 'modern', pitch: 'fixed' },
  { name: FONT_FACES.title, alt: '宋体', panose: '02000000000000000000', family: 'auto', pitch: 'variable' },
  {
    name: FONT_FACES.heading,
    alt: 'SimHei',
    panose: '02010609060101010101',
    family: 'modern',
    pitch: 'fixed',
  },
  {
    name: FONT_FACES.subheading,
    alt: '楷体',
    panose: '02010609030101010101',
    family: 'modern',
    pitch: 'fixed',
  },
  { name: '宋体', alt: 'SimSun', panose: '02010600030101010101', family: 'auto', pitch: 'variable' },
];

/** word/fontTable.xml with the faces above and Times New Roman. */
export function fontTableXml(): string {
  const east = FONT_TABLE.map(
    (f) =>
      `<w:font w:name="${f.name}">${f.alt ? `<w:altName w:val="${f.alt}"/>` : ''}<w:panose1 w:val="${f.panose}"/><w:charset w:val="86"/><w:family w:val="${f.family}"/><w:pitch w:val="${f.pitch}"/></w:font>`,
  ).join('');
  const latin = `<w:font w:name="${LATIN}"><w:panose1 w:val="02020603050405020304"/><w:charset w:val="00"/><w:family w:val="roman"/><w:pitch w:val="variable"/></w:font>`;
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">${east}${latin}</w:fonts>`;
}

/** The document as the bytes of a .docx file. */
export async function renderDocx(doc: OfficeDocument): Promise<Uint8Array> {
  const overrides = [{ path: 'word/fontTable.xml', data: fontTableXml() }];
  return new Uint8Array(await Packer.toArrayBuffer(toDocx(doc), false, overrides));
}
