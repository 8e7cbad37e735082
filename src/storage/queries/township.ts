// The 乡镇与届次 page's own reads beyond its paged lists.
import type { PresidiumMember } from '../../domain/ledger';
import type { LedgerDb } from '../db';
import { getLedgerDb } from '../instance';

/**
 * Every presidium member, past and present: a presidium has a handful of members a term, so the
 * table stays small and is read whole.
 */
export function presidiumMembers(db: LedgerDb = getLedgerDb()): Promise<PresidiumMember[]> {
  return db.presidiumMembers.toArray();
}
