// The catalogue's settings as one form: each setting's label, input, unit, default and why it
// exists, with a reset to the default; every value is checked before anything is saved.
import { useState } from 'preact/hooks';
import {
  formatSettingValue,
  settingText,
  settingsFormValues,
  settingsValuesFromForm,
} from '../../../domain/ledger/settings/form';
import type { Settings } from '../../../domain/ledger';
import type { Setting } from '../../../domain/schemas/duty';
import { updateSettings } from '../../../storage/queries/settings';
import { submitControl, useReadOnlyReason, writeControl } from '../../kit/use-read-only';

const idOf = (key: string) => `setting-${key}`;

function SettingInput({
  setting,
  value,
  error,
  onInput,
}: {
  setting: Setting;
  value: string;
  error: string | undefined;
  onInput: (value: string) => void;
}) {
  const id = idOf(setting.key);
  const common = {
    id,
    name: setting.key,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': [`${id}-description`, error ? `${id}-error` : ''].filter(Boolean).join(' '),
  } as const;
  if (setting.type === 'choice')
    return (
      <select {...common} value={value} onChange={(e) => onInput(e.currentTarget.value)}>
        {setting.choices.map((c) => (
          <option key={c.value} value={c.value}>
            {c.label}
          </option>
        ))}
      </select>
    );
  return (
    <input
      {...common}
      type={setting.type === 'monthDay' ? 'text' : 'number'}
      inputMode={setting.type === 'integer' ? 'numeric' : setting.type === 'ratio' ? 'decimal' : undefined}
      placeholder={setting.type === 'monthDay' ? '月-日，如 03-31' : undefined}
      step={setting.type === 'ratio' ? 0.01 : 1}
      min={setting.type === 'integer' ? 1 : undefined}
      value={value}
      onInput={(e) => onInput(e.currentTarget.value)}
    />
  );
}

/** The form of the catalogue's settings, filled from the stored values. */
export function CatalogueSettingsForm({
  settings,
  stored,
}: {
  settings: readonly Setting[];
  stored: Settings;
}) {
  const [form, setForm] = useState(() => settingsFormValues(settings, stored.values));
  const [issues, setIssues] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<{ text: string; error: boolean }>();
  const [saving, setSaving] = useState(false);
  const readOnly = useReadOnlyReason();

  const change = (key: string, value: string) => {
    setForm((current) => ({ ...current, [key]: value }));
    setIssues(({ [key]: _dropped, ...rest }) => rest);
    setMessage(undefined);
  };

  const submit = async (event: Event) => {
    event.preventDefault();
    const parsed = settingsValuesFromForm(settings, form, stored.values);
    if (!parsed.ok) {
      setIssues(parsed.issues);
      setMessage({ text: '未保存：请按提示修改标红的项目。', error: true });
      return;
    }
    setSaving(true);
    const result = await updateSettings({ values: parsed.values });
    setSaving(false);
    setMessage(
      result.ok ? { text: '已保存考评设置。', error: false } : { text: result.message, error: true },
    );
  };

  return (
    <form class="admin-settings" onSubmit={submit} aria-labelledby="settings-catalogue-title" noValidate>
      <h2 id="settings-catalogue-title">考评设置</h2>
      <p class="admin-lead">
        细则没有写明的期限和口径，本工具先给出默认值；乡镇可以改成自己的规定。考评按这里的数值判断，导出的归档也会带上这些设置。
      </p>
      {message && (
        <p class={message.error ? 'form-summary' : 'notice'} role={message.error ? 'alert' : 'status'}>
          {message.text}
        </p>
      )}
      <ul class="admin-setting-list">
        {settings.map((setting) => {
          const id = idOf(setting.key);
          const error = issues[setting.key];
          const isDefault = form[setting.key] === settingText(setting, undefined);
          return (
            <li class="admin-setting" key={setting.key}>
              <div class="admin-setting-head">
                <label for={id} id={`${id}-label`}>
                  {setting.label}
                </label>
              </div>
              <div class="admin-setting-control">
                <SettingInput
                  setting={setting}
                  value={form[setting.key] ?? ''}
                  error={error}
                  onInput={(value) => change(setting.key, value)}
                />
                {setting.unit && <span>{setting.unit}</span>}
                <span class="admin-setting-default">
                  {isDefault ? '（默认值）' : `默认：${formatSettingValue(setting, undefined)}`}
                </span>
                <button
                  type="button"
                  class="admin-reset"
                  aria-describedby={`${id}-label`}
                  disabled={isDefault}
                  {...writeControl(readOnly, () => change(setting.key, settingText(setting, undefined)))}
                >
                  恢复默认
                </button>
              </div>
              {error && (
                <p class="field-error" id={`${id}-error`} role="alert">
                  {error}
                </p>
              )}
              <p class="admin-setting-description" id={`${id}-description`}>
                {setting.description}
              </p>
            </li>
          );
        })}
      </ul>
      <div class="form-actions">
        <button type="submit" class="button-primary" disabled={saving} {...submitControl(readOnly)}>
          {saving ? '正在保存…' : '保存考评设置'}
        </button>
      </div>
    </form>
  );
}
