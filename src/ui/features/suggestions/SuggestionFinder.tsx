// 查找建议: full-text search over what suggestions say, with filters by step and 已超期, above the
// register. The table is read once through its index and filtered in memory (find.ts); each match
// shows its history of steps and links to the record in the list below (`?record=<id>`).
import { useMemo, useState } from 'preact/hooks';
import { RECORD_PARAM } from '../../../domain/compliance/dashboard';
import type { IsoDate } from '../../../domain/dates';
import type { Suggestion } from '../../../domain/ledger';
import {
  findSuggestions,
  isEmptyQuery,
  suggestionStatus,
  type SuggestionQuery,
} from '../../../domain/ledger/suggestions';
import type { SettingValues } from '../../../domain/ledger/workflows/steps';
import { SUGGESTION_STAGES, type SuggestionStage } from '../../../domain/ledger/workflows/suggestion';
import { allSuggestionsNewestFirst } from '../../../storage/queries/suggestions';
import { useLiveQuery } from '../../kit/use-live-query';
import { siteUrl } from '../../site-url';
import { SuggestionHistory } from './SuggestionHistory';

/** The finder: inputs, then the matches (only once something is asked). */
export function SuggestionFinder({
  asOf,
  settings,
}: {
  asOf: IsoDate;
  settings?: SettingValues | undefined;
}) {
  const { data: all } = useLiveQuery(() => allSuggestionsNewestFirst(), []);
  const [query, setQuery] = useState<SuggestionQuery>({ text: '', stage: '', overdue: false });
  const matches = useMemo(
    () => (all && !isEmptyQuery(query) ? findSuggestions(all, query, asOf, settings) : undefined),
    [all, query, asOf, settings],
  );
  return (
    <search class="suggestion-finder" aria-label="查找建议">
      <div class="suggestion-finder-fields">
        <label>
          搜索标题、内容和答复
          <input
            type="search"
            value={query.text}
            placeholder="如：机耕道 白果村"
            onInput={(e) => setQuery({ ...query, text: e.currentTarget.value })}
          />
        </label>
        <label>
          环节
          <select
            value={query.stage}
            onChange={(e) => setQuery({ ...query, stage: e.currentTarget.value as SuggestionStage | '' })}
          >
            <option value="">全部</option>
            {Object.entries(SUGGESTION_STAGES).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </label>
        <label class="suggestion-finder-check">
          <input
            type="checkbox"
            checked={query.overdue}
            onChange={(e) => setQuery({ ...query, overdue: e.currentTarget.checked })}
          />
          只看已超期
        </label>
      </div>
      {matches && (
        <div role="region" aria-label="查找结果" aria-live="polite">
          <p class="suggestion-finder-count">找到 {matches.length} 件建议。</p>
          {matches.length > 0 && (
            <ul class="suggestion-finder-results">
              {matches.map((s) => (
                <Match key={s.id} s={s} asOf={asOf} settings={settings} />
              ))}
            </ul>
          )}
        </div>
      )}
    </search>
  );
}

function Match({
  s,
  asOf,
  settings,
}: {
  s: Suggestion;
  asOf: IsoDate;
  settings?: SettingValues | undefined;
}) {
  const status = suggestionStatus(s, asOf, settings);
  return (
    <li>
      <a href={siteUrl(`/ledger/suggestions/?${RECORD_PARAM}=${encodeURIComponent(s.id)}`)}>
        {s.number} {s.title}
      </a>{' '}
      <span class={`suggestion-stage stage-${status.stage}`}>{status.label}</span>
      {status.overdue && <span class="badge badge-overdue">已超期</span>}
      <SuggestionHistory s={s} />
    </li>
  );
}
