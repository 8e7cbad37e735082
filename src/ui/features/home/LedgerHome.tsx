// The ledger's front page: first-run setup, or the township's summary with links to each register;
// loading and clearing the 示例乡镇 (demo township), which never mixes with real records.
import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { generateDemo, generateDemoSettings } from '../../../domain/demo/generate';
import { sameJson } from '../../../domain/utils/canonical-json';
import { RECORD_TABLES, TOWNSHIPS, type RecordTable } from '../../../domain/ledger';
import { SetupInputSchema, setupRecords } from '../../../domain/ledger/setup';
import { fieldMessages } from '../../../domain/utils/error-map';
import { clearLedger, readHomeSummary, replaceLedger, saveSetup } from '../../../storage/queries/home';
import { readSettings, updateSettings } from '../../../storage/queries/settings';
import { useLiveQuery } from '../../kit/use-live-query';
import { CurrentUserPicker } from './CurrentUserPicker';
import { FieldList } from '../../kit/fields';
import type { FieldSpec } from '../../kit/form-model';
import { useFieldValues } from '../../kit/use-field-values';
import type { LedgerCard } from '../../kit/pages';
import { siteUrl } from '../../site-url';
import { submitControl, useReadOnlyReason, writeControl } from '../../kit/use-read-only';
import { AnnualDraftPanel } from '../word/AnnualDraftPanel';

const SETUP_FIELDS: FieldSpec[] = [
  {
    name: 'townshipId',
    label: '乡镇',
    kind: 'select',
    required: true,
    options: TOWNSHIPS.map((t) => ({ value: t.id, label: t.name })),
  },
  { name: 'termNumber', label: '本届届次', kind: 'number', required: true, hint: '例如第七届填 7' },
  { name: 'electionDate', label: '本届代表选举日期', kind: 'date' },
  {
    name: 'termStartDate',
    label: '本届开始日期',
    kind: 'date',
    required: true,
    hint: '一般为本届第一次会议开幕日',
  },
  { name: 'chairName', label: '人大主席', kind: 'text', required: true },
  { name: 'viceChairName', label: '人大副主席', kind: 'text' },
  { name: 'viceChairFullTime', label: '副主席为专职', kind: 'checkbox' },
  { name: 'staffName', label: '人大专干', kind: 'text', required: true },
  { name: 'partySecretaryName', label: '党委书记', kind: 'text' },
  { name: 'headName', label: '乡镇长', kind: 'text' },
  { name: 'presidiumNames', label: '主席团成员', kind: 'textarea', hint: '每行一人，或用顿号分隔' },
];

function SetupForm() {
  const { values, issues, setIssues, onChange } = useFieldValues(() => ({
    termNumber: '7',
    viceChairFullTime: true,
  }));
  const [message, setMessage] = useState<string>();
  const readOnly = useReadOnlyReason();

  const submit = async (event: Event) => {
    event.preventDefault();
    if (readOnly) return setMessage(readOnly);
    const parsed = SetupInputSchema.safeParse(values);
    if (!parsed.success) {
      setIssues(fieldMessages(parsed.error));
      setMessage('未保存：请按提示修改标红的项目。');
      return;
    }
    const records = setupRecords(parsed.data, {
      id: () => crypto.randomUUID(),
      now: () => new Date().toISOString(),
    });
    const result = await saveSetup(records);
    setMessage(result.ok ? undefined : result.message);
  };

  return (
    <form class="record-editor setup-form" onSubmit={submit} aria-labelledby="setup-title" noValidate>
      <h2 id="setup-title">第一次使用：建立本乡镇的台账</h2>
      <p>
        填写一次即可，以后可以在各台账页面补充和修改。数据只保存在这台电脑的这个浏览器里；换电脑或换浏览器时，请用导出的归档文件搬运。
      </p>
      {message && (
        <p class="form-summary" role="alert">
          {message}
        </p>
      )}
      <FieldList fields={SETUP_FIELDS} values={values} issues={issues} onChange={onChange} idPrefix="setup" />
      <div class="form-actions">
        <button type="submit" class="button-primary" {...submitControl(readOnly)}>
          建立台账
        </button>
      </div>
    </form>
  );
}

