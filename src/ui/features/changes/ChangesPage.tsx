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
        <div class="toolbar-field">
          <label for="change-log-table">表</label>
          <select
            id="change-log-table"
            value={table}
            onChange={(e) => {
              setTable(e.currentTarget.value);
              setPageIndex(0);
            }}
          >
            <option value="">全部</option>
            {TABLE_OPTIONS.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        </div>
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
      {error !== undefined && (
        <p class="notice notice-error" role="alert">
          读取修改记录失败：{String((error as Error)?.message ?? error)}
        </p>
      )}
      <div class="table-wrap">
        <table class="record-table" aria-busy={loading}>
          <caption class="sr-only">修改记录，新的在前，第 {pageIndex + 1} 页</caption>
          <thead>
            <tr>
              <th scope="col">序号</th>
              <th scope="col">时间</th>
              <th scope="col">使用人</th>
              <th scope="col">表</th>
              <th scope="col">记录</th>
              <th scope="col">操作</th>
            </tr>
          </thead>
          <tbody>
            {data?.rows.map((entry) => (
              <tr key={entry.seq}>
                <td>{entry.seq}</td>
                <td>{localTime(entry.at)}</td>
                <td>{entry.user || '（未填写）'}</td>
                <td>{loggedTableLabel(entry.table)}</td>
                <td>{describe(entry)}</td>
                <td>{CHANGE_ACTION_LABELS[entry.action]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {data && data.total === 0 && <p class="empty">还没有修改记录。保存第一条台账记录后，这里就会出现。</p>}
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
