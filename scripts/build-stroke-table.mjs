// Builds src/domain/ledger/roster/stroke-table.json, the stroke data behind the 代表名册's
// 姓氏笔画 order: for every character of GB 2312 (the 6,763 hanzi of names in everyday use), its
// strokes in writing order, each as one digit of the five basic stroke shapes of 笔画排序
// (1 横·提, 2 竖·竖钩, 3 撇, 4 点·捺, 5 折). The string's length is the stroke count.
// Source: the cnchar and cnchar-order packages (MIT; dev dependencies, used only here).
// Run: npx node scripts/build-stroke-table.mjs
import { writeFileSync } from 'node:fs';
import { TextDecoder } from 'node:util';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
/** @type {{ use: (plugin: unknown) => void; stroke: (char: string, ...args: string[]) => unknown }} */
const cnchar = require('cnchar');
cnchar.use(require('cnchar-order'));

/**
 * The class of a stroke by cnchar's name of it.
 * @param {string} name
 */
function strokeClass(name) {
  if (name === '横' || name === '提') return '1';
  if (name === '竖' || name === '竖钩') return '2';
  if (name === '撇') return '3';
  if (name === '点' || name === '点2' || name === '捺') return '4';
  return '5';
}

const decoder = new TextDecoder('gbk');
/** @type {Record<string, string>} */
const table = {};
for (let hi = 0xb0; hi <= 0xf7; hi++)
  for (let lo = 0xa1; lo <= 0xfe; lo++) {
    const char = decoder.decode(new Uint8Array([hi, lo]));
    if (!/^\p{Script=Han}$/u.test(char)) continue;
    const names = /** @type {string[][]} */ (cnchar.stroke(char, 'order', 'name'))[0];
    const count = cnchar.stroke(char);
    if (!Array.isArray(names) || names.length === 0 || names.length !== count) continue;
    table[char] = names.map(strokeClass).join('');
  }
const out = new URL('../src/domain/ledger/roster/stroke-table.json', import.meta.url);
writeFileSync(out, `${JSON.stringify(table)}\n`);
console.log(`${Object.keys(table).length} characters written to ${out.pathname}`);
