// Reader stage 5: the records parsed by their schemas (ids unique per table), checked against
// bag-info.txt (township, demo flag, counts) and for references; the settings and the catalogue
// version.
import {
  ACTIVITY_KINDS,
  RECORD_TABLES,
  SettingsSchema,
  type LedgerData,
  type RecordTable,
  type Settings,
  RECORD_TABLE_NAMES,
} from '../ledger';
import { catalogue as appCatalogue } from '../catalogue';
import { parseSettingValue } from '../ledger/settings/form';
import type { Pace } from '../utils/pace';
import { BAG_INFO, type ArchiveFailure } from './format';
import { archiveIssueMessage, archiveIssues, shownValue } from './messages';
import { fail } from './read-failure';
import { findMissingReferencePaced } from './references';
import type { ArchivePayload, RecordSink } from './upgrade';

const TABLES = RECORD_TABLE_NAMES;

/**
 * What is wrong with the settings by the settings form's own rules (ranges, choices, month-days),
 * if anything: every value of a setting the catalogue knows must read as the form would store it.
 */
export function settingsProblem(settings: Settings): string | undefined {
  for (const [key, value] of Object.entries(settings.values)) {
    const setting = appCatalogue.settings.find((s) => s.key === key);
    if (!setting) continue;
    const parsed = parseSettingValue(setting, String(value));
    if (!parsed.ok) return `“${setting.label}”的值（${shownValue(value)}）不正确：${parsed.message}`;
    if (parsed.value !== value)
      return `“${setting.label}”的值（${shownValue(value)}）应写作 ${JSON.stringify(parsed.value)}`;
  }
  return undefined;
}

/** The Chinese name of a record kind (activities' kinds), else the kind itself. */
function kindLabel(kind: string): string {
  return (ACTIVITY_KINDS as Record<string, string>)[kind] ?? kind;
}

/** How a row's id is shown in a message: an id of any JSON type is only shown, never converted. */
function shownId(row: unknown): string {
  if (typeof row !== 'object' || row === null || Array.isArray(row) || !('id' in row)) return '';
  const id = (row as { id: unknown }).id;
  // `{"toString": 1}` must not throw.
  return typeof id === 'string' ? `编号 ${shownValue(id)}` : `编号不是文本，而是${shownValue(id)}`;
}

/**
 * Checks the record files' rows as the payload reader hands them over (a slice at a time): each
 * row parsed by its table's schema, ids unique per table; the raw rows are dropped as checked, so
 * a table is never held both raw and parsed. The first problem is kept, and checking stops there
 * (the reader still parses the remaining files, whose JSON problems are reported first).
 * `trusted`: the rows are kept as parsed from JSON, unchecked — only for the export's read-back,
 * which compares every record exactly with the validated ledger it was written from.
 */
export class RecordChecker implements RecordSink {
  readonly #data = {} as Record<RecordTable, unknown[]>;
  readonly #ids = new Map<string, Map<string, number>>();
  #failure: ArchiveFailure | undefined;

  readonly #pace: Pace;
  readonly #contents: Map<string, Uint8Array>;
  readonly #trusted: boolean;

  constructor(pace: Pace, contents: Map<string, Uint8Array>, trusted = false) {
    this.#pace = pace;
    this.#contents = contents;
    this.#trusted = trusted;
  }

  /** Whether rows of `table` were received. */
  has(table: RecordTable): boolean {
    return table in this.#data;
  }

  /** Checks rows of a table from row `start` on. */
  async slice(table: string, rows: unknown[], start: number): Promise<void> {
    if (this.#failure || !(table in RECORD_TABLES)) return;
    const name = table as RecordTable;
    const parsed = (this.#data[name] ??= []);
    if (this.#trusted) {
      for (const row of rows) parsed.push(row);
      return;
    }
    const { label, schema } = RECORD_TABLES[name];
    let ids = this.#ids.get(table);
    if (!ids) this.#ids.set(table, (ids = new Map()));
    for (const [offset, row] of rows.entries()) {
      const index = start + offset;
      if (index % 256 === 0) await this.#pace();
      const result = schema.safeParse(row, { error: archiveIssueMessage });
      if (!result.success) {
        const id = shownId(row);
        this.#failure = fail(
          'invalid-record',
          `${label}第 ${index + 1} 条记录${id ? `（${id}）` : ''}不符合格式：${archiveIssues(result.error)}。`,
        );
        return;
      }
      const first = ids.get(result.data.id);
      if (first !== undefined) {
        this.#failure = fail(
          'duplicate-id',
          `${label}第 ${index + 1} 条记录与第 ${first + 1} 条编号重复（${result.data.id}）。`,
        );
        return;
      }
      ids.set(result.data.id, index);
      parsed.push(result.data);
    }
  }

  /** Checks a table's whole value (a list of rows), replacing whatever slices came before. */
  async whole(table: string, value: unknown): Promise<void> {
    if (this.#failure || !(table in RECORD_TABLES)) return;
    const name = table as RecordTable;
    this.#data[name] = [];
    this.#ids.delete(table);
    if (!Array.isArray(value))
      this.#failure = fail(
        'bad-format',
        `数据文件中“${RECORD_TABLES[name].label}”（${table}）不是记录列表。`,
      );
    else await this.slice(table, value, 0);
  }

  /** The file's bytes are dropped from the inflated contents. */
  fileRead(path: string): void {
    this.#contents.delete(path);
  }

  /** The checked tables, or the first problem. */
  result(): LedgerData | ArchiveFailure {
    return this.#failure ?? (this.#data as LedgerData);
  }
}

