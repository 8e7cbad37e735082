// The plain-HTTP intranet notice of the 存储状况 panel: what the browser withholds on this origin
// and what the IT office can do (src/domain/safety/origin.ts). Nothing on HTTPS or localhost.
import {
  INSECURE_ORIGIN_ADVICE,
  INSECURE_ORIGIN_MISSING,
  INSECURE_ORIGIN_SUMMARY,
  originKind,
} from '../../../domain/safety/origin';

/** The notice, or nothing when the origin is secure. */
export function OriginNotice() {
  if (originKind({ protocol: location.protocol, secure: window.isSecureContext }) !== 'insecure-http')
    return null;
  return (
    <div class="origin-notice" role="note" data-testid="origin-notice">
      <p>
        <strong>{INSECURE_ORIGIN_SUMMARY}</strong>
      </p>
      <ul>
        {INSECURE_ORIGIN_MISSING.map((m) => (
          <li key={m.key}>
            {m.label}：{m.effect}
          </li>
        ))}
      </ul>
      <p>{INSECURE_ORIGIN_ADVICE}</p>
    </div>
  );
}
