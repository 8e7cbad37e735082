// 上一页 / 第 n / m 页，共 k 条 / 下一页 under a paged list (ledger lists, the change log,
// inspection problems).

/** The pager of a list; `pageIndex` counts from 0. */
export function Pager({
  label,
  pageIndex,
  pages,
  total,
  onPage,
}: {
  /** The navigation's accessible name, e.g. `代表列表翻页`. */
  label: string;
  pageIndex: number;
  pages: number;
  total: number;
  onPage: (pageIndex: number) => void;
}) {
  return (
    <nav class="pager" aria-label={label}>
      <button type="button" disabled={pageIndex === 0} onClick={() => onPage(pageIndex - 1)}>
        上一页
      </button>
      <span>
        第 {pageIndex + 1} / {pages} 页，共 {total} 条
      </span>
      <button type="button" disabled={pageIndex + 1 >= pages} onClick={() => onPage(pageIndex + 1)}>
        下一页
      </button>
    </nav>
  );
}
