// What the suggestions page reads besides its paged list: sessions and terms (for the form's
// select), officers (督办 and 领办 leads) and the settings; and the suggestions the finder searches.
import type { Officer, Session, Settings, Suggestion, Term } from '../../domain/ledger';
import type { LedgerDb } from '../db';
import { getLedgerDb } from '../instance';
import { getSettings } from '../ledger';

/** Sessions (latest first), terms, officers and settings: small tables, read whole. */
export async function readSuggestionContext(
  db: LedgerDb = getLedgerDb(),
): Promise<{ sessions: Session[]; terms: Term[]; officers: Officer[]; settings: Settings }> {
  const [sessions, terms, officers, settings] = await Promise.all([
    db.sessions.orderBy('startDate').reverse().toArray(),
    db.terms.toArray(),
    db.officers.toArray(),
    getSettings(db),
  ]);
  return { sessions, terms, officers, settings };
}

/**
 * Every suggestion, latest submitted first, for the finder (查找建议), which searches their text in
 * memory. Suggestions grow by tens to a few hundred a year, so this is the one list read whole; it
 * is read only while the finder is on the page.
 */
export function allSuggestionsNewestFirst(db: LedgerDb = getLedgerDb()): Promise<Suggestion[]> {
  return db.suggestions.orderBy('submittedOn').reverse().toArray();
}
