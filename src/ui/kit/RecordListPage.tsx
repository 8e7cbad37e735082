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
import {
  EmptyList,
  ListError,
  RecordCells,
  ListTable,
  RowActions,
  ToolbarSelect,
  type Column,
} from './ListTable';

export type { Column } from './ListTable';

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
  /**
   * What a new record starts from (its defaults, its options) is still being read: 新增 waits,
   * saying so, since a form opened now would miss the defaults (a session's 届次).
   */
  loading?: boolean;
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

type Filtered = { index: string; value: string } | undefined;

/** The filter a list starts with: the first option of a filter that must always have one. */
function initialFilter<T extends RecordTable>(config: RecordListConfig<T>): Filtered {
  const required = config.filters?.find((f) => f.required);
  return required?.options[0] ? { index: required.index, value: required.options[0].value } : undefined;
}

/** The page of records to read: a prefix search, or the sort index with the chosen filter. */
function pageQuery<T extends RecordTable>(
  config: RecordListConfig<T>,
  pageIndex: number,
  filter: Filtered,
  search: string,
): PageQuery {
  const parseFilter = (f: { index: string; value: string }): IndexKey =>
    config.filters?.find((c) => c.index === f.index)?.parse?.(f.value) ?? f.value;
  const anyOfFilter = config.filters?.find((f) => f.allMeansOptions);
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
}

/**
 * What the list shows: its page, filter and search (a new search, filter or page shows the list
 * from its start, nothing pinned), the query they make, and the record just saved or put back —
 * shown above the list when the sort puts it on another page (`savedId`) and focused (`focusId`)
 * once the list has read it; `listAtSave` is the list as read before the save, which does not count.
 */
function useListView<T extends RecordTable>(config: RecordListConfig<T>) {
  const [pageIndex, setPageIndex] = useState(0);
  const [filter, setFilter] = useState<Filtered>(() => initialFilter(config));
  const [search, setSearch] = useState('');
  const [savedId, setSavedId] = useState<string>();
  const [focusId, setFocusId] = useState<string>();
  const listAtSave = useRef<unknown>(undefined);
  const query = useMemo(
    () => pageQuery(config, pageIndex, filter, search),
    [pageIndex, filter, search, config],
  );
  const showFromStart = (index = 0) => {
    setPageIndex(index);
    setSavedId(undefined);
  };
  const markSaved = (record: object, list: unknown) => {
    const id = (record as { id: string }).id;
    listAtSave.current = list;
    setSavedId(id);
    setFocusId(id);
  };
  const searchFor = (text: string) => {
    setSearch(text);
    showFromStart();
  };
  const filterBy = (chosen: Filtered) => {
    setFilter(chosen);
    showFromStart();
  };
  return {
    ...{ pageIndex, filter, search, query, showFromStart, searchFor, filterBy },
    ...{ savedId, focusId, setFocusId, listAtSave, markSaved },
  };
}

/** The open form: the record it edits, whether it has unsaved changes, and what opened it. */
function useEditing() {
  const [editing, setEditing] = useState<object | undefined>();
  const dirty = useRef(false);
  // What had focus when the form opened (编辑 of a row, 新增), to return to on 取消.
  const opener = useRef<HTMLElement | null>(null);
  /** Opens the form on a record (or a new one), asking first when the open form has unsaved changes. */
  const open = (record: object) => {
    if (editing && dirty.current && !window.confirm(DISCARD_QUESTION)) return;
    opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    setEditing(record);
  };
  /** After the form closes unsaved: back to the button that opened it, or to `fallback`. */
  const returnFocus = (fallback: { current: HTMLElement | null }) => {
    const back = opener.current;
    requestAnimationFrame(() => (back?.isConnected ? back : fallback.current)?.focus());
  };
  return { editing, setEditing, open, dirty, returnFocus };
}

/** Focuses the saved row once the list (or the pinned table) shows it as saved. */
function useFocusSaved(
  focusId: string | undefined,
  listFresh: boolean,
  rowIds: readonly string[],
  pinned: { id?: string } | null | undefined,
  setFocusId: (id: undefined) => void,
) {
  useEffect(() => {
    if (!focusId || !listFresh) return;
    const inList = rowIds.includes(focusId);
    if (!inList && pinned?.id !== focusId) return;
    const row = document.querySelector<HTMLElement>(
      `${inList ? '.record-list-table' : '.record-pinned'} tr[data-record-id="${CSS.escape(focusId)}"]`,
    );
    if (!row) return;
    row.focus({ preventScroll: true });
    row.scrollIntoView({ block: 'center' });
    setFocusId(undefined);
  });
}

