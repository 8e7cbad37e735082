// What a link to a form needs — id, names, the record it fills from and the kinds it serves —
// read from content/forms/*.yaml cut down to those fields (`?form-links`, scripts/vite-yaml.mjs),
// so a ledger page that links its rows to forms (PrintLinks) does not load every form's layout.
import { z } from 'zod';
import { FormSourceSchema, type FormDefinition } from '../schemas/form';

const linkFiles = import.meta.glob<unknown>('../../../content/forms/*.yaml', {
  eager: true,
  import: 'default',
  query: '?form-links',
});

/** A form as a link names it. Extra fields (the whole form, where no cut is made) are dropped. */
const FormLinkSchema = z.object({
  id: z.string(),
  short: z.string(),
  title: z.string(),
  subtitle: z.string().optional(),
  source: FormSourceSchema.optional(),
  activityKinds: z.array(z.string()).default([]),
  documentKinds: z.array(z.string()).default([]),
});

/** What a link to a form needs of it. */
export type FormLink = z.infer<typeof FormLinkSchema>;

/** The fields {@link formsForRecord} reads. */
type Fillable = Pick<FormDefinition, 'source' | 'activityKinds' | 'documentKinds'>;

/** Every form as a link, in the catalogue's order (files sorted by name). */
export const formLinks: readonly FormLink[] = Object.entries(linkFiles)
  .sort(([a], [b]) => a.localeCompare(b))
  .flatMap(([file, data]) => {
    const parsed = z.object({ forms: z.array(FormLinkSchema) }).safeParse(data);
    if (!parsed.success) throw new Error(`${file}: ${parsed.error.message}`);
    return parsed.data.forms;
  });

/** The URL of a form's page, with an optional query (`?record=…`). */
export function formPath(id: string, query?: Record<string, string>): string {
  const search = query ? new URLSearchParams(query).toString() : '';
  return `/forms/${id}/${search ? `?${search}` : ''}`;
}

/**
 * The forms a record can fill: those of the source, narrowed to the activity or document kind when
 * the form names kinds (a 执法检查 fills the inspection plan, not the visit report).
 */
export function formsForRecord<F extends Fillable>(
  all: readonly F[],
  source: NonNullable<FormDefinition['source']>,
  kind?: string,
): F[] {
  return all.filter((form) => {
    if (form.source !== source) return false;
    const kinds =
      source === 'activity' ? form.activityKinds : source === 'document' ? form.documentKinds : [];
    return kinds.length === 0 || (kind !== undefined && kinds.includes(kind));
  });
}
