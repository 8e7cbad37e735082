import { siteUrl } from '../site-url';
import type { RecordTable } from '../../domain/ledger';

/** A page of the ledger: where it is, what it keeps, and which articles of the rules it serves. */
export interface LedgerPageInfo {
  path: string;
  title: string;
  /** The tables whose records the page keeps; the ledger home counts them on the page's card. */
  tables: readonly RecordTable[];
  /** What the card says instead, for a page that keeps no table of its own. */
  summary?: string;
  /** Articles (第N条) whose records are kept on this page; shown as 相关台账 on article pages. */
  articles: readonly number[];
}

/** The ledger's pages, in menu order. The sidebar (astro.config.mjs) lists the same. */
export const LEDGER_PAGES: readonly LedgerPageInfo[] = [
  {
    path: siteUrl('/ledger/township/'),
    title: '乡镇与届次',
    tables: ['terms', 'officers', 'presidiumMembers', 'credentialsCommittees'],
    articles: [4, 6, 7, 16, 23],
  },
  {
    path: siteUrl('/ledger/deputies/'),
    title: '代表名册',
    tables: ['deputies'],
    articles: [4, 13, 14, 15, 18, 19],
  },
  {
    // Reached from 代表名册 too; its own menu entry so a clerk with an Excel roster finds it.
    path: siteUrl('/ledger/roster/'),
    title: '名册导入与打印',
    // It works on 代表名册's records, which that page's card counts.
    tables: [],
    summary: '从 Excel 导入代表，按姓氏笔画打印名册',
    articles: [],
  },
  {
    path: siteUrl('/ledger/meetings/'),
    title: '会议',
    tables: ['sessions', 'presidiumMeetings'],
    articles: [3, 5, 6, 12, 22],
  },
  {
    path: siteUrl('/ledger/supervision/'),
    title: '监督',
    tables: ['inspectionProblems'],
    articles: [4, 8, 9, 10, 11, 12],
  },
  {
    path: siteUrl('/ledger/activities/'),
    title: '代表活动',
    tables: ['activities'],
    articles: [13, 14, 15, 21],
  },
  { path: siteUrl('/ledger/suggestions/'), title: '代表建议', tables: ['suggestions'], articles: [4, 16] },
  {
    path: siteUrl('/ledger/livelihood/'),
    title: '民生实事',
    tables: ['livelihoodProjects'],
    articles: [5, 16, 20, 24],
  },
  {
    path: siteUrl('/ledger/stations/'),
    title: '联络站',
    tables: ['stations'],
    articles: [14, 17, 18, 19, 21],
  },
  {
    path: siteUrl('/ledger/documents/'),
    title: '文件与制度',
    tables: ['documents'],
    articles: [4, 12, 13, 17, 20, 22],
  },
  { path: siteUrl('/ledger/settings/'), title: '设置', tables: [], articles: [] },
  { path: siteUrl('/ledger/archive/'), title: '归档与导入', tables: [], articles: [] },
  { path: siteUrl('/ledger/changes/'), title: '修改记录', tables: [], articles: [] },
];

/** The ledger pages that keep the records of an article. */
export const ledgerPagesOfArticle = (article: number): LedgerPageInfo[] =>
  LEDGER_PAGES.filter((page) => page.articles.includes(article));
