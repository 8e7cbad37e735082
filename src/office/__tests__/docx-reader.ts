// Reads back a generated .docx (a ZIP of XML) for tests: the body's paragraphs as text, its tables
// as rows of cell text, and the page setup.
import JSZip from 'jszip';

/** What a test looks at in a .docx. */
export interface DocxContents {
  xml: string;
  /** Text of each body paragraph (outside tables), in order. */
  paragraphs: string[];
  /** Each table as rows of cell texts. */
  tables: string[][][];
  /** All text, paragraphs and cells, in document order. */
  text: string;
  page: {
    width: number;
    height: number;
    orient?: string;
    top: number;
    bottom: number;
    left: number;
    right: number;
  };
  files: string[];
}

const decode = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
const textOf = (xml: string) =>
  decode([...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''));
const attr = (tag: string, name: string) => Number(new RegExp(`w:${name}="(-?\\d+)"`).exec(tag)?.[1]);

/** Opens the .docx bytes. */
export async function readDocx(bytes: Uint8Array): Promise<DocxContents> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = await zip.file('word/document.xml')!.async('string');
  const body = xml.slice(xml.indexOf('<w:body>'));
  const tables = [...body.matchAll(/<w:tbl>([\s\S]*?)<\/w:tbl>/g)].map((t) =>
    [...t[1]!.matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map((r) =>
      [...r[0].matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map((c) =>
        [...c[1]!.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) => textOf(p[0])).join('\n'),
      ),
    ),
  );
  const outside = body.replace(/<w:tbl>[\s\S]*?<\/w:tbl>/g, '');
  const paragraphs = [...outside.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) => textOf(p[0]));
  const pgSz = /<w:pgSz[^>]*>/.exec(xml)?.[0] ?? '';
  const pgMar = /<w:pgMar[^>]*>/.exec(xml)?.[0] ?? '';
  const orient = /w:orient="(\w+)"/.exec(pgSz)?.[1];
  return {
    xml,
    paragraphs,
    tables,
    text: [...body.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) => textOf(p[0])).join('\n'),
    page: {
      width: attr(pgSz, 'w'),
      height: attr(pgSz, 'h'),
      ...(orient ? { orient } : {}),
      top: attr(pgMar, 'top'),
      bottom: attr(pgMar, 'bottom'),
      left: attr(pgMar, 'left'),
      right: attr(pgMar, 'right'),
    },
    files: Object.keys(zip.files),
  };
}

/** Millimetres from twips. */
export const mm = (twips: number) => (twips * 25.4) / 1440;
