// 导入: choose an archive, verify it, show what it would change (dry run), choose merge or replace,
// confirm, import in one transaction, and offer to undo. Nothing touches the ledger before 开始导入.
import { useRef, useState } from 'preact/hooks';
import { diffLedgersPaced, readArchive, type LedgerDiff, type ReadArchive } from '../../../domain/archive';
import { pacer } from '../../../domain/utils/pace';
import type { LedgerData, RecordTable } from '../../../domain/ledger';
import {
  importLedger,
  readWholeLedger,
  type ImportMode,
  type ImportPlan,
} from '../../../storage/queries/archive';
import { ArchiveFilePicker } from './ArchiveFilePicker';
import { countsLine, formatDate, formatDateTime, labelsOf, TABLE_NAMES, tableLabel } from './labels';
import { Progress } from './Progress';
import { UndoImport } from './UndoImport';
import { submitControl, useReadOnlyReason } from '../../kit/use-read-only';

/** What the page knows of the current ledger. */
export interface CurrentLedger {
  townshipId?: string;
  townshipName?: string;
  isDemo: boolean;
  /** Records over all tables. */
  total: number;
}

type ImportState =
  | { step: 'choose' }
  | { step: 'verifying'; fileName: string; fraction: number }
  | { step: 'refused'; fileName: string; message: string }
  | { step: 'review'; fileName: string; archive: ReadArchive; diff: LedgerDiff; currentData: LedgerData }
  | { step: 'importing'; fileName: string; fraction: number }
  | { step: 'done'; fileName: string; counts: Record<string, number> }
  | { step: 'cancelled'; fileName: string }
  | { step: 'failed'; fileName: string; message: string };

const UNCHANGED = '当前台账没有任何改动。';

/** The message of an unexpected error (a bug, not a refusal): still said in Chinese. */
const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** The import section. */
export function ImportPanel({ current }: { current: CurrentLedger }) {
  const [state, setState] = useState<ImportState>({ step: 'choose' });
  const [undoneMessage, setUndoneMessage] = useState<string>();
  // Cancels the reading or the import under way (取消): nothing is written either way.
  const cancel = useRef<AbortController | undefined>(undefined);
  const newCancel = () => (cancel.current = new AbortController()).signal;

  const verify = async (file: File) => {
    setUndoneMessage(undefined);
    const fileName = file.name;
    setState({ step: 'verifying', fileName, fraction: 0 });
    try {
      const result = await readArchive(await file.arrayBuffer(), {
        onProgress: (fraction) => setState({ step: 'verifying', fileName, fraction }),
        signal: newCancel(),
      });
      if (!result.ok && result.reason === 'cancelled') {
        setState({ step: 'cancelled', fileName });
        return;
      }
      if (!result.ok) {
        setState({ step: 'refused', fileName, message: result.message });
        return;
      }
      const currentData = await readWholeLedger();
      const diff = await diffLedgersPaced(currentData, result.archive.data, current.townshipId, pacer());
      setState({ step: 'review', fileName, archive: result.archive, diff, currentData });
    } catch (error) {
      setState({ step: 'refused', fileName, message: `无法读取这个文件（${errorText(error)}）。` });
    }
  };

  const start = async (plan: Pick<ImportPlan, 'mode' | 'resolve'>) => {
    if (state.step !== 'review') return;
    const { fileName, archive, diff } = state;
    setState({ step: 'importing', fileName, fraction: 0 });
    try {
      const result = await importLedger(
        { ...plan, archive, diff, fileName },
        {
          onProgress: (fraction) => setState({ step: 'importing', fileName, fraction }),
          signal: newCancel(),
        },
      );
      setState(
        result.ok
          ? { step: 'done', fileName, counts: result.counts }
          : result.reason === 'cancelled'
            ? { step: 'cancelled', fileName }
            : { step: 'failed', fileName, message: result.message },
      );
    } catch (error) {
      setState({ step: 'failed', fileName, message: `导入出错（${errorText(error)}）。` });
    }
  };

  const reset = () => setState({ step: 'choose' });
  const busy = state.step === 'verifying' || state.step === 'importing';

  return (
    <section class="archive-section" aria-labelledby="import-title">
      <h2 id="import-title">导入归档</h2>
      <p>
        {'用本系统导出的 ZIP 文件恢复台账，或把另一台电脑上的台账搬过来。'}
        {'导入前会先校验文件、列出将要发生的改动，由您确认后才写入；写入要么全部完成，要么完全不做。'}
        {'导入前会自动保留当前台账的副本，导入后可以撤销。'}
      </p>
      {(state.step === 'choose' ||
        state.step === 'cancelled' ||
        state.step === 'refused' ||
        state.step === 'done' ||
        state.step === 'failed') && (
        <ArchiveFilePicker
          id="import-file"
          label="选择归档文件（.zip）"
          onFiles={(files) => verify(files[0]!)}
        />
      )}
      {state.step === 'verifying' && (
        <Progress
          label={`正在校验 ${state.fileName}`}
          fraction={state.fraction}
          onCancel={() => cancel.current?.abort()}
        />
      )}
      {state.step === 'review' && (
        <ImportReview
          fileName={state.fileName}
          archive={state.archive}
          diff={state.diff}
          currentData={state.currentData}
          current={current}
          onStart={start}
          onCancel={reset}
        />
      )}
      {state.step === 'importing' && (
        <Progress
          label={`正在导入 ${state.fileName}`}
          fraction={state.fraction}
          onCancel={() => cancel.current?.abort()}
          note="导入完成前请不要关闭本页；如果关闭或取消，台账保持导入前的样子。"
        />
      )}
      <ImportOutcome state={state} />
      {undoneMessage && (
        <p class="notice notice-ok" role="status">
          {undoneMessage}
        </p>
      )}
      <UndoImport
        disabled={busy}
        onUndone={(message) => {
          setUndoneMessage(message);
          setState({ step: 'choose' });
        }}
      />
    </section>
  );
}

