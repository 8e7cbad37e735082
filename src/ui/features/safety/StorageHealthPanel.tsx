// 存储状况 on the settings page: persistent storage (and asking for it, with the browser's honest
// answer), used and available space, the schema version, the last verified export, this tab's
// role, and the backup reminder with its one-click export.
import { useState } from 'preact/hooks';
import {
  ADDRESS_WARNING,
  backupReminder,
  formatSpace,
  isSpaceLow,
  persistMessage,
  type PersistAnswer,
} from '../../../domain/safety';
import { requestPersistence } from '../../../storage/health';
import {
  discardPreUpgradeCopy,
  restorePreUpgradeCopy,
  type PreUpgradeCopy,
} from '../../../storage/queries/safety';
import type { WriterState } from '../../../storage/writer-lock';
import { formatDateTime } from '../archive/labels';
import { BackupReminderNote } from './StorageBadge';
import { OriginNotice } from './OriginNotice';
import { useBrowserStorage, useLedgerHealth, useWriterState } from './use-storage-state';
import './safety.css';

const ROLE: Record<WriterState, string> = {
  idle: '尚未确定',
  pending: '正在确定…',
  writer: '本标签页可以编辑台账（同时打开的其他标签页为只读）。',
  reader: '本标签页为只读：另一个标签页正在编辑台账。',
  unsupported: '这个浏览器无法协调多个标签页：请只在一个标签页里编辑台账。',
};

/**
 * The copy kept before the last database upgrade: what it is, and restoring or deleting it. A
 * restore puts every record and the settings back as they were before the upgrade.
 */
function PreUpgradeCopyRow({
  copy,
  readOnly,
  onResult,
}: {
  copy: PreUpgradeCopy;
  readOnly: boolean;
  /** Told the outcome (the row itself goes once the copy is restored or deleted). */
  onResult: (message: ResultMessage) => void;
}) {
  const run = async (action: 'restore' | 'discard') => {
    const question =
      action === 'restore'
        ? `恢复到升级前：台账将回到 ${formatDateTime(copy.at)} 升级前的样子（${copy.records} 条记录），此后的修改都会丢失。确定恢复吗？`
        : '删除升级前的副本：只有在确认升级后的台账完整无误时才删除。确定删除吗？';
    if (!window.confirm(question)) return;
    const result = action === 'restore' ? await restorePreUpgradeCopy() : await discardPreUpgradeCopy();
    onResult(
      result.ok
        ? { ok: true, text: action === 'restore' ? '已恢复到升级前的台账。' : '已删除升级前的副本。' }
        : { ok: false, text: result.message },
    );
  };
  return (
    <>
      <span>
        数据库由第 {copy.fromVersion} 版升级到第 {copy.toVersion} 版前（{formatDateTime(copy.at)}
        ）自动保存的副本，共 {copy.records} 条记录。升级后的台账如有缺失，可以恢复到升级前。
      </span>
      <span class="storage-health-actions">
        <button type="button" disabled={readOnly} onClick={() => run('restore')}>
          恢复到升级前
        </button>
        <button type="button" disabled={readOnly} onClick={() => run('discard')}>
          删除副本
        </button>
      </span>
    </>
  );
}

/** The outcome of restoring or deleting the pre-upgrade copy. */
interface ResultMessage {
  ok: boolean;
  text: string;
}

/** The 存储状况 panel. */
export function StorageHealthPanel() {
  const health = useLedgerHealth();
  const { state, refresh } = useBrowserStorage();
  const writer = useWriterState();
  const [asked, setAsked] = useState<PersistAnswer>();
  const [copyResult, setCopyResult] = useState<ResultMessage>();

  const ask = async () => {
    setAsked(await requestPersistence());
    refresh();
  };

  if (!health || !state) return <p aria-busy="true">正在读取存储状况…</p>;
  const persistence = asked ?? state.persistence;
  const reminder = backupReminder({
    lastExportAt: health.lastExport?.at,
    now: new Date(),
    reminderDays: health.reminderDays,
    ledger: health.ledger,
  });
  return (
    <section class="admin-section storage-health" id="storage-health" aria-labelledby="storage-health-title">
      <h2 id="storage-health-title">存储状况</h2>
      <p class="address-warning" role="note">
        {ADDRESS_WARNING}
      </p>
      <OriginNotice />
      <BackupReminderNote reminder={reminder} />
      <dl class="storage-health-list">
        <dt>持久存储</dt>
        <dd>
          <span data-testid="persistence">{persistMessage(persistence, asked !== undefined)}</span>
          {persistence !== 'granted' && persistence !== 'unsupported' && (
            <button type="button" onClick={ask}>
              申请持久存储
            </button>
          )}
          {asked !== undefined && (
            <span role="status">
              浏览器的回答：{asked === 'granted' ? '同意' : asked === 'denied' ? '拒绝' : '不支持此项申请'}
            </span>
          )}
        </dd>
        <dt>存储空间</dt>
        <dd>
          <span>{formatSpace(state)}</span>
          {isSpaceLow(state) && (
            <span class="notice-error">空间快用完了：请先导出归档，再删除不需要的附件或清理磁盘。</span>
          )}
        </dd>
        <dt>数据库版本</dt>
        <dd>第 {health.schemaVersion} 版</dd>
        <dt>上次校验导出</dt>
        <dd>
          {health.lastExport
            ? `${formatDateTime(health.lastExport.at)}（${reminder.badge}），文件 ${health.lastExport.fileName}`
            : '从未导出'}
          <span class="muted">
            超过 {health.reminderDays} 天未导出时提醒（可在下方“使用人与备份提醒”中修改）。
          </span>
        </dd>
        <dt>编辑权</dt>
        <dd>{ROLE[writer]}</dd>
        {health.preUpgrade && (
          <>
            <dt>升级前的副本</dt>
            <dd>
              <PreUpgradeCopyRow
                copy={health.preUpgrade}
                readOnly={writer !== 'writer'}
                onResult={setCopyResult}
              />
            </dd>
          </>
        )}
      </dl>
      {copyResult && (
        <p
          role={copyResult.ok ? 'status' : 'alert'}
          class={`notice ${copyResult.ok ? 'notice-ok' : 'notice-error'}`}
        >
          {copyResult.text}
        </p>
      )}
    </section>
  );
}
