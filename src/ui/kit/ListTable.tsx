// The parts every record list is built from: the table (wrapper, caption, header row), a row's
// cells from its columns, the 操作 cell, a toolbar filter, the read error and the empty state.
// RecordListPage is made of them; lists it cannot serve (the change log, officers, problems by
// inspection, a deputy's file) use them too, so every list looks and stacks on a phone alike.
import type { ComponentChildren, Ref } from 'preact';
import type { Option } from './form-model';

/** A column of a list: its header and how a record fills its cell. */
export interface Column<T> {
  label: string;
  render: (record: T) => ComponentChildren;
  /** A class for the column's cells (`nowrap`). */
  class?: string;
}

/** The header of a record table: the columns, then 操作 when the rows have buttons. */
export function HeaderRow({ labels, actions = true }: { labels: readonly string[]; actions?: boolean }) {
  return (
    <thead>
      <tr>
        {labels.map((label) => (
          <th scope="col" key={label}>
            {label}
          </th>
        ))}
        {actions && <th scope="col">操作</th>}
      </tr>
    </thead>
  );
}

/** A record table in its scrolling wrapper: caption, header row and the rows given as children. */
export function ListTable({
  labels,
  actions = true,
  caption,
  captionVisible = false,
  class: extraClass,
  wrapClass,
  busy,
  tableRef,
  focusable = false,
  bare = false,
  children,
}: {
  labels: readonly string[];
  /** Whether the rows end with an 操作 cell of buttons. */
  actions?: boolean;
  caption?: ComponentChildren;
  /** A caption everyone sees; otherwise it is for screen readers only. */
  captionVisible?: boolean;
  /** Classes added to `record-table`. */
  class?: string;
  /** Classes added to `table-wrap`. */
  wrapClass?: string;
  /** `aria-busy` while the rows are being read. */
  busy?: boolean;
  tableRef?: Ref<HTMLTableElement>;
  /** The table takes focus from code (after a form closes). */
  focusable?: boolean;
  /** Without the scrolling wrapper (a short table inside a printed page). */
  bare?: boolean;
  children: ComponentChildren;
}) {
  const table = (
    <table
      class={extraClass ? `record-table ${extraClass}` : 'record-table'}
      aria-busy={busy}
      {...(focusable ? { tabIndex: -1 } : {})}
      {...(tableRef ? { ref: tableRef } : {})}
    >
      {caption !== undefined && <caption class={captionVisible ? undefined : 'sr-only'}>{caption}</caption>}
      <HeaderRow labels={labels} actions={actions} />
      <tbody>{children}</tbody>
    </table>
  );
  return bare ? table : <div class={wrapClass ? `table-wrap ${wrapClass}` : 'table-wrap'}>{table}</div>;
}

/** A row's cells from its columns, each labelled for the stacked (phone) layout; `after` ends the first. */
export function RecordCells<T>({
  columns,
  record,
  afterFirst,
}: {
  columns: readonly Column<T>[];
  record: T;
  afterFirst?: ComponentChildren;
}) {
  return (
    <>
      {columns.map((c, i) => (
        <td key={c.label} class={c.class} data-label={c.label}>
          {c.render(record)}
          {i === 0 && afterFirst}
        </td>
      ))}
    </>
  );
}

/** The 操作 cell at a row's end: its buttons. */
export function RowActions({ children }: { children: ComponentChildren }) {
  return <td class="row-actions">{children}</td>;
}

/** A filter of a list's toolbar: a labelled select, with 全部 first unless one option must be chosen. */
export function ToolbarSelect({
  id,
  label,
  value,
  options,
  required = false,
  allLabel = '全部',
  onChange,
}: {
  id: string;
  label: string;
  value: string;
  options: readonly Option[];
  required?: boolean;
  /** The words of the first option, which lists everything (value ''). */
  allLabel?: string;
  onChange: (value: string) => void;
}) {
  return (
    <div class="toolbar-field">
      <label for={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.currentTarget.value)}>
        {!required && <option value="">{allLabel}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** Why a list could not be read: `读取台账失败：…` (or of `what`, `修改记录`). */
export function ListError({ error, what = '台账' }: { error: unknown; what?: string }) {
  if (error === undefined) return null;
  return (
    <p class="notice notice-error" role="alert">
      读取{what}失败：{String((error as Error)?.message ?? error)}
    </p>
  );
}

/** What an empty list says, and how to start it. */
export function EmptyList({ children }: { children: ComponentChildren }) {
  return <p class="empty">{children}</p>;
}
