// 修改记录: the change log, newest first, a page at a time, filtered by table; and a check of the
// hash chain. The entries are written by the storage layer (src/storage/change-log.ts); this island
// only reads and shows them.
import { useState } from 'preact/hooks';
import { RECORD_TABLES } from '../../../domain/ledger';
import {
  CHANGE_ACTION_LABELS,
  loggedTableLabel,
  verifyChain,
  WHOLE_TABLE,
  type ChainCheck,
  type ChangeLogEntry,
} from '../../../domain/ledger/change-log';
import { changeLogPage, readChangeLog } from '../../../storage/queries/changes';
import { useLiveQuery } from '../../kit/use-live-query';
import { Pager } from '../../kit/Pager';
import {
  EmptyList,
  ListError,
  ListTable,
  RecordCells,
  ToolbarSelect,
  type Column,
} from '../../kit/ListTable';

/** Entries per page. */
const PAGE_SIZE = 50;

const TABLE_OPTIONS = [
  ...Object.entries(RECORD_TABLES).map(([value, { label }]) => ({ value, label })),
  { value: 'settings', label: '设置' },
];

/** A local date and time for the list (the entry keeps UTC). */
function localTime(iso: string): string {
  const d = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
}

/** What an entry is about: the record's label, or the count of a whole-table entry. */
function describe(entry: ChangeLogEntry): string {
  if (entry.recordId !== WHOLE_TABLE) return entry.label ?? entry.recordId;
  const parts = [];
  if (entry.removed) parts.push(`移除 ${entry.removed} 条`);
  if (entry.action === 'import') parts.push(`写入后共 ${entry.count ?? 0} 条`);
  return `整表（${parts.join('，') || '无记录'}）`;
}

/** The list's columns; 操作 here is what the entry did (the list has no buttons). */
const COLUMNS: readonly Column<ChangeLogEntry>[] = [
  { label: '序号', render: (entry) => entry.seq },
  { label: '时间', render: (entry) => localTime(entry.at) },
  { label: '使用人', render: (entry) => entry.user || '（未填写）' },
  { label: '表', render: (entry) => loggedTableLabel(entry.table) },
  { label: '记录', render: describe },
  { label: '操作', render: (entry) => CHANGE_ACTION_LABELS[entry.action] },
];

/** The 修改记录 island. */
export function ChangesPage() {
  const [table, setTable] = useState('');
  const [pageIndex, setPageIndex] = useState(0);
  const [check, setCheck] = useState<ChainCheck | 'checking'>();
  const { data, error, loading } = useLiveQuery(
    () => changeLogPage({ ...(table ? { table } : {}), offset: pageIndex * PAGE_SIZE, limit: PAGE_SIZE }),
    [table, pageIndex],
  );
  const pages = Math.max(1, Math.ceil((data?.total ?? 0) / PAGE_SIZE));

  const verify = async () => {
    setCheck('checking');
    try {
      setCheck(verifyChain(await readChangeLog()));
    } catch (e) {
      setCheck({
        ok: false,
        seq: 0,
        index: 0,
        message: `读取修改记录失败：${String((e as Error)?.message ?? e)}`,
      });
    }
  };

  return (
    <div class="record-page change-log-page">
      <p>
        台账的每一次保存、删除、恢复、导入和清空都会自动记下一条：时间、使用人（在“设置”中填写）、哪张表的哪条记录、做了什么，以及记录改动前后的校验值。每条记录都带有前一条的校验值，连成一条链：事后改动或删掉其中任何一条，校验都会指出来。导出归档时修改记录一并带走。
      </p>
      <div class="record-toolbar">
        <button type="button" class="button-primary" onClick={verify} disabled={check === 'checking'}>
          校验修改记录
        </button>
        <ToolbarSelect
          id="change-log-table"
          label="表"
          value={table}
          options={TABLE_OPTIONS}
          onChange={(value) => {
            setTable(value);
            setPageIndex(0);
          }}
        />
      </div>
      <div aria-live="polite">
        {check === 'checking' && <p role="status">正在校验…</p>}
        {check !== undefined && check !== 'checking' && check.ok && (
          <p class="notice change-log-ok" role="status">
            修改记录完整：共 {check.count} 条，链上每一条都与前一条相连，内容与校验值一致。
            {check.count > 0 && (
              <>
                {' '}
                最后一条的校验值：<code>{check.lastHash.slice(0, 16)}…</code>
              </>
            )}
          </p>
        )}
        {check !== undefined && check !== 'checking' && !check.ok && (
          <p class="notice notice-error" role="alert">
            修改记录不完整：{check.message}
          </p>
        )}
      </div>
      <ListError error={error} what="修改记录" />
      <ListTable
        labels={COLUMNS.map((c) => c.label)}
        actions={false}
        caption={`修改记录，新的在前，第 ${pageIndex + 1} 页`}
        busy={loading}
      >
        {data?.rows.map((entry) => (
          <tr key={entry.seq}>
            <RecordCells columns={COLUMNS} record={entry} />
          </tr>
        ))}
      </ListTable>
      {data && data.total === 0 && (
        <EmptyList>还没有修改记录。保存第一条台账记录后，这里就会出现。</EmptyList>
      )}
      {data && data.total > 0 && (
        <Pager
          label="修改记录翻页"
          pageIndex={pageIndex}
          pages={pages}
          total={data.total}
          onPage={setPageIndex}
        />
      )}
    </div>
  );
}
