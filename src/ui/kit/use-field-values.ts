// The state of a form's fields: their values, the Chinese message of each field refused, and the
// change handler the fields call (a field edited loses its message). Every form of the kit uses it:
// RecordEditor, the suggestion StepForm, the first-run setup and the user settings.
import { useState } from 'preact/hooks';
import type { FormValues } from './form-model';

export function useFieldValues(initial: () => FormValues, onEdit?: () => void) {
  const [values, setValues] = useState<FormValues>(initial);
  const [issues, setIssues] = useState<Record<string, string>>({});
  const onChange = (name: string, value: string | boolean | string[]) => {
    setValues((current) => ({ ...current, [name]: value }));
    setIssues(({ [name]: _dropped, ...rest }) => rest);
    onEdit?.();
  };
  return { values, issues, setIssues, onChange };
}