/** Every table's rows checked (those not handed over by the payload reader from the payload). */
async function parseTables(
  payload: ArchivePayload,
  checker: RecordChecker,
): Promise<LedgerData | ArchiveFailure> {
  for (const table of TABLES) {
    if (!checker.has(table)) await checker.whole(table, payload.records[table]);
    // The raw rows are not needed once parsed (a 100,000-record table is held once, not twice).
    payload.records[table] = undefined;
  }
  return checker.result();
}

/** Why the records disagree with bag-info.txt (one township, its id and name, demo flag, counts). */
function bagMismatch(
  ledger: LedgerData,
  bagInfo: ReadonlyMap<string, string>,
  version: number,
): ArchiveFailure | undefined {
  if (ledger.township.length > 1)
    return fail('invalid-record', '归档中有多条乡镇记录，一个台账只能属于一个乡镇。');
  const township = ledger.township[0];
  for (const [label, value] of [
    [BAG_INFO.townshipId, township?.townshipId],
    [BAG_INFO.townshipName, township?.name],
  ] as const) {
    const declared = bagInfo.get(label);
    // Format 0 wrote only Township-Id; from format 1 on both are required.
    if ((version > 0 || declared !== undefined) && (declared ?? '') !== (value ?? ''))
      return fail(
        'bad-format',
        `bag-info.txt 中的 ${label}（${declared ?? '缺失'}）与数据中的乡镇记录（${value ?? '无'}）不一致。`,
      );
  }
  const demo = bagInfo.get(BAG_INFO.demo);
  if (demo !== undefined && (demo === 'yes') !== (township?.isDemo ?? false))
    return fail('bad-format', 'bag-info.txt 中的 Demo-Data 与数据中的乡镇记录（是否示例数据）不一致。');
  for (const table of TABLES) {
    const declared = bagInfo.get(`${BAG_INFO.countPrefix}${table}`);
    if (version > 0 && declared !== String(ledger[table].length))
      return fail(
        'bad-format',
        `bag-info.txt 中“${RECORD_TABLES[table].label}”的记录数（${declared ?? '缺失'}）与数据文件（${ledger[table].length}）不一致。`,
      );
  }
  return undefined;
}

/** A reference to a record that is not in the archive (or of the wrong kind), as a refusal. */
async function referenceProblem(ledger: LedgerData, pace: Pace): Promise<ArchiveFailure | undefined> {
  const missing = await findMissingReferencePaced(ledger, pace);
  if (!missing) return undefined;
  const record = RECORD_TABLES[missing.table].label;
  const target = RECORD_TABLES[missing.target].label;
  return fail(
    'missing-reference',
    missing.wrongKind !== undefined
      ? `${record}（编号 ${missing.id}）的 ${missing.field} 指向的${target}（编号 ${missing.missingId}）是“${kindLabel(missing.wrongKind)}”，而这里只能指向“${(missing.kinds ?? []).map(kindLabel).join('”或“')}”。`
      : `${record}（编号 ${missing.id}）的 ${missing.field} 指向的${target}（编号 ${missing.missingId}）不在归档中。`,
  );
}

/** The settings of the payload, checked by their schema and the settings form's rules. */
function readSettings(value: unknown): { ok: true; settings: Settings | undefined } | ArchiveFailure {
  if (value === null || value === undefined) return { ok: true, settings: undefined };
  const result = SettingsSchema.safeParse(value, { error: archiveIssueMessage });
  if (!result.success)
    return fail('invalid-record', `设置（data/settings.json）不符合格式：${archiveIssues(result.error)}。`);
  const problem = settingsProblem(result.data);
  if (problem) return fail('invalid-record', `设置（data/settings.json）中${problem}。`);
  return { ok: true, settings: result.data };
}

/** The records, settings and catalogue version, checked. */
export interface CheckedRecords {
  ok: true;
  ledger: LedgerData;
  settings: Settings | undefined;
  catalogueVersion: string | undefined;
}

/**
 * Stage 5: checks the records (their rows through `checker`, which the payload reader may have
 * fed already), the settings, the catalogue version and the change log.
 */
export async function checkRecords(
  payload: ArchivePayload,
  bagInfo: ReadonlyMap<string, string>,
  version: number,
  pace: Pace,
  checker: RecordChecker,
  trusted = false,
): Promise<CheckedRecords | ArchiveFailure> {
  const ledger = await parseTables(payload, checker);
  if ('ok' in ledger) return ledger;
  // Trusted rows (the export's read-back) are compared exactly with the ledger instead.
  const mismatch =
    bagMismatch(ledger, bagInfo, version) ?? (trusted ? undefined : await referenceProblem(ledger, pace));
  if (mismatch) return mismatch;
  const settings = readSettings(payload.settings);
  if (!settings.ok) return settings;
  // Only a string is a version: `{"version": {"toString": 1}}` must be refused, not converted.
  const declaredVersion =
    typeof payload.catalogue === 'object' && payload.catalogue && 'version' in payload.catalogue
      ? (payload.catalogue as { version: unknown }).version
      : undefined;
  const catalogueVersion = typeof declaredVersion === 'string' ? declaredVersion : undefined;
  if (version > 0 && catalogueVersion !== bagInfo.get(BAG_INFO.catalogueVersion))
    return fail(
      'bad-format',
      '归档中的履职事项目录（data/catalogue.json）与 bag-info.txt 记载的版本不一致。',
    );
  if (!Array.isArray(payload.changeLog))
    return fail('bad-format', '修改记录（data/changelog.json）不是列表。');
  return { ok: true, ledger, settings: settings.settings, catalogueVersion };
}
