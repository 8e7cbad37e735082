// The inputs of the ledger's forms: a label, the control, a hint and the field's error message,
// tied together with ids so screen readers announce them.
import type { FieldSpec, FormValues } from './form-model';

interface FieldProps {
  field: FieldSpec;
  values: FormValues;
  error: string | undefined;
  onChange: (name: string, value: string | boolean | string[]) => void;
  idPrefix: string;
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

  if (field.kind === 'multiselect') {
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
        {messages}
      </fieldset>
    );
  }

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
