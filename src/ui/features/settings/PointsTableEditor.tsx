// 履职积分表: the values in force, editable; saving appends a new version from today and never
// changes an older one, so points already earned keep the values they were earned under.
import { useState } from 'preact/hooks';
import { today } from '../../../domain/dates';
import type { PointsTable, Settings } from '../../../domain/ledger';
import { DEFAULT_POINTS_FROM, defaultPointsRule } from '../../../domain/points/default-table';
import {
  adoptPointsTable,
  appendPointsTable,
  editablePointsRules,
  parsePointsInput,
  pointsTableChanges,
  pointsTableInForce,
  pointsTablesOf,
} from '../../../domain/points/versions';
import { updateSettings } from '../../../storage/queries/settings';
import { submitControl, useReadOnlyReason, writeControl } from '../../kit/use-read-only';

const idOf = (key: string) => `points-${key.replace(/\W/g, '-')}`;
const signed = (points: number | undefined) =>
  points === undefined ? '无' : points > 0 ? `+${points}` : String(points);

/** Which records a version applies to, in words. */
function versionSpan(table: PointsTable, next: PointsTable | undefined): string {
  if (table.from === DEFAULT_POINTS_FROM) return next ? `适用于 ${next.from} 以前的记录` : '适用于全部记录';
  return next ? `适用于 ${table.from} 至 ${next.from} 以前的记录` : `自 ${table.from} 起适用`;
}

/**
 * The township's adoption of a version (第十五条第（一）项: 建立并完善代表履职积分制): shown when
 * recorded, else a small form to record it. The values of the version do not change.
 */
function AdoptionLine({ table, stored }: { table: PointsTable; stored: Settings }) {
  const [open, setOpen] = useState(false);
  const [adoptedOn, setAdoptedOn] = useState(table.adoptedOn ?? '');
  const [adoptedBy, setAdoptedBy] = useState(table.adoptedBy ?? '');
  const [error, setError] = useState<string>();
  const [saving, setSaving] = useState(false);
  const readOnly = useReadOnlyReason();
  const id = `points-adoption-${table.version}`;
  const submit = async (event: Event) => {
    event.preventDefault();
    const adopted = adoptPointsTable(stored.pointsTables, table.version, { adoptedOn, adoptedBy });
    if (!adopted.ok) return setError(adopted.message);
    setSaving(true);
    const result = await updateSettings({ pointsTables: adopted.tables });
    setSaving(false);
    if (!result.ok) return setError(`未保存：${result.message}`);
    setError(undefined);
    setOpen(false);
  };
  return (
    <>
      <p class="admin-lead">
        {table.adoptedOn
          ? `已由本乡镇通过：${table.adoptedOn}，${table.adoptedBy ?? ''}。`
          : '尚未登记本乡镇通过（未通过的积分表不算建立了积分制）。'}
        {!open && (
          <button type="button" class="admin-inline-button" {...writeControl(readOnly, () => setOpen(true))}>
            {table.adoptedOn ? '更正通过信息' : '登记通过'}
          </button>
        )}
      </p>
      {open && (
        <form
          class="admin-adoption"
          onSubmit={submit}
          aria-label={`登记第${table.version}版的通过`}
          noValidate
        >
          {error && (
            <p class="form-summary" role="alert">
              {error}
            </p>
          )}
          <label for={`${id}-on`}>通过日期</label>
          <input
            id={`${id}-on`}
            type="date"
            value={adoptedOn}
            onInput={(e) => setAdoptedOn(e.currentTarget.value)}
          />
          <label for={`${id}-by`}>通过的会议或文件</label>
          <input
            id={`${id}-by`}
            type="text"
            maxLength={100}
            placeholder="如：主席团会议、文号"
            value={adoptedBy}
            onInput={(e) => setAdoptedBy(e.currentTarget.value)}
          />
          <button type="submit" class="button-primary" disabled={saving} {...submitControl(readOnly)}>
            {saving ? '正在保存…' : '保存'}
          </button>
          <button type="button" onClick={() => setOpen(false)}>
            取消
          </button>
        </form>
      )}
    </>
  );
}

