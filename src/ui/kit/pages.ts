// The one registry of the ledger's pages. astro.config.mjs builds the sidebar from it, the page
// shell (src/ui/components/LedgerPage.astro) takes each page's title and description from it, the
// ledger home draws its cards from it and the article pages link to it. It is loaded by
// astro.config.mjs before Vite's plugins exist, so it imports nothing at run time: paths here are
// site-root ('/ledger/deputies/'); code that makes a link passes them through siteUrl().
import type { RecordTable } from '../../domain/ledger';

/** How a ledger page's shell places the data-safety strip (LedgerSafety.astro). */
export type LedgerSafetyMode = 'page' | 'home' | 'none';

/** A page of the ledger: where it is, what it keeps, and which articles of the rules it serves. */
export interface LedgerPageInfo {
  /** The page's file name under src/pages/ledger/ ('index' for the ledger home). */
  id: string;
  /** Site-root path ('/ledger/deputies/'), made from the id; make a link with siteUrl(page.path). */
  path: string;
  /** The page's title (its <h1> and <title>). */
  title: string;
  /** The page's meta description. */
  description: string;
  /** The short name the sidebar, the home's card and links use, when it differs from the title. */
  label?: string;
  /** Whether the sidebar lists the page. */
  sidebar: boolean;
  /** Whether the ledger home shows a card for the page. */
  card: boolean;
  /** The tables whose records the page keeps; the ledger home counts them on the page's card. */
  tables: readonly RecordTable[];
  /** What the card says instead, for a page that keeps no table of its own. */
  summary?: string;
  /** Articles (第N条) whose records are kept on this page; shown as 相关台账 on article pages. */
  articles: readonly number[];
  /** The data-safety strip: on every page that reads or writes the ledger; the home's warns more. */
  safety: LedgerSafetyMode;
}

/** An entry as written below; its path is made from its id. */
type LedgerPageEntry = Omit<LedgerPageInfo, 'path'>;

/** The ledger's pages, in sidebar order. */
const ENTRIES: readonly LedgerPageEntry[] = [
  {
    id: 'index',
    title: '履职台账',
    description: '在浏览器里记录乡镇人大的代表、会议、活动、建议和民生实事；数据不出本机。',
    label: '台账首页',
    sidebar: true,
    card: false,
    tables: [],
    articles: [],
    safety: 'home',
  },
  {
    id: 'township',
    title: '乡镇与届次',
    description: '本乡镇的届次、人大与政府负责人、主席团成员和代表资格审查委员会，以及它们随时间的变化。',
    sidebar: true,
    card: true,
    tables: ['terms', 'officers', 'presidiumMembers', 'credentialsCommittees'],
    articles: [4, 6, 7, 16, 23],
    safety: 'page',
  },
  {
    id: 'deputies',
    title: '代表名册',
    description: '本乡镇登记的各级人大代表：层级、选区、联络站、领导干部代表标记、任期和状态。',
    sidebar: true,
    card: true,
    tables: ['deputies'],
    articles: [4, 13, 14, 15, 18, 19],
    safety: 'page',
  },
  {
    // Reached from 代表名册 too; its own menu entry so a clerk with an Excel roster finds it.
    id: 'roster',
    title: '代表名册导入与打印',
    description: '从 Excel 导入代表名册（导入前逐行检查，一次写入，可撤销），按姓氏笔画打印或下载代表名册。',
    label: '名册导入与打印',
    sidebar: true,
    card: true,
    // It works on 代表名册's records, which that page's card counts.
    tables: [],
    summary: '从 Excel 导入代表，按姓氏笔画打印名册',
    articles: [],
    safety: 'page',
  },
  {
    // Reached from each deputy's row on 代表名册; it shows one deputy at a time.
    id: 'deputy-file',
    title: '代表履职档案',
    description: '一人一档：代表逐年的履职记录和履职积分，每一分都对应台账中的记录。',
    sidebar: false,
    card: false,
    tables: [],
    articles: [],
    safety: 'page',
  },
  {
    id: 'meetings',
    title: '会议',
    description: '人代会的出席、议程、表决和缺席，主席团会议的出席和间隔，主席团向党委汇报工作的记录。',
    sidebar: true,
    card: true,
    tables: ['sessions', 'presidiumMeetings'],
    articles: [3, 5, 6, 12, 22],
    safety: 'page',
  },
  {
    id: 'supervision',
    title: '监督',
    description:
      '执法检查、听取专项工作报告、视察、调研（及收集的问题）、工作评议、财政资金项目视察、预算初步审查和听取选民对预算草案意见的记录，以及执法检查问题的反馈、交办、督办、评价闭环。',
    sidebar: true,
    card: true,
    tables: ['inspectionProblems'],
    articles: [4, 8, 9, 10, 11, 12],
    safety: 'page',
  },
  {
    id: 'activities',
    title: '代表活动',
    description:
      '代表参加集中学习培训、立法相关活动、普法宣传、为民办实事和向选民报告履职的记录，含满意度测评结果。',
    sidebar: true,
    card: true,
    tables: ['activities'],
    articles: [13, 14, 15, 21],
    safety: 'page',
  },
  {
    id: 'suggestions',
    title: '代表建议',
    description: '代表建议的登记、交办、办理、见面沟通、答复、代表评价和办结，答复期限和超期提醒。',
    sidebar: true,
    card: true,
    tables: ['suggestions'],
    articles: [4, 16],
    safety: 'page',
  },
  {
    id: 'livelihood',
    title: '民生实事',
    description:
      '民生实事项目的“五单”流程：群众点单、论证议单、票决定单、公开晒单、验收评单，票决结果和验收满意度测评。',
    sidebar: true,
    card: true,
    tables: ['livelihoodProjects'],
    articles: [5, 16, 20, 24],
    safety: 'page',
  },
  {
    id: 'stations',
    title: '联络站',
    description:
      '代表联络站名册，进站接待群众、集中进站主题活动和领导干部进站的记录，以及各站每月接待日统计。',
    sidebar: true,
    card: true,
    tables: ['stations'],
    articles: [14, 17, 18, 19, 21],
    safety: 'page',
  },
  {
    id: 'documents',
    title: '文件与制度',
    description:
      '工作要点、培训规划、联络站制度、议事规则和工作办法、代表名单公布、规范性决议备案和预算公开的记录。',
    sidebar: true,
    card: true,
    tables: ['documents'],
    articles: [4, 12, 13, 17, 20, 22],
    safety: 'page',
  },
  {
    id: 'settings',
    title: '设置',
    description: '本乡镇的考评期限和口径、使用人姓名、备份提醒，以及履职积分表及其版本。',
    sidebar: true,
    card: true,
    tables: [],
    articles: [],
    safety: 'page',
  },
  {
    id: 'archive',
    title: '归档与导入',
    description:
      '把本乡镇的全部台账导出为一个可自行校验的 ZIP 归档；在另一台电脑上导入、合并或恢复，并可撤销。',
    sidebar: true,
    card: true,
    tables: [],
    articles: [],
    safety: 'page',
  },
  {
    // Reads only the change log, which the strip's checks do not cover.
    id: 'changes',
    title: '修改记录',
    description:
      '台账每一次写入的记录：时间、使用人、记录、操作和前后校验值，以哈希链相连，可校验是否被改动。',
    sidebar: true,
    card: true,
    tables: [],
    articles: [],
    safety: 'none',
  },
];

