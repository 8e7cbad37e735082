// 当前使用者: who is keeping the ledger in this browser, chosen once from the township's 专干, 主席
// and 副主席 (or typed), and changeable. The name goes into every change-log entry and into a
// closed period's snapshot (封存人); it is kept in this browser only (storage/current-user.ts).
import { useEffect, useState } from 'preact/hooks';
import { userChoices } from '../../../domain/ledger/current-user';
import { today } from '../../../domain/dates';
import { onCurrentUserChange, readCurrentUser, saveCurrentUser } from '../../../storage/current-user';
import { officerOptions } from '../../../storage/queries/options';
import { useLiveQuery } from '../../kit/use-live-query';
import { submitControl, useReadOnlyReason, writeControl } from '../../kit/use-read-only';
import './current-user.css';

const OTHER = '__other__';

/** This browser's current user's name, followed live. */
export function useCurrentUser(): string {
  const [name, setName] = useState(readCurrentUser);
  useEffect(() => onCurrentUserChange(() => setName(readCurrentUser())), []);
  return name;
}

/** The current user's name with a button to change it, or the choice when none is set. */
export function CurrentUserPicker() {
  const current = useCurrentUser();
  const [editing, setEditing] = useState(false);
  const { data: officers } = useLiveQuery(() => officerOptions(), []);
  const choices = userChoices(officers ?? [], today());
  const [picked, setPicked] = useState('');
  const [typed, setTyped] = useState('');
  const [error, setError] = useState<string>();
  const readOnly = useReadOnlyReason();

  if (current && !editing)
    return (
      <p class="current-user" role="status">
        当前使用者：<strong>{current}</strong>（记入修改记录和封存）{' '}
        <button type="button" {...writeControl(readOnly, () => setEditing(true))}>
          更换
        </button>
      </p>
    );

  const save = (event: Event) => {
    event.preventDefault();
    if (readOnly) return setError(readOnly);
    const name = (picked === OTHER || choices.length === 0 ? typed : picked).trim();
    if (!name) return setError('请选择或填写您的姓名。');
    if (name.length > 40) return setError('姓名不能超过40个字。');
    if (!saveCurrentUser(name)) return setError('这个浏览器不允许保存（可能处于无痕模式），姓名未能记住。');
    setError(undefined);
    setEditing(false);
  };

  return (
    <form class="current-user current-user-form" aria-label="选择当前使用者" onSubmit={save}>
      <p>请选择您的姓名：本浏览器会记住它，之后的每一次修改和封存都记下是谁做的。换人使用时可以随时更换。</p>
      {choices.length > 0 && (
        <label>
          使用者
          <select value={picked} onChange={(e) => setPicked(e.currentTarget.value)}>
            <option value="">请选择</option>
            {choices.map((c) => (
              <option key={c.name} value={c.name}>
                {c.label}
              </option>
            ))}
            <option value={OTHER}>其他人（填写姓名）</option>
          </select>
        </label>
      )}
      {(picked === OTHER || choices.length === 0) && (
        <label>
          姓名
          <input type="text" maxLength={40} value={typed} onInput={(e) => setTyped(e.currentTarget.value)} />
        </label>
      )}
      <button type="submit" {...submitControl(readOnly)}>
        确定
      </button>
      {current && (
        <button type="button" onClick={() => setEditing(false)}>
          取消
        </button>
      )}
      {error && (
        <p class="notice notice-error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