/** One version in the list, with what it changed and whether the township adopted it. */
function VersionItem({
  table,
  previous,
  next,
  inForce,
  stored,
}: {
  table: PointsTable;
  previous: PointsTable | undefined;
  next: PointsTable | undefined;
  inForce: boolean;
  stored: Settings;
}) {
  const changes = previous ? pointsTableChanges(previous.rules, table.rules) : [];
  return (
    <li>
      <p>
        <span class="admin-version-title">第{table.version}版</span>
        {`${table.from === DEFAULT_POINTS_FROM ? '（本工具的默认积分表）' : ''}：${inForce ? '现行，' : ''}${versionSpan(table, next)}`}
      </p>
      <AdoptionLine table={table} stored={stored} />
      {changes.length > 0 && (
        <p class="admin-lead">
          改动：
          {changes.map((c) => `${c.label} ${signed(c.before)} → ${signed(c.after)}`).join('；')}
        </p>
      )}
      <details>
        <summary>查看第{table.version}版全部分值</summary>
        <table class="record-table">
          <caption class="sr-only">第{table.version}版积分表</caption>
          <thead>
            <tr>
              <th scope="col">项目</th>
              <th scope="col">分值</th>
            </tr>
          </thead>
          <tbody>
            {table.rules.map((rule) => (
              <tr key={rule.key}>
                <td>{rule.label}</td>
                <td>{signed(rule.points)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </li>
  );
}

/** The points table editor and its versions. */
export function PointsTableEditor({ stored }: { stored: Settings }) {
  const tables = pointsTablesOf(stored.pointsTables);
  const rules = editablePointsRules(stored.pointsTables);
  const now = today();
  const inForce = pointsTableInForce(stored.pointsTables, now);
  const [input, setInput] = useState<Record<string, string>>({});
  const [issues, setIssues] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<{ text: string; error: boolean }>();
  const [saving, setSaving] = useState(false);
  const readOnly = useReadOnlyReason();

  const submit = async (event: Event) => {
    event.preventDefault();
    const parsed = parsePointsInput(rules, input);
    if (!parsed.ok) {
      setIssues(parsed.issues);
      setMessage({ text: '未保存：请按提示修改标红的分值。', error: true });
      return;
    }
    const appended = appendPointsTable(stored.pointsTables, parsed.rules, now);
    if (!appended.ok) {
      setMessage({ text: appended.message, error: true });
      return;
    }
    setSaving(true);
    const result = await updateSettings({ pointsTables: appended.tables });
    setSaving(false);
    if (result.ok) {
      setInput({});
      const latest = appended.tables.at(-1)!;
      setMessage({
        text: `已保存为第${latest.version}版，自 ${latest.from} 起适用；以前的版本保持不变。`,
        error: false,
      });
    } else setMessage({ text: result.message, error: true });
  };

  return (
    <div class="admin-settings">
      <form class="admin-settings" onSubmit={submit} aria-labelledby="settings-points-title" noValidate>
        <h2 id="settings-points-title">履职积分表</h2>
        <p class="admin-lead">
          细则第十五条第（一）项要求建立并完善代表履职积分制，但没有规定分值。下表是本工具按细则规定的代表职责给出的默认分值，乡镇可以修改。修改后保存为新版本，从今天起适用；以前的记录仍按当时的版本计分。积分表经乡镇通过（如主席团会议）后，请在下方“积分表的版本”中登记通过日期和会议或文件。
        </p>
        {message && (
          <p class={message.error ? 'form-summary' : 'notice'} role={message.error ? 'alert' : 'status'}>
            {message.text}
          </p>
        )}
        <PointsInputs
          rules={rules}
          baseVersion={tables.at(-1)!.version}
          input={input}
          issues={issues}
          onEdit={(key, value) => {
            setInput((current) => ({ ...current, [key]: value }));
            setIssues(({ [key]: _dropped, ...rest }) => rest);
            setMessage(undefined);
          }}
        />
        <div class="form-actions">
          <button type="submit" class="button-primary" disabled={saving} {...submitControl(readOnly)}>
            {saving ? '正在保存…' : '保存为新版本'}
          </button>
          <button
            type="button"
            disabled={Object.keys(input).length === 0}
            onClick={() => {
              setInput({});
              setIssues({});
              setMessage(undefined);
            }}
          >
            放弃修改
          </button>
        </div>
      </form>
      <VersionList tables={tables} inForce={inForce} stored={stored} />
    </div>
  );
}

/** The rules being edited, as editablePointsRules gives them. */
type EditableRules = ReturnType<typeof editablePointsRules>;

/** The table of the values being edited: a number input per rule, with its basis and error. */
function PointsInputs({
  rules,
  baseVersion,
  input,
  issues,
  onEdit,
}: {
  rules: EditableRules;
  /** The version the edit starts from. */
  baseVersion: number;
  input: Record<string, string>;
  issues: Record<string, string>;
  onEdit: (key: string, value: string) => void;
}) {
  return (
    <div class="table-wrap">
      <table class="record-table admin-points">
        <caption class="sr-only">正在编辑的积分表（以第{baseVersion}版为底稿）</caption>
        <thead>
          <tr>
            <th scope="col">项目</th>
            <th scope="col">依据</th>
            <th scope="col">分值</th>
          </tr>
        </thead>
        <tbody>
          {rules.map((rule) => {
            const id = idOf(rule.key);
            const error = issues[rule.key];
            return (
              <tr key={rule.key}>
                <td>
                  <label for={id}>{rule.label}</label>
                </td>
                <td>{defaultPointsRule(rule.key)?.basis ?? ''}</td>
                <td>
                  <input
                    id={id}
                    type="number"
                    step={0.5}
                    inputMode="decimal"
                    value={input[rule.key] ?? String(rule.points)}
                    aria-invalid={error ? true : undefined}
                    aria-describedby={error ? `${id}-error` : undefined}
                    onInput={(e) => onEdit(rule.key, e.currentTarget.value)}
                  />
                  {error && (
                    <p class="field-error" id={`${id}-error`} role="alert">
                      {error}
                    </p>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/** 积分表的版本: every version, newest first, with its span and adoption. */
function VersionList({
  tables,
  inForce,
  stored,
}: {
  tables: readonly PointsTable[];
  inForce: PointsTable | undefined;
  stored: Settings;
}) {
  return (
    <section class="admin-settings" aria-labelledby="settings-versions-title">
      <h3 id="settings-versions-title">积分表的版本</h3>
      <ol class="admin-versions">
        {tables
          .map((table, index) => (
            <VersionItem
              key={table.version}
              table={table}
              previous={tables[index - 1]}
              next={tables[index + 1]}
              inForce={table.version === inForce?.version}
              stored={stored}
            />
          ))
          .reverse()}
      </ol>
    </section>
  );
}
