// The city's comparison table: townships as columns, the scores and then every duty as rows, each
// status drawn with the 考评 dashboard's own badge.
import type { Badge } from '../../../domain/compliance/dashboard';
import type { Comparison } from '../../../domain/archive/compare';

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
export function ComparisonTable({ comparison, showOwn }: { comparison: Comparison; showOwn: boolean }) {
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
