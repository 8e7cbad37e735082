// 姓氏笔画 order (the customary order of a 代表名册): names compared character by character, each
// character by its stroke count, then by the shapes of its strokes in writing order (横、竖、撇、
// 点、折), then by code point. The stroke data (stroke-table.json) is built by
// scripts/build-stroke-table.mjs for the 6,732 hanzi of GB 2312; characters outside it sort after
// those in it. This module is imported only by the roster's print and export (a 130 KB table).
import table from './stroke-table.json';

const STROKES: Readonly<Record<string, string>> = table;

/** A character's strokes in writing order as shape digits (1 横 2 竖 3 撇 4 点 5 折), if known. */
export function strokesOf(char: string): string | undefined {
  return Object.hasOwn(STROKES, char) ? STROKES[char] : undefined;
}

/** A character's stroke count (`王` → 4), if known. */
export function strokeCount(char: string): number | undefined {
  return strokesOf(char)?.length;
}

/** Compares two characters in stroke order. */
function compareChars(a: string, b: string): number {
  if (a === b) return 0;
  const sa = strokesOf(a);
  const sb = strokesOf(b);
  if (sa !== undefined && sb !== undefined) {
    if (sa.length !== sb.length) return sa.length - sb.length;
    if (sa !== sb) return sa < sb ? -1 : 1;
  } else if (sa !== undefined) return -1;
  else if (sb !== undefined) return 1;
  return a.codePointAt(0)! - b.codePointAt(0)!;
}

/** Compares two names in 姓氏笔画 order (a name that is the start of the other comes first). */
export function compareByStrokes(a: string, b: string): number {
  const ca = [...a.trim()];
  const cb = [...b.trim()];
  for (let i = 0; i < Math.min(ca.length, cb.length); i++) {
    const order = compareChars(ca[i]!, cb[i]!);
    if (order !== 0) return order;
  }
  return ca.length - cb.length;
}

/** The items sorted by their names in 姓氏笔画 order (a new array; equal names keep their order). */
export function sortByStrokes<T>(items: readonly T[], nameOf: (item: T) => string): T[] {
  return [...items].sort((x, y) => compareByStrokes(nameOf(x), nameOf(y)));
}
