// What the ledger home's 「待办」 reads: the suggestions, 民生实事 projects and inspection problems
// still open, the dates of the inspections that found those problems, and the deadline settings.
// Small tables, read whole and filtered in memory (no new index: see docs/data-model.md).
import type { IsoDate } from '../domain/dates';
import type { TodoInput } from '../domain/ledger/todo';
import type { LedgerDb } from './db';
import { getSettings } from './ledger';

/** The open records and settings the 待办 list is made from (without as-of date and window). */
export async function readTodoInput(db: LedgerDb): Promise<Omit<TodoInput, 'asOf' | 'days'>> {
  const [suggestions, projects, problems, settings] = await Promise.all([
    db.suggestions.toArray(),
    db.livelihoodProjects.toArray(),
    db.inspectionProblems.toArray(),
    getSettings(db),
  ]);
  const open = problems.filter((p) => p.evaluatedOn === undefined);
  const inspectionIds = [...new Set(open.map((p) => p.inspectionId))];
  const inspections = await db.activities.bulkGet(inspectionIds);
  const inspectionDates = new Map<string, IsoDate>();
  for (const a of inspections) if (a) inspectionDates.set(a.id, a.date);
  return {
    suggestions: suggestions.filter((s) => !s.answeredOn && !s.closedOn),
    projects: projects.filter((p) => p.dueDate !== undefined && p.acceptedOn === undefined),
    problems: open,
    inspectionDates,
    settings: settings.values,
  };
}
