// The inputs of the ledger's forms: a label, the control, a hint and the field's error message,
// tied together with ids so screen readers announce them.
import type { ComponentChildren } from 'preact';
import { ROW_CELL_SEPARATOR, type FieldSpec, type FormValues } from './form-model';

interface FieldProps {
  field: FieldSpec;
  values: FormValues;
  error: string | undefined;
  onChange: (name: string, value: string | boolean | string[]) => void;
  idPrefix: string;
}

/** A form's fields in the kit's grid, each with its message (RecordEditor, StepForm, the setup and user forms). */
export function FieldList({
  fields,
  values,
  issues,
  onChange,
  idPrefix,
}: {
  fields: readonly FieldSpec[];
  values: FormValues;
  issues: Readonly<Record<string, string>>;
  onChange: FieldProps['onChange'];
  idPrefix: string;
}) {
  return (
    <div class="record-fields">
      {fields.map((field) => (
        <Field
          key={field.name}
          field={field}
          values={values}
          error={issues[field.name]}
          onChange={onChange}
          idPrefix={idPrefix}
        />
      ))}
    </div>
  );
}

/** One form field of any kind. */
export function Field({ field, values, error, onChange, idPrefix }: FieldProps) {
  const id = `${idPrefix}-${field.name.replace(/\W/g, '-')}`;
  const describedBy =
    [field.hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  const value = values[field.name];
  const common = {
    id,
    name: field.name,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy,
  } as const;
  // The required mark stays outside the label, so the field's name is exactly its label.
  const label = (
    <span class="field-label">
      <label for={id}>{field.label}</label>
      {field.required && (
        <span class="required" aria-hidden="true">
          {' *'}
        </span>
      )}
    </span>
  );
  const messages = (
    <>
      {field.hint && (
        <p class="field-hint" id={`${id}-hint`}>
          {field.hint}
        </p>
      )}
      {error && (
        <p class="field-error" id={`${id}-error`} role="alert">
          {error}
        </p>
      )}
    </>
  );

  if (field.kind === 'checkbox')
    return (
      <div class="field field-checkbox">
        <input
          {...common}
          type="checkbox"
          checked={value === true}
          onChange={(e) => onChange(field.name, e.currentTarget.checked)}
        />
        {label}
        {messages}
      </div>
    );

  if (field.kind === 'multiselect')
    return (
      <MultiSelectField
        field={field}
        value={value}
        error={error}
        describedBy={describedBy}
        onChange={onChange}
      >
        {messages}
      </MultiSelectField>
    );

  if (field.kind === 'rows')
    return (
      <RowsField field={field} value={value} error={error} describedBy={describedBy} onChange={onChange}>
        {messages}
      </RowsField>
    );

  const text = typeof value === 'string' ? value : '';
  const input =
    field.kind === 'select' ? (
      <select {...common} value={text} onChange={(e) => onChange(field.name, e.currentTarget.value)}>
        <option value="">（请选择）</option>
        {(field.options ?? []).map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    ) : field.kind === 'textarea' || field.kind === 'lines' ? (
      <textarea
        {...common}
        rows={field.kind === 'lines' ? 4 : 3}
        value={text}
        onInput={(e) => onChange(field.name, e.currentTarget.value)}
      />
    ) : (
      <input
        {...common}
        type={field.kind === 'date' ? 'date' : field.kind === 'number' ? 'number' : 'text'}
        inputMode={field.kind === 'number' ? 'decimal' : undefined}
        step={field.kind === 'number' ? (field.step ?? 1) : undefined}
        value={text}
        onInput={(e) => onChange(field.name, e.currentTarget.value)}
      />
    );
  return (
    <div class={`field field-${field.kind}`}>
      {label}
      {input}
      {messages}
    </div>
  );
}

/** What a field of several controls gets from Field: its messages come as children. */
interface GroupFieldProps {
  field: FieldSpec;
  value: FormValues[string] | undefined;
  error: string | undefined;
  describedBy: string | undefined;
  onChange: FieldProps['onChange'];
  children: ComponentChildren;
}

/** A multiselect: one checkbox per option in a fieldset. */
function MultiSelectField({ field, value, error, describedBy, onChange, children }: GroupFieldProps) {
  const chosen = Array.isArray(value) ? value : [];
  return (
    <fieldset
      class="field field-multi"
      aria-describedby={describedBy}
      aria-invalid={error ? true : undefined}
    >
      <legend>{field.label}</legend>
      <div class="field-multi-options">
        {(field.options ?? []).map((option) => (
          <label key={option.value}>
            <input
              type="checkbox"
              name={field.name}
              value={option.value}
              checked={chosen.includes(option.value)}
              onChange={(e) =>
                onChange(
                  field.name,
                  e.currentTarget.checked
                    ? [...chosen, option.value]
                    : chosen.filter((v) => v !== option.value),
                )
              }
            />
            {option.label}
          </label>
        ))}
      </div>
      {children}
    </fieldset>
  );
}

/** A table of rows (each a line of cells joined by ROW_CELL_SEPARATOR), with 添加一行 and 删除. */
function RowsField({ field, value, error, describedBy, onChange, children }: GroupFieldProps) {
  const columns = field.columns ?? [];
  const blank = columns.map(() => '').join(ROW_CELL_SEPARATOR);
  const rows = Array.isArray(value) && value.length > 0 ? value : [blank];
  const setCell = (row: number, column: number, text: string) => {
    const next = rows.map((line) => line.split(ROW_CELL_SEPARATOR));
    const cells = next[row]!;
    while (cells.length < columns.length) cells.push('');
    cells[column] = text.replaceAll(ROW_CELL_SEPARATOR, ' ');
    onChange(
      field.name,
      next.map((c) => c.join(ROW_CELL_SEPARATOR)),
    );
  };
  return (
    <fieldset class="field field-rows" aria-describedby={describedBy} aria-invalid={error ? true : undefined}>
      <legend>{field.label}</legend>
      <table class="field-rows-table">
        <thead>
          <tr>
            {columns.map((c) => (
              <th scope="col" key={c.label}>
                {c.label}
              </th>
            ))}
            <th scope="col">
              <span class="sr-only">操作</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((line, r) => {
            const cells = line.split(ROW_CELL_SEPARATOR);
            return (
              <tr key={r}>
                {columns.map((c, ci) => (
                  <td key={c.label}>
                    <input
                      type="text"
                      inputMode={c.kind === 'number' ? 'numeric' : undefined}
                      aria-label={`第${r + 1}行${c.label}`}
                      aria-invalid={error ? true : undefined}
                      value={cells[ci] ?? ''}
                      onInput={(e) => setCell(r, ci, e.currentTarget.value)}
                    />
                  </td>
                ))}
                <td>
                  <button
                    type="button"
                    aria-label={`删除第${r + 1}行`}
                    onClick={() =>
                      onChange(
                        field.name,
                        rows.filter((_, i) => i !== r),
                      )
                    }
                  >
                    删除
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <button type="button" onClick={() => onChange(field.name, [...rows, blank])}>
        添加一行
      </button>
      {children}
    </fieldset>
  );
}