/** Props of the dry-run review. */
interface ReviewProps {
  fileName: string;
  archive: ReadArchive;
  diff: LedgerDiff;
  /** The current ledger's records, as compared (for the labels of records only here). */
  currentData: LedgerData;
  current: CurrentLedger;
  onStart: (plan: { mode: ImportMode; resolve: ImportPlan['resolve'] }) => void;
  onCancel: () => void;
}

/** The dry run: what the archive is, what it would change, how to import it, and the confirmations. */
function ImportReview({ fileName, archive, diff, currentData, current, onStart, onCancel }: ReviewProps) {
  const { info } = archive;
  const ledgerIsEmpty = current.total === 0 || current.townshipId === undefined;
  const [mode, setMode] = useState<ImportMode>(ledgerIsEmpty || current.isDemo ? 'replace' : 'merge');
  const [resolve, setResolve] = useState<ImportPlan['resolve']>('keep-current');
  const [otherConfirmed, setOtherConfirmed] = useState(false);
  const [demoConfirmed, setDemoConfirmed] = useState(false);
  const readOnly = useReadOnlyReason();
  const otherTownship = diff.otherTownship && !ledgerIsEmpty;
  const demoIntoReal = info.isDemo && !ledgerIsEmpty && !current.isDemo;
  const incomingTotal = TABLE_NAMES.reduce((sum, t) => sum + archive.data[t].length, 0);
  const ready = (!otherTownship || otherConfirmed) && (!demoIntoReal || demoConfirmed);

  const submit = (event: Event) => {
    event.preventDefault();
    if (!ready || readOnly) return;
    if (
      mode === 'replace' &&
      !ledgerIsEmpty &&
      !window.confirm(
        `替换当前台账：当前台账的 ${current.total} 条记录将全部由归档中的 ${incomingTotal} 条记录取代。导入前会自动保留当前台账的副本，导入后可以撤销。确定替换吗？`,
      )
    )
      return;
    onStart({ mode, resolve });
  };

  return (
    <form class="archive-review" onSubmit={submit} aria-labelledby="review-title">
      <h3 id="review-title">校验通过：{fileName}</h3>
      <dl class="archive-facts">
        <dt>乡镇</dt>
        <dd>
          {info.townshipName}
          {info.isDemo && <span class="badge">示例数据</span>}
        </dd>
        <dt>归档日期</dt>
        <dd>{formatDate(info.baggingDate)}</dd>
        <dt>记录</dt>
        <dd>{countsLine(info.counts)}</dd>
        <dt>格式</dt>
        <dd>
          第 {info.formatVersion} 版
          {archive.upgradedFrom !== undefined && `（由第 ${archive.upgradedFrom} 版自动升级读取）`}，义务清单{' '}
          {info.catalogueVersion} 版，导出程序 {info.appVersion} 版
        </dd>
      </dl>

      {otherTownship && (
        <div class="notice notice-warn" role="alert">
          <p>
            <strong>这是另一个乡镇的归档。</strong>归档属于“{info.townshipName}”，当前台账是“
            {current.townshipName ?? '未命名'}”。把别的乡镇的记录导入本乡镇的台账，考评和报送都会出错。
          </p>
          <label class="archive-confirm">
            <input
              type="checkbox"
              checked={otherConfirmed}
              onChange={(e) => setOtherConfirmed(e.currentTarget.checked)}
            />
            我已核对，确实要把“{info.townshipName}”的归档导入“{current.townshipName ?? '当前台账'}”
          </label>
        </div>
      )}
      {demoIntoReal && (
        <div class="notice notice-warn" role="alert">
          <p>
            <strong>这是示例乡镇的虚构数据。</strong>当前台账是真实乡镇“{current.townshipName}
            ”的台账；导入后，虚构记录会混入或取代真实记录。
          </p>
          <label class="archive-confirm">
            <input
              type="checkbox"
              checked={demoConfirmed}
              onChange={(e) => setDemoConfirmed(e.currentTarget.checked)}
            />
            我明白这是虚构的示例数据，仍要导入
          </label>
        </div>
      )}

      <DiffSummary archive={archive} currentData={currentData} diff={diff} mode={mode} />

      <ImportModeChoice
        mode={mode}
        onMode={setMode}
        replaceNote={
          !ledgerIsEmpty
            ? `当前台账的 ${current.total} 条记录将由归档中的 ${incomingTotal} 条取代。`
            : undefined
        }
      />

      {mode === 'merge' && diff.totals.conflicts > 0 && (
        <Conflicts diff={diff} resolve={resolve} onResolve={setResolve} />
      )}

      <div class="archive-actions">
        <button type="submit" class="button-primary" disabled={!ready} {...submitControl(readOnly)}>
          开始导入
        </button>
        <button type="button" onClick={onCancel}>
          放弃，不导入
        </button>
        {!ready && <span class="muted">请先勾选上面的确认。</span>}
      </div>
    </form>
  );
}

