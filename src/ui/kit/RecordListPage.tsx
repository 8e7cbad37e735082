// The page of one kind of record: a list read page by page through an index (quick at 100,000
// records), filters and a prefix search on indexed fields, a form to add or edit, and delete with
// undo. Each ledger page is this component with its own configuration.
import type { ComponentChildren } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { RECORD_PARAM } from '../../domain/compliance/dashboard';
import { isAttachmentOwnerTable, type RecordOf, type RecordTable } from '../../domain/ledger';
import { countAttachments } from '../../storage/queries/attachments';
import type { WriteResult } from '../../storage/errors';
import { records, type IndexKey, type PageQuery, type Repository } from '../../storage/queries/records';
import { useLiveQuery } from './use-live-query';
import { AttachmentCount } from './Attachments';
import type { FieldSpec, Option } from './form-model';
import { DISCARD_QUESTION, RecordEditor } from './RecordEditor';
import { useUndoableRemove } from './use-undoable-remove';
import { useReadOnlyReason, writeControl } from './use-read-only';
import { Pager } from './Pager';

/** A column of the list. */
export interface Column<T> {
  label: string;
  render: (record: T) => ComponentChildren;
  /** A class for the column's cells (`nowrap`). */
  class?: string;
}

/** An equality filter over an indexed field. */
export interface Filter {
  label: string;
  /** The list always shows one option (no “全部”); the first option is chosen at first. */
  required?: boolean;
  /** The indexed field compared; with `sort.index`, the compound index `[index+sort]` must exist. */
  index: string;
  options: readonly Option[];
  /** Turns the option's value into the key stored in the index (a year is stored as a number). */
  parse?: (value: string) => IndexKey;
  /**
   * “全部” lists any of the options, not the whole table (the table also holds kinds another page
   * lists), merged by `sort.index` through the compound index `[index+sort]`. Not with `required`.
   */
  allMeansOptions?: boolean;
}

/** How a record becomes a form and a form a record, when field names alone cannot say. */
export interface FormAdapter<T extends RecordTable> {
  /** The object the form starts from: the record (or a new one's defaults) plus form-only fields. */
  toEditable: (record: object) => object;
  /** Turns the form's input into a record and saves it, or refuses with messages by form field. */
  save: (input: Record<string, unknown>, repo: Repository<T>) => Promise<WriteResult<RecordOf<T>>>;
}

export interface RecordListConfig<T extends RecordTable> {
  table: T;
  /** The noun for one record: `代表`, `会议`. */
  noun: string;
  fields: readonly FieldSpec[];
  columns: readonly Column<RecordOf<T>>[];
  /** Defaults of a new record; receives the current filter so a new record takes the kind shown. */
  defaults: (filter: { index: string; value: string } | undefined) => object;
  /** The index the list is ordered by, newest first when `reverse`. */
  sort: { index: string; reverse?: boolean };
  filters?: readonly Filter[];
  /** A prefix search over an indexed text field (`name`). */
  search?: { index: string; label: string };
  /** A line describing a record in messages (`张三`). */
  describe: (record: RecordOf<T>) => string;
  /** Extra buttons on a row (workflow steps, print). */
  rowActions?: (record: RecordOf<T>) => ComponentChildren;
  /** Text above the list. */
  intro?: ComponentChildren;
  /** For forms that do not map field by field onto the record (a session's votes as lines). */
  adapter?: FormAdapter<T>;
}

const PAGE_SIZE = 20;

/** The header of a record table: the columns, then 操作. */
function HeaderRow({ labels }: { labels: readonly string[] }) {
  return (
    <thead>
      <tr>
        {labels.map((label) => (
          <th scope="col" key={label}>
            {label}
          </th>
        ))}
        <th scope="col">操作</th>
      </tr>
    </thead>
  );
}

