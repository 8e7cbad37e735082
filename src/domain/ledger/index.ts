// The ledger's data model: one zod schema per stored entity, and the registry the storage and
// archive layers read (table name, schema, Chinese label). Types are derived from the schemas.
import type { z } from 'zod';
import { ActivitySchema, InspectionProblemSchema } from './activities/schema';
import { AttachmentSchema } from './attachments';
import { DeputySchema, StationSchema } from './roster/deputy';
import { DocumentSchema } from './documents/schema';
import { LivelihoodProjectSchema } from './livelihood/schema';
import { PresidiumMeetingSchema, SessionSchema } from './meetings/schema';
import { SnapshotSchema } from './snapshots';
import { SuggestionSchema } from './suggestions/schema';
import {
  CredentialsCommitteeSchema,
  OfficerSchema,
  PresidiumMemberSchema,
  TermSchema,
  TownshipSchema,
} from './township/schema';

/** Every table of records, in the order archives and exports list them. */
export const RECORD_TABLES = {
  township: { schema: TownshipSchema, label: '乡镇' },
  terms: { schema: TermSchema, label: '届次' },
  officers: { schema: OfficerSchema, label: '人大与政府负责人' },
  presidiumMembers: { schema: PresidiumMemberSchema, label: '主席团成员' },
  credentialsCommittees: { schema: CredentialsCommitteeSchema, label: '代表资格审查委员会' },
  stations: { schema: StationSchema, label: '代表联络站' },
  deputies: { schema: DeputySchema, label: '代表名册' },
  sessions: { schema: SessionSchema, label: '人代会' },
  presidiumMeetings: { schema: PresidiumMeetingSchema, label: '主席团会议' },
  activities: { schema: ActivitySchema, label: '活动' },
  inspectionProblems: { schema: InspectionProblemSchema, label: '执法检查问题' },
  suggestions: { schema: SuggestionSchema, label: '代表建议' },
  livelihoodProjects: { schema: LivelihoodProjectSchema, label: '民生实事' },
  documents: { schema: DocumentSchema, label: '文件与制度' },
  attachments: { schema: AttachmentSchema, label: '附件' },
  snapshots: { schema: SnapshotSchema, label: '考评快照' },
} as const;

export type RecordTable = keyof typeof RECORD_TABLES;
/** Every record table's name, in the order of {@link RECORD_TABLES}: the one list of tables. */
export const RECORD_TABLE_NAMES = Object.keys(RECORD_TABLES) as RecordTable[];
/** The stored record type of a table. */
export type RecordOf<T extends RecordTable> = z.output<(typeof RECORD_TABLES)[T]['schema']>;

/** A whole ledger: every record of every table (what the demo makes, an archive holds, an import loads). */
export type LedgerData = { [T in RecordTable]: RecordOf<T>[] };

export * from './field-schemas';
export * from './township/schema';
export * from './roster/deputy';
export * from './meetings/schema';
export * from './activities/schema';
export * from './suggestions/schema';
export * from './livelihood/schema';
export * from './documents/schema';
export * from './settings/schema';
export * from './attachments';
export * from './snapshots';
