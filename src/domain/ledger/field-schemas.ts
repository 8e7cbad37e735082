// The field schemas every record family shares: ids and references to other tables (idRef),
// dates, timestamps, texts, notes, counts, and the base every stored record extends.
import { z } from 'zod';
import '../utils/error-map';

/** A record id: a random UUID, so records made on different PCs never collide. */
export const IdSchema = z.uuid({ message: '编号格式不正确' });

/** The JSON Schema keyword (and metadata key) naming the table an id field refers to. */
export const REFERENCES_KEY = 'x-references';
/** The JSON Schema keyword listing the kinds of record (their `kind`) a reference may point to. */
export const REFERENCE_KINDS_KEY = 'x-reference-kinds';

/**
 * An id of a record of another table (`idRef('deputies')`): a UUID marked with the table it
 * refers to, and optionally the `kind`s the target may have. The archive reader, its JSON
 * Schemas and docs/archive-format.md derive the list of references from these marks
 * (src/domain/archive/references.ts), so a new reference field needs only this marker.
 */
export const idRef = (table: string, kinds?: readonly string[]) =>
  IdSchema.meta({ [REFERENCES_KEY]: table, ...(kinds ? { [REFERENCE_KINDS_KEY]: [...kinds] } : {}) });

/** A calendar date in China time, without time of day: `2025-03-28`. */
export const IsoDateSchema = z.iso.date({ message: '请填写有效日期（年-月-日）' });

/** A moment, in UTC ISO form, for created/updated stamps. */
export const TimestampSchema = z.iso.datetime({ offset: true });

/** A name or title: trimmed, not empty. */
export const TextSchema = (label: string, max = 200) =>
  z
    .string({ message: `请填写${label}` })
    .trim()
    .min(1, { message: `请填写${label}` })
    .max(max, { message: `${label}不能超过${max}个字` });

/** Optional free text: trimmed; empty becomes absent. */
export const NoteSchema = z
  .string()
  .trim()
  .max(2000, { message: '备注不能超过2000个字' })
  .transform((v) => (v ? v : undefined))
  .optional();

/** A whole number of people, votes or items (0 or more). */
export const CountSchema = z
  .number({ message: '请填写数字' })
  .int({ message: '请填写整数' })
  .min(0, { message: '不能小于0' });

/** Fields every stored record has. */
export const RecordBaseSchema = z.object({
  /** Random UUID. */
  id: IdSchema,
  /** When the record was first saved. */
  createdAt: TimestampSchema,
  /** When the record was last saved; the newer copy wins nothing silently (see data-model.md). */
  updatedAt: TimestampSchema,
});

/**
 * Options for object-level checks: run them even when a field already failed (zod skips them by
 * default), so a form shows every problem at once — `请填写姓名` and `离任日期不能早于任职日期`
 * together. The checks themselves guard against fields of the wrong type.
 */
export const EVEN_WITH_FIELD_ERRORS = {
  when: (payload: { value: unknown }) => typeof payload.value === 'object' && payload.value !== null,
};

/** The refinement that an end date is not before a start date. */
export const endNotBeforeStart =
  <T extends Record<string, unknown>>(from: keyof T & string, to: keyof T & string, message: string) =>
  (value: T, ctx: z.RefinementCtx) => {
    const start = value[from];
    const end = value[to];
    if (typeof start === 'string' && typeof end === 'string' && end < start)
      ctx.addIssue({ code: 'custom', path: [to], message });
  };
