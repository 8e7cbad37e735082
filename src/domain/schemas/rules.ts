import { z } from 'zod';

/** Akoma Ntoso-style element ids: `art_5`, `art_5__point_2`, `art_13__para_1`, `art_4__intro`. */
export const ArticleIdSchema = z.string().regex(/^art_[1-9]\d*$/);
export const BlockIdSchema = z.string().regex(/^art_[1-9]\d*__(intro|para_[1-9]\d*|point_[1-9]\d*)$/);

/** One line of an article below its heading: an intro to a list, a paragraph (款) or an item (项). */
export const BlockSchema = z
  .object({
    /** `intro` introduces the items that follow; `paragraph` is an unnumbered 款; `point` is a numbered 项. */
    kind: z.enum(['intro', 'paragraph', 'point']),
    /** Stable anchor id, used as the HTML id and in links. Never renamed once published. */
    eId: BlockIdSchema,
    /** Ordinal of the paragraph or item inside its article (1-based); absent for an intro. */
    num: z.number().int().positive().optional(),
    /** The item's own label exactly as in the source, e.g. `(二)` (half-width brackets, as published). */
    label: z.string().optional(),
    /** The verbatim text, without the label. */
    text: z.string().min(1),
  })
  .refine((b) => (b.kind === 'point') === (b.label !== undefined), {
    message: 'items (point) and only items carry a label',
  });

export const ArticleSchema = z.object({
  /** Article number, counted straight through the chapters (1–26). */
  num: z.number().int().positive(),
  /** Stable anchor id `art_N`. */
  eId: ArticleIdSchema,
  /** The article's label as printed: `第五条`. */
  label: z.string().regex(/^第[一二三四五六七八九十]+条$/),
  /**
   * The article's heading (`乡镇人民代表大会`) when the source gives one on the article's line;
   * absent when the article's line carries its only paragraph instead.
   */
  title: z.string().optional(),
  /**
   * An editorial name for navigation when the source gives the article no heading
   * (`制定目的和依据`). Not part of the published text; shown in brackets.
   */
  navTitle: z.string().optional(),
  /** The article's body, in source order. */
  blocks: z.array(BlockSchema).min(1),
});

export const ChapterSchema = z.object({
  /** Chapter number (1–8). */
  num: z.number().int().positive(),
  /** The heading line exactly as in the source, spacing included: `第一章 总 则`. */
  heading: z.string(),
  /** The chapter's name without spacing, for navigation: `总则`. */
  title: z.string(),
  articles: z.array(ArticleSchema).min(1),
});

export const RulesSchema = z.object({
  /** Full title without book-title marks. */
  title: z.string(),
  /** Short title used in citations of the handbook's own UI. */
  shortTitle: z.string(),
  /** Date the rules took effect (ISO date). */
  effectiveDate: z.iso.date(),
  /** The body that issued and interprets the rules. */
  issuer: z.string(),
  chapters: z.array(ChapterSchema).min(1),
});

export type Block = z.output<typeof BlockSchema>;
export type Article = z.output<typeof ArticleSchema>;
export type Chapter = z.output<typeof ChapterSchema>;
export type Rules = z.output<typeof RulesSchema>;