/** The end of an import that is not under way: cancelled, refused, done or failed (else nothing). */
function ImportOutcome({ state }: { state: ImportState }) {
  return (
    <>
      {state.step === 'cancelled' && (
        <p class="notice notice-ok" role="status">
          已取消 {state.fileName} 的导入。{UNCHANGED}
        </p>
      )}
      {state.step === 'refused' && (
        <div class="notice notice-error" role="alert">
          <p>
            <strong>不能导入 {state.fileName}：</strong>
            {state.message}
          </p>
          <p>{UNCHANGED}</p>
        </div>
      )}
      {state.step === 'done' && (
        <div class="notice notice-ok" role="status">
          <p>
            <strong>导入完成（{state.fileName}），并已重新核对。</strong>现在的台账：
            {countsLine(state.counts)}。
          </p>
        </div>
      )}
      {state.step === 'failed' && (
        <div class="notice notice-error" role="alert">
          <p>
            <strong>导入没有完成：</strong>
            {state.message}
          </p>
          <p>{UNCHANGED}</p>
        </div>
      )}
    </>
  );
}

/** 导入方式: merge into the current ledger or replace it. */
function ImportModeChoice({
  mode,
  onMode,
  replaceNote,
}: {
  mode: ImportMode;
  onMode: (mode: ImportMode) => void;
  /** What replacing would replace, when the ledger has records. */
  replaceNote: string | undefined;
}) {
  return (
    <fieldset class="archive-choice">
      <legend>导入方式</legend>
      <label>
        <input type="radio" name="import-mode" checked={mode === 'merge'} onChange={() => onMode('merge')} />
        <strong>合并到当前台账</strong>
        <span class="field-hint">
          归档里新增的记录加进来，归档里更新过的记录替换旧的；当前台账里有、归档里没有的记录保持不动。
        </span>
      </label>
      <label>
        <input
          type="radio"
          name="import-mode"
          checked={mode === 'replace'}
          onChange={() => onMode('replace')}
        />
        <strong>替换当前台账</strong>
        <span class="field-hint">
          先清空当前台账的全部记录和附件，再换成归档里的内容，就像把这个归档原样搬到这台电脑上。适合在新电脑上恢复台账。
          {replaceNote}
        </span>
      </label>
    </fieldset>
  );
}