/** The list, form and undo of one record table. */
export function RecordListPage<T extends RecordTable>({ config }: { config: RecordListConfig<T> }) {
  const repo = useMemo(() => records(config.table), [config.table]);
  const [pageIndex, setPageIndex] = useState(0);
  const requiredFilter = config.filters?.find((f) => f.required);
  const [filter, setFilter] = useState<{ index: string; value: string } | undefined>(() =>
    requiredFilter?.options[0]
      ? { index: requiredFilter.index, value: requiredFilter.options[0].value }
      : undefined,
  );
  const [search, setSearch] = useState('');
  const [editing, setEditing] = useState<object | undefined>();
  // Another tab is the writer, or a drill is on: the write buttons are off, with the reason.
  const readOnly = useReadOnlyReason();
  // The record just saved or put back: shown above the list when the sort puts it on another page,
  // and focused (`focusId`) once the list has read it.
  const [savedId, setSavedId] = useState<string>();
  const [focusId, setFocusId] = useState<string>();
  const listAtSave = useRef<unknown>(undefined);
  const dirty = useRef(false);
  // What had focus when the form opened (编辑 of a row, 新增), to return to on 取消.
  const opener = useRef<HTMLElement | null>(null);
  const listRef = useRef<HTMLTableElement>(null);
  const showSaved = (record: object) => {
    const id = (record as { id: string }).id;
    listAtSave.current = data;
    setSavedId(id);
    setFocusId(id);
  };
  const { remove, setNotice, status, clearUndo } = useUndoableRemove(
    repo,
    config.noun,
    config.describe,
    showSaved,
  );
  /** Opens the form on a record (or a new one), asking first when the open form has unsaved changes. */
  const open = (record: object) => {
    if (editing && dirty.current && !window.confirm(DISCARD_QUESTION)) return;
    opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    setEditing(record);
  };

  const parseFilter = (f: { index: string; value: string }): IndexKey =>
    config.filters?.find((c) => c.index === f.index)?.parse?.(f.value) ?? f.value;
  const anyOfFilter = config.filters?.find((f) => f.allMeansOptions);
  const query: PageQuery = useMemo(() => {
    const base = { offset: pageIndex * PAGE_SIZE, limit: PAGE_SIZE };
    if (search.trim() && config.search)
      return { ...base, index: config.search.index, range: [search.trim(), `${search.trim()}\uffff`] };
    return {
      ...base,
      index: config.sort.index,
      reverse: config.sort.reverse ?? false,
      ...(filter ? { where: { index: filter.index, equals: parseFilter(filter) } } : {}),
      ...(!filter && anyOfFilter
        ? {
            whereAnyOf: {
              index: anyOfFilter.index,
              anyOf: anyOfFilter.options.map((o) => anyOfFilter.parse?.(o.value) ?? o.value),
            },
          }
        : {}),
    };
  }, [pageIndex, filter, search, config]);

  const { data, error, loading } = useLiveQuery(() => repo.page(query), [repo, query]);
  const rowIds = data?.rows.map((record) => (record as { id: string }).id) ?? [];
  const pages = data ? Math.max(1, Math.ceil(data.total / PAGE_SIZE)) : 1;
  // A record named in the URL (`?record=<id>`, the 考评 page's evidence links) is shown above the
  // list whatever page or filter the list is on; a list of another table finds nothing, shows nothing.
  // A record just saved that the list does not show is pinned there the same way, until the list
  // is filtered, searched or paged.
  const linkedId = useMemo(() => new URLSearchParams(window.location.search).get(RECORD_PARAM), []);
  const listFresh = data !== listAtSave.current;
  const savedElsewhere = savedId !== undefined && listFresh && !rowIds.includes(savedId);
  const pinnedId = savedElsewhere ? savedId : linkedId;
  const { data: pinned } = useLiveQuery(
    async () => (pinnedId ? ((await repo.get(pinnedId)) ?? null) : null),
    [repo, pinnedId],
  );
  // Focus the saved row once the list (or the pinned table) shows it as saved.
  useEffect(() => {
    if (!focusId || !listFresh) return;
    const inList = rowIds.includes(focusId);
    if (!inList && (pinned as { id?: string } | null | undefined)?.id !== focusId) return;
    const row = document.querySelector<HTMLElement>(
      `${inList ? '.record-list-table' : '.record-pinned'} tr[data-record-id="${CSS.escape(focusId)}"]`,
    );
    if (!row) return;
    row.focus({ preventScroll: true });
    row.scrollIntoView({ block: 'center' });
    setFocusId(undefined);
  });
  // The paperclip counts of the rows shown, from the attachments' index only.
  const withFiles = isAttachmentOwnerTable(config.table);
  const { data: fileCounts } = useLiveQuery(
    () => (withFiles ? countAttachments(rowIds) : Promise.resolve(new Map<string, number>())),
    [withFiles, rowIds.join(' ')],
  );

  const editable = (record: object) => (config.adapter ? config.adapter.toEditable(record) : record);
  const idPrefix = `edit-${config.table}`;
  return (
    <div class="record-page">
      {config.intro}
      <div class="record-toolbar">
        <button
          type="button"
          class="button-primary"
          {...writeControl(readOnly, () => open(editable(config.defaults(filter))))}
        >
          新增{config.noun}
        </button>
        {config.search && (
          <div class="toolbar-field">
            <label for={`${idPrefix}-search`}>{config.search.label}</label>
            <input
              id={`${idPrefix}-search`}
              type="search"
              value={search}
              onInput={(e) => {
                setSearch(e.currentTarget.value);
                setPageIndex(0);
                setSavedId(undefined);
              }}
            />
          </div>
        )}
        {config.filters?.map((f) => (
          <div class="toolbar-field" key={f.index}>
            <label for={`${idPrefix}-filter-${f.index}`}>{f.label}</label>
            <select
              id={`${idPrefix}-filter-${f.index}`}
              value={filter?.index === f.index ? filter.value : ''}
              onChange={(e) => {
                const value = e.currentTarget.value;
                setFilter(value ? { index: f.index, value } : undefined);
                setPageIndex(0);
                setSavedId(undefined);
              }}
            >
              {!f.required && <option value="">全部</option>}
              {f.options.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
          </div>
        ))}
      </div>

      {status}

      {pinned && (
        <div class="table-wrap record-pinned">
          <table class="record-table">
            <caption>
              {pinnedId === linkedId
                ? `考评引用的${config.noun}记录`
                : `刚保存的${config.noun}记录（在列表的其他页）`}
            </caption>
            <HeaderRow labels={config.columns.map((c) => c.label)} />
            <tbody>
              <tr data-record-id={(pinned as { id: string }).id} tabIndex={-1}>
                {config.columns.map((c) => (
                  <td key={c.label} class={c.class} data-label={c.label}>
                    {c.render(pinned)}
                  </td>
                ))}
                <td class="row-actions">
                  <button type="button" {...writeControl(readOnly, () => open(editable(pinned)))}>
                    编辑
                  </button>
                  {config.rowActions?.(pinned)}
                </td>
              </tr>
            </tbody>
          </table>
        </div>
      )}

      {editing && (
        <RecordEditor<RecordOf<T>>
          key={(editing as { id?: string }).id ?? 'new'}
          title={(editing as { id?: string }).id ? `编辑${config.noun}` : `新增${config.noun}`}
          fields={config.fields}
          record={editing}
          onSave={(input) => (config.adapter ? config.adapter.save(input, repo) : repo.put(input))}
          onSaved={(record) => {
            setEditing(undefined);
            clearUndo();
            showSaved(record as object);
            setNotice(`已保存${config.noun}“${config.describe(record)}”。`);
          }}
          onCancel={() => {
            setEditing(undefined);
            const back = opener.current;
            // After the form closes: back to the button that opened it, or to the list.
            requestAnimationFrame(() => (back?.isConnected ? back : listRef.current)?.focus());
          }}
          onDirty={(value) => (dirty.current = value)}
          idPrefix={idPrefix}
          table={config.table}
          onSavedToAttach={(record) => {
            clearUndo();
            setEditing(editable(record));
            setNotice(`已保存${config.noun}“${config.describe(record)}”，现在可以添加附件。`);
          }}
        />
      )}

      {error !== undefined && (
        <p class="notice notice-error" role="alert">
          读取台账失败：{String((error as Error)?.message ?? error)}
        </p>
      )}
      <div class="table-wrap">
        <table class="record-table record-list-table" aria-busy={loading} tabIndex={-1} ref={listRef}>
          <caption class="sr-only">
            {config.noun}列表，第 {pageIndex + 1} 页
          </caption>
          <HeaderRow labels={config.columns.map((c) => c.label)} />
          <tbody>
            {data?.rows.map((record) => (
              <tr
                key={(record as { id: string }).id}
                data-record-id={(record as { id: string }).id}
                tabIndex={-1}
              >
                {config.columns.map((c, i) => {
                  const files = i === 0 ? fileCounts?.get((record as { id: string }).id) : undefined;
                  return (
                    <td key={c.label} class={c.class} data-label={c.label}>
                      {c.render(record)}
                      {files !== undefined && <AttachmentCount count={files} />}
                    </td>
                  );
                })}
                <td class="row-actions">
                  <button type="button" {...writeControl(readOnly, () => open(editable(record)))}>
                    编辑
                  </button>
                  <button
                    type="button"
                    {...writeControl(readOnly, () => {
                      // Deleting the record in the form closes the form.
                      const id = (record as { id: string }).id;
                      if ((editing as { id?: string } | undefined)?.id === id) setEditing(undefined);
                      void remove(record);
                    })}
                  >
                    删除
                  </button>
                  {config.rowActions?.(record)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {data && data.total === 0 && (
        <p class="empty">
          还没有{config.noun}记录。点“新增{config.noun}”开始记录。
        </p>
      )}
      {data && data.total > 0 && (
        <Pager
          label={`${config.noun}列表翻页`}
          pageIndex={pageIndex}
          pages={pages}
          total={data.total}
          onPage={(index) => {
            setPageIndex(index);
            setSavedId(undefined);
          }}
        />
      )}
    </div>
  );
}
