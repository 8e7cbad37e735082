// On a narrow screen the record tables stack each row into a card (ledger.css), each cell led by
// its column's name from `data-label`. The ledger kit sets the labels itself; this fills them in for
// the other record tables (the ledger's islands render theirs at any time, hence the observer).

/** Gives every cell of a record table without a `data-label` its column header's text. */
function labelCells(root: ParentNode): void {
  for (const table of root.querySelectorAll<HTMLTableElement>('table.record-table')) {
    const headers = [...table.querySelectorAll('thead tr:last-child th')].map((th) =>
      (th.textContent ?? '').trim(),
    );
    if (headers.length === 0) continue;
    for (const row of table.querySelectorAll('tbody tr')) {
      let column = 0;
      for (const cell of row.children) {
        if (!(cell instanceof HTMLTableCellElement)) continue;
        if (!cell.hasAttribute('data-label') && headers[column]) cell.dataset['label'] = headers[column];
        column += cell.colSpan || 1;
      }
    }
  }
}

/** Labels the record tables now and whenever the page's content changes. */
export function installStackLabels(): void {
  let queued = false;
  const run = () => {
    queued = false;
    labelCells(document);
  };
  run();
  new MutationObserver(() => {
    if (queued) return;
    queued = true;
    requestAnimationFrame(run);
  }).observe(document.body, { childList: true, subtree: true });
}
