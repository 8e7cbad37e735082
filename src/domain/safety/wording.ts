// The Chinese wording of data safety: what the browser answered about persistent storage, why the
// ledger cannot open (IndexedDB missing or blocked), the read-only tab and the address warning.

/** What the browser answered to `navigator.storage.persist()` / `persisted()`. */
export type PersistAnswer = 'granted' | 'denied' | 'unsupported';

/** The badge's short form of the persistence state. */
export function persistBadge(answer: PersistAnswer): string {
  return answer === 'granted' ? '持久存储 ✔' : answer === 'denied' ? '持久存储 ✘' : '持久存储 不支持';
}

/**
 * The honest sentence for the persistence state, after asking (`asked`) or merely reading it:
 * a browser may say no without asking the user, and some do not support the question at all.
 */
export function persistMessage(answer: PersistAnswer, asked: boolean): string {
  switch (answer) {
    case 'granted':
      return '浏览器已同意持久存储：空间紧张时，浏览器不会自动清除本站的台账（用户手动清除浏览数据时仍会删除）。';
    case 'denied':
      return asked
        ? '浏览器拒绝了持久存储（浏览器自行决定，常见于不常访问的网站或隐私设置较严时）。空间紧张时台账可能被自动清除，请更勤地导出归档；把本站加入书签、经常使用后可以再申请一次。'
        : '尚未获得持久存储：空间紧张时，浏览器可能自动清除本站的台账。可以点“申请持久存储”，并请定期导出归档。';
    case 'unsupported':
      return '这个浏览器不支持持久存储申请，无法保证台账不被自动清除。请定期导出归档，并尽量使用新版 Chrome、Edge 或 360、QQ 浏览器的极速模式。';
  }
}

/** Why the ledger's database cannot be used in this window. */
export type IndexedDbDiagnosis = 'ok' | 'missing' | 'blocked';

/** The explanation shown instead of a broken page when IndexedDB is missing or blocked. */
export interface IndexedDbExplanation {
  title: string;
  /** What happened, in one sentence. */
  what: string;
  /** Likely causes, most likely first. */
  causes: readonly string[];
  /** What to do, in order. */
  steps: readonly string[];
}

/**
 * The Chinese explanation of an IndexedDB diagnosis: `missing` (the API does not exist: IE or
 * 兼容模式), `blocked` (it exists but refuses to open: private window, storage disabled). Undefined
 * for `ok`. `detail` is the browser's own error name, shown for whoever helps the user.
 */
export function indexedDbExplanation(
  diagnosis: IndexedDbDiagnosis,
  detail?: string,
): IndexedDbExplanation | undefined {
  if (diagnosis === 'ok') return undefined;
  const causes =
    diagnosis === 'missing'
      ? [
          '浏览器正在用“兼容模式”（IE 内核）打开本站：360 安全浏览器、QQ 浏览器等双核浏览器有时会这样。',
          '使用的是 Internet Explorer 或很旧的浏览器。',
        ]
      : [
          '这是一个隐私/无痕窗口：有些浏览器在无痕窗口里不允许网站保存数据。',
          '浏览器设置里禁止了网站保存数据（Cookie 和网站数据被阻止），或单位的安全软件做了限制。',
          '磁盘空间已满，或浏览器的数据文件损坏。',
        ];
  return {
    title: '这个浏览器窗口无法使用台账',
    what:
      diagnosis === 'missing'
        ? `台账需要浏览器的本地数据库（IndexedDB），但当前浏览器窗口没有提供${detail ? `（${detail}）` : ''}。已有的台账没有受到影响。`
        : `浏览器拒绝打开本地数据库（IndexedDB）${detail ? `（${detail}）` : ''}，台账无法读取或保存。已有的台账没有受到影响。`,
    causes,
    steps: [
      '360、QQ 等双核浏览器：点地址栏右侧的闪电或“e”图标，切换到“极速模式”，然后刷新本页。',
      '不要在隐私/无痕窗口里使用台账，请用普通窗口打开本站。',
      '在浏览器设置中允许本站保存数据（Cookie 和网站数据），或换用新版 Chrome、Edge 浏览器。',
      '注意：要用平时登记台账的同一个浏览器、同一个网址打开，才能看到原来的台账。',
    ],
  };
}

/** Shown when this tab is a reader and a write is refused (also the storage failure's message). */
export const READ_ONLY_MESSAGE =
  '本标签页为只读：另一个标签页正在编辑台账。请在那个标签页里修改，或关闭它后在此继续。';

/** The read-only banner's heading and text, for a tab that is not the writer. */
export const READ_ONLY_BANNER = {
  title: '本标签页为只读',
  text: '台账正在另一个标签页（或窗口）里编辑。这里会实时显示那边保存的修改，但不能保存；关闭那个标签页后，本页会自动接管编辑。',
} as const;

/** Shown when the browser has no Web Locks API and cannot keep other tabs from writing. */
export const NO_LOCKS_NOTE = '这个浏览器无法协调多个标签页：请只在一个标签页里编辑台账，以免互相覆盖。';

/** Where the ledger lives, and that the archive is how records move. */
export const ADDRESS_WARNING =
  '台账保存在“这台电脑的这个浏览器、这个网址”下；换浏览器、换网址或清除浏览数据都会看不到原来的台账——请定期导出归档，用归档在别处恢复。';
