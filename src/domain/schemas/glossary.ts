import { z } from 'zod';
import { BlockIdSchema } from './rules';

export const GlossaryTermSchema = z.object({
  /** Stable ASCII slug, used as the anchor on the glossary page. */
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** The term as written in Chinese. */
  term: z.string().min(1),
  /** Other spellings or expansions that should find the same entry. */
  aliases: z.array(z.string()).default([]),
  /** The explanation, in the handbook's own words; each requirement in it names its source. */
  definition: z.string().min(1),
  /**
   * 本工具的理解: how this tool reads or counts the term where the rules and the law leave room
   * (defaults, inferences, common practice); rendered as a marked line apart from the definition.
   */
  reading: z.string().min(1).optional(),
  /**
   * True when no authoritative text defines the term's local meaning; the page then says so
   * plainly instead of presenting a guess as fact.
   */
  unconfirmed: z.boolean().default(false),
  /** For unconfirmed terms: which ledger setting holds the township's own meaning, and why. */
  settingNote: z.string().optional(),
  /** Items of the rules where the term appears or is defined. */
  refs: z.array(BlockIdSchema).default([]),
});

export const GlossarySchema = z.array(GlossaryTermSchema).min(25);

export type GlossaryTerm = z.output<typeof GlossaryTermSchema>;
