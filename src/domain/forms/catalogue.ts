// The printable forms (模板), authored as data in content/forms/*.yaml and parsed once with their
// schema, so a content error fails the build and the unit tests with the schema's message.
import { FormsFileSchema, type FormDefinition } from '../schemas/form';

const formFiles = import.meta.glob<unknown>('../../../content/forms/*.yaml', {
  eager: true,
  import: 'default',
});

function loadForms(): FormDefinition[] {
  const all: FormDefinition[] = [];
  for (const [file, data] of Object.entries(formFiles).sort(([a], [b]) => a.localeCompare(b))) {
    const parsed = FormsFileSchema.safeParse(data);
    if (!parsed.success) throw new Error(`${file}: ${parsed.error.message}`);
    all.push(...parsed.data.forms);
  }
  const seen = new Set<string>();
  for (const form of all) {
    if (seen.has(form.id)) throw new Error(`form id ${form.id} appears twice in content/forms/`);
    seen.add(form.id);
  }
  return all;
}

/** Every form, in file order (files sorted by name). */
export const forms: readonly FormDefinition[] = loadForms();

/** The form with this id, or undefined. */
export function formById(id: string): FormDefinition | undefined {
  return forms.find((form) => form.id === id);
}

/** The article number a block id belongs to: `art_5__point_2` → 5. */
export function articleOfRef(ref: string): number {
  return Number(/^art_(\d+)/.exec(ref)?.[1] ?? Number.NaN);
}

/** The forms whose refs fall in an article, the forms whose main ref is there first. */
export function formsOfArticle(all: readonly FormDefinition[], articleNum: number): FormDefinition[] {
  const inArticle = all.filter((form) => form.refs.some((ref) => articleOfRef(ref) === articleNum));
  const main = (form: FormDefinition) => (articleOfRef(form.refs[0]!) === articleNum ? 0 : 1);
  return [...inArticle].sort((a, b) => main(a) - main(b));
}

/** The URL of a form's page, with an optional query (`?record=…`). */
export function formPath(id: string, query?: Record<string, string>): string {
  const search = query ? new URLSearchParams(query).toString() : '';
  return `/forms/${id}/${search ? `?${search}` : ''}`;
}

/**
 * The forms a record can fill: those of the source, narrowed to the activity or document kind when
 * the form names kinds (a 执法检查 fills the inspection plan, not the visit report).
 */
export function formsForRecord(
  all: readonly FormDefinition[],
  source: NonNullable<FormDefinition['source']>,
  kind?: string,
): FormDefinition[] {
  return all.filter((form) => {
    if (form.source !== source) return false;
    const kinds =
      source === 'activity' ? form.activityKinds : source === 'document' ? form.documentKinds : [];
    return kinds.length === 0 || (kind !== undefined && kinds.includes(kind));
  });
}
