// 市人大汇总: the city's staff open several township archives in this browser, each verified here,
// and compare the townships duty by duty. Read-only and in memory: nothing is written to this
// browser's ledger, and closing the page forgets the archives.
import { useMemo, useState } from 'preact/hooks';
import { readArchive, type ReadArchive } from '../../../domain/archive';
import { catalogue } from '../../../domain/catalogue';
import { evaluationContext, yearsWithRecords } from '../../../domain/compliance';
import type { Badge } from '../../../domain/compliance/dashboard';
import {
  defaultProfile,
  parseSettingsProfile,
  type SettingsProfile,
} from '../../../domain/compliance/profile';
import { today } from '../../../domain/dates';
import { ArchiveFilePicker } from '../archive/ArchiveFilePicker';
import {
  compareTownships,
  comparisonCsv,
  type ComparedArchive,
  type Comparison,
} from '../../../domain/archive/compare';
import { downloadBytes } from '../archive/download';
import { countsLine, formatDate } from '../archive/labels';
import { Progress } from '../archive/Progress';
import '../archive/archive.css';
// The status badges' look is the 考评 dashboard's own, so a status reads the same on both pages.
import '../compliance/compliance.css';
import './city-profile.css';

/** One archive chosen on the page, as it is being read or once read. */
type Entry =
  | { key: string; fileName: string; step: 'reading'; fraction: number }
  | { key: string; fileName: string; step: 'ok'; archive: ReadArchive }
  | { key: string; fileName: string; step: 'failed'; message: string };

let nextKey = 0;

/** The column heading of an archive: its township, with the date when a township appears twice. */
function columnName(
  entry: Extract<Entry, { step: 'ok' }>,
  all: readonly Extract<Entry, { step: 'ok' }>[],
): string {
  const { info } = entry.archive;
  const twice = all.filter((e) => e.archive.info.townshipName === info.townshipName).length > 1;
  return `${info.townshipName}${info.isDemo ? '（示例）' : ''}${twice ? `（${info.baggingDate}）` : ''}`;
}

