// A deputy's duty file (履职档案, “一人一档、一任一册”): everything the ledger records of one deputy,
// year by year, with the 履职积分 each record earns under the points table in force on its date.
// Every point is traceable to its record.
import {
  ACTIVITY_KINDS,
  type Activity,
  type Deputy,
  type LivelihoodProject,
  type Session,
  type Suggestion,
} from '../ledger';
import type { PointsTable } from '../ledger/settings/schema';
import { activityPointsKey } from './default-table';
import { pointsTableInForce } from './versions';

/** One line of the file: what the deputy did, when, and the points it earned. */
export interface DutyFileEntry {
  date: string;
  /** The points row it counts under (`sessionAttended`, `activity:training` …). */
  key: string;
  /** What happened, in Chinese: `出席第七届第3次会议`. */
  description: string;
  /** Points under the table in force on the date; 0 when the row is missing from that table. */
  points: number;
  /** The version of the points table used. */
  tableVersion: number | undefined;
  /** The record it comes from, so the point can be traced. */
  source: { table: 'sessions' | 'activities' | 'suggestions' | 'livelihoodProjects'; id: string };
}

/** One year of the file. */
export interface DutyFileYear {
  year: number;
  entries: DutyFileEntry[];
  total: number;
}

/** The records a duty file is made from (the storage layer reads them by index). */
export interface DutyFileInput {
  deputy: Deputy;
  /** Sessions of the township (all of them; a few per year). */
  sessions: readonly Session[];
  /** Activities the deputy took part in. */
  activities: readonly Activity[];
  /** Suggestions the deputy proposed. */
  suggestions: readonly Suggestion[];
  /** Projects that came from those suggestions. */
  projects: readonly LivelihoodProject[];
  /** The township's points tables (versions). */
  pointsTables: readonly PointsTable[];
}

const served = (deputy: Deputy, date: string) =>
  date >= deputy.serviceFrom && (deputy.serviceTo === undefined || date <= deputy.serviceTo);

/** Builds the deputy's file: entries in date order, grouped by year, with totals. */
export function buildDutyFile(input: DutyFileInput): { years: DutyFileYear[]; total: number } {
  const { deputy } = input;
  const entries: DutyFileEntry[] = [];
  const add = (date: string, key: string, description: string, source: DutyFileEntry['source']) => {
    const table = pointsTableInForce(input.pointsTables, date);
    const points = table?.rules.find((rule) => rule.key === key)?.points ?? 0;
    entries.push({ date, key, description, points, tableVersion: table?.version, source });
  };

  // Township deputies are expected at every session held while they serve.
  if (deputy.levels.includes('township'))
    for (const session of input.sessions) {
      if (!served(deputy, session.startDate)) continue;
      const absence = session.absences.find((a) => a.deputyId === deputy.id);
      const name = `第${session.number}次会议`;
      if (!absence)
        add(session.startDate, 'sessionAttended', `出席${name}`, { table: 'sessions', id: session.id });
      else if (!absence.approved)
        add(session.startDate, 'unapprovedAbsence', `未经批准缺席${name}`, {
          table: 'sessions',
          id: session.id,
        });
      else
        entries.push({
          date: session.startDate,
          key: 'approvedLeave',
          description: `请假未出席${name}`,
          points: 0,
          tableVersion: undefined,
          source: { table: 'sessions', id: session.id },
        });
    }

  for (const activity of input.activities) {
    if (!activity.deputyIds.includes(deputy.id)) continue;
    add(
      activity.date,
      activityPointsKey(activity.kind),
      `${ACTIVITY_KINDS[activity.kind]}：${activity.topic}`,
      {
        table: 'activities',
        id: activity.id,
      },
    );
  }

  for (const suggestion of input.suggestions) {
    if (!suggestion.proposerIds.includes(deputy.id)) continue;
    add(suggestion.submittedOn, 'suggestion', `提出建议：${suggestion.title}`, {
      table: 'suggestions',
      id: suggestion.id,
    });
  }

  for (const project of input.projects) {
    const from = input.suggestions.find(
      (s) => s.id === project.suggestionId && s.proposerIds.includes(deputy.id),
    );
    if (!from || !project.votedOn) continue;
    add(project.votedOn, 'suggestionToLivelihood', `建议列为民生实事：${project.title}`, {
      table: 'livelihoodProjects',
      id: project.id,
    });
  }

  entries.sort((a, b) => a.date.localeCompare(b.date) || a.description.localeCompare(b.description, 'zh-CN'));
  const byYear = new Map<number, DutyFileEntry[]>();
  for (const entry of entries) {
    const year = Number(entry.date.slice(0, 4));
    byYear.set(year, [...(byYear.get(year) ?? []), entry]);
  }
  const years = [...byYear].map(([year, list]) => ({
    year,
    entries: list,
    total: list.reduce((sum, e) => sum + e.points, 0),
  }));
  return { years, total: years.reduce((sum, y) => sum + y.total, 0) };
}
