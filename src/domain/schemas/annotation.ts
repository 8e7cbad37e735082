import { z } from 'zod';
import { BlockIdSchema } from './rules';
import { LawReferenceSchema } from './law';

const Bullets = z.array(z.string().min(1));

/** The handbook's 释义 of one article, written for township staff. */
export const AnnotationSchema = z.object({
  /** The article annotated (1–26). */
  article: z.number().int().positive(),
  /** One or two sentences: what the article is about, in plain Chinese. */
  summary: z.string().min(1),
  /** 要求什么: what the provision requires. */
  requires: Bullets.min(1),
  /** 谁来做: who does it (主席团, 人大主席, 专干, 政府, 代表 …). */
  who: Bullets.min(1),
  /** 何时做: when; `不定期` style answers are fine where the rules set no time. */
  when: Bullets.min(1),
  /** 留存哪些材料: what counts as evidence in the ledger. */
  evidence: Bullets.min(1),
  /** 常见问题: what commonly goes wrong. */
  pitfalls: Bullets.min(1),
  /**
   * 细则未定之处与本工具的理解: numbers or terms the rules leave open, and how this tool reads them.
   * Every reading of the tool's own (a default, an inference, a counting rule) goes here, never
   * into `requires`, and is rendered as a marked block.
   */
  openPoints: Bullets.default([]),
  /**
   * 实务建议: common practice and advice that neither the rules nor the law require, rendered as a
   * marked block so that a clerk never takes it for a requirement.
   */
  practice: Bullets.default([]),
  /** Optional short notes on individual items, keyed by the item's id. */
  points: z.record(BlockIdSchema, z.string().min(1)).default({}),
  /** 上位法依据: the upstream articles this article rests on. */
  upstream: z.array(LawReferenceSchema).default([]),
});

export type Annotation = z.output<typeof AnnotationSchema>;
