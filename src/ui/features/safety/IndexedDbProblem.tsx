// The explanation shown instead of a broken ledger page when IndexedDB is missing or blocked, and
// its static twin for browsers that run none of the ledger's JavaScript (IE, 兼容模式).
import './safety.css';
import { indexedDbExplanation, type IndexedDbExplanation } from '../../../domain/safety';
import type { IndexedDbCheck } from '../../../storage/health';

function Explanation({ explanation, live }: { explanation: IndexedDbExplanation; live: boolean }) {
  return (
    <>
      <h2>{explanation.title}</h2>
      <p>{explanation.what}</p>
      <h3>可能的原因</h3>
      <ul>
        {explanation.causes.map((cause) => (
          <li key={cause}>{cause}</li>
        ))}
      </ul>
      <h3>怎么办</h3>
      <ol>
        {explanation.steps.map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ol>
      {live && <p class="muted">处理好以后刷新本页即可。</p>}
    </>
  );
}

/** The explanation for a diagnosis other than `ok`. */
export function IndexedDbProblem({ check }: { check: IndexedDbCheck }) {
  const explanation = indexedDbExplanation(check.diagnosis, check.detail);
  if (!explanation) return null;
  return (
    <div class="idb-problem" role="alert">
      <Explanation explanation={explanation} live />
    </div>
  );
}

/**
 * Rendered into the page's HTML at build time (LedgerSafety.astro) and hidden by an `@supports`
 * rule (safety.css): browsers too old to run the ledger (IE, the 兼容模式 of 360/QQ) do not know
 * `@supports` and so show it.
 */
export function LegacyBrowserNotice() {
  return (
    <div class="idb-problem idb-problem-legacy">
      <Explanation explanation={indexedDbExplanation('missing')!} live={false} />
    </div>
  );
}
