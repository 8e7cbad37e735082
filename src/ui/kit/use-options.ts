// Options for selects that point at other records (stations, terms, deputies). These tables are
// small for a township (tens to a few hundred rows), so reading them whole is fine.
import type { Option } from './form-model';
import { getLedgerDb } from '../../storage/instance';
import { useLiveQuery } from './use-live-query';

/** Stations, terms and deputies as select options, kept live. */
export function useReferenceOptions(): { stations: Option[]; terms: Option[]; deputies: Option[] } {
  const db = getLedgerDb();
  const { data } = useLiveQuery(async () => {
    const [stations, terms, deputies] = await Promise.all([
      db.stations.orderBy('name').toArray(),
      db.terms.orderBy('startDate').toArray(),
      db.deputies.orderBy('name').toArray(),
    ]);
    return {
      stations: stations.map((s) => ({ value: s.id, label: s.name })),
      terms: terms.map((t) => ({ value: t.id, label: `第${t.number}届（${t.startDate.slice(0, 4)}年起）` })),
      deputies: deputies.map((d) => ({ value: d.id, label: d.name })),
    };
  }, [db]);
  return data ?? { stations: [], terms: [], deputies: [] };
}
