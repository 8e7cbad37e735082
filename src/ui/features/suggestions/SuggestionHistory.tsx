// A suggestion's history of steps (登记 → 交办 → … → 办结) as a small disclosure, from the dates
// recorded on it (suggestionHistory in the domain).
import type { Suggestion } from '../../../domain/ledger';
import { suggestionHistory } from '../../../domain/ledger/suggestions';

/** The steps so far, opened on demand. */
export function SuggestionHistory({ s }: { s: Suggestion }) {
  const steps = suggestionHistory(s);
  return (
    <details class="suggestion-history">
      <summary>
        办理经过<span class="sr-only">：{s.number}</span>（{steps.length} 步）
      </summary>
      <ol>
        {steps.map((step) => (
          <li key={`${step.date}-${step.label}`}>
            <span class="suggestion-history-date">{step.date}</span> {step.label}
          </li>
        ))}
        {s.rehandledCount > 0 && <li>其间因代表不满意退回重新办理 {s.rehandledCount} 次</li>}
      </ol>
    </details>
  );
}
