// Parses every authored content file on its own, so a mistake in one file names that file.
import { describe, expect, it } from 'vitest';
import { AnnotationSchema } from '../schemas/annotation';
import { CatalogueSchema } from '../schemas/duty';
import { FormsFileSchema } from '../schemas/form';
import { GlossarySchema } from '../schemas/glossary';
import { LawsSchema } from '../schemas/law';
import { RulesSchema } from '../schemas/rules';

const files = import.meta.glob<unknown>('../../../content/**/*.yaml', { eager: true, import: 'default' });
const schemaFor = (path: string) =>
  path.includes('/annotations/')
    ? AnnotationSchema
    : path.includes('/forms/')
      ? FormsFileSchema
      : path.endsWith('/duties.yaml')
        ? CatalogueSchema
        : path.endsWith('/glossary.yaml')
          ? GlossarySchema
          : path.endsWith('/laws.yaml')
            ? LawsSchema
            : RulesSchema;

describe('content files parse with their schemas', () => {
  it.each(Object.keys(files))('%s', (path) => {
    const result = schemaFor(path).safeParse(files[path]);
    expect(result.success ? [] : result.error.issues).toEqual([]);
  });
});
