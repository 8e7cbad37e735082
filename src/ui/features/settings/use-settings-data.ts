// Live reads shared by the 乡镇与届次, 文件与制度 and 设置 pages: the township, terms, sessions (as
// records and as select options) and the settings. A township keeps a few terms and a few sessions
// a year, so these tables are read whole, through their indexes.
import type { Session, Settings, Term, Township } from '../../../domain/ledger';
import { readSettings } from '../../../storage/queries/settings';
import { records } from '../../../storage/queries/records';
import { useLiveQuery } from '../../kit/use-live-query';
import type { Option } from '../../kit/form-model';

/** More than any township holds: 30 terms, several sessions a year for decades. */
const WHOLE_TABLE = 1000;

/** The label of a term: `第7届`. */
export const termLabel = (term: Pick<Term, 'number'> | undefined) => (term ? `第${term.number}届` : '');

/** The label of a session: `第7届第1次会议（2021-05-10）`. */
export const sessionLabel = (session: Session, term: Term | undefined) =>
  `${termLabel(term)}第${session.number}次会议（${session.startDate}）`;

export interface AdminReferences {
  /** The township record; undefined before the first-run setup. */
  township: Township | undefined;
  /** Terms, newest first. */
  terms: Term[];
  /** Sessions, newest first. */
  sessions: Session[];
  termOptions: Option[];
  sessionOptions: Option[];
  termById: ReadonlyMap<string, Term>;
  sessionById: ReadonlyMap<string, Session>;
}

/** The township, its terms and sessions, kept live; undefined while loading. */
export function useAdminReferences(): AdminReferences | undefined {
  const { data } = useLiveQuery(async () => {
    const [township, terms, sessions] = await Promise.all([
      records('township').page({ offset: 0, limit: 1 }),
      records('terms').page({ offset: 0, limit: WHOLE_TABLE, index: 'startDate', reverse: true }),
      records('sessions').page({ offset: 0, limit: WHOLE_TABLE, index: 'startDate', reverse: true }),
    ]);
    const termById = new Map(terms.rows.map((t) => [t.id, t]));
    return {
      township: township.rows[0],
      terms: terms.rows,
      sessions: sessions.rows,
      termOptions: terms.rows.map((t) => ({
        value: t.id,
        label: `${termLabel(t)}（${t.startDate.slice(0, 4)}年起）`,
      })),
      sessionOptions: sessions.rows.map((s) => ({
        value: s.id,
        label: sessionLabel(s, termById.get(s.termId)),
      })),
      termById,
      sessionById: new Map(sessions.rows.map((s) => [s.id, s])),
    };
  }, []);
  return data;
}

/** The township's settings (defaults until saved), kept live; undefined while loading. */
export function useSettings(): Settings | undefined {
  return useLiveQuery(() => readSettings(), []).data;
}
