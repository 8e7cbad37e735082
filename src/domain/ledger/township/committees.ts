// 代表资格审查委员会: the plain check of its size (第七条: 3–5 委员).
import type { CredentialsCommittee, LedgerData } from '../index';

/**
 * Fills a committee's ids from its names where the match is unique: the 主任委员 and 副主任委员
 * among the term's presidium members, the 委员 among the deputies (of the term when recorded).
 * Records made before ids were kept (and archives of then) are upgraded with this; a name that
 * matches none or several people is left without an id and the engine reads it by name.
 */
export function linkCommitteeIds(
  committee: CredentialsCommittee,
  data: {
    presidiumMembers: readonly Pick<LedgerData['presidiumMembers'][number], 'id' | 'name' | 'termId'>[];
    deputies: readonly { id: string; name: string; termId?: string | undefined }[];
  },
): CredentialsCommittee {
  const unique = <R extends { id: string; name: string }>(rows: readonly R[], name: string) => {
    const found = rows.filter((r) => r.name.trim() === name.trim());
    return found.length === 1 ? found[0]!.id : undefined;
  };
  const presidium = data.presidiumMembers.filter((m) => m.termId === committee.termId);
  const ofTerm = data.deputies.filter((d) => d.termId === committee.termId);
  const deputies = ofTerm.length ? ofTerm : data.deputies;
  const chairId = committee.chairId ?? unique(presidium, committee.chairName);
  const viceChairId = committee.viceChairId ?? unique(presidium, committee.viceChairName);
  const memberIds = committee.memberIds.length
    ? committee.memberIds
    : committee.memberNames.map((n) => unique(deputies, n));
  return {
    ...committee,
    ...(chairId ? { chairId } : {}),
    ...(viceChairId ? { viceChairId } : {}),
    memberIds: memberIds.every((id) => id !== undefined) ? (memberIds as string[]) : [],
  };
}

/** The number of 委员 the rules allow (第七条第（一）项). */
export const COMMITTEE_MEMBERS = { min: 3, max: 5 } as const;

/** Whether a committee has 3–5 委员, with a short Chinese sentence for the list. */
export function checkCommitteeSize(
  committee: Pick<CredentialsCommittee, 'memberNames'> & { memberIds?: readonly string[] },
): {
  ok: boolean;
  count: number;
  text: string;
} {
  // Ids when the record keeps them (two 委员 may share a name), else the names.
  const count = committee.memberIds?.length
    ? new Set(committee.memberIds).size
    : new Set(committee.memberNames.map((n) => n.trim()).filter(Boolean)).size;
  const { min, max } = COMMITTEE_MEMBERS;
  if (count < min) return { ok: false, count, text: `委员${count}人，少于${min}人` };
  if (count > max) return { ok: false, count, text: `委员${count}人，多于${max}人` };
  return { ok: true, count, text: `委员${count}人，符合${min}—${max}人` };
}
