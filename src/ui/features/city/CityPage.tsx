// 市人大汇总: the city's staff open several township archives in this browser, each verified here,
// and compare the townships duty by duty. Read-only and in memory: nothing is written to this
// browser's ledger, and closing the page forgets the archives.
import { useMemo, useState } from 'preact/hooks';
import { readArchive } from '../../../domain/archive';
import { catalogue } from '../../../domain/catalogue';
import { evaluationContext, yearsWithRecords } from '../../../domain/compliance';
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
import { PeriodControls, ProfileSettings } from './ComparisonControls';
import { ComparisonTable } from './ComparisonTable';
import { OpenedArchives, type Entry } from './OpenedArchives';
import '../archive/archive.css';
// The status badges' look is the 考评 dashboard's own, so a status reads the same on both pages.
import '../compliance/compliance.css';
import './city-profile.css';

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

/** The archives opened on the page: adding files reads and verifies them one at a time. */
function useOpenedArchives() {
  const [entries, setEntries] = useState<Entry[]>([]);
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

  const remove = (key: string) => setEntries((all) => all.filter((x) => x.key !== key));
  return { entries, add, remove };
}

/** The 市人大汇总 island. */
export function CityPage() {
  const { entries, add, remove } = useOpenedArchives();
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

      {entries.length > 0 && <OpenedArchives entries={entries} onRemove={remove} />}

      {comparison && (
        <section aria-labelledby="city-compare-title">
          <h2 id="city-compare-title">履职对比</h2>
          <PeriodControls
            years={years}
            year={chosenYear}
            asOf={asOf}
            onYear={setYear}
            onAsOf={setAsOf}
            onExport={exportCsv}
          />
          <ProfileSettings
            profile={profile}
            error={profileError}
            showOwn={showOwn}
            onLoad={(file) => void loadProfile(file)}
            onReset={() => {
              setProfile(defaultProfile(catalogue));
              setProfileError(undefined);
            }}
            onShowOwn={setShowOwn}
          />
          <p class="field-hint">
            得分为计分义务的加权达标率（满分100分）；待完成、数据不足和不适用的义务不计分，括号里是计分义务占适用义务的项数。考评期间未结束或计分义务不足八成时得分为“暂定”，不足一半或没有台账记录计入时“暂不计分”，括号中的试算分数仅供参考（本工具的做法，细则未规定计分方法）。截至日期之后到期的义务显示为“待完成”。
          </p>
          <ComparisonTable comparison={comparison} showOwn={showOwn} />
        </section>
      )}
    </div>
  );
}