/**
 * A page's site-root path, from its file name under src/pages/ledger/. It is not made with siteUrl():
 * the sidebar wants it without the base (Starlight adds it), and this module imports nothing.
 */
const pathOf = (id: string): string =>
  // eslint-disable-next-line site/no-internal-path-literal -- site-root on purpose; links use siteUrl(page.path)
  id === 'index' ? '/ledger/' : `/ledger/${id}/`;

/** The ledger's pages, in sidebar order, each with its site-root path (make a link with siteUrl(page.path)). */
export const LEDGER_PAGES: readonly LedgerPageInfo[] = ENTRIES.map((entry) => ({
  ...entry,
  path: pathOf(entry.id),
}));

/** The registry entry of a ledger page by its id (its file name under src/pages/ledger/). */
export function ledgerPage(id: string): LedgerPageInfo {
  const page = LEDGER_PAGES.find((p) => p.id === id);
  if (!page) throw new Error(`No ledger page "${id}" in src/ui/kit/pages.ts`);
  return page;
}

/** The short name of a page for the sidebar, the home's cards and links. */
export const ledgerPageLabel = (page: LedgerPageInfo): string => page.label ?? page.title;

/** What the ledger home's card of a page needs; the page passes it to the island at build time. */
export interface LedgerCard {
  id: string;
  /** Site-root path; the island makes the link with siteUrl(). */
  path: string;
  label: string;
  tables: readonly RecordTable[];
  summary?: string;
}

/** The ledger home's cards, in sidebar order. */
export const ledgerCards = (): LedgerCard[] =>
  LEDGER_PAGES.filter((page) => page.card).map((page) => ({
    id: page.id,
    path: page.path,
    label: ledgerPageLabel(page),
    tables: page.tables,
    ...(page.summary === undefined ? {} : { summary: page.summary }),
  }));

/** The sidebar's entries for the ledger, as Starlight's sidebar takes them (links are site-root). */
export const ledgerSidebar = (): { label: string; link: string }[] =>
  LEDGER_PAGES.filter((page) => page.sidebar).map((page) => ({
    label: ledgerPageLabel(page),
    link: page.path,
  }));

/** The ledger pages that keep the records of an article. */
export const ledgerPagesOfArticle = (article: number): LedgerPageInfo[] =>
  LEDGER_PAGES.filter((page) => page.articles.includes(article));
