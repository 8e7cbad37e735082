// The records the suggestions page reads besides suggestions: sessions (for the form's select),
// officers (督办 and 领办 leads) and the township's deadline settings, kept live. All three tables
// are small for a township, so reading them whole is fine.
import { sessionLabel } from '../../../domain/ledger/suggestions';
import type { Officer } from '../../../domain/ledger';
import type { SettingValues } from '../../../domain/ledger/workflows/steps';
import { readSuggestionContext } from '../../../storage/queries/suggestions';
import { useLiveQuery } from '../../kit/use-live-query';
import type { Option } from '../../kit/form-model';

/** What the suggestions page needs from the rest of the ledger. */
export interface SuggestionContext {
  /** Sessions as select options, the latest first (the one a new suggestion most often comes from). */
  sessions: Option[];
  officers: Officer[];
  /** The township's setting values (answer deadlines in months). */
  settings: SettingValues;
}

const EMPTY: SuggestionContext = { sessions: [], officers: [], settings: {} };

/** Sessions, officers and settings, kept live. */
export function useSuggestionContext(): SuggestionContext {
  const { data } = useLiveQuery(async () => {
    const { sessions, terms, officers, settings } = await readSuggestionContext();
    const termNumber = new Map(terms.map((t) => [t.id, t.number]));
    return {
      sessions: sessions.map((s) => ({ value: s.id, label: sessionLabel(s, termNumber.get(s.termId)) })),
      officers,
      settings: settings.values,
    };
  }, []);
  return data ?? EMPTY;
}
