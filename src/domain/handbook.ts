// The handbook's authored content, parsed once with its schemas. Everything that reads the rules,
// the annotations, the laws, the duty catalogue or the glossary goes through this module, so a
// content error fails the build (and the unit tests) with the schema's message.
import rulesData from '../../content/rules/rules.yaml';
import lawsData from '../../content/laws.yaml';
import glossaryData from '../../content/glossary.yaml';
import { RulesSchema } from './schemas/rules';
import { LawsSchema } from './schemas/law';
import { GlossarySchema } from './schemas/glossary';
import { AnnotationSchema, type Annotation } from './schemas/annotation';

const annotationFiles = import.meta.glob<unknown>('../../content/annotations/*.yaml', {
  eager: true,
  import: 'default',
});

export const rules = RulesSchema.parse(rulesData);
export const laws = LawsSchema.parse(lawsData);
export { catalogue } from './catalogue';
export const glossary = GlossarySchema.parse(glossaryData);

/** Annotations keyed by article number. */
export const annotations: ReadonlyMap<number, Annotation> = new Map(
  Object.entries(annotationFiles).map(([file, data]) => {
    const annotation = AnnotationSchema.parse(data);
    const expected = `art-${String(annotation.article).padStart(2, '0')}.yaml`;
    if (!file.endsWith(`/${expected}`))
      throw new Error(`${file} annotates article ${annotation.article}; name it ${expected}`);
    return [annotation.article, annotation] as const;
  }),
);
