import { z } from 'zod';
import { BlockIdSchema } from './rules';

/**
 * Where a pre-filled form takes its values from: one record (a session, a suggestion …) or, for
 * `livelihoodYear`, the 民生实事 projects of one year. src/domain/forms/sources.ts maps each to values.
 */
export const FormSourceSchema = z.enum([
  'session',
  'presidiumMeeting',
  'credentialsCommittee',
  'activity',
  'inspectionProblem',
  'suggestion',
  'livelihoodYear',
  'livelihoodProject',
  'deputy',
  'document',
]);

/** A value key: the name a source's values use (`startDate`, `proposers`). */
const KeySchema = z.string().regex(/^[a-z][a-zA-Z0-9]*$/, 'keys are camelCase ASCII');

/** One field of a bordered field table. */
export const FormFieldSchema = z.object({
  /** The value key it is filled from; a key the source does not give stays blank. */
  key: KeySchema,
  /** Chinese label printed in the label cell. */
  label: z.string().min(1),
  /** `text`: one ruled line; `area`: several ruled lines; `choice`: options printed as boxes to tick. */
  kind: z.enum(['text', 'area', 'choice']).default('text'),
  /** Lines of an `area` (each about 9 mm on paper), so there is room to write by hand. */
  lines: z.number().int().min(1).max(30).default(1),
  /** The options of a `choice`; the filled value ticks the option with the same text. */
  options: z.array(z.string().min(1)).default([]),
  /** Spans the whole row instead of half of it. */
  wide: z.boolean().default(false),
});

/** A column of a table section. */
export const FormColumnSchema = z.object({
  key: KeySchema,
  label: z.string().min(1),
  /** Share of the table's width in percent; columns without one share the rest. */
  width: z.number().positive().max(100).optional(),
  /** `box`: a small square to tick (ballots), never pre-filled. */
  kind: z.enum(['text', 'box']).default('text'),
});

/** Label–value pairs in a bordered table, two pairs a row unless a field is wide. */
export const FieldsSectionSchema = z.object({
  type: z.literal('fields'),
  heading: z.string().optional(),
  fields: z.array(FormFieldSchema).min(1),
});

/** A ruled table: the rows come from the source's list `key`, else blank rows to write in. */
export const TableSectionSchema = z.object({
  type: z.literal('table'),
  heading: z.string().optional(),
  /** The source's list of rows (`deputies`, `projects`). */
  key: KeySchema,
  columns: z.array(FormColumnSchema).min(1),
  /** Rows printed when the form is blank; a longer filled list adds rows (and pages). */
  blankRows: z.number().int().min(1).max(60),
  /** Prints a 序号 column first. */
  numbered: z.boolean().default(true),
  /** Entries side by side in one printed row (a sign-in sheet in two halves). */
  perRow: z.number().int().min(1).max(3).default(1),
  /** Height of a row in mm: room for a signature or a hand-written line. */
  rowHeight: z.number().min(6).max(40).default(9),
});

/**
 * Fixed wording, one paragraph each. `{{key:label}}` places a blank to fill inline (filled from the
 * source's value `key`); `{{key:label:8}}` sets its width in em.
 */
export const TextSectionSchema = z.object({
  type: z.literal('text'),
  heading: z.string().optional(),
  paragraphs: z.array(z.string().min(1)).min(1),
  /**
   * `body`: the document's own text; `note`: small print under a table; `salutation`: the addressee
   * line, not indented; `caption`: a centred line under the title (题注 `（……通过）`, a ballot's session).
   */
  style: z.enum(['body', 'note', 'salutation', 'caption']).default('body'),
});

/** A numbered list with printed items (an agenda) and ruled blank items after them. */
export const ItemsSectionSchema = z.object({
  type: z.literal('items'),
  heading: z.string().optional(),
  /** The source's list that replaces the printed items when filled. */
  key: KeySchema.optional(),
  items: z.array(z.string().min(1)).default([]),
  blankItems: z.number().int().min(0).max(20).default(0),
});

/** Boxes for signatures and seals. */
export const SignaturesSectionSchema = z.object({
  type: z.literal('signatures'),
  boxes: z
    .array(
      z.object({
        label: z.string().min(1),
        /** A seal box (盖章) rather than a signature line. */
        seal: z.boolean().default(false),
      }),
    )
    .min(1)
    .max(4),
});

export const FormSectionSchema = z.discriminatedUnion('type', [
  FieldsSectionSchema,
  TableSectionSchema,
  TextSectionSchema,
  ItemsSectionSchema,
  SignaturesSectionSchema,
]);

export const FormSchema = z.object({
  /** Stable id, the page's URL: `/forms/<id>/`. */
  id: z.string().regex(/^[a-z][a-z0-9-]*$/),
  /** The title printed on the form. */
  title: z.string().min(1),
  /** A short name for links from ledger rows (`交办单`), where the record already says what it is. */
  short: z.string().min(1),
  /** A line under the title (`（第一次会议）`, `（年度）`). */
  subtitle: z.string().optional(),
  /** What the form is for, shown on the index and above the form on screen. */
  description: z.string().min(1),
  /** The items of the rules the form serves (block ids as in the duty catalogue); the first is the main one. */
  refs: z.array(BlockIdSchema).min(1),
  /** The record it can be pre-filled from; absent for forms that are only printed blank. */
  source: FormSourceSchema.optional(),
  /** For `activity` sources: the kinds of activity it fills from. */
  activityKinds: z.array(z.string()).default([]),
  /** For `document` sources: the kinds of document. */
  documentKinds: z.array(z.string()).default([]),
  /** Prints the document number line `××人大〔2025〕3号` with blanks (GB/T 9704). */
  numberLine: z.boolean().default(false),
  /**
   * Issuer printed above the date line (`{{township}}人民代表大会主席团`, an answer letter's 办理单位);
   * no issuer and date line when absent, as for a paper whose 题注 names the meeting that adopted it.
   */
  issuer: z.string().optional(),
  /** Landscape A4 for wide tables. */
  landscape: z.boolean().default(false),
  /** Pages the blank form prints on. */
  pages: z.number().int().min(1).max(4).default(1),
  sections: z.array(FormSectionSchema).min(1),
});

export const FormsFileSchema = z.object({ forms: z.array(FormSchema).min(1) }).superRefine((file, ctx) => {
  const ids = new Set<string>();
  for (const form of file.forms) {
    if (ids.has(form.id)) ctx.addIssue({ code: 'custom', message: `duplicate form id ${form.id}` });
    ids.add(form.id);
    if (form.activityKinds.length > 0 && form.source !== 'activity')
      ctx.addIssue({ code: 'custom', message: `${form.id}: activityKinds need source: activity` });
    if (form.documentKinds.length > 0 && form.source !== 'document')
      ctx.addIssue({ code: 'custom', message: `${form.id}: documentKinds need source: document` });
    for (const section of form.sections)
      if (section.type === 'fields')
        for (const field of section.fields)
          if (field.kind === 'choice' && field.options.length === 0)
            ctx.addIssue({ code: 'custom', message: `${form.id}: choice ${field.key} has no options` });
  }
});

export type FormSource = z.output<typeof FormSourceSchema>;
export type FormField = z.output<typeof FormFieldSchema>;
export type FormColumn = z.output<typeof FormColumnSchema>;
export type FormSection = z.output<typeof FormSectionSchema>;
export type TableSection = z.output<typeof TableSectionSchema>;
export type FormDefinition = z.output<typeof FormSchema>;
