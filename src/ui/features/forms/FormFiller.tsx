// The island of a form page: choose a record of this browser's ledger (or open the page with
// `?record=<id>`) and the printed form is filled from it. Read-only: it never writes the ledger.
import { siteUrl } from '../../site-url';
import { useEffect, useState } from 'preact/hooks';
import { formValues } from '../../../domain/forms/sources';
import type { Catalogue } from '../../../domain/schemas/duty';
import type { FormSource } from '../../../domain/schemas/form';
import { listFormRecords, loadFormSource, type FormRecordOption } from '../../../storage/queries/forms';
import { applyFormValues } from './apply-values';

interface Props {
  formId: string;
  source: FormSource;
  /** What one record is called in the picker (`会议`, `代表建议`). */
  noun: string;
  activityKinds: readonly string[];
  documentKinds: readonly string[];
  /** The catalogue's pass and satisfaction settings (their defaults), cut down to what forms read. */
  catalogue: Catalogue;
}

type Status =
  | { kind: 'idle' }
  | { kind: 'loading' }
  | { kind: 'filled'; label: string }
  | { kind: 'missing' }
  | { kind: 'error'; message: string };

/** Reads `record` and `year` from the address. */
function readParams(): { record: string; year: string } {
  const params = new URLSearchParams(window.location.search);
  return { record: params.get('record') ?? '', year: params.get('year') ?? '' };
}

/** Writes `record` and `year` into the address, so the filled form can be reloaded and bookmarked. */
function writeParams(record: string, year: string): void {
  const url = new URL(window.location.href);
  url.search = '';
  if (record) url.searchParams.set('record', record);
  if (record && year) url.searchParams.set('year', year);
  history.replaceState(null, '', url);
}

/** The picker and status line above a form; fills the form from the chosen record. */
export function FormFiller({ formId, source, noun, activityKinds, documentKinds, catalogue }: Props) {
  const [options, setOptions] = useState<FormRecordOption[] | undefined>();
  const [record, setRecord] = useState(() => readParams().record);
  const [year, setYear] = useState(() => readParams().year);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });

  useEffect(() => {
    listFormRecords(source, { activityKinds, documentKinds })
      .then(setOptions)
      .catch(() => setOptions([]));
  }, [source]);

  useEffect(() => {
    const sheet = document.querySelector<HTMLElement>(`.form-sheet[data-form="${formId}"]`);
    if (!record || !sheet) return;
    let stale = false;
    setStatus({ kind: 'loading' });
    const yearNumber = /^\d{4}$/.test(year) ? Number(year) : undefined;
    loadFormSource(source, { record, ...(yearNumber ? { year: yearNumber } : {}) }, catalogue)
      .then((loaded) => {
        if (stale) return;
        if (!loaded) return setStatus({ kind: 'missing' });
        applyFormValues(sheet, formValues(loaded));
        const label = options?.find((o) => o.value === record)?.label ?? noun;
        setStatus({ kind: 'filled', label });
      })
      .catch((error: unknown) => {
        if (!stale)
          setStatus({ kind: 'error', message: error instanceof Error ? error.message : String(error) });
      });
    return () => {
      stale = true;
    };
  }, [record, year, options]);

  const choose = (value: string) => {
    writeParams(value, year);
    if (!value) {
      // Back to the blank form: reloading restores every printed row and blank exactly.
      window.location.reload();
      return;
    }
    setRecord(value);
  };

  return (
    <div class="form-filler">
      <div class="form-toolbar">
        <label>
          从台账填写：
          <select value={record} onChange={(e) => choose(e.currentTarget.value)} aria-label={`选择${noun}`}>
            <option value="">（空白表格）</option>
            {options?.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        </label>
        {source === 'deputy' && (
          <label>
            年度：
            <input
              type="number"
              min={2000}
              max={2100}
              value={year}
              placeholder="全部"
              style="width: 6em"
              onChange={(e) => {
                setYear(e.currentTarget.value);
                writeParams(record, e.currentTarget.value);
              }}
            />
          </label>
        )}
        <button type="button" class="button-primary" onClick={() => window.print()}>
          打印
        </button>
      </div>
      <p role="status" class="form-status">
        {status.kind === 'loading' && '正在读取台账…'}
        {status.kind === 'filled' && `已按台账记录填写：${status.label}。打印前可以直接在表格中修改。`}
        {status.kind === 'missing' && (
          <span class="notice notice-error">本浏览器的台账中没有这条记录，表格保持空白。</span>
        )}
        {status.kind === 'error' && (
          <span class="notice notice-error">读取台账失败：{status.message}。表格保持空白。</span>
        )}
        {status.kind === 'idle' &&
          options !== undefined &&
          (options.length === 0 ? (
            <>
              本浏览器的台账中还没有可以填写本表的{noun}记录；可以直接打印空白表格，或先在
              <a href={siteUrl('/ledger/')}>履职台账</a>中登记。
            </>
          ) : (
            `可以选择一条${noun}记录自动填写，也可以直接在表格中填写或打印空白表格。`
          ))}
      </p>
    </div>
  );
}
