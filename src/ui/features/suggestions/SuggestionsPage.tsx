// 代表建议: the township's register of deputies' suggestions, and their life from 登记 to 办结 through
// step buttons on each row (第十六条; 代表法 51 for the answer deadline).
import { siteUrl } from '../../site-url';
import { useMemo, useState } from 'preact/hooks';
import { today, type IsoDate } from '../../../domain/dates';
import type { Suggestion } from '../../../domain/ledger';
import {
  SUGGESTION_STEPS,
  TO_LIVELIHOOD_LABEL,
  TRACK_PROMISES_LABEL,
  canBecomeLivelihood,
  canTrackPromises,
  officerChoices,
  openSteps,
  proposerSummary,
  suggestionStatus,
  type SuggestionAction,
} from '../../../domain/ledger/suggestions';
import type { SettingValues } from '../../../domain/ledger/workflows/steps';
import type { FieldSpec, Option } from '../../kit/form-model';
import { RecordListPage, type Column, type RecordListConfig } from '../../kit/RecordListPage';
import { useReferenceOptions } from '../../kit/use-options';
import { useReadOnlyReason, writeControl } from '../../kit/use-read-only';
import { StepForm } from './StepForm';
import { SuggestionFinder } from './SuggestionFinder';
import { SuggestionHistory } from './SuggestionHistory';
import { useSuggestionContext } from './use-suggestion-context';
import './suggestions.css';
import { PrintLinks } from '../forms/PrintLinks';

const INTRO =
  '建议登记后，按“交办 → 办理 → 见面沟通 → 答复 → 代表评价 → 办结”逐步记录。答复期限自交办之日起3个月，' +
  '复杂建议6个月（代表法第五十一条）；代表评价“不满意”的，退回重新办理。每行只提供当前可以进行的步骤。';

/** The step form that is open: which action on which suggestion. */
interface OpenStep {
  record: Suggestion;
  action: SuggestionAction;
}

/** The notice after a step, with a link when the step made a record on another page. */
interface StepNotice {
  text: string;
  link?: { href: string; label: string };
}

/** The register's form: number, title, date, session, proposers, content. */
function suggestionFields(sessions: readonly Option[], deputies: readonly Option[]): FieldSpec[] {
  return [
    { name: 'number', label: '建议编号', kind: 'text', required: true, hint: '如 2026-01' },
    { name: 'title', label: '标题', kind: 'text', required: true },
    { name: 'submittedOn', label: '提出日期', kind: 'date', required: true },
    {
      name: 'sessionId',
      label: '提出时的人代会',
      kind: 'select',
      options: sessions,
      hint: '闭会期间提出的不选',
    },
    {
      name: 'proposerIds',
      label: '提出代表',
      kind: 'multiselect',
      options: deputies,
      required: true,
      hint: '先勾选的为领衔代表',
    },
    { name: 'content', label: '建议内容', kind: 'textarea' },
    { name: 'note', label: '备注', kind: 'textarea' },
  ];
}

/** The register's columns: number, title, lead proposer, date, stage (with history) and answer deadline. */
function suggestionColumns(
  deputyName: ReadonlyMap<string, string>,
  asOf: IsoDate,
  settings: SettingValues,
): Column<Suggestion>[] {
  return [
    { label: '编号', render: (s) => s.number },
    {
      label: '标题',
      render: (s) => (
        <>
          {s.title}
          {s.projectId && <span class="badge">已转民生实事</span>}
        </>
      ),
    },
    { label: '领衔代表', render: (s) => proposerSummary(s.proposerIds, (id) => deputyName.get(id)) },
    { label: '提出日期', render: (s) => s.submittedOn },
    {
      label: '当前环节',
      render: (s) => {
        const status = suggestionStatus(s, asOf, settings);
        return (
          <>
            <span class={`suggestion-stage stage-${status.stage}`}>{status.label}</span>
            {status.rehandledCount > 0 && status.stage !== 'rehandling' && (
              <span class="suggestion-aside">退回{status.rehandledCount}次</span>
            )}
            <SuggestionHistory s={s} />
          </>
        );
      },
    },
    {
      label: '答复期限',
      render: (s) => {
        const status = suggestionStatus(s, asOf, settings);
        if (!status.dueDate) return <span class="suggestion-aside">交办后计算</span>;
        return (
          <>
            {status.dueDate}
            {s.complex && <span class="suggestion-aside">复杂</span>}
            {status.overdue && <span class="badge badge-overdue">已超期</span>}
            {status.answeredLate && <span class="badge badge-overdue">逾期答复</span>}
          </>
        );
      },
    },
  ];
}

