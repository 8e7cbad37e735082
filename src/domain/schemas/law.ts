import { z } from 'zod';

/** Keys of the national and provincial laws the handbook cites. */
export const LawKeySchema = z.enum([
  'organic',
  'deputies',
  'election',
  'budget',
  'supervision',
  'legislation',
  'hunanRegulation',
]);

export const LawSchema = z.object({
  /** Stable key used by annotations and the duty catalogue. */
  key: LawKeySchema,
  /** Full official name, without book-title marks. */
  name: z.string(),
  /** The short name used in running text and tables: `组织法`. */
  shortName: z.string(),
  /** Which text is cited, e.g. `2022年修正`. */
  version: z.string(),
  /** A line for readers: what the law is and why it matters to township congress work. */
  note: z.string(),
});

export const LawsSchema = z.array(LawSchema);

/** A reference from the rules (or a duty) to the articles of an upstream law. */
export const LawReferenceSchema = z.object({
  law: LawKeySchema,
  /** Article numbers as strings (`"14"`, `"22"`); empty when the law is cited by name only. */
  articles: z.array(z.string().regex(/^\d+(\(\d+\))?$/)).default([]),
  /** What those articles say that matters here, in the handbook's own Chinese words. */
  note: z.string().min(1),
});

export type LawKey = z.output<typeof LawKeySchema>;
export type Law = z.output<typeof LawSchema>;
export type LawReference = z.output<typeof LawReferenceSchema>;
