// Reads what a deputy's duty file is made of, through indexes: the deputy's activities by the
// multi-entry `*deputyIds` index and suggestions by `*proposerIds`; never a whole large table.
import type { DutyFileInput } from '../domain/points/deputy-file';
import type { LedgerDb } from './db';
import { getSettings } from './ledger';

/** The records of one deputy's duty file, or undefined when there is no such deputy. */
export async function loadDutyFileInput(db: LedgerDb, deputyId: string): Promise<DutyFileInput | undefined> {
  const deputy = await db.deputies.get(deputyId);
  if (!deputy) return undefined;
  const [sessions, activities, suggestions, settings] = await Promise.all([
    db.sessions.orderBy('startDate').toArray(),
    db.activities.where('deputyIds').equals(deputyId).toArray(),
    db.suggestions.where('proposerIds').equals(deputyId).toArray(),
    getSettings(db),
  ]);
  const projects = suggestions.length
    ? await db.livelihoodProjects
        .where('suggestionId')
        .anyOf(suggestions.map((s) => s.id))
        .toArray()
    : [];
  return { deputy, sessions, activities, suggestions, projects, pointsTables: settings.pointsTables };
}
