// The records behind selects that point at other records. These tables are small for a township
// (tens to a few hundred rows: its stations, terms, deputies and officers), so each is read whole
// through an index, never a table that grows with the years (activities, suggestions …).
import type { Deputy, Officer, Station, Term } from '../../domain/ledger';
import type { LedgerDb } from '../db';
import { getLedgerDb } from '../instance';

/** Stations and deputies by name, terms oldest first: the options of the record forms' selects. */
export async function referenceOptionRecords(
  db: LedgerDb = getLedgerDb(),
): Promise<{ stations: Station[]; terms: Term[]; deputies: Deputy[] }> {
  const [stations, terms, deputies] = await Promise.all([
    db.stations.orderBy('name').toArray(),
    db.terms.orderBy('startDate').toArray(),
    db.deputies.orderBy('name').toArray(),
  ]);
  return { stations, terms, deputies };
}

/** Every officer (a township has a handful): the choices of 当前使用人 and of 督办/领办 leads. */
export function officerOptions(db: LedgerDb = getLedgerDb()): Promise<Officer[]> {
  return db.officers.toArray();
}
