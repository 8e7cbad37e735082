// Writes a whole ledger into one ZIP archive: a BagIt bag (RFC 8493) whose paths are all ASCII,
// with the records as JSON per table, CSV copies for Excel, attachments named by their SHA-256,
// the catalogue, a README and a printable index.html. See docs/archive-format.md.
import JSZip from 'jszip';
import { today } from '../dates';
import { RECORD_TABLES, type LedgerData, type RecordTable, type Settings } from '../ledger';
import type { Catalogue } from '../schemas/duty';
import {
  ARCHIVE_FORMAT_VERSION,
  BAG_INFO,
  PAYLOAD_FILES,
  TAG_FILES,
  attachmentPath,
  baseDirName,
  csvPath,
  recordsPath,
} from './format';
import { BOM, escapeHtml, recordDate, recordName, sha256Hex, toCsv } from './util';

/** Everything an archive holds. */
export interface WriteInput {
  data: LedgerData;
  settings: Settings | undefined;
  /** Attachment bytes by attachment id. */
  blobs: ReadonlyMap<string, Blob>;
  catalogue: Catalogue;
  appVersion: string;
  now: Date;
  /** The change log (修改记录) entries, oldest first; written as an empty list when absent. */
  changeLog?: readonly unknown[];
}

const TABLES = Object.keys(RECORD_TABLES) as RecordTable[];

/** Rows of a table printed in index.html at most; the CSV copy has them all. */
const INDEX_ROWS_PER_TABLE = 2000;

/** Records of every table, in archive order. */
function countsOf(data: LedgerData): Record<RecordTable, number> {
  return Object.fromEntries(TABLES.map((t) => [t, data[t].length])) as Record<RecordTable, number>;
}

/** Builds the archive's bytes; `onProgress` receives 0…1 (preparing files to 0.5, compressing to 1). */
export async function writeArchive(
  input: WriteInput,
  onProgress?: (fraction: number) => void,
): Promise<Uint8Array> {
  const { data, catalogue, now } = input;
  const date = today(() => now);
  const township = data.township[0];
  const townshipId = township?.townshipId ?? '';
  const townshipName = township?.name ?? '';
  const encoder = new TextEncoder();
  /** Payload files (under data/): path → bytes. */
  const payload = new Map<string, Uint8Array>();
  const text = (path: string, content: string) => payload.set(path, encoder.encode(content));
  const json = (value: unknown) => `${JSON.stringify(value, null, 1)}\n`;
  /** A table as a JSON array with one record per line: compact, yet readable and diffable. */
  const jsonLines = (rows: readonly unknown[]) =>
    rows.length ? `[\n${rows.map((r) => JSON.stringify(r)).join(',\n')}\n]\n` : '[]\n';

  const steps = TABLES.length + 2;
  let step = 0;
  const tick = () => onProgress?.((++step / steps) * 0.5);

  for (const table of TABLES) {
    text(recordsPath(table), jsonLines(data[table]));
    text(csvPath(table), toCsv(data[table] as unknown as Record<string, unknown>[]));
    tick();
  }
  text(PAYLOAD_FILES.settings, json(input.settings ?? null));
  text(PAYLOAD_FILES.catalogue, json(catalogue));
  text(PAYLOAD_FILES.changelog, json(input.changeLog ?? []));
  tick();

  const attachmentFiles = new Map<string, Uint8Array>();
  for (const attachment of data.attachments) {
    const path = attachmentPath(attachment.sha256, attachment.mediaType);
    if (attachmentFiles.has(path)) continue;
    const blob = input.blobs.get(attachment.id);
    if (!blob) throw new Error(`附件“${attachment.fileName}”的文件内容不在本机，无法导出。`);
    const bytes = new Uint8Array(await blob.arrayBuffer());
    const actual = await sha256Hex(bytes);
    if (actual !== attachment.sha256)
      throw new Error(`附件“${attachment.fileName}”的文件内容与登记的校验值不符，无法导出。`);
    attachmentFiles.set(path, bytes);
    payload.set(path, bytes);
  }
  tick();

  const payloadPaths = [...payload.keys()].sort();
  const manifest = await manifestOf(payloadPaths, payload);
  const octets = payloadPaths.reduce((sum, p) => sum + payload.get(p)!.length, 0);
  const counts = countsOf(data);

  const bagInfo = [
    [BAG_INFO.sourceOrganization, `湘乡市${townshipName}人民代表大会`],
    [BAG_INFO.externalDescription, `湘乡市${townshipName}人大履职台账归档（全部记录、附件与考评快照）`],
    [BAG_INFO.baggingDate, date],
    [BAG_INFO.payloadOxum, `${octets}.${payloadPaths.length}`],
    [BAG_INFO.softwareAgent, `xiangxiang-township-congress ${input.appVersion}`],
    [BAG_INFO.townshipId, townshipId],
    [BAG_INFO.townshipName, townshipName],
    [BAG_INFO.demo, township?.isDemo ? 'yes' : 'no'],
    [BAG_INFO.appVersion, input.appVersion],
    [BAG_INFO.formatVersion, String(ARCHIVE_FORMAT_VERSION)],
    [BAG_INFO.catalogueVersion, catalogue.version],
    [BAG_INFO.createdAt, now.toISOString()],
    ...TABLES.map((t) => [`${BAG_INFO.countPrefix}${t}`, String(counts[t])]),
  ]
    .map(([key, value]) => `${key}: ${value}\n`)
    .join('');

  const tags = new Map<string, Uint8Array>([
    [TAG_FILES.bagit, encoder.encode('BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n')],
    [TAG_FILES.bagInfo, encoder.encode(bagInfo)],
    [TAG_FILES.manifest, encoder.encode(manifest)],
    [TAG_FILES.readme, encoder.encode(readme(townshipName, date, input.appVersion, counts))],
    [
      TAG_FILES.index,
      encoder.encode(indexHtml(data, { townshipName, date, catalogueVersion: catalogue.version })),
    ],
  ]);
  const tagPaths = [...tags.keys()].sort();
  tags.set(TAG_FILES.tagManifest, encoder.encode(await manifestOf(tagPaths, tags)));

  const zip = new JSZip();
  const base = baseDirName(townshipId, date);
  const options = { date: now, createFolders: false };
  for (const path of [...tags.keys()].sort()) zip.file(`${base}/${path}`, tags.get(path)!, options);
  for (const path of payloadPaths)
    zip.file(`${base}/${path}`, payload.get(path)!, {
      ...options,
      // Scans and photos are already compressed; storing them is as small and much faster.
      compression: attachmentFiles.has(path) ? 'STORE' : 'DEFLATE',
    });
  const bytes = await zip.generateAsync(
    { type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 }, platform: 'DOS' },
    (meta) => onProgress?.(0.5 + (meta.percent / 100) * 0.5),
  );
  onProgress?.(1);
  return bytes;
}

