// The printable forms (模板), authored as data in content/forms/*.yaml and parsed once with their
// schema, so a content error fails the build and the unit tests with the schema's message.
import { FormsFileSchema, type FormDefinition } from '../schemas/form';

export { formPath, formsForRecord } from './links';

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
