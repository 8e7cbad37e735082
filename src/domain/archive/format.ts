// The archive format: its version, the limits a reader enforces, the failures it reports, and the
// shape of an archive once read. Pure: the writer and reader (write.ts, read.ts) use JSZip.
import type { IsoDate } from '../dates';
import type { LedgerData, Settings } from '../ledger';

/** Version of the archive layout; bump it and add an upgrade step (upgrade.ts) when the layout changes. */
export const ARCHIVE_FORMAT_VERSION = 2;

/** What a reader accepts at most, so that a hostile ZIP cannot exhaust memory. */
export interface ArchiveLimits {
  maxEntries: number;
  maxEntryBytes: number;
  maxTotalBytes: number;
  maxCompressionRatio: number;
  /**
   * The whole archive's declared uncompressed size over its size on disk: many small entries each
   * under the per-entry floor still add up to a bomb.
   */
  maxArchiveRatio: number;
}

/** Limits for real township archives: generous for ten years of scans, tight for a zip bomb. */
export const DEFAULT_LIMITS: ArchiveLimits = {
  maxEntries: 20_000,
  // The largest entry is a big table's JSON (100,000 activities ≈ 60 MB); attachments are ≤ 20 MB.
  maxEntryBytes: 256 * 1024 * 1024,
  maxTotalBytes: 2 * 1024 * 1024 * 1024,
  maxCompressionRatio: 200,
  // A real archive (JSON, CSV, scans) inflates 3-12×; 50× leaves room for text-only ledgers.
  maxArchiveRatio: 50,
};

/** Archives declaring less than this in total are not judged by their whole-archive ratio. */
export const ARCHIVE_RATIO_FLOOR_BYTES = 32 * 1024 * 1024;

/** Every reason an archive is refused; the UI may switch over it exhaustively. */
export type ArchiveFailureReason =
  | 'not-zip'
  | 'truncated'
  | 'too-large'
  | 'zip-bomb'
  | 'too-many-entries'
  | 'bad-path'
  /** An entry is a symbolic link (Unix mode in the external attributes). */
  | 'symlink'
  /** An entry is encrypted (password-protected). */
  | 'encrypted'
  /** An entry uses a compression method other than stored (0) or deflate (8). */
  | 'unsupported-method'
  | 'duplicate-entry'
  | 'missing-file'
  | 'manifest'
  | 'checksum'
  | 'invalid-record'
  | 'duplicate-id'
  | 'missing-reference'
  /** README.txt, index.html or a CSV copy differs from what the records give (regenerated and compared). */
  | 'copy-mismatch'
  | 'newer-format'
  | 'bad-format'
  /** The user cancelled the reading or the import (not a fault of the archive). */
  | 'cancelled';

/** Why an archive was refused: nothing was read into the ledger. */
export interface ArchiveFailure {
  ok: false;
  reason: ArchiveFailureReason;
  /** Chinese, names the file or record. */
  message: string;
  detail?: string;
}

/** What bag-info.txt says about the archive. */
export interface ArchiveInfo {
  townshipId: string;
  townshipName: string;
  baggingDate: string;
  appVersion: string;
  formatVersion: number;
  catalogueVersion: string;
  counts: Record<string, number>;
  payloadOxum: string;
  isDemo: boolean;
}

/** An archive read and verified: its records, settings and attachment bytes. */
export interface ReadArchive {
  info: ArchiveInfo;
  data: LedgerData;
  settings: Settings | undefined;
  /** Attachment bytes by attachment id. */
  blobs: Map<string, Blob>;
  /** The change log entries the archive holds (data/changelog.json), oldest first. */
  changeLog?: readonly unknown[];
  /** The format version the archive was written in, when it was upgraded on reading. */
  upgradedFrom?: number;
}

/** The download's file name: township and date, e.g. `示例镇人大台账_2026-11-28.zip`. */
export function archiveFileName(townshipName: string, date: IsoDate): string {
  const safe = townshipName.replace(/[\\/:*?"<>|\s]/g, '') || '乡镇';
  return `${safe}人大台账_${date}.zip`;
}

/** The tag files of the bag (outside `data/`), by role. */
export const TAG_FILES = {
  bagit: 'bagit.txt',
  bagInfo: 'bag-info.txt',
  manifest: 'manifest-sha256.txt',
  tagManifest: 'tagmanifest-sha256.txt',
  readme: 'README.txt',
  index: 'index.html',
} as const;

/** The payload files that are not per table. */
export const PAYLOAD_FILES = {
  settings: 'data/settings.json',
  catalogue: 'data/catalogue.json',
  changelog: 'data/changelog.json',
} as const;

/** The JSON file of a table's records (format 1). */
export const recordsPath = (table: string): string => `data/records/${table}.json`;
/** The CSV copy of a table (for Excel). */
export const csvPath = (table: string): string => `data/csv/${table}.csv`;

const EXTENSIONS: Record<string, string> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/webp': 'webp',
  'application/pdf': 'pdf',
};

/** An attachment's file: named by the SHA-256 of its bytes, with an extension so it opens on a double click. */
export const attachmentPath = (sha256: string, mediaType: string): string =>
  `data/attachments/${sha256}.${EXTENSIONS[mediaType] ?? 'bin'}`;

/** The folder the archive unpacks to (ASCII only): `shili-ledger-2026-11-28`. */
export function baseDirName(townshipId: string, date: IsoDate): string {
  return `${/^[a-z]+$/.test(townshipId) ? townshipId : 'township'}-ledger-${date}`;
}

/** bag-info.txt field names of this format (RFC 8493 reserved ones and ours). */
export const BAG_INFO = {
  sourceOrganization: 'Source-Organization',
  externalDescription: 'External-Description',
  baggingDate: 'Bagging-Date',
  payloadOxum: 'Payload-Oxum',
  softwareAgent: 'Bag-Software-Agent',
  townshipId: 'Township-Id',
  townshipName: 'Township-Name',
  demo: 'Demo-Data',
  appVersion: 'App-Version',
  formatVersion: 'Ledger-Format-Version',
  catalogueVersion: 'Catalogue-Version',
  createdAt: 'Created-At',
  countPrefix: 'Record-Count-',
} as const;