/** The form of a new or edited record; `onClose` gets the record when it was saved. */
function ListEditor<T extends RecordTable>({
  config,
  repo,
  editing,
  idPrefix,
  onClose,
  onSavedToAttach,
  onDirty,
  clearUndo,
  setNotice,
}: {
  config: RecordListConfig<T>;
  repo: Repository<T>;
  editing: object;
  idPrefix: string;
  onClose: (saved?: RecordOf<T>) => void;
  onSavedToAttach: (record: RecordOf<T>) => void;
  onDirty: (dirty: boolean) => void;
  clearUndo: () => void;
  setNotice: (notice: string) => void;
}) {
  return (
    <RecordEditor<RecordOf<T>>
      key={(editing as { id?: string }).id ?? 'new'}
      title={(editing as { id?: string }).id ? `编辑${config.noun}` : `新增${config.noun}`}
      fields={config.fields}
      record={editing}
      onSave={(input) => (config.adapter ? config.adapter.save(input, repo) : repo.put(input))}
      onSaved={(record) => {
        clearUndo();
        onClose(record);
        setNotice(`已保存${config.noun}“${config.describe(record)}”。`);
      }}
      onCancel={() => onClose()}
      onDirty={onDirty}
      idPrefix={idPrefix}
      table={config.table}
      onSavedToAttach={(record) => {
        clearUndo();
        onSavedToAttach(record);
        setNotice(`已保存${config.noun}“${config.describe(record)}”，现在可以添加附件。`);
      }}
    />
  );
}

/** The toolbar: 新增, the prefix search and the filters. */
function ListToolbar<T extends RecordTable>({
  config,
  idPrefix,
  filter,
  search,
  readOnly,
  onAdd,
  onSearch,
  onFilter,
}: {
  config: RecordListConfig<T>;
  idPrefix: string;
  filter: Filtered;
  search: string;
  readOnly: string | undefined;
  onAdd: () => void;
  onSearch: (text: string) => void;
  onFilter: (filter: Filtered) => void;
}) {
  return (
    <div class="record-toolbar">
      <button
        type="button"
        class="button-primary"
        {...writeControl(readOnly ?? (config.loading ? '正在读取台账，请稍候' : undefined), onAdd)}
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
            onInput={(e) => onSearch(e.currentTarget.value)}
          />
        </div>
      )}
      {config.filters?.map((f) => (
        <ToolbarSelect
          key={f.index}
          id={`${idPrefix}-filter-${f.index}`}
          label={f.label}
          value={filter?.index === f.index ? filter.value : ''}
          options={f.options}
          required={f.required ?? false}
          onChange={(value) => onFilter(value ? { index: f.index, value } : undefined)}
        />
      ))}
    </div>
  );
}

/** One record's row: its cells (the first with its paperclip count), 编辑, 删除 and the page's own buttons. */
function RecordRow<T extends RecordTable>({
  config,
  record,
  files,
  readOnly,
  onEdit,
  onRemove,
}: {
  config: RecordListConfig<T>;
  record: RecordOf<T>;
  files?: number | undefined;
  readOnly: string | undefined;
  onEdit: () => void;
  /** Absent on a pinned row, which is deleted from the list. */
  onRemove?: () => void;
}) {
  return (
    <tr data-record-id={(record as { id: string }).id} tabIndex={-1}>
      <RecordCells
        columns={config.columns}
        record={record}
        afterFirst={files !== undefined && <AttachmentCount count={files} />}
      />
      <RowActions>
        <button type="button" {...writeControl(readOnly, onEdit)}>
          编辑
        </button>
        {onRemove && (
          <button type="button" {...writeControl(readOnly, onRemove)}>
            删除
          </button>
        )}
        {config.rowActions?.(record)}
      </RowActions>
    </tr>
  );
}

/** A record shown above the list: the one a 考评 evidence link names, or the one just saved elsewhere. */
function PinnedRecord<T extends RecordTable>({
  config,
  record,
  linked,
  readOnly,
  onEdit,
}: {
  config: RecordListConfig<T>;
  record: RecordOf<T>;
  /** Named by the URL (`?record=`), rather than just saved. */
  linked: boolean;
  readOnly: string | undefined;
  onEdit: () => void;
}) {
  return (
    <ListTable
      labels={config.columns.map((c) => c.label)}
      wrapClass="record-pinned"
      captionVisible
      caption={linked ? `考评引用的${config.noun}记录` : `刚保存的${config.noun}记录（在列表的其他页）`}
    >
      <RecordRow config={config} record={record} readOnly={readOnly} onEdit={onEdit} />
    </ListTable>
  );
}