/** A row's step buttons: the steps open now, 跟踪承诺事项, 转为民生实事, and its printable forms. */
function StepButtons({
  s,
  readOnly,
  onStep,
}: {
  s: Suggestion;
  readOnly: string | undefined;
  onStep: (record: Suggestion, action: SuggestionAction) => void;
}) {
  return (
    <span class="suggestion-steps">
      {openSteps(s).map((step, index) => (
        <button
          type="button"
          key={step}
          class={index === 0 ? 'button-primary' : undefined}
          {...writeControl(readOnly, () => onStep(s, step))}
        >
          {SUGGESTION_STEPS[step]}
        </button>
      ))}
      {canTrackPromises(s) && (
        <button
          type="button"
          class="suggestion-link-button"
          {...writeControl(readOnly, () => onStep(s, 'trackPromises'))}
        >
          {TRACK_PROMISES_LABEL}
          {s.promisedItems.length > 0 &&
            `（${s.promisedItems.filter((p) => p.doneOn).length}/${s.promisedItems.length}）`}
        </button>
      )}
      {canBecomeLivelihood(s) && (
        <button
          type="button"
          class="suggestion-link-button"
          {...writeControl(readOnly, () => onStep(s, 'toLivelihood'))}
        >
          {TO_LIVELIHOOD_LABEL}
        </button>
      )}
      <PrintLinks source="suggestion" record={s.id} />
    </span>
  );
}

/** The notice after a step, with its link. */
function StepNoticeLine({ notice }: { notice: StepNotice }) {
  return (
    <p class="notice suggestion-notice" role="status">
      {notice.text}
      {notice.link && (
        <>
          {' '}
          <a href={notice.link.href}>{notice.link.label}</a>
        </>
      )}
    </p>
  );
}

/** The suggestions island. */
export function SuggestionsPage() {
  const readOnly = useReadOnlyReason();
  const { deputies } = useReferenceOptions();
  const { sessions, officers, settings } = useSuggestionContext();
  const [open, setOpen] = useState<OpenStep>();
  const [notice, setNotice] = useState<StepNotice>();
  const asOf = today();

  const leads = useMemo(
    () => ({
      supervisors: officerChoices(officers, ['partySecretary'], asOf),
      leads: officerChoices(officers, ['head', 'deputyHead'], asOf),
    }),
    [officers, asOf],
  );

  const config = useMemo((): RecordListConfig<'suggestions'> => {
    const deputyName = new Map(deputies.map((d) => [d.value, d.label]));
    const startStep = (record: Suggestion, action: SuggestionAction) => {
      setNotice(undefined);
      setOpen({ record, action });
    };
    const finishStep = (text: string, action: SuggestionAction) => {
      setOpen(undefined);
      setNotice(
        action === 'toLivelihood'
          ? { text, link: { href: siteUrl('/ledger/livelihood/'), label: '打开民生实事' } }
          : { text },
      );
    };
    return {
      table: 'suggestions',
      noun: '建议',
      fields: suggestionFields(sessions, deputies),
      defaults: () => ({ submittedOn: asOf, proposerIds: [] }),
      sort: { index: 'submittedOn', reverse: true },
      search: { index: 'number', label: '按编号查找' },
      describe: (s) => `${s.number} ${s.title}`,
      intro: (
        <>
          <p class="suggestion-intro">{INTRO}</p>
          <SuggestionFinder asOf={asOf} settings={settings} />
          {notice && <StepNoticeLine notice={notice} />}
          {open && (
            <StepForm
              key={`${open.record.id}-${open.action}`}
              record={open.record}
              action={open.action}
              leads={leads}
              settings={settings}
              asOf={asOf}
              onDone={finishStep}
              onCancel={() => setOpen(undefined)}
            />
          )}
        </>
      ),
      columns: suggestionColumns(deputyName, asOf, settings),
      rowActions: (s) => <StepButtons s={s} readOnly={readOnly} onStep={startStep} />,
    };
  }, [deputies, sessions, settings, leads, open, notice, asOf, readOnly]);

  return (
    <div class="suggestions-page">
      <RecordListPage config={config} />
    </div>
  );
}
