// A Vite plugin that turns `import data from './x.yaml'` into a JSON module. The content/ folder
// is authored in YAML; every consumer parses what it imports with a zod schema.
import yaml from 'js-yaml';

/** @returns {import('vite').Plugin} */
export function yamlPlugin() {
  return {
    name: 'content-yaml',
    transform(source, id) {
      if (!/\.ya?ml$/.test(id)) return null;
      const data = yaml.load(source, { filename: id, schema: yaml.JSON_SCHEMA });
      return { code: `export default ${JSON.stringify(data)};`, map: null };
    },
  };
}
