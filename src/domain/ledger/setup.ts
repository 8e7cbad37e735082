// The first-run setup: what a 专干 enters once (township, term, officers, presidium), checked as one
// form and turned into the records it stands for. Pure: the storage layer writes the result in one
// transaction.
import { z } from 'zod';
import { EVEN_WITH_FIELD_ERRORS, IsoDateSchema, TextSchema } from './field-schemas';
import {
  TOWNSHIPS,
  TownshipIdSchema,
  type Officer,
  type PresidiumMember,
  type Term,
  type Township,
} from './township/schema';

const OptionalName = z
  .string()
  .trim()
  .max(40, { message: '姓名不能超过40个字' })
  .optional()
  .transform((v) => (v ? v : undefined));

/** The setup form. Names of officers other than the chair and the 专干 may be left for later. */
export const SetupInputSchema = z
  .object({
    townshipId: TownshipIdSchema,
    termNumber: z.coerce
      .number({ message: '请填写届次' })
      .int({ message: '届次应为整数' })
      .min(1, { message: '届次至少为1' })
      .max(30, { message: '届次不正确' }),
    electionDate: IsoDateSchema.optional().or(z.literal('').transform(() => undefined)),
    termStartDate: IsoDateSchema,
    chairName: TextSchema('人大主席姓名', 40),
    viceChairName: OptionalName,
    viceChairFullTime: z.boolean().default(true),
    staffName: TextSchema('人大专干姓名', 40),
    partySecretaryName: OptionalName,
    headName: OptionalName,
    /** Presidium members, one name per line. */
    presidiumNames: z
      .string()
      .default('')
      .transform((text) => [
        ...new Set(
          text
            .split(/[\n,，、;；]+/)
            .map((n) => n.trim())
            .filter(Boolean),
        ),
      ]),
  })
  .superRefine((input, ctx) => {
    if (input.electionDate && input.electionDate > input.termStartDate)
      ctx.addIssue({ code: 'custom', path: ['electionDate'], message: '选举日期不能晚于本届开始日期' });
    if (input.presidiumNames.some((n) => n.length > 40))
      ctx.addIssue({
        code: 'custom',
        path: ['presidiumNames'],
        message: '每位主席团成员的姓名不能超过40个字',
      });
  }, EVEN_WITH_FIELD_ERRORS);

export type SetupInput = z.output<typeof SetupInputSchema>;

/** The records a setup creates, ready to be written together. */
export interface SetupRecords {
  township: Township;
  term: Term;
  officers: Officer[];
  presidiumMembers: PresidiumMember[];
}

/** Makes ids and timestamps, so that tests can fix them. */
export interface RecordFactory {
  id(): string;
  now(): string;
}

/** Turns a valid setup into the township, term, officers and presidium members it stands for. */
export function setupRecords(input: SetupInput, factory: RecordFactory): SetupRecords {
  const now = factory.now();
  const base = () => ({ id: factory.id(), createdAt: now, updatedAt: now });
  const info = TOWNSHIPS.find((t) => t.id === input.townshipId)!;
  const term: Term = {
    ...base(),
    number: input.termNumber,
    startDate: input.termStartDate,
    ...(input.electionDate ? { electionDate: input.electionDate } : {}),
  };
  const officer = (role: Officer['role'], name: string | undefined, fullTime = false): Officer[] =>
    name ? [{ ...base(), role, name, fullTime, from: input.termStartDate }] : [];
  return {
    township: { ...base(), townshipId: info.id, name: info.name, unitType: info.unitType, isDemo: false },
    term,
    officers: [
      ...officer('chair', input.chairName),
      ...officer('viceChair', input.viceChairName, input.viceChairFullTime),
      ...officer('staff', input.staffName),
      ...officer('partySecretary', input.partySecretaryName),
      ...officer('head', input.headName),
    ],
    presidiumMembers: input.presidiumNames.map((name) => ({
      ...base(),
      termId: term.id,
      name,
      from: input.termStartDate,
    })),
  };
}
