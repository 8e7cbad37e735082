// A record's form: fields from a spec list, Chinese messages next to each field, and a summary.
// It saves through the given function (a repository's put) and never writes half a record: the
// schema checks the whole input first. Opening it focuses its first field; a refused save focuses
// the first faulty one; Escape and 取消 close it, asking first when changes would be lost.
import type { RefObject } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { isAttachmentOwnerTable, type RecordTable } from '../../domain/ledger';
import type { WriteResult } from '../../storage/errors';
import { AttachmentsLater, AttachmentsSection } from './Attachments';
import { FieldList } from './fields';
import { toFormValues, toInput, type FieldSpec } from './form-model';
import { useFieldValues } from './use-field-values';
import { useReadOnlyReason } from './use-read-only';

interface RecordEditorProps<T> {
  /** The heading of the form: `新增代表`, `编辑代表`. */
  title: string;
  fields: readonly FieldSpec[];
  /** The record being edited, or the defaults of a new one. */
  record: object;
  onSave: (input: Record<string, unknown>) => Promise<WriteResult<T>>;
  onSaved: (record: T) => void;
  onCancel: () => void;
  idPrefix: string;
  /** The record's table: when its records may carry files, the form has an 附件 part. */
  table?: RecordTable;
  /**
   * Called instead of `onSaved` when a new record was saved through the 附件 part's 添加附件
   * button: the caller reopens the form on the saved record, where files can be added.
   */
  onSavedToAttach?: (record: T) => void;
  /** Hears whether the form holds changes not yet saved, so the page can ask before losing them. */
  onDirty?: (dirty: boolean) => void;
}

/** Asked before a form with unsaved changes is closed. */
export const DISCARD_QUESTION = '表单里有尚未保存的修改，确定放弃吗？';

/** The first faulty control of a form (a group's first input), to focus after a refused save. */
export function firstInvalid(form: HTMLFormElement): HTMLElement | null {
  const marked = form.querySelector<HTMLElement>('[aria-invalid="true"]');
  if (!marked || marked.matches('input, select, textarea')) return marked;
  return marked.querySelector<HTMLElement>('input, select, textarea');
}

