// 代表名册导入与打印: bring the roster in from Excel (.xlsx or .csv, from a downloadable template with
// Chinese headers), see each row's problems before anything is written, import every row in one
// transaction with undo; and print the 代表名册 on A4 in 姓氏笔画 order, or download it as .xlsx or
// CSV. The spreadsheet libraries are loaded by dynamic import() only when a sheet is read or
// written, so no other page (and not this one until then) downloads them.
import { useMemo, useState } from 'preact/hooks';
import { formatChineseDate, today } from '../../../domain/dates';
import { toCsvRows } from '../../../domain/utils/csv';
import { parseCsv } from '../../../domain/ledger/roster/csv';
import { ListTable } from '../../kit/ListTable';
import {
  ROSTER_PRINT_HEADERS,
  rosterRows,
  servingOn,
  templateRows,
} from '../../../domain/ledger/roster/print';
import {
  checkRosterSheet,
  rosterDeputies,
  rowProblemsLine,
  type RosterPreview,
  type SheetCell,
} from '../../../domain/ledger/roster/sheet';
import {
  importDeputies,
  readRosterBasics,
  undoDeputyImport,
  type RosterBasics,
  type RosterImport,
} from '../../../storage/queries/roster';
import { useLiveQuery } from '../../kit/use-live-query';
import { siteUrl } from '../../site-url';
import { downloadBytes } from '../archive/download';
import { useReadOnlyReason, writeControl } from '../../kit/use-read-only';
import './roster.css';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const CSV_TYPE = 'text/csv;charset=utf-8';
/** Rows (the first one the header) as CSV, through the project's one CSV writer. */
const csvOf = (rows: readonly string[][]) => toCsvRows(rows[0] ?? [], rows.slice(1));

/** Writes rows as an .xlsx download (write-excel-file, loaded on demand). */
async function downloadXlsx(rows: readonly (readonly string[])[], fileName: string, sheet: string) {
  const { default: writeXlsxFile } = await import('write-excel-file/browser');
  const blob = await writeXlsxFile(
    rows.map((r) => r.map((value) => ({ value, type: String }))),
    { sheet, columns: rows[0]!.map((h) => ({ width: Math.max(8, h.length * 2 + 4) })) },
  ).toBlob();
  downloadBytes(new Uint8Array(await blob.arrayBuffer()), fileName, XLSX_TYPE);
}

/** Reads a chosen file into rows of cells: .xlsx through read-excel-file, .csv as UTF-8 text. */
async function readRows(file: File): Promise<SheetCell[][]> {
  if (/\.csv$/i.test(file.name)) return parseCsv(await file.text());
  const { readSheet } = await import('read-excel-file/browser');
  const rows = await readSheet(file);
  return rows.map((row) => row.map((cell) => (cell === null ? null : (cell as unknown as SheetCell))));
}

/** The 代表名册导入与打印 island. */
export function RosterPage() {
  const { data: basics } = useLiveQuery(() => readRosterBasics(), []);
  if (!basics) return <p class="muted">正在读取台账……</p>;
  if (!basics.townshipName)
    return (
      <p class="notice">
        这台电脑的浏览器里还没有台账。请先在<a href={siteUrl('/ledger/')}>台账首页</a>完成第一次设置。
      </p>
    );
  return (
    <>
      <ImportSection basics={basics} />
      <PrintSection basics={basics} />
    </>
  );
}

