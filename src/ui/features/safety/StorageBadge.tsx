// The data-safety strip at the top of every ledger page: the read-only banner when another tab is
// the writer, a compact storage badge (persistent storage, last verified export, read-only) with
// the backup reminder, and — instead of a broken page — why the ledger cannot open here.
import { siteUrl } from '../../site-url';
import {
  ADDRESS_WARNING,
  NO_LOCKS_NOTE,
  READ_ONLY_BANNER,
  backupReminder,
  persistBadge,
  type BackupReminder,
} from '../../../domain/safety';
import { activeDrill } from '../../../storage/drill-flag';
import type { WriterState } from '../../../storage/writer-lock';
import { ExportNowButton } from './ExportNowButton';
import { useBrowserStorage, useIndexedDbCheck, useLedgerHealth, useWriterState } from './use-storage-state';
import { IndexedDbProblem } from './IndexedDbProblem';
import './safety.css';

/** The banner of a tab that is not the writer; it goes away when the tab takes over. */
export function ReadOnlyBanner({ writer }: { writer: WriterState }) {
  if (writer === 'reader')
    return (
      <div class="readonly-banner" role="status">
        <strong>{READ_ONLY_BANNER.title}</strong>
        {READ_ONLY_BANNER.text}
      </div>
    );
  if (writer === 'unsupported')
    return (
      <p class="notice" role="note">
        {NO_LOCKS_NOTE}
      </p>
    );
  return null;
}

/** The reminder with its one-click export, when an export is due. */
export function BackupReminderNote({ reminder }: { reminder: BackupReminder }) {
  if (!reminder.due) return null;
  return (
    <div class="backup-reminder" role="note" aria-label="备份提醒">
      <p>
        <strong>该导出备份了：</strong>
        {reminder.message}
      </p>
      <ExportNowButton />
    </div>
  );
}

function Badge({ writer }: { writer: WriterState }) {
  const health = useLedgerHealth();
  const { state } = useBrowserStorage();
  if (!health) return null;
  // A drill shows an archive's copy, read-only and thrown away after: nothing to back up there.
  const drill = activeDrill() !== undefined;
  const reminder = backupReminder({
    lastExportAt: health.lastExport?.at,
    now: new Date(),
    reminderDays: health.reminderDays,
    ledger: health.ledger,
  });
  return (
    <>
      <div class="storage-badge" role="group" aria-label="存储状况">
        {state && (
          <span
            class={`storage-chip ${state.persistence === 'granted' ? 'storage-chip-ok' : 'storage-chip-warn'}`}
          >
            {persistBadge(state.persistence)}
          </span>
        )}
        {!drill && (
          <span class={`storage-chip ${reminder.due ? 'storage-chip-warn' : ''}`}>{reminder.badge}</span>
        )}
        {writer === 'reader' && <span class="storage-chip storage-chip-readonly">只读</span>}
        <a href={siteUrl('/ledger/settings/#storage-health')}>存储状况</a>
      </div>
      {!drill && <BackupReminderNote reminder={reminder} />}
    </>
  );
}

/**
 * The island on every ledger page. It makes this tab ask to be the ledger's writer. `home` adds
 * the warning that the ledger belongs to this browser and this address.
 */
export function StorageBadge({ home = false }: { home?: boolean }) {
  const check = useIndexedDbCheck();
  const writer = useWriterState(check?.diagnosis === 'ok');
  return (
    // data-writer tells tests (and whoever inspects the page) which role this tab has.
    <div class="storage-safety" data-writer={writer}>
      {check && check.diagnosis !== 'ok' && <IndexedDbProblem check={check} />}
      {check?.diagnosis === 'ok' && (
        <>
          <ReadOnlyBanner writer={writer} />
          <Badge writer={writer} />
          {home && (
            <p class="address-warning" role="note">
              {ADDRESS_WARNING}
            </p>
          )}
        </>
      )}
    </div>
  );
}
