// 代表资格审查委员会: the plain check of its size (第七条: 3–5 委员).
import type { CredentialsCommittee } from '../township';

/** The number of 委员 the rules allow (第七条第（一）项). */
export const COMMITTEE_MEMBERS = { min: 3, max: 5 } as const;

/** Whether a committee has 3–5 委员, with a short Chinese sentence for the list. */
export function checkCommitteeSize(committee: Pick<CredentialsCommittee, 'memberNames'>): {
  ok: boolean;
  count: number;
  text: string;
} {
  const count = new Set(committee.memberNames.map((n) => n.trim()).filter(Boolean)).size;
  const { min, max } = COMMITTEE_MEMBERS;
  if (count < min) return { ok: false, count, text: `委员${count}人，少于${min}人` };
  if (count > max) return { ok: false, count, text: `委员${count}人，多于${max}人` };
  return { ok: true, count, text: `委员${count}人，符合${min}—${max}人` };
}
