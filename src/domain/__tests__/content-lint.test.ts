// One vocabulary across the handbook: a content lint over content/ and the pages and components that
// render its strings. Each failure names the file, where in it, the phrase found and what to write.
// content/forms/ is left out for now: the forms are being rewritten separately (issue 14, item 5);
// add it to yamlFiles once they follow the same vocabulary.
import { describe, expect, it } from 'vitest';

/** A banned variant and the project's word for it. */
interface Banned {
  pattern: RegExp;
  use: string;
  /** Also checked in law notes (`note:` of upstream references), which may keep the law's own wording. */
  inLawNotes: boolean;
}

const N = '一二三四五六七八九十';
const BANNED: Banned[] = [
  // One name for the tool: 本工具 (it is a handbook, a ledger and a checker at once).
  { pattern: /本站|本手册/g, use: '本工具', inLawNotes: true },
  // One name for the evaluation date: 截至日期, the label of the 考评 page's date field.
  { pattern: /评估日|查询日|截止日期/g, use: '截至日期', inLawNotes: true },
  // The bylaw's word for the unit handling a suggestion (细则第十六条第（三）项).
  { pattern: /承办单位/g, use: '办理单位', inLawNotes: true },
  // Redundant: 人代会 already says 会议.
  { pattern: /人代会会议/g, use: '人代会（或“人民代表大会会议”）', inLawNotes: true },
  // The law's short name is 组织法 (content/laws.yaml).
  { pattern: /地方组织法/g, use: '组织法', inLawNotes: true },
  // One style of item citation: 第五条第（二）项.
  { pattern: new RegExp(`第[${N}]+条（[${N}]+）`, 'g'), use: '第X条第（Y）项', inLawNotes: true },
  { pattern: new RegExp(`第[${N}]+(?:[、至][${N}]+)*项`, 'g'), use: '第（X）项', inLawNotes: true },
  // Counts and periods in the handbook's own text are Arabic (2次, 3个月); law notes keep the law's.
  {
    pattern: new RegExp(
      `(?:至少|不少于|每年|每月|每半年|每季度|累计|举行)(?:两|[${N}]+)(?:次|件|个|名)|(?:两|[${N}]+)个月`,
      'g',
    ),
    use: '阿拉伯数字（如“2次”“3个月”）',
    inLawNotes: false,
  },
  // Ranges as the bylaw writes them: 1—2次, 3—5人.
  { pattern: /\d至\d/g, use: '“—”（如“3—5人”）', inLawNotes: false },
  // 《湖南省乡镇人民代表大会工作条例》 is cited by name only: its text is not available to us.
  {
    pattern: /条例第[一二三四五六七八九十\d]+条/g,
    use: '《湖南省乡镇人民代表大会工作条例》（按名称引用）',
    inLawNotes: true,
  },
];

/** Quotations of the law's own wording that the numeral rule lets through. */
const QUOTED = ['未经批准两次不出席'];

const yamlFiles = import.meta.glob<unknown>(
  ['../../../content/**/*.yaml', '!../../../content/forms/**', '!../../../content/rules/**'],
  { eager: true, import: 'default' },
);
// The rules' verbatim text is never edited; only its title and metadata are linted.
const rulesFiles = import.meta.glob<Record<string, unknown>>('../../../content/rules/*.yaml', {
  eager: true,
  import: 'default',
});
const rawFiles = import.meta.glob<string>(
  [
    '../../../content/pages/*.md',
    '../../../src/pages/{index,duties,glossary}.astro',
    '../../../src/ui/components/{AnnotationView,DutyTable}.astro',
  ],
  { eager: true, query: '?raw', import: 'default' },
);

/** Every string in a parsed YAML value, with its path (`duties[3].rule`). */
function strings(value: unknown, path = ''): { path: string; text: string }[] {
  if (typeof value === 'string') return [{ path, text: value }];
  if (Array.isArray(value))
    return value.flatMap((v, i) => {
      const id = v && typeof v === 'object' && 'id' in v ? `(${String(v.id)})` : '';
      return strings(v, `${path}[${i}]${id}`);
    });
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => strings(v, path ? `${path}.${k}` : k));
  return [];
}

const short = (file: string) => file.replace(/^(\.\.\/)+/, '');

/** `file path: “phrase” → use` for every banned variant in the text. */
function findings(file: string, path: string, text: string, lawNote: boolean): string[] {
  const found: string[] = [];
  let scrubbed = text;
  for (const quote of QUOTED) scrubbed = scrubbed.replaceAll(quote, '');
  for (const rule of BANNED) {
    if (lawNote && !rule.inLawNotes) continue;
    for (const match of scrubbed.matchAll(rule.pattern))
      found.push(`${short(file)} ${path}: “${match[0]}” → 用“${rule.use}”`);
  }
  return found;
}

const isLawNote = (path: string) => /(upstream\[\d+\]|\.law)\.note$/.test(path);

describe('content lint: one vocabulary', () => {
  it('lints a known set of files', () => {
    expect(Object.keys(yamlFiles).length).toBeGreaterThanOrEqual(29);
    expect(Object.keys(rawFiles).length).toBeGreaterThanOrEqual(6);
  });

  it.each(Object.keys(yamlFiles))('%s uses the project vocabulary', (file) => {
    const bad = strings(yamlFiles[file]).flatMap(({ path, text }) =>
      findings(file, path, text, isLawNote(path)),
    );
    expect(bad).toEqual([]);
  });

  it.each(Object.keys(rulesFiles))('%s: title and metadata use the project vocabulary', (file) => {
    const { articles: _verbatim, chapters: _chapters, ...meta } = rulesFiles[file]!;
    const bad = strings(meta).flatMap(({ path, text }) => findings(file, path, text, false));
    expect(bad).toEqual([]);
  });

  it.each(Object.keys(rawFiles))('%s uses the project vocabulary', (file) => {
    const bad = rawFiles[file]!.split('\n').flatMap((line, i) => findings(file, `第${i + 1}行`, line, false));
    expect(bad).toEqual([]);
  });

  it('catches each banned variant (the lint can fail)', () => {
    const sample = [
      '本站',
      '本手册',
      '评估日',
      '查询日',
      '截止日期',
      '承办单位',
      '人代会会议',
      '地方组织法',
      '第四条（十一）',
      '第十二条第三项',
      '每年两次',
      '三个月',
      '条例第三条',
      '3至5人',
    ];
    for (const phrase of sample)
      expect(findings('x.yaml', 'p', `甲${phrase}乙`, false), phrase).toHaveLength(1);
    expect(findings('x.yaml', 'p', '代表未经批准两次不出席会议', false)).toEqual([]);
    expect(findings('x.yaml', 'p', '三个月内答复', true)).toEqual([]);
    expect(findings('x.yaml', 'p', '第十七条第（四）项、第（二）、（三）项', false)).toEqual([]);
  });
});

describe('content lint: article summaries', () => {
  const annotations = Object.entries(yamlFiles).filter(([file]) => file.includes('/annotations/'));
  it.each(annotations.map(([file]) => file))('%s: the summary opens with 本条', (file) => {
    const summary = (yamlFiles[file] as { summary: string }).summary;
    expect(summary.startsWith('本条'), `${short(file)} summary: “${summary.slice(0, 12)}…”`).toBe(true);
  });
});
