// Closing a period (封存本期考评结果) and the list of frozen snapshots: view, print, delete.
import { siteUrl } from '../../site-url';
import { useState } from 'preact/hooks';
import { catalogue } from '../../../domain/catalogue';
import { scoreStanding, standingScoreText } from '../../../domain/compliance/standing';
import { readCurrentUser } from '../../../storage/current-user';
import {
  canClose,
  freezeEvaluation,
  periodKeyOf,
  snapshotsNewestFirst,
} from '../../../domain/compliance/snapshot';
import type { Evaluation } from '../../../domain/compliance/types';
import { today } from '../../../domain/dates';
import type { Settings, Snapshot } from '../../../domain/ledger';
import { records } from '../../../storage/queries/records';
import { useReadOnlyReason, writeControl } from '../../kit/use-read-only';
import { ListTable, RowActions } from '../../kit/ListTable';

/** The link that opens a snapshot (and its printable report) on this page. */
export const snapshotHref = (id: string) => siteUrl(`/compliance/?snapshot=${encodeURIComponent(id)}`);

/** A message after closing or deleting, with a link to what was made. */
interface Notice {
  text: string;
  error?: boolean;
  link?: { href: string; label: string };
}

/** The 封存 button for the period on screen; refuses an open period with the reason. */
export function CloseButton({
  evaluation,
  label,
  townshipName,
  settings,
  existing,
}: {
  evaluation: Evaluation;
  label: string;
  townshipName: string;
  settings: Settings;
  existing: readonly Snapshot[];
}) {
  const [notice, setNotice] = useState<Notice>();
  const [busy, setBusy] = useState(false);
  const readOnly = useReadOnlyReason();

  const close = async () => {
    const check = canClose(evaluation.range, evaluation.asOf, today());
    if (!check.ok) {
      setNotice({ text: check.message, error: true });
      return;
    }
    const earlier = existing.filter((s) => s.periodKey === periodKeyOf(evaluation.selection));
    const question =
      `封存${label}考评结果（截至 ${evaluation.asOf}）吗？\n封存后，这份结果不再随台账变化，可随时查看和打印。` +
      (earlier.length > 0 ? `\n本期已封存过 ${earlier.length} 次，将新增一份，以最新一份为准。` : '');
    if (!window.confirm(question)) return;
    setBusy(true);
    try {
      const input = await freezeEvaluation(evaluation, {
        catalogue,
        settings,
        townshipName,
        closedBy: readCurrentUser() || settings.userName,
        label,
      });
      const result = await records('snapshots').put(input);
      setNotice(
        result.ok
          ? {
              text: `已封存${label}考评结果。`,
              link: { href: snapshotHref(result.record.id), label: '查看并打印考评报告' },
            }
          : { text: `未封存：${result.message}`, error: true },
      );
    } finally {
      setBusy(false);
    }
  };

  return (
    <div class="close-period">
      <button
        type="button"
        class="button-primary"
        {...writeControl(readOnly, () => void close())}
        disabled={busy}
      >
        封存本期考评结果
      </button>
      {notice && (
        <p class={notice.error ? 'notice notice-error' : 'notice'} role={notice.error ? 'alert' : 'status'}>
          {notice.text}
          {notice.link && (
            <>
              {' '}
              <a href={notice.link.href}>{notice.link.label}</a>
            </>
          )}
        </p>
      )}
    </div>
  );
}

/** The frozen snapshots, newest first, with view and delete. */
export function SnapshotList({ snapshots }: { snapshots: readonly Snapshot[] }) {
  const [notice, setNotice] = useState<Notice>();
  const readOnly = useReadOnlyReason();
  const list = snapshotsNewestFirst(snapshots);
  const remove = async (snapshot: Snapshot) => {
    if (
      !window.confirm(
        `删除${snapshot.label}的封存结果（截至 ${snapshot.asOf}）吗？删除后无法恢复，可重新封存。`,
      )
    )
      return;
    const result = await records('snapshots').remove(snapshot.id);
    setNotice(
      result.ok
        ? { text: `已删除${snapshot.label}的封存结果。` }
        : { text: `未删除：${result.message}`, error: true },
    );
  };
  const current = new Set<string>();
  return (
    <section class="snapshot-list" aria-labelledby="snapshots-title">
      <h2 id="snapshots-title">已封存的考评结果</h2>
      {notice && (
        <p class={notice.error ? 'notice notice-error' : 'notice'} role={notice.error ? 'alert' : 'status'}>
          {notice.text}
        </p>
      )}
      {list.length === 0 ? (
        <p class="muted">还没有封存的考评结果。期满后（例如次年年初），选择该年度，点“封存本期考评结果”。</p>
      ) : (
        <ListTable
          labels={['期间', '截至', '义务清单', '总分', '封存人', '封存时间']}
          caption="已封存的考评结果"
        >
          {list.map((s) => {
            const isCurrent = !current.has(s.periodKey);
            current.add(s.periodKey);
            return (
              <tr key={s.id}>
                <th scope="row">
                  {s.label}
                  {!isCurrent && <span class="badge">已被新封存取代</span>}
                </th>
                <td>{s.asOf}</td>
                <td>{s.catalogueVersion} 版</td>
                <td>
                  {standingScoreText(
                    s.overall.value,
                    scoreStanding(s.results, { range: s.range, asOf: s.asOf }).standing,
                    true,
                  )}
                </td>
                <td>{s.closedBy || '—'}</td>
                <td>{today(() => new Date(s.createdAt))}</td>
                <RowActions>
                  <a href={snapshotHref(s.id)}>查看与打印</a>
                  <button type="button" {...writeControl(readOnly, () => void remove(s))}>
                    删除
                  </button>
                </RowActions>
              </tr>
            );
          })}
        </ListTable>
      )}
    </section>
  );
}
