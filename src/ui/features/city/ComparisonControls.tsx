// The controls of the city's comparison: the year, the as-of date and the CSV export; and the
// settings profile every township is scored under, with the own-settings scores on request.
import { catalogue } from '../../../domain/catalogue';
import { defaultProfile, type SettingsProfile } from '../../../domain/compliance/profile';

/** 考评年度, 截至日期 and 导出对比表（CSV）. */
export function PeriodControls({
  years,
  year,
  asOf,
  onYear,
  onAsOf,
  onExport,
}: {
  years: readonly number[];
  year: number | undefined;
  asOf: string;
  onYear: (year: number) => void;
  onAsOf: (asOf: string) => void;
  onExport: () => void;
}) {
  return (
    <div class="city-controls">
      <label>
        考评年度
        <select value={year} onChange={(e) => onYear(Number(e.currentTarget.value))}>
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
          onChange={(e) => e.currentTarget.value && onAsOf(e.currentTarget.value)}
        />
      </label>
      <button type="button" onClick={onExport}>
        导出对比表（CSV）
      </button>
    </div>
  );
}

/** 考评设置: the profile's name, loading the city's own (JSON) or going back to the defaults. */
export function ProfileSettings({
  profile,
  error,
  showOwn,
  onLoad,
  onReset,
  onShowOwn,
}: {
  profile: SettingsProfile;
  error: string | undefined;
  showOwn: boolean;
  onLoad: (file: File | undefined) => void;
  onReset: () => void;
  onShowOwn: (show: boolean) => void;
}) {
  return (
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
              onLoad(e.currentTarget.files?.[0]);
              e.currentTarget.value = '';
            }}
          />
        </label>
        {profile.name !== defaultProfile(catalogue).name && (
          <button type="button" onClick={onReset}>
            恢复义务清单默认设置
          </button>
        )}
        <label class="city-own-toggle">
          <input type="checkbox" checked={showOwn} onChange={(e) => onShowOwn(e.currentTarget.checked)} />
          同时显示各乡镇按自身设置的总分
        </label>
      </div>
      {error && (
        <p class="notice notice-error" role="alert">
          {error}
        </p>
      )}
    </fieldset>
  );
}