/** A SHA-256 manifest (`<hex>  <path>` per line, LF, sorted): the format `sha256sum -c` reads. */
async function manifestOf(paths: readonly string[], files: ReadonlyMap<string, Uint8Array>): Promise<string> {
  const lines: string[] = [];
  for (const path of paths) lines.push(`${await sha256Hex(files.get(path)!)}  ${path}\n`);
  return lines.join('');
}

/** README.txt (说明): what the archive is and how to check it; UTF-8 with BOM and CRLF for Notepad. */
function readme(
  townshipName: string,
  date: string,
  appVersion: string,
  counts: Record<RecordTable, number>,
): string {
  const lines = [
    `湘乡市${townshipName}人大履职台账归档`,
    '',
    `导出日期：${date}\u3000\u3000程序版本：${appVersion}\u3000\u3000归档格式：第 ${ARCHIVE_FORMAT_VERSION} 版`,
    '',
    '一、这是什么',
    '本压缩包是乡镇人大履职台账的完整归档：全部记录、附件原件、所用的履职事项目录、已冻结的年度考评快照。',
    '它按照 BagIt 规范（RFC 8493）组织，不需要本程序也能查看和核对。',
    '',
    '二、里面有什么',
    '  index.html                 双击即可在浏览器中打开的目录，可直接打印',
    '  data/csv/*.csv             每张表的 CSV 副本，可用 Excel 打开（UTF-8，中文正常显示）',
    '  data/records/*.json        每张表的全部记录（程序导入时读取的正本）',
    '  data/attachments/          附件原件，文件名为其 SHA-256 校验值',
    '  data/catalogue.json        考评所用的履职事项目录',
    '  data/settings.json         本乡镇的设置',
    '  data/changelog.json        修改记录：每次修改一条，按时间先后，前后以校验值相连',
    '  bag-info.txt               乡镇、导出日期、各表记录数等说明',
    '  manifest-sha256.txt        data/ 下每个文件的 SHA-256 校验值',
    '  tagmanifest-sha256.txt     以上说明文件的 SHA-256 校验值',
    '',
    '三、各表记录数',
    ...TABLES.map((t) => `  ${RECORD_TABLES[t].label}（${t}）：${counts[t]} 条`),
    '',
    '四、如何核对归档是否完整、未被改动',
    '1. 解压后进入本文件所在的文件夹。',
    '2. Linux 或 macOS：运行  sha256sum -c manifest-sha256.txt  和  sha256sum -c tagmanifest-sha256.txt',
    '   （macOS 可用  shasum -a 256 -c manifest-sha256.txt），每一行都应显示 OK。',
    '3. Windows：在 PowerShell 中运行  Get-FileHash -Algorithm SHA256 文件名，',
    '   或在命令提示符中运行  certutil -hashfile 文件名 SHA256，与清单中的值逐一比对。',
    '4. 市人大可用本程序的命令行工具一次核对：npm run ledger -- verify 本压缩包.zip',
    '',
    '五、恢复',
    '在台账的“归档”页面选择本压缩包导入。导入前会先核对、列出新增与冲突，并保留当前数据以便撤销。',
    '请勿修改压缩包内的文件：任何改动都会使校验不通过，导入时会被拒绝。',
  ];
  return `${BOM}${lines.join('\r\n')}\r\n`;
}

