// “打印”links on a ledger row: the forms the row's record can fill, each opening the form page
// pre-filled from the record (`/forms/<id>/?record=<id>`).
import { siteUrl } from '../../site-url';
import { formLinks, formPath, formsForRecord } from '../../../domain/forms/links';
import type { FormSource } from '../../../domain/schemas/form';

interface Props {
  source: FormSource;
  /** The `record` parameter: the record's id, or a year for `livelihoodYear`. */
  record: string;
  /** The activity or document kind, for sources whose forms depend on it. */
  kind?: string;
  /** Only these forms, in this order (by id); every form of the source when absent. */
  only?: readonly string[];
}

/** Links to print the forms a ledger record fills; nothing when no form fits. */
export function PrintLinks({ source, record, kind, only }: Props) {
  const fitting = formsForRecord(formLinks, source, kind);
  const chosen = only ? only.flatMap((id) => fitting.find((f) => f.id === id) ?? []) : fitting;
  if (chosen.length === 0) return null;
  return (
    <span class="print-links" style="font-size: var(--sl-text-sm)">
      打印：
      {chosen.map((form, index) => (
        <>
          {index > 0 && '、'}
          <a
            key={form.id}
            href={siteUrl(formPath(form.id, { record }))}
            title={`${form.title}${form.subtitle ?? ''}`}
          >
            {form.short}
          </a>
        </>
      ))}
    </span>
  );
}
