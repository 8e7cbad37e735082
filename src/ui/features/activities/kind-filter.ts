// Follows the kind filter of a RecordListPage from outside. The list keeps its filter to itself,
// but a page whose columns differ by kind (the satisfaction test of 向选民报告履职) must know it; the
// filter's select change bubbles up to the page, which reads it here.
import type { RecordTable } from '../../../domain/ledger';

/**
 * A change handler for an element around a RecordListPage: calls `onKind` with the new value when
 * the list's `kind` filter (id `edit-<table>-filter-kind`, as RecordListPage names it) changes.
 */
export function onKindFilterChange(table: RecordTable, onKind: (kind: string) => void) {
  const id = `edit-${table}-filter-kind`;
  return (event: Event) => {
    const target = event.target;
    if (target instanceof HTMLSelectElement && target.id === id) onKind(target.value);
  };
}
