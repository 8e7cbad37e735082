// `npm run package`: builds the site for its sub-path and writes the release an IT office takes,
// release/xiangxiang-rdgz-<version>.zip, holding
//   site/           the built site, to put on the web server under the path it was built for
//   SHA256SUMS      the SHA-256 of every file (check with `sha256sum -c SHA256SUMS`)
//   部署说明.txt     the short deployment notes in Chinese (docs/deploy.md is the full version)
//   部署说明-详细.md docs/deploy.md itself
// The ZIP is reproducible byte for byte from the same commit: files in sorted order, one fixed
// timestamp (the commit's time), fixed permissions, fixed compression.
//   SITE_BASE=/rdgz/ node scripts/package.mjs [--no-build]     (SITE_BASE defaults to /rdgz/)
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
// eslint-disable-next-line no-restricted-imports -- the release ZIP is a build artefact, not a ledger archive
import JSZip from 'jszip';
import { normalizeBase } from '../src/sw/routing.ts';

/** Where the release site lives unless SITE_BASE says otherwise: a section of the city's site. */
export const DEFAULT_RELEASE_BASE = '/rdgz/';
const BUILD_DIR = 'dist-release';

/** Every file under a folder, as sorted `/`-separated relative paths. @param {string} dir */
function listFiles(dir) {
  /** @type {string[]} */
  const files = [];
  /** @param {string} folder */
  const walk = (folder) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile()) files.push(relative(dir, path).split(sep).join('/'));
    }
  };
  walk(dir);
  return files.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** Text for Windows Notepad (also the old one): UTF-8 with a byte-order mark, CRLF line ends. @param {string} text */
const windowsText = (text) => `\ufeff${text.replace(/\r?\n/g, '\r\n')}`;

/**
 * The short Chinese deployment notes of a release.
 * @param {{ version: string, base: string, commit: string }} release
 */
export function deployNotes({ version, base, commit }) {
  return `湘乡市乡镇人大工作手册与履职台账 —— 部署说明（简要）
版本：${version}（源代码提交 ${commit.slice(0, 12)}）
本发布包按网址路径“${base}”构建：请让网站在 https://（单位域名）${base} 下打开。

一、发布包内容
  site\\          网站的全部文件（静态文件，不需要数据库，也不需要安装任何程序）
  SHA256SUMS     每个文件的 SHA-256 校验值，可用 sha256sum -c SHA256SUMS 核对文件是否完整
  部署说明-详细.md  详细说明：Nginx、IIS、Apache 配置示例，缓存，HTTPS，更新与备份

二、部署步骤
  1. 把 site 文件夹里的全部文件复制到网站服务器上与“${base}”对应的目录。
     例如 Nginx：location ${base} { alias /srv/www/rdgz/; }，把文件放在 /srv/www/rdgz/。
  2. 确认服务器为下列扩展名返回正确的类型（MIME）：
     .wasm → application/wasm；.pagefind、.pf_meta → application/octet-stream；
     .ics → text/calendar；.webmanifest → application/manifest+json；.json → application/json。
  3. 缓存：_astro 目录下的文件名带哈希，可长期缓存（immutable）；
     .html、sw.js、polyfills.js、manifest.webmanifest 不要缓存（Cache-Control: no-cache）。
  4. 尽量使用 HTTPS。用普通 HTTP 内网地址也能使用台账，但浏览器会关闭离线使用、
     持久存储和多标签页保护，网站会在页面上提示。
  5. 打开网址检查：首页、搜索、“履职台账”页面都能正常显示。不要直接双击打开 site 里的文件。

三、更新
  用新版本的 site 文件整体替换旧文件（先放新文件，最后替换 sw.js 和各 .html）。
  已打开的页面会提示“网站已更新，刷新后使用新版本”，点“刷新”即可；台账数据不受影响。
  网址（包括路径“${base}”）不要改变：台账数据跟网址绑定，换网址会看不到原来的台账。

四、数据与备份（重要）
  台账数据只保存在各乡镇自己电脑的浏览器里，不在服务器上，服务器上也没有任何台账数据。
  备份是各乡镇自己的事：请提醒乡镇人大专干定期在“归档与导入”页面导出归档（ZIP），
  保存到U盘或单位共享盘，并按要求报送市人大。网站会按设置定期提醒导出。
`;
}

/**
 * Writes the release ZIP for a built site directory and returns its path and SHA-256.
 * @param {{ siteDir: string, version: string, base: string, commit: string, epochSeconds: number, outDir?: string }} options
 */
export async function writeRelease({ siteDir, version, base, commit, epochSeconds, outDir = 'release' }) {
  const date = new Date(epochSeconds * 1000);
  const zip = new JSZip();
  const options = { date, unixPermissions: 0o644, createFolders: false };
  const files = listFiles(siteDir);
  const sums = files
    .map(
      (file) =>
        `${createHash('sha256')
          .update(readFileSync(join(siteDir, file)))
          .digest('hex')}  site/${file}`,
    )
    .join('\n');
  // Sorted names; JSZip writes entries in the order they are added.
  /** @type {[string, string | Buffer][]} */
  const entries = [
    ...files.map(
      (file) => /** @type {[string, Buffer]} */ ([`site/${file}`, readFileSync(join(siteDir, file))]),
    ),
    ['SHA256SUMS', `${sums}\n`],
    ['部署说明.txt', windowsText(deployNotes({ version, base, commit }))],
    ['部署说明-详细.md', readFileSync('docs/deploy.md', 'utf8')],
  ];
  for (const [name, data] of entries) zip.file(name, data, options);
  const bytes = await zip.generateAsync({
    type: 'nodebuffer',
    compression: 'DEFLATE',
    compressionOptions: { level: 9 },
    platform: 'UNIX',
  });
  mkdirSync(outDir, { recursive: true });
  const path = join(outDir, `xiangxiang-rdgz-${version}.zip`);
  writeFileSync(path, bytes);
  return { path, sha256: createHash('sha256').update(bytes).digest('hex'), files: files.length };
}

/** @param {string[]} args */
const git = (args) => spawnSync('git', args, { encoding: 'utf8' }).stdout.trim();

if (import.meta.url === `file://${process.argv[1]}`) {
  const base = normalizeBase(process.env.SITE_BASE ?? DEFAULT_RELEASE_BASE);
  const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
  const commit = git(['rev-parse', 'HEAD']) || 'unknown';
  const epochSeconds = Number(process.env.SOURCE_DATE_EPOCH ?? git(['log', '-1', '--format=%ct']) ?? 0) || 0;
  if (!process.argv.includes('--no-build')) {
    rmSync(BUILD_DIR, { recursive: true, force: true });
    const env = { ...process.env, SITE_BASE: base, SITE_OUT_DIR: BUILD_DIR };
    for (const [command, args] of /** @type {[string, string[]][]} */ ([
      ['npx', ['astro', 'build']],
      ['node', ['scripts/build-sw.mjs', BUILD_DIR]],
    ])) {
      const result = spawnSync(command, args, { stdio: 'inherit', env });
      if (result.status !== 0) process.exit(result.status ?? 1);
    }
  }
  const release = await writeRelease({ siteDir: BUILD_DIR, version, base, commit, epochSeconds });
  console.log(`${release.path}: ${release.files} files under ${base}, sha256 ${release.sha256}`);
}