/** Under the list: what an empty list says, or the pager. */
function ListFooter({
  noun,
  total,
  pageIndex,
  pages,
  onPage,
}: {
  noun: string;
  total: number | undefined;
  pageIndex: number;
  pages: number;
  onPage: (index: number) => void;
}) {
  if (total === undefined) return null;
  if (total === 0)
    return (
      <EmptyList>
        还没有{noun}记录。点“新增{noun}”开始记录。
      </EmptyList>
    );
  return (
    <Pager label={`${noun}列表翻页`} pageIndex={pageIndex} pages={pages} total={total} onPage={onPage} />
  );
}

/** The list, form and undo of one record table. */
export function RecordListPage<T extends RecordTable>({ config }: { config: RecordListConfig<T> }) {
  const repo = useMemo(() => records(config.table), [config.table]);
  const view = useListView(config);
  const { pageIndex, filter, search, showFromStart } = view;
  const { editing, setEditing, open, dirty, returnFocus } = useEditing();
  // Another tab is the writer, or a drill is on: the write buttons are off, with the reason.
  const readOnly = useReadOnlyReason();
  const { savedId, focusId, setFocusId, listAtSave, markSaved } = view;
  const listRef = useRef<HTMLTableElement>(null);
  const showSaved = (record: object) => markSaved(record, data);
  const undo = useUndoableRemove(repo, config.noun, config.describe, showSaved);
  const { remove, setNotice, status, clearUndo } = undo;

  const query: PageQuery = view.query;
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
  useFocusSaved(focusId, listFresh, rowIds, pinned as { id?: string } | null | undefined, setFocusId);
  // The paperclip counts of the rows shown, from the attachments' index only.
  const withFiles = isAttachmentOwnerTable(config.table);
  const { data: fileCounts } = useLiveQuery(
    () => (withFiles ? countAttachments(rowIds) : Promise.resolve(new Map<string, number>())),
    [withFiles, rowIds.join(' ')],
  );

  const editable = (record: object) => (config.adapter ? config.adapter.toEditable(record) : record);
  /** Closes the form: to the saved record, or back to what opened it (or the list). */
  const closeEditor = (saved?: object) => {
    setEditing(undefined);
    if (saved) showSaved(saved);
    else returnFocus(listRef);
  };
  /** Deletes a row's record with undo; deleting the record in the form closes the form. */
  const removeRow = (record: RecordOf<T>) => {
    const id = (record as { id: string }).id;
    if ((editing as { id?: string } | undefined)?.id === id) setEditing(undefined);
    void remove(record);
  };
  const idPrefix = `edit-${config.table}`;
  return (
    <div class="record-page">
      {config.intro}
      <ListToolbar
        config={config}
        idPrefix={idPrefix}
        filter={filter}
        search={search}
        readOnly={readOnly}
        onAdd={() => open(editable(config.defaults(filter)))}
        onSearch={view.searchFor}
        onFilter={view.filterBy}
      />

      {status}

      {pinned && (
        <PinnedRecord
          config={config}
          record={pinned}
          linked={pinnedId === linkedId}
          readOnly={readOnly}
          onEdit={() => open(editable(pinned))}
        />
      )}

      {editing && (
        <ListEditor
          config={config}
          repo={repo}
          editing={editing}
          idPrefix={idPrefix}
          onClose={closeEditor}
          onSavedToAttach={(record) => setEditing(editable(record))}
          onDirty={(value) => (dirty.current = value)}
          clearUndo={clearUndo}
          setNotice={setNotice}
        />
      )}

      <ListError error={error} />
      <ListTable
        labels={config.columns.map((c) => c.label)}
        class="record-list-table"
        caption={`${config.noun}列表，第 ${pageIndex + 1} 页`}
        busy={loading}
        focusable
        tableRef={listRef}
      >
        {data?.rows.map((record) => (
          <RecordRow
            key={(record as { id: string }).id}
            config={config}
            record={record}
            files={fileCounts?.get((record as { id: string }).id)}
            readOnly={readOnly}
            onEdit={() => open(editable(record))}
            onRemove={() => removeRow(record)}
          />
        ))}
      </ListTable>
      <ListFooter
        noun={config.noun}
        total={data?.total}
        pageIndex={pageIndex}
        pages={pages}
        onPage={showFromStart}
      />
    </div>
  );
}