function DemoControls({ isDemo, isEmpty }: { isDemo: boolean; isEmpty: boolean }) {
  const [progress, setProgress] = useState<string>();
  const readOnly = useReadOnlyReason();
  const load = async () => {
    setProgress('正在生成示例乡镇…');
    const data = generateDemo();
    const result = await replaceLedger(data, {
      onProgress: ({ written, total }) => setProgress(`正在载入示例数据：${written} / ${total}`),
    });
    if (!result.ok) return setProgress(`载入失败：${result.message}`);
    // The demo's adopted points table (art15-points-scheme), unless the township saved its own.
    if ((await readSettings()).pointsTables.length === 0) {
      const saved = await updateSettings(generateDemoSettings());
      if (!saved.ok) return setProgress(`示例积分表未能保存：${saved.message}`);
    }
    setProgress(undefined);
  };
  const clear = async () => {
    if (!window.confirm('清除示例乡镇的全部数据吗？')) return;
    await clearLedger();
    // Settings outlive a clear; the demo's points table must not become the township's.
    const demoTables = generateDemoSettings().pointsTables;
    const current = (await readSettings()).pointsTables;
    if (current.length > 0 && sameJson(current, demoTables)) await updateSettings({ pointsTables: [] });
  };
  if (!isEmpty && !isDemo) return null;
  return (
    <section class="demo-controls" aria-label="示例乡镇">
      {isDemo ? (
        <button type="button" {...writeControl(readOnly, () => void clear())}>
          清除示例数据
        </button>
      ) : (
        <>
          <p>想先看看台账用起来是什么样？可以载入一个虚构的“示例乡镇”，看完一键清除。</p>
          <button
            type="button"
            {...writeControl(readOnly, () => void load())}
            disabled={progress !== undefined}
          >
            载入示例乡镇
          </button>
        </>
      )}
      {progress && <p role="status">{progress}</p>}
    </section>
  );
}

/**
 * The 待办 list, loaded after the page (its workflows and deadline rules are not needed to show
 * the front page, which has a JavaScript budget of its own: bench/budgets.json).
 */
function LazyTodoList() {
  const [Todo, setTodo] = useState<ComponentType>();
  useEffect(() => {
    void import('./TodoList').then((m) => setTodo(() => m.TodoList));
  }, []);
  return Todo ? <Todo /> : null;
}

/** The ledger's front page island; `cards` come from the page registry (src/ui/kit/pages.ts). */
export function LedgerHome({ cards }: { cards: readonly LedgerCard[] }) {
  const { data, error } = useLiveQuery(() => readHomeSummary(), []);

  if (error !== undefined)
    return (
      <p class="notice notice-error" role="alert">
        无法打开浏览器里的台账数据库：{String((error as Error)?.message ?? error)}
      </p>
    );
  if (!data) return <p role="status">正在打开台账…</p>;
  const { township, term } = data;
  if (!township)
    return (
      <>
        <DemoControls isDemo={false} isEmpty />
        <SetupForm />
      </>
    );
  return (
    <>
      {township.isDemo && (
        <div class="demo-banner" role="note">
          <strong>当前显示的是示例乡镇的虚构数据</strong>
          ，不是任何真实乡镇的台账。看完请清除；清除后才能建立本乡镇的台账。
        </div>
      )}
      <h2 class="ledger-title">
        {township.name}
        {term && ` · 第${term.number}届`}
      </h2>
      <DemoControls isDemo={township.isDemo} isEmpty={false} />
      <CurrentUserPicker />
      <LazyTodoList />
      <ul class="ledger-cards">
        {cards.map((page) => (
          <li key={page.id}>
            <a href={siteUrl(page.path)}>
              <span class="ledger-card-title">{page.label}</span>
              <span class="ledger-card-count">
                {page.summary ??
                  page.tables
                    .map((t: RecordTable) => `${RECORD_TABLES[t].label} ${data.counts[t]} 条`)
                    .join('，')}
              </span>
            </a>
          </li>
        ))}
      </ul>
      <AnnualDraftPanel />
    </>
  );
}
