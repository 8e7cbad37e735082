// Small builders for storage tests: a fresh database per test and records with sensible defaults.
import type { RecordOf } from '../../domain/ledger';
import { LedgerDb } from '../db';
import type { LedgerData } from '../ledger';

export const T0 = '2025-01-01T00:00:00.000Z';

/** A database with a unique name, so tests never see each other's data. */
export function freshDb(): LedgerDb {
  return new LedgerDb(`test-${crypto.randomUUID()}`);
}

/** The stamps every stored record carries. */
function base() {
  return { id: crypto.randomUUID(), createdAt: T0, updatedAt: T0 };
}

export function township(overrides: Partial<RecordOf<'township'>> = {}): RecordOf<'township'> {
  return { ...base(), townshipId: 'shili', name: '示例镇', unitType: 'town', isDemo: false, ...overrides };
}

export function deputy(overrides: Partial<RecordOf<'deputies'>> = {}): RecordOf<'deputies'> {
  return {
    ...base(),
    name: '张三',
    levels: ['township'],
    isLeaderCadre: false,
    serviceFrom: '2021-10-01',
    status: 'active',
    ...overrides,
  };
}

export function activity(overrides: Partial<RecordOf<'activities'>> = {}): RecordOf<'activities'> {
  return {
    ...base(),
    kind: 'stationReception',
    date: '2025-03-01',
    topic: '进站接待群众',
    deputyIds: [],
    linkedActivityIds: [],
    tags: [],
    opinions: [],
    outsideSession: true,
    ...overrides,
  };
}

/** An empty ledger, with the given tables filled. */
export function ledger(tables: Partial<LedgerData> = {}): LedgerData {
  return {
    township: [],
    terms: [],
    officers: [],
    presidiumMembers: [],
    credentialsCommittees: [],
    stations: [],
    deputies: [],
    sessions: [],
    presidiumMeetings: [],
    activities: [],
    inspectionProblems: [],
    suggestions: [],
    livelihoodProjects: [],
    documents: [],
    attachments: [],
    snapshots: [],
    ...tables,
  };
}

/** A DOMException as IndexedDB throws it when the origin's quota is used up. */
export function quotaError(): DOMException {
  return new DOMException('The quota has been exceeded.', 'QuotaExceededError');
}
