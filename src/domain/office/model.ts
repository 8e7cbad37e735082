// The office-document model: paragraphs, tables and page setup of a Word file, built by pure
// functions (forms, the 考评 report, the annual report draft) and written to .docx by one adapter
// (src/office/render-docx.ts). Keeping it free of the docx package makes it testable and shared by
// the browser and the command-line tool.

/** The type faces of a document, by role (GB/T 9704: 仿宋 body, 小标宋 title, 黑体/楷体 headings). */
export type FontRole = 'body' | 'title' | 'heading' | 'subheading';

/** A run of text with one look. */
export interface OfficeRun {
  text: string;
  bold?: boolean;
  /** Underlined: a filled blank, or (with only spaces) an empty blank to write on. */
  underline?: boolean;
  /** The face; the paragraph's when absent. */
  font?: FontRole;
  /** Size in points; the paragraph's when absent. */
  size?: number;
}

/** How a paragraph sits: first-line indent of two characters (正文) or none, and its alignment. */
export interface OfficeParagraph {
  kind: 'paragraph';
  runs: OfficeRun[];
  align?: 'left' | 'center' | 'right' | 'justify';
  /** Indents the first line by two characters, as body text in Chinese documents does. */
  indent?: boolean;
  font?: FontRole;
  /** Size in points (三号 16, 四号 14, 小四 12, 五号 10.5, 二号 22). */
  size?: number;
  /** A line under the paragraph across the text width: a ruled line to write on, or the 版头 rule. */
  rule?: boolean;
  /** Space before the paragraph in points. */
  spaceBefore?: number;
  /** Keeps the paragraph with the next one on the same page (headings). */
  keepNext?: boolean;
  /** An outline level (0 = 一、, 1 = （一）) so Word's navigation pane lists it. */
  outline?: number;
}

/** A cell: its paragraphs, how many grid columns it spans, and whether it is a label cell. */
export interface OfficeCell {
  paragraphs: OfficeParagraph[];
  span?: number;
  /** A label or header cell: bold-ish and lightly shaded. */
  header?: boolean;
  align?: 'left' | 'center' | 'right';
}

/** A row: its cells and its least height in millimetres (room to write by hand). */
export interface OfficeRow {
  cells: OfficeCell[];
  minHeightMm?: number;
  /** Repeats at the top of every page the table runs onto. */
  header?: boolean;
}

/** A bordered table; `columns` are the grid's widths in percent of the text width. */
export interface OfficeTable {
  kind: 'table';
  columns: number[];
  rows: OfficeRow[];
  /** Draws no borders (signature boxes laid side by side). */
  borderless?: boolean;
  /** Size in points of the cells' text. */
  size?: number;
}

/** Starts a new page. */
export interface OfficePageBreak {
  kind: 'pageBreak';
}

export type OfficeBlock = OfficeParagraph | OfficeTable | OfficePageBreak;

/** Page margins in millimetres. */
export interface OfficeMargins {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/** A whole document: A4, its orientation and margins, and its blocks in order. */
export interface OfficeDocument {
  /** The document's title (the file's properties). */
  title: string;
  landscape: boolean;
  margins: OfficeMargins;
  /** Body size in points. */
  size: number;
  /** Prints 「— 1 —」 page numbers at the foot, as GB/T 9704 does. */
  pageNumbers: boolean;
  blocks: OfficeBlock[];
}

/** A4 in millimetres. */
export const A4 = { width: 210, height: 297 } as const;

/**
 * GB/T 9704 page margins: 天头 37 mm, 订口 28 mm, 版心 156 × 225 mm, which leaves 35 mm at the
 * foot and 26 mm on the right. Landscape pages turn the same margins a quarter.
 */
export const GBT9704_MARGINS: Readonly<OfficeMargins> = { top: 37, bottom: 35, left: 28, right: 26 };
/** The same margins on a landscape page: the binding edge stays on the long side. */
export const GBT9704_LANDSCAPE_MARGINS: Readonly<OfficeMargins> = {
  top: 28,
  bottom: 26,
  left: 37,
  right: 35,
};

/** Font sizes in points by their Chinese names. */
export const SIZES = { er: 22, san: 16, si: 14, xiaosi: 12, wu: 10.5 } as const;

/** A paragraph of plain text. */
export function para(text: string, options: Omit<OfficeParagraph, 'kind' | 'runs'> = {}): OfficeParagraph {
  return { kind: 'paragraph', runs: [{ text }], ...options };
}

/** A cell of plain text (lines split at newlines). */
export function cell(text: string, options: Omit<OfficeCell, 'paragraphs'> = {}): OfficeCell {
  const lines = text.split('\n');
  return {
    paragraphs: lines.map((line) => para(line, options.align ? { align: options.align } : {})),
    ...options,
  };
}

/** A document with GB/T 9704 margins. */
export function officeDocument(
  title: string,
  blocks: OfficeBlock[],
  options: { landscape?: boolean; size?: number; pageNumbers?: boolean } = {},
): OfficeDocument {
  const landscape = options.landscape ?? false;
  return {
    title,
    landscape,
    margins: { ...(landscape ? GBT9704_LANDSCAPE_MARGINS : GBT9704_MARGINS) },
    size: options.size ?? SIZES.san,
    pageNumbers: options.pageNumbers ?? true,
    blocks,
  };
}

/** All the text of a document in reading order, one line per paragraph (for tests and previews). */
export function documentText(doc: Pick<OfficeDocument, 'blocks'>): string {
  const lines: string[] = [];
  const paragraphText = (p: OfficeParagraph) => p.runs.map((r) => r.text).join('');
  for (const block of doc.blocks) {
    if (block.kind === 'paragraph') lines.push(paragraphText(block));
    else if (block.kind === 'table')
      for (const row of block.rows)
        lines.push(row.cells.map((c) => c.paragraphs.map(paragraphText).join(' ')).join(' | '));
  }
  return lines.join('\n');
}

/** The `.docx` media type. */
export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** A file name safe on Windows and phones: no path or reserved characters. */
export function safeFileName(name: string): string {
  const safe = [...name].map((ch) => (ch.charCodeAt(0) < 0x20 || '\\/:*?"<>|'.includes(ch) ? '_' : ch));
  return safe.join('').slice(0, 120);
}
