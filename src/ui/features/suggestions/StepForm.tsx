// The small form of one step on one suggestion (交办, 答复, 评价 …, or 转为民生实事候选). The pure
// workflow decides whether the step may happen; a refused step shows its Chinese message beside the
// field at fault (focused, `aria-invalid`) and saves nothing. A read-only tab cannot confirm a step.
import { promisedItemsOf } from '../../../domain/ledger/suggestions/schema';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Suggestion } from '../../../domain/ledger';
import {
  SUGGESTION_STEPS,
  TO_LIVELIHOOD_LABEL,
  TRACK_PROMISES_LABEL,
  promiseLines,
  promisesNotice,
  runTrackPromises,
  defaultCandidateYear,
  linkProject,
  livelihoodCandidate,
  livelihoodNotice,
  runStep,
  stepNotice,
  type SuggestionAction,
} from '../../../domain/ledger/suggestions';
import type { SettingValues, WorkflowFailure } from '../../../domain/ledger/workflows/steps';
import type { IsoDate } from '../../../domain/dates';
import { records } from '../../../storage/queries/records';
import { FieldList } from '../../kit/fields';
import type { FormValues } from '../../kit/form-model';
import { useFieldValues } from '../../kit/use-field-values';
import { firstInvalid } from '../../kit/RecordEditor';
import { submitControl, useReadOnlyReason } from '../../kit/use-read-only';
import { stepFields, type LeadOptions } from './step-fields';

interface StepFormProps {
  record: Suggestion;
  action: SuggestionAction;
  leads: LeadOptions;
  settings: SettingValues;
  /** Today, the date the form starts with. */
  asOf: IsoDate;
  /** Called after the step was saved, with what to tell the user. */
  onDone: (notice: string, action: SuggestionAction) => void;
  onCancel: () => void;
}

/** The summary of a refusal whose message stands beside the field at fault. */
const MARKED_FIELDS = '请按提示修改标红的项目。';

/** The label of an action, as on its button. */
export const actionLabel = (action: SuggestionAction): string =>
  action === 'toLivelihood'
    ? TO_LIVELIHOOD_LABEL
    : action === 'trackPromises'
      ? TRACK_PROMISES_LABEL
      : SUGGESTION_STEPS[action];

/** The values a step's form starts with: today, and what the record already holds. */
function initialValues(record: Suggestion, action: SuggestionAction, asOf: IsoDate): FormValues {
  switch (action) {
    case 'assign':
      return {
        on: asOf,
        leadUnit: record.leadUnit ?? '',
        coUnits: record.coUnits.join('\n'),
        complex: record.complex,
        supervisorOfficerId: record.supervisorOfficerId ?? '',
        leadOfficerId: record.leadOfficerId ?? '',
      };
    case 'answer':
      return { on: asOf, result: '', promisedItems: promiseLines(promisedItemsOf(record)) };
    case 'trackPromises':
      return { promisedItems: promiseLines(promisedItemsOf(record)) };
    case 'evaluate':
      return { on: asOf, evaluation: '' };
    case 'toLivelihood':
      return { year: String(defaultCandidateYear(asOf)) };
    default:
      return { on: asOf };
  }
}

/** The form of one step. */
export function StepForm({ record, action, leads, settings, asOf, onDone, onCancel }: StepFormProps) {
  const fields = useMemo(() => stepFields(action, leads), [action, leads]);
  const [refusal, setRefusal] = useState<string>();
  const { values, issues, setIssues, onChange } = useFieldValues(
    () => initialValues(record, action, asOf),
    () => setRefusal(undefined),
  );
  const [saving, setSaving] = useState(false);
  const readOnly = useReadOnlyReason();
  const formRef = useRef<HTMLFormElement>(null);
  const summaryRef = useRef<HTMLParagraphElement>(null);
  // Bumped by each refusal, so the effect below moves focus to the first faulty field.
  const [refusals, setRefusals] = useState(0);
  const label = actionLabel(action);
  const idPrefix = `suggestion-step-${action}`;

  // The form opens above the list, which may be far from the row's button: bring it into view.
  useEffect(() => {
    formRef.current?.scrollIntoView({ block: 'nearest' });
    formRef.current?.querySelector<HTMLElement>('input, select, textarea')?.focus();
  }, []);

  useEffect(() => {
    if (refusals === 0 || !formRef.current) return;
    (firstInvalid(formRef.current) ?? summaryRef.current)?.focus();
  }, [refusals]);

  const refuse = (message: string, fieldIssues: Record<string, string> = {}) => {
    setRefusal(message);
    setIssues(fieldIssues);
    setRefusals((n) => n + 1);
  };
  /**
   * A workflow's refusal: beside the field it names when the form has that field (the summary then
   * points to it, as the kit's invalid save does), else in the summary.
   */
  const refuseStep = (failure: WorkflowFailure) => {
    const field = failure.field && fields.some((f) => f.name === failure.field) ? failure.field : undefined;
    if (field) refuse(MARKED_FIELDS, { [field]: failure.message });
    else refuse(failure.message);
  };

  const submit = async (event: Event) => {
    event.preventDefault();
    if (readOnly) return refuse(readOnly);
    setSaving(true);
    try {
      const suggestions = records('suggestions');
      // The stored record, not the row's copy: another tab may have moved it on meanwhile.
      const current = await suggestions.get(record.id);
      if (!current) return refuse(`建议 ${record.number} 已被删除，未保存。`);
      if (action === 'toLivelihood') {
        const candidate = livelihoodCandidate(current, values);
        if (!candidate.ok) return refuseStep(candidate);
        const projects = records('livelihoodProjects');
        const created = await projects.put(candidate.value);
        if (!created.ok) return refuse(created.message);
        const linked = await suggestions.put(linkProject(current, created.record.id));
        if (!linked.ok) {
          // Undo the project so that no half-made link is left behind.
          await projects.remove(created.record.id);
          return refuse(linked.message);
        }
        onDone(livelihoodNotice(current, candidate.value), action);
        return;
      }
      if (action === 'trackPromises') {
        const tracked = runTrackPromises(current, values);
        if (!tracked.ok) return refuseStep(tracked);
        const saved = await suggestions.put(tracked.value);
        if (!saved.ok) return refuse(saved.message);
        onDone(promisesNotice(saved.record), action);
        return;
      }
      const result = runStep(current, action, values);
      if (!result.ok) return refuseStep(result);
      const saved = await suggestions.put(result.value);
      if (!saved.ok) return refuse(saved.message, saved.reason === 'invalid' ? saved.issues : {});
      onDone(stepNotice(saved.record, action, settings), action);
    } finally {
      setSaving(false);
    }
  };

  return (
    <form
      ref={formRef}
      class="record-editor suggestion-step"
      onSubmit={submit}
      aria-labelledby={`${idPrefix}-title`}
      noValidate
    >
      <h3 id={`${idPrefix}-title`}>
        {label}：{record.number} {record.title}
      </h3>
      {refusal && (
        <p class="form-summary" role="alert" ref={summaryRef} tabIndex={-1}>
          未保存：{refusal}
        </p>
      )}
      <FieldList fields={fields} values={values} issues={issues} onChange={onChange} idPrefix={idPrefix} />
      <div class="form-actions">
        <button type="submit" class="button-primary" disabled={saving} {...submitControl(readOnly)}>
          {saving ? '正在保存…' : `确认${label}`}
        </button>
        <button type="button" onClick={onCancel}>
          取消
        </button>
      </div>
    </form>
  );
}