/** The printable offline catalogue: every table, a row per record; all record text escaped. */
function indexHtml(
  data: LedgerData,
  meta: { townshipName: string; date: string; catalogueVersion: string },
): string {
  const e = escapeHtml;
  const sections = TABLES.map((table) => {
    const rows = data[table] as unknown as Record<string, unknown>[];
    const shown = rows.slice(0, INDEX_ROWS_PER_TABLE);
    const body = shown
      .map((r, i) => {
        const name =
          table === 'attachments'
            ? `<a href="${e(attachmentPath(String(r['sha256']), String(r['mediaType'])))}">${e(recordName(table, r))}</a>`
            : e(recordName(table, r));
        return `<tr><td>${i + 1}</td><td>${name}</td><td>${e(recordDate(r) ?? '')}</td><td class="id">${e(String(r['id']))}</td></tr>`;
      })
      .join('\n');
    const more =
      rows.length > shown.length
        ? `<p>另有 ${rows.length - shown.length} 条未列出，见 <a href="${e(csvPath(table))}">${e(csvPath(table))}</a>。</p>`
        : '';
    return `<section><h2>${e(RECORD_TABLES[table].label)}（${rows.length} 条）</h2>
${rows.length ? `<table><colgroup><col class="n"><col><col class="d"><col class="i"></colgroup><thead><tr><th>序号</th><th>名称</th><th>日期</th><th>编号</th></tr></thead><tbody>\n${body}\n</tbody></table>` : '<p>无记录。</p>'}
${more}<p class="files">数据：<a href="${e(recordsPath(table))}">${e(recordsPath(table))}</a>\u3000表格：<a href="${e(csvPath(table))}">${e(csvPath(table))}</a></p></section>`;
  }).join('\n');
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${e(meta.townshipName)}人大履职台账归档目录（${e(meta.date)}）</title>
<style>
body{font-family:"Microsoft YaHei","PingFang SC","Noto Sans CJK SC",sans-serif;margin:2em;color:#111;line-height:1.5}
h1{font-size:1.5em}h2{font-size:1.15em;margin-top:1.6em;border-bottom:1px solid #999}
table{border-collapse:collapse;width:100%;font-size:.9em;table-layout:fixed}col.n{width:3.5em}col.d{width:7em}col.i{width:21em}th,td{border:1px solid #bbb;padding:.2em .4em;text-align:left;vertical-align:top}
td{overflow-wrap:anywhere}td.id{font-family:monospace;font-size:.8em;color:#555}.files{font-size:.85em;color:#444}
@media print{body{margin:0}a{color:inherit;text-decoration:none}section{break-inside:auto}tr{break-inside:avoid}thead{display:table-header-group}}
</style>
</head>
<body>
<h1>湘乡市${e(meta.townshipName)}人大履职台账归档目录</h1>
<p>导出日期：${e(meta.date)}\u3000履职事项目录版本：${e(meta.catalogueVersion)}\u3000归档格式：第 ${ARCHIVE_FORMAT_VERSION} 版</p>
<p>核对方法见同一文件夹中的 README.txt。</p>
${sections}
</body>
</html>
`;
}
