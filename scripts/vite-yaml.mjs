// A Vite plugin that turns `import data from './x.yaml'` into a JSON module. The content/ folder
// is authored in YAML; every consumer parses what it imports with a zod schema.
// `x.yaml?form-links` keeps only what a link to a form needs (src/domain/forms/links.ts), so a
// ledger page that links its rows to forms does not load every form's layout.
import yaml from 'js-yaml';

/** @returns {import('vite').Plugin} */
export function yamlPlugin() {
  return {
    name: 'content-yaml',
    transform(source, id) {
      const [file = '', query] = id.split('?');
      if (!/\.ya?ml$/.test(file)) return null;
      const data = yaml.load(source, { filename: file, schema: yaml.JSON_SCHEMA });
      const kept = query === 'form-links' ? formLinks(data) : data;
      return { code: `export default ${JSON.stringify(kept)};`, map: null };
    },
  };
}

/** The fields of a form that a link to it needs; the rest (sections, layout) is left out. */
const LINK_FIELDS = ['id', 'short', 'title', 'subtitle', 'source', 'activityKinds', 'documentKinds'];

/**
 * A forms file with each form cut down to {@link LINK_FIELDS}.
 * @param {any} data
 */
function formLinks(data) {
  const forms = Array.isArray(data?.forms) ? data.forms : [];
  return {
    forms: forms.map((/** @type {Record<string, unknown>} */ form) =>
      Object.fromEntries(LINK_FIELDS.filter((key) => key in form).map((key) => [key, form[key]])),
    ),
  };
}