/** Longest list of records shown per change of a table; the rest is counted. */
const LIST_LIMIT = 200;

/** The table of changes (新增 / 更新 / 冲突 per table) and the records behind each number. */
function DiffSummary({ archive, currentData, diff, mode }: DiffProps) {
  const tables = TABLE_NAMES.filter((t) => {
    const d = diff.tables[t];
    return d && d.added.length + d.updated.length + d.conflicts.length + d.unchanged + d.removed.length > 0;
  });
  const removedTotal = TABLE_NAMES.reduce((sum, t) => sum + (diff.tables[t]?.removed.length ?? 0), 0);
  return (
    <div class="archive-diff">
      <h4>{mode === 'merge' ? '合并后将要发生的改动' : '归档与当前台账的差别'}</h4>
      {mode === 'replace' && (
        <p class="field-hint">替换方式下，当前台账的全部记录都由归档中的记录取代；下表供核对两边的差别。</p>
      )}
      {tables.length === 0 ? (
        <p class="empty">归档里没有记录。</p>
      ) : (
        <table class="record-table">
          <thead>
            <tr>
              <th scope="col">台账</th>
              <th scope="col">新增</th>
              <th scope="col">更新</th>
              <th scope="col">冲突</th>
              <th scope="col">相同</th>
              <th scope="col">{mode === 'merge' ? '仅当前台账有（保留）' : '仅当前台账有（将删除）'}</th>
            </tr>
          </thead>
          <tbody>
            {tables.map((t) => {
              const d = diff.tables[t];
              return (
                <tr key={t}>
                  <th scope="row">{tableLabel(t)}</th>
                  <td>
                    <Count n={d.added.length} />
                  </td>
                  <td>
                    <Count n={d.updated.length} />
                  </td>
                  <td>
                    <Count n={d.conflicts.length} strong />
                  </td>
                  <td>
                    <Count n={d.unchanged} />
                  </td>
                  <td>
                    <Count n={d.removed.length} strong={mode === 'replace'} />
                  </td>
                </tr>
              );
            })}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">合计</th>
              <td>新增 {diff.totals.added}</td>
              <td>更新 {diff.totals.updated}</td>
              <td>冲突 {diff.totals.conflicts}</td>
              <td />
              <td>{mode === 'merge' ? `保留 ${removedTotal}` : `删除 ${removedTotal}`}</td>
            </tr>
          </tfoot>
        </table>
      )}
      {tables.map((t) => (
        <RecordLists key={t} table={t} archive={archive} currentData={currentData} diff={diff} mode={mode} />
      ))}
    </div>
  );
}

