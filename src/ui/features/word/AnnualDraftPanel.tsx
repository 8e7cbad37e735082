// The ledger home's 「主席团工作报告（草稿）」 panel: choose a year and download the draft drafted
// from this browser's records (细则第五条第（二）项: the report heard at the year's first session).
import { useState } from 'preact/hooks';
import { today } from '../../../domain/dates';
import { WordButton } from './WordButton';

/** A year picker and the download of that year's draft report. */
export function AnnualDraftPanel() {
  const [year, setYear] = useState(() => Number(today().slice(0, 4)) - 1);
  const valid = Number.isInteger(year) && year >= 2000 && year <= 2100;
  return (
    <section class="annual-draft record-page" aria-labelledby="annual-draft-title">
      <h2 id="annual-draft-title">主席团年度工作报告（草稿）</h2>
      <p class="muted">
        按所选年度的台账记录起草主席团工作报告（供次年第一次人民代表大会会议，细则第五条第（二）项），文中数字均附数据来源；生成后在
        Word 或 WPS 中补充修改。
      </p>
      <p>
        <label>
          年度：
          <input
            type="number"
            min={2000}
            max={2100}
            value={year}
            style="width: 6em"
            onInput={(e) => setYear(Number(e.currentTarget.value))}
          />
        </label>{' '}
        <WordButton
          label="下载报告草稿（Word）"
          disabled={!valid}
          run={(word) => word.downloadAnnualDraftDocx(year, today())}
        />
      </p>
      {!valid && <p class="notice notice-error">请输入 2000 至 2100 之间的年份。</p>}
    </section>
  );
}