/** Template, file, preview, import and undo. */
function ImportSection({ basics }: { basics: RosterBasics }) {
  const [fileName, setFileName] = useState<string>();
  const [preview, setPreview] = useState<RosterPreview>();
  const [message, setMessage] = useState<{ tone: 'ok' | 'error'; text: string }>();
  const [imported, setImported] = useState<RosterImport>();
  const [busy, setBusy] = useState(false);
  const readOnly = useReadOnlyReason();

  const choose = async (file: File | undefined) => {
    if (!file) return;
    setMessage(undefined);
    setPreview(undefined);
    setFileName(file.name);
    if (!/\.(xlsx|csv)$/i.test(file.name)) {
      setMessage({
        tone: 'error',
        text: `无法读取“${file.name}”：请选择 .xlsx 或 .csv 文件（旧版 .xls 请在 Excel 中另存为 .xlsx）。`,
      });
      return;
    }
    try {
      const rows = await readRows(file);
      setPreview(
        checkRosterSheet(rows, {
          stations: basics.stations,
          term: basics.term,
          existing: basics.deputies,
          newId: () => crypto.randomUUID(),
          now: new Date().toISOString(),
        }),
      );
    } catch (error) {
      setMessage({
        tone: 'error',
        text: `无法读取“${file.name}”：文件不是有效的 Excel 表格（${error instanceof Error ? error.message : String(error)}）。`,
      });
    }
  };

  const doImport = async () => {
    if (!preview?.ready) return;
    setBusy(true);
    const result = await importDeputies(rosterDeputies(preview));
    setBusy(false);
    if (result.ok) {
      setImported(result.imported);
      setPreview(undefined);
      setMessage({ tone: 'ok', text: `已导入 ${result.imported.ids.length} 名代表。` });
    } else setMessage({ tone: 'error', text: `没有导入任何代表：${result.message}` });
  };

  const undo = async () => {
    if (!imported) return;
    setBusy(true);
    const result = await undoDeputyImport(imported);
    setBusy(false);
    if (result.ok) {
      setImported(undefined);
      setMessage({ tone: 'ok', text: `已撤销导入，移除了 ${result.removed} 名代表。` });
    } else setMessage({ tone: 'error', text: result.message });
  };

  return (
    <section class="roster-import print-hidden" aria-labelledby="roster-import-title">
      <h2 id="roster-import-title">从 Excel 导入代表</h2>
      <ol class="roster-steps">
        <li>
          下载模板，按列名填写（第一行是列名，第二行是填写说明）：{' '}
          <button
            type="button"
            onClick={() => void downloadXlsx(templateRows(), '代表名册导入模板.xlsx', '代表名册')}
          >
            下载模板（.xlsx）
          </button>{' '}
          <button
            type="button"
            onClick={() => downloadBytes(csvOf(templateRows()), '代表名册导入模板.csv', CSV_TYPE)}
          >
            下载模板（CSV）
          </button>
        </li>
        <li>
          <label>
            选择填好的文件（.xlsx 或 .csv）{' '}
            <input
              type="file"
              accept=".xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              onChange={(e) => {
                void choose(e.currentTarget.files?.[0]);
                e.currentTarget.value = '';
              }}
            />
          </label>
        </li>
        <li>先查看下面的检查结果；全部无误后才能导入，所有代表一次写入，可以撤销。</li>
      </ol>

      {message && (
        <p
          class={`notice ${message.tone === 'error' ? 'notice-error' : 'notice-ok'}`}
          role={message.tone === 'error' ? 'alert' : 'status'}
        >
          {message.text}
          {imported && message.tone === 'ok' && (
            <>
              {' '}
              <button type="button" disabled={busy} {...writeControl(readOnly, () => void undo())}>
                撤销导入
              </button>
            </>
          )}
        </p>
      )}

      {preview && (
        <RosterPreviewView
          preview={preview}
          fileName={fileName}
          busy={busy}
          readOnly={readOnly}
          onImport={() => void doImport()}
        />
      )}
    </section>
  );
}

/** The check of a chosen sheet: its problems, a summary, every row, and the import button. */
function RosterPreviewView({
  preview,
  fileName,
  busy,
  readOnly,
  onImport,
}: {
  preview: RosterPreview;
  fileName: string | undefined;
  busy: boolean;
  readOnly: string | undefined;
  onImport: () => void;
}) {
  const bad = preview.rows.filter((r) => r.problems.length > 0);
  return (
    <div class="roster-preview" aria-labelledby="roster-preview-title">
      <h3 id="roster-preview-title">检查结果：{fileName}</h3>
      {preview.sheetProblems.map((p) => (
        <p key={p} class="notice notice-error" role="alert">
          {p}
        </p>
      ))}
      {preview.rows.length > 0 && (
        <p role="status" class={bad.length > 0 ? 'roster-summary-bad' : 'roster-summary-ok'}>
          共 {preview.rows.length} 行，
          {bad.length > 0
            ? `${bad.length} 行有问题，请在表格中改正后重新选择文件。尚未写入任何数据。`
            : '全部无误，可以导入。'}
        </p>
      )}
      {preview.ignoredHeaders.length > 0 && (
        <p class="muted">以下列不是模板中的列，不会导入：{preview.ignoredHeaders.join('、')}。</p>
      )}
      {bad.length > 0 && (
        <ul class="roster-problems" aria-label="有问题的行">
          {bad.map((r) => (
            <li key={r.line}>{rowProblemsLine(r)}</li>
          ))}
        </ul>
      )}
      {preview.rows.length > 0 && <PreviewTable rows={preview.rows} />}
      <p>
        <button
          type="button"
          class="primary"
          disabled={!preview.ready || busy}
          {...writeControl(readOnly, onImport)}
        >
          {preview.ready ? `导入 ${preview.rows.length} 名代表` : '导入代表（请先改正表格）'}
        </button>
        {readOnly && <span class="muted"> {readOnly}</span>}
      </p>
    </div>
  );
}