/** The 市人大汇总 island. */
export function CityPage() {
  const [entries, setEntries] = useState<Entry[]>([]);
  const [year, setYear] = useState<number>();
  const [asOf, setAsOf] = useState<string>(() => today());
  // One settings profile for every township: the catalogue's defaults unless the city loads its own.
  const [profile, setProfile] = useState<SettingsProfile>(() => defaultProfile(catalogue));
  const [profileError, setProfileError] = useState<string>();
  const [showOwn, setShowOwn] = useState(false);

  const loadProfile = async (file: File | undefined) => {
    if (!file) return;
    const read = parseSettingsProfile(await file.text(), file.name, catalogue);
    if (read.ok) {
      setProfile(read.profile);
      setProfileError(undefined);
    } else setProfileError(read.message);
  };

  const update = (key: string, next: Entry) =>
    setEntries((all) => all.map((e) => (e.key === key ? next : e)));

  const add = async (files: File[]) => {
    const added = files.map((file): Entry & { file: File } => ({
      key: `a${nextKey++}`,
      fileName: file.name,
      step: 'reading',
      fraction: 0,
      file,
    }));
    setEntries((all) => [...all, ...added.map(({ file: _file, ...entry }) => entry)]);
    // One at a time: archives can be large, and two cores are shared with the rest of the office.
    for (const { file, key, fileName } of added) {
      try {
        const result = await readArchive(await file.arrayBuffer(), {
          onProgress: (fraction) => update(key, { key, fileName, step: 'reading', fraction }),
        });
        update(
          key,
          result.ok
            ? { key, fileName, step: 'ok', archive: result.archive }
            : { key, fileName, step: 'failed', message: result.message },
        );
      } catch (error) {
        update(key, {
          key,
          fileName,
          step: 'failed',
          message: `无法读取这个文件（${error instanceof Error ? error.message : String(error)}）。`,
        });
      }
    }
  };

  const verified = entries.filter((e): e is Extract<Entry, { step: 'ok' }> => e.step === 'ok');
  const years = useMemo(() => {
    const found = new Set<number>();
    for (const e of verified) {
      const ctx = evaluationContext(e.archive.data, e.archive.settings, catalogue, asOf);
      for (const y of yearsWithRecords(ctx)) found.add(y);
    }
    return [...found].sort((a, b) => a - b);
  }, [verified.map((e) => e.key).join(), asOf]);
  // By default the last closed year: the city compares annual results once a year is over.
  const lastClosed = years.filter((y) => y < Number(asOf.slice(0, 4))).at(-1);
  const chosenYear = year !== undefined && years.includes(year) ? year : (lastClosed ?? years.at(-1));

  const comparison = useMemo((): Comparison | undefined => {
    if (verified.length === 0 || chosenYear === undefined) return undefined;
    const archives: ComparedArchive[] = verified.map((e) => ({
      key: e.key,
      townshipName: columnName(e, verified),
      data: e.archive.data,
      settings: e.archive.settings,
    }));
    return compareTownships(archives, catalogue, { kind: 'year', year: chosenYear }, asOf, profile);
  }, [verified.map((e) => e.key).join(), chosenYear, asOf, profile]);

  const exportCsv = () => {
    if (!comparison || chosenYear === undefined) return;
    downloadBytes(
      comparisonCsv(comparison),
      `乡镇人大履职对比_${chosenYear}年_截至${asOf}.csv`,
      'text/csv;charset=utf-8',
    );
  };

  return (
    <div class="city-page">
      <p>
        选择各乡镇报送的归档文件（可以一次选多个）。每个文件都在这台电脑的浏览器里逐项校验；校验通过的归档按同一套义务清单考评并列表对比。
        <strong>这些归档只在本页面内存中打开，不会写入这台电脑的台账</strong>，关闭页面即清除。
      </p>
      <ArchiveFilePicker id="city-files" label="选择乡镇归档文件（.zip，可多选）" multiple onFiles={add} />

      {entries.length > 0 && (
        <section aria-labelledby="city-archives-title">
          <h2 id="city-archives-title">已打开的归档</h2>
          <div class="city-table-wrap" tabIndex={0} role="group" aria-label="已打开的归档列表">
            <table class="record-table city-archives">
              <thead>
                <tr>
                  <th scope="col">文件</th>
                  <th scope="col">乡镇</th>
                  <th scope="col">归档日期</th>
                  <th scope="col">记录</th>
                  <th scope="col">校验</th>
                  <th scope="col">
                    <span class="sr-only">操作</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {entries.map((e) => (
                  <tr key={e.key}>
                    <td>{e.fileName}</td>
                    <td>
                      {e.step === 'ok' ? e.archive.info.townshipName : '—'}
                      {e.step === 'ok' && e.archive.info.isDemo && <span class="badge">示例数据</span>}
                    </td>
                    <td class="nowrap">{e.step === 'ok' ? formatDate(e.archive.info.baggingDate) : '—'}</td>
                    <td class="city-counts">{e.step === 'ok' ? countsLine(e.archive.info.counts) : '—'}</td>
                    <td class="city-check">
                      {e.step === 'reading' && <Progress label="正在校验" fraction={e.fraction} />}
                      {e.step === 'ok' && <span class="check-ok">校验通过</span>}
                      {e.step === 'failed' && (
                        <>
                          <span class="check-failed">校验失败</span>：{e.message}
                        </>
                      )}
                    </td>
                    <td class="nowrap">
                      <button
                        type="button"
                        disabled={e.step === 'reading'}
                        aria-label={`移除 ${e.fileName}`}
                        onClick={() => setEntries((all) => all.filter((x) => x.key !== e.key))}
                      >
                        移除
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      )}

      {comparison && (
        <section aria-labelledby="city-compare-title">
          <h2 id="city-compare-title">履职对比</h2>
          <div class="city-controls">
            <label>
              考评年度
              <select value={chosenYear} onChange={(e) => setYear(Number(e.currentTarget.value))}>
                {years.map((y) => (
                  <option key={y} value={y}>
                    {y}年
                  </option>
                ))}
              </select>
            </label>
            <label>
              截至日期
              <input
                type="date"
                value={asOf}
                onChange={(e) => e.currentTarget.value && setAsOf(e.currentTarget.value)}
              />
            </label>
            <button type="button" onClick={exportCsv}>
              导出对比表（CSV）
            </button>
          </div>
          <fieldset class="city-profile">
            <legend>考评设置</legend>
            <p>
              各乡镇统一按 <strong data-testid="city-profile-name">{profile.name}</strong>{' '}
              考评，乡镇自己放宽或收紧的设置不影响排名；自身设置与之不同的乡镇在表中标出。
            </p>
            <div class="city-controls">
              <label>
                载入市人大自定的设置（JSON）
                <input
                  type="file"
                  accept=".json,application/json"
                  onChange={(e) => {
                    void loadProfile(e.currentTarget.files?.[0]);
                    e.currentTarget.value = '';
                  }}
                />
              </label>
              {profile.name !== defaultProfile(catalogue).name && (
                <button
                  type="button"
                  onClick={() => {
                    setProfile(defaultProfile(catalogue));
                    setProfileError(undefined);
                  }}
                >
                  恢复义务清单默认设置
                </button>
              )}
              <label class="city-own-toggle">
                <input
                  type="checkbox"
                  checked={showOwn}
                  onChange={(e) => setShowOwn(e.currentTarget.checked)}
                />
                同时显示各乡镇按自身设置的总分
              </label>
            </div>
            {profileError && (
              <p class="notice notice-error" role="alert">
                {profileError}
              </p>
            )}
          </fieldset>
          <p class="field-hint">
            得分为计分义务的加权达标率（满分100分）；待完成、数据不足和不适用的义务不计分，括号里是计分义务占适用义务的项数。考评期间未结束或计分义务不足八成时得分为“暂定”，不足一半或没有台账记录计入时“暂不计分”，括号中的试算分数仅供参考（本工具的做法，细则未规定计分方法）。截至日期之后到期的义务显示为“待完成”。
          </p>
          <ComparisonTable comparison={comparison} showOwn={showOwn} />
        </section>
      )}
    </div>
  );
}

/** A status badge as the 考评 dashboard draws it: colour, text, and an icon whose shape differs. */
function StatusBadge({ badge }: { badge: Badge }) {
  return (
    <span class={`status-badge status-${badge.tone}`}>
      <span class="status-icon" aria-hidden="true">
        {badge.icon}
      </span>
      {badge.text}
    </span>
  );
}

/** The comparison: townships as columns, the scores and then every duty as rows. */
function ComparisonTable({ comparison, showOwn }: { comparison: Comparison; showOwn: boolean }) {
  const errors = comparison.columns.filter((c) => c.error);
  const rows = comparison.rows.filter((r) => showOwn || r.kind !== 'ownOverall');
  return (
    <>
      {errors.map((c) => (
        <p key={c.key} class="notice notice-error" role="alert">
          {c.townshipName}：{c.error}
        </p>
      ))}
      <div class="city-table-wrap" tabIndex={0} role="group" aria-label="履职对比表">
        <table class="record-table city-table">
          <caption class="sr-only">
            各乡镇{comparison.selection.kind === 'year' ? `${comparison.selection.year}年` : ''}履职对比，截至
            {comparison.asOf}，按{comparison.profile.name}
          </caption>
          <thead>
            <tr>
              <th scope="col">义务</th>
              {comparison.columns.map((c) => (
                <th key={c.key} scope="col">
                  {c.townshipName}
                  {c.differences && c.differences.length > 0 && (
                    <span
                      class="badge city-settings-differ"
                      title={`自身设置有 ${c.differences.length} 项与所选考评设置不同`}
                    >
                      设置不同
                    </span>
                  )}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.key} class={`row-${row.kind}`}>
                <th scope="row">{row.label}</th>
                {row.cells.map((cell, i) => (
                  <td key={comparison.columns[i]!.key}>
                    {cell.badge ? <StatusBadge badge={cell.badge} /> : cell.text}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