/** A count in the diff table: zero muted, so that the changes stand out. */
function Count({ n, strong = false }: { n: number; strong?: boolean }) {
  if (n === 0) return <span class="muted">0</span>;
  return strong ? <strong>{n}</strong> : <>{n}</>;
}

/** Props of the diff summary. */
interface DiffProps {
  archive: ReadArchive;
  currentData: LedgerData;
  diff: LedgerDiff;
  mode: ImportMode;
}

/** The expandable lists of one table's records: added, updated, and those only here. */
function RecordLists({ table, archive, currentData, diff, mode }: DiffProps & { table: RecordTable }) {
  const d = diff.tables[table];
  const lists = [
    { title: '新增', ids: d.added, data: archive.data },
    { title: '更新', ids: d.updated, data: archive.data },
    {
      title: mode === 'merge' ? '仅当前台账有（保留）' : '仅当前台账有（将删除）',
      ids: d.removed,
      data: currentData,
    },
  ].filter((l) => l.ids.length > 0);
  if (lists.length === 0) return null;
  return (
    <details class="archive-records">
      <summary>
        {tableLabel(table)}：{lists.map((l) => `${l.title} ${l.ids.length} 条`).join('，')}
      </summary>
      {lists.map((l) => (
        <div key={l.title}>
          <p class="field-label">{l.title}</p>
          <ul>
            {labelsOf(l.data, table, l.ids.slice(0, LIST_LIMIT)).map((label, i) => (
              <li key={l.ids[i]}>{label}</li>
            ))}
          </ul>
          {l.ids.length > LIST_LIMIT && <p class="muted">另有 {l.ids.length - LIST_LIMIT} 条未列出。</p>}
        </div>
      ))}
    </details>
  );
}

/** The conflicting records, with both dates, and the choice of which side to keep. */
function Conflicts({
  diff,
  resolve,
  onResolve,
}: {
  diff: LedgerDiff;
  resolve: ImportPlan['resolve'];
  onResolve: (resolve: ImportPlan['resolve']) => void;
}) {
  const conflicts = TABLE_NAMES.flatMap((t) =>
    (diff.tables[t]?.conflicts ?? []).map((c) => ({ ...c, table: t })),
  );
  return (
    <div class="archive-conflicts">
      <h4>冲突：{conflicts.length} 条记录两边都改过</h4>
      <p>
        这些记录在当前台账里的修改时间不早于归档里的，说明导出之后这台电脑上又改过。系统不会悄悄覆盖，请选择保留哪一边。
      </p>
      <table class="record-table">
        <thead>
          <tr>
            <th scope="col">记录</th>
            <th scope="col">当前台账修改于</th>
            <th scope="col">归档中修改于</th>
          </tr>
        </thead>
        <tbody>
          {conflicts.slice(0, LIST_LIMIT).map((c) => (
            <tr key={`${c.table}:${c.id}`}>
              <td>
                {tableLabel(c.table)}：{c.label}
              </td>
              <td>{formatDateTime(c.current)}</td>
              <td>{formatDateTime(c.incoming)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {conflicts.length > LIST_LIMIT && <p class="muted">另有 {conflicts.length - LIST_LIMIT} 条未列出。</p>}
      <fieldset class="archive-choice">
        <legend>冲突记录的处理</legend>
        <label>
          <input
            type="radio"
            name="import-resolve"
            checked={resolve === 'keep-current'}
            onChange={() => onResolve('keep-current')}
          />
          <strong>保留当前</strong>
          <span class="field-hint">冲突的记录保持这台电脑上的版本，其余改动照常导入。</span>
        </label>
        <label>
          <input
            type="radio"
            name="import-resolve"
            checked={resolve === 'take-incoming'}
            onChange={() => onResolve('take-incoming')}
          />
          <strong>采用导入</strong>
          <span class="field-hint">冲突的记录改用归档里的版本（导入后仍可撤销）。</span>
        </label>
      </fieldset>
    </div>
  );
}
