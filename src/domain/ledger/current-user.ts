// Who may be chosen as this browser's 当前使用者 (the name written into the change log and into a
// closed period's snapshot): the township's 人大主席, 副主席 and 专干 in office on a date.
import { OFFICER_ROLES, type Officer } from './township/schema';

/** The roles whose holders keep the ledger, in the order the choice lists them. */
const KEEPER_ROLES = [
  'staff',
  'chair',
  'viceChair',
] as const satisfies readonly (keyof typeof OFFICER_ROLES)[];

/** One name to choose, with the role that puts it on the list. */
export interface UserChoice {
  name: string;
  /** `刘敏（人大专干）`. */
  label: string;
}

/** The officers who may be the current user on a date: 专干 first, then 主席 and 副主席; each name once. */
export function userChoices(
  officers: readonly Pick<Officer, 'role' | 'name' | 'from' | 'to'>[],
  date: string,
): UserChoice[] {
  const choices: UserChoice[] = [];
  for (const role of KEEPER_ROLES)
    for (const o of officers)
      if (
        o.role === role &&
        o.from <= date &&
        (o.to === undefined || o.to >= date) &&
        !choices.some((c) => c.name === o.name)
      )
        choices.push({ name: o.name, label: `${o.name}（${OFFICER_ROLES[role]}）` });
  return choices;
}
