// Options for selects that point at other records (stations, terms, deputies), read by
// referenceOptionRecords (src/storage/queries/options.ts: small tables, read whole).
import type { Option } from './form-model';
import { referenceOptionRecords } from '../../storage/queries/options';
import { useLiveQuery } from './use-live-query';

/** Stations, terms and deputies as select options, kept live. */
export function useReferenceOptions(): {
  stations: Option[];
  terms: Option[];
  deputies: Option[];
  /** Whether the options have been read (until then the lists are empty). */
  loaded: boolean;
} {
  const { data } = useLiveQuery(async () => {
    const { stations, terms, deputies } = await referenceOptionRecords();
    return {
      stations: stations.map((s) => ({ value: s.id, label: s.name })),
      terms: terms.map((t) => ({ value: t.id, label: `第${t.number}届（${t.startDate.slice(0, 4)}年起）` })),
      deputies: deputies.map((d) => ({ value: d.id, label: d.name })),
    };
  }, []);
  return data ? { ...data, loaded: true } : { stations: [], terms: [], deputies: [], loaded: false };
}