/** The form of one record. */
export function RecordEditor<T>({
  title,
  fields,
  record,
  onSave,
  onSaved,
  onCancel,
  idPrefix,
  table,
  onSavedToAttach,
  onDirty,
}: RecordEditorProps<T>) {
  const { values, issues, setIssues, onChange } = useFieldValues(() => toFormValues(fields, record));
  const [summary, setSummary] = useState<string>();
  const [saving, setSaving] = useState(false);
  const readOnly = useReadOnlyReason();
  const formRef = useRef<HTMLFormElement>(null);
  const summaryRef = useRef<HTMLParagraphElement>(null);
  // Bumped by each refused save, so the effect below moves focus to the first faulty field.
  const [refusals, setRefusals] = useState(0);
  const initial = useRef(JSON.stringify(values));
  const dirty = JSON.stringify(values) !== initial.current;

  useEditorFocus(formRef, summaryRef, refusals);

  useLeaveGuard(dirty, onDirty);

  const cancel = () => {
    if (dirty && !window.confirm(DISCARD_QUESTION)) return;
    onCancel();
  };
  // Set by 添加附件 on a new record: save, then reopen on the saved record.
  const attachAfterSave = useRef(false);

  const submit = async (event: Event) => {
    event.preventDefault();
    if (readOnly) {
      setSummary(readOnly);
      setRefusals((n) => n + 1);
      return;
    }
    const thenAttach = attachAfterSave.current;
    attachAfterSave.current = false;
    setSaving(true);
    const result = await onSave(toInput(fields, values, record));
    setSaving(false);
    if (result.ok) {
      initial.current = JSON.stringify(values);
      onDirty?.(false);
      if (thenAttach && onSavedToAttach) onSavedToAttach(result.record);
      else onSaved(result.record);
      return;
    }
    setRefusals((n) => n + 1);
    if (result.reason === 'invalid') {
      setIssues(result.issues);
      const shown = new Set(fields.map((f) => f.name));
      const elsewhere = Object.entries(result.issues).filter(([path]) => !shown.has(path));
      setSummary(
        elsewhere.length > 0
          ? `未保存：${elsewhere.map(([, m]) => m).join('；')}`
          : '未保存：请按提示修改标红的项目。',
      );
    } else setSummary(result.message);
  };

  const visible = fields.filter((field) => !field.when || field.when(values));
  const savedId = (record as { id?: unknown }).id;
  const ownerTable = table && isAttachmentOwnerTable(table) ? table : undefined;
  return (
    <form
      ref={formRef}
      class="record-editor"
      onSubmit={submit}
      onKeyDown={(event) => {
        if (event.key !== 'Escape' || event.defaultPrevented) return;
        // Escape in a dialog inside the form (an attachment's preview) closes only the dialog.
        if (event.target instanceof Element && event.target.closest('dialog')) return;
        event.preventDefault();
        cancel();
      }}
      aria-labelledby={`${idPrefix}-heading`}
      noValidate
    >
      <h3 id={`${idPrefix}-heading`}>{title}</h3>
      {summary && (
        <p class="form-summary" role="alert" tabIndex={-1} ref={summaryRef}>
          {summary}
        </p>
      )}
      <FieldList fields={visible} values={values} issues={issues} onChange={onChange} idPrefix={idPrefix} />
      {ownerTable &&
        (typeof savedId === 'string' && savedId ? (
          <AttachmentsSection owner={{ table: ownerTable, id: savedId }} idPrefix={idPrefix} />
        ) : (
          <AttachmentsLater
            onSaveToAttach={
              onSavedToAttach &&
              (() => {
                attachAfterSave.current = true;
                formRef.current?.requestSubmit();
              })
            }
          />
        ))}
      <EditorActions saving={saving} readOnly={readOnly} onCancel={cancel} />
    </form>
  );
}

/**
 * Focus in the form: opening it brings it into view with focus on its first field, and each
 * refused save (a bump of `refusals`) moves focus to the first faulty field or the summary.
 */
function useEditorFocus(
  formRef: RefObject<HTMLFormElement>,
  summaryRef: RefObject<HTMLParagraphElement>,
  refusals: number,
): void {
  // Opening the form brings it into view with focus on its first field.
  useEffect(() => {
    const form = formRef.current;
    if (!form) return;
    form.scrollIntoView({ block: 'start' });
    form
      .querySelector<HTMLElement>('.record-fields :is(input, select, textarea)')
      ?.focus({ preventScroll: true });
  }, []);

  useEffect(() => {
    if (refusals === 0 || !formRef.current) return;
    const target = firstInvalid(formRef.current) ?? summaryRef.current;
    target?.focus();
  }, [refusals]);
}

/** Tells `onDirty` whether the form holds unsaved changes, and asks before the page is left with them. */
function useLeaveGuard(dirty: boolean, onDirty: ((dirty: boolean) => void) | undefined): void {
  // Leaving the page (a link, reload, closing the tab) with unsaved changes asks first.
  useEffect(() => {
    onDirty?.(dirty);
    if (!dirty) return;
    const ask = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', ask);
    return () => window.removeEventListener('beforeunload', ask);
  }, [dirty]);
  useEffect(() => () => onDirty?.(false), []);
}

/** 保存 and 取消; 保存 says why it cannot save when the ledger is read-only here. */
function EditorActions({
  saving,
  readOnly,
  onCancel,
}: {
  saving: boolean;
  readOnly: string | undefined;
  onCancel: () => void;
}) {
  return (
    <div class="form-actions">
      <button
        type="submit"
        class="button-primary"
        disabled={saving}
        aria-disabled={readOnly ? true : undefined}
        title={readOnly}
      >
        {saving ? '正在保存…' : '保存'}
      </button>
      <button type="button" onClick={onCancel}>
        取消
      </button>
    </div>
  );
}
