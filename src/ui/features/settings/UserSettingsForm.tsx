// The user's own settings: the name written into the change log, and how often to be reminded to
// export a backup.
import { useState } from 'preact/hooks';
import { BACKUP_REMINDER_DAYS, parseUserFields, USER_NAME_MAX } from '../../../domain/ledger/settings/form';
import type { Settings } from '../../../domain/ledger';
import { updateSettings } from '../../../storage/queries/settings';
import { submitControl, useReadOnlyReason } from '../../kit/use-read-only';
import { FieldList } from '../../kit/fields';
import type { FieldSpec } from '../../kit/form-model';
import { useFieldValues } from '../../kit/use-field-values';

const FIELDS: FieldSpec[] = [
  {
    name: 'userName',
    label: '使用人姓名',
    kind: 'text',
    hint: `本浏览器在台账首页选择了“当前使用者”时，修改记录和封存记下的是当前使用者；没有选择时记下这里的姓名。不超过${USER_NAME_MAX}个字`,
  },
  {
    name: 'backupReminderDays',
    label: '备份提醒间隔（天）',
    kind: 'number',
    hint: `距上次导出归档超过这么多天时提醒导出（${BACKUP_REMINDER_DAYS.min}—${BACKUP_REMINDER_DAYS.max}天）`,
  },
];

/** The form of the user's name and the backup reminder. */
export function UserSettingsForm({ stored }: { stored: Settings }) {
  const [message, setMessage] = useState<{ text: string; error: boolean }>();
  const { values, issues, setIssues, onChange } = useFieldValues(
    () => ({ userName: stored.userName, backupReminderDays: String(stored.backupReminderDays) }),
    () => setMessage(undefined),
  );
  const readOnly = useReadOnlyReason();

  const submit = async (event: Event) => {
    event.preventDefault();
    const parsed = parseUserFields({
      userName: String(values['userName'] ?? ''),
      backupReminderDays: String(values['backupReminderDays'] ?? ''),
    });
    if (!parsed.ok) {
      setIssues(parsed.issues);
      setMessage({ text: '未保存：请按提示修改标红的项目。', error: true });
      return;
    }
    const result = await updateSettings(parsed.value);
    setMessage(
      result.ok ? { text: '已保存使用人和备份提醒。', error: false } : { text: result.message, error: true },
    );
  };

  return (
    <form class="admin-settings" onSubmit={submit} aria-labelledby="settings-user-title" noValidate>
      <h2 id="settings-user-title">使用人与备份提醒</h2>
      {message && (
        <p class={message.error ? 'form-summary' : 'notice'} role={message.error ? 'alert' : 'status'}>
          {message.text}
        </p>
      )}
      <FieldList
        fields={FIELDS}
        values={values}
        issues={issues}
        onChange={onChange}
        idPrefix="settings-user"
      />
      <div class="form-actions">
        <button type="submit" class="button-primary" {...submitControl(readOnly)}>
          保存
        </button>
      </div>
    </form>
  );
}