/** The rows of a chosen sheet as read, each with its problems or 无误. */
function PreviewTable({ rows }: { rows: RosterPreview['rows'] }) {
  return (
    <ListTable
      labels={['行', '姓名', '性别', '民族', '出生年月', '政治面貌', '检查']}
      actions={false}
      class="roster-preview-table"
      caption="导入预览"
    >
      {rows.map((r) => (
        <tr key={r.line} class={r.problems.length > 0 ? 'row-bad' : undefined}>
          <td>{r.line}</td>
          <th scope="row">{r.cells.name ?? '（无姓名）'}</th>
          <td>{r.cells.gender ?? ''}</td>
          <td>{r.cells.ethnicity ?? ''}</td>
          <td>{r.deputy?.birthMonth ?? r.cells.birthMonth ?? ''}</td>
          <td>{r.cells.politicalStatus ?? ''}</td>
          <td>
            {r.problems.length > 0 ? (
              <span class="check-failed">{r.problems.join('；')}</span>
            ) : (
              <span class="check-ok">无误</span>
            )}
          </td>
        </tr>
      ))}
    </ListTable>
  );
}

/** The printable 代表名册, with its .xlsx and CSV downloads. */
function PrintSection({ basics }: { basics: RosterBasics }) {
  const [date, setDate] = useState(() => today());
  const [everyone, setEveryone] = useState(false);
  const listed = everyone ? basics.deputies : servingOn(basics.deputies, date);
  const rows = useMemo(() => rosterRows(listed), [listed]);
  const title = `${basics.townshipName}人民代表大会代表名册`;
  const subtitle = `（按姓氏笔画排序${everyone ? '，含已离任代表' : `，${formatChineseDate(date)}在任`}，共 ${rows.length} 名）`;
  const table = [[...ROSTER_PRINT_HEADERS], ...rows];
  // Everyone listed on a date is 在任: the 状态 column only prints when former deputies are included.
  const shown = (i: number) => everyone || ROSTER_PRINT_HEADERS[i] !== '状态';
  const wrapAt = ROSTER_PRINT_HEADERS.indexOf('工作单位及职务');
  const fileStem = `${basics.townshipName}代表名册_${date}`;
  return (
    <section class="roster-print" aria-labelledby="roster-print-title">
      <h2 id="roster-print-title" class="print-hidden">
        代表名册（打印与下载）
      </h2>
      <div class="roster-controls print-hidden">
        <label>
          名册日期
          <input
            type="date"
            value={date}
            onChange={(e) => e.currentTarget.value && setDate(e.currentTarget.value)}
          />
        </label>
        <label class="roster-everyone">
          <input type="checkbox" checked={everyone} onChange={(e) => setEveryone(e.currentTarget.checked)} />
          包括已离任的代表
        </label>
        <button type="button" class="primary" onClick={() => window.print()}>
          打印代表名册
        </button>
        <button type="button" onClick={() => void downloadXlsx(table, `${fileStem}.xlsx`, '代表名册')}>
          下载 .xlsx
        </button>
        <button type="button" onClick={() => downloadBytes(csvOf(table), `${fileStem}.csv`, CSV_TYPE)}>
          下载 CSV
        </button>
      </div>
      <article class="roster-doc" aria-label={title}>
        <h3 class="roster-title">{title}</h3>
        <p class="roster-subtitle">{subtitle}</p>
        {rows.length === 0 ? (
          <p class="muted">名册中没有符合条件的代表。</p>
        ) : (
          <table class="roster-table">
            <thead>
              <tr>
                {ROSTER_PRINT_HEADERS.filter((_, i) => shown(i)).map((h) => (
                  <th key={h} scope="col">
                    {h}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r[0]}>
                  {r.map((cell, i) =>
                    !shown(i) ? null : i === 1 ? (
                      <th key={i} scope="row">
                        {cell}
                      </th>
                    ) : (
                      <td
                        key={i}
                        class={i === wrapAt ? 'roster-wrap' : undefined}
                        data-label={ROSTER_PRINT_HEADERS[i]}
                      >
                        {cell}
                      </td>
                    ),
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </article>
    </section>
  );
}
