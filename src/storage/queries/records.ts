// The UI's door to one record table: the generic repository (validated writes, undoable deletes,
// indexed paging) of the ledger this tab shows. The UI never holds the database itself
// (docs/architecture.md); it asks for `records('officers')` and calls its named methods.
import type { RecordTable } from '../../domain/ledger';
import { getLedgerDb } from '../instance';
import { repository, type Repository } from '../repository';

export type { IndexKey, Page, PageQuery, RemoveResult, Repository } from '../repository';
export type { WriteResult } from '../errors';

/** The repository of one record table of the ledger this tab shows (the drill's copy during a drill). */
export function records<T extends RecordTable>(table: T): Repository<T> {
  return repository(getLedgerDb(), table);
}
