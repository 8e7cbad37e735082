// The dashboard's charts: each a <figure> with a canvas drawn by chart.js (loaded on first use,
// by dynamic import) and the same numbers as a table for screen readers and print.
import { useEffect, useRef, useState } from 'preact/hooks';
import { hasValues, type ChartData } from '../../../domain/compliance/charts';
import type { ChartLook } from './chart-draw';

/** A chart and its table alternative. */
export function ChartFigure({ chart, look, id }: { chart: ChartData; look?: ChartLook; id: string }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const [failed, setFailed] = useState<string>();
  const drawable = hasValues(chart);

  useEffect(() => {
    if (!drawable || !canvas.current) return;
    let remove: (() => void) | undefined;
    let cancelled = false;
    import('./chart-draw')
      .then(({ drawChart }) => {
        if (!cancelled && canvas.current) remove = drawChart(canvas.current, chart, look);
      })
      .catch((error: unknown) => setFailed(String((error as Error)?.message ?? error)));
    return () => {
      cancelled = true;
      remove?.();
    };
  }, [chart, look, drawable]);

  const captionId = `${id}-caption`;
  return (
    <figure class="chart-figure" aria-labelledby={captionId}>
      <figcaption id={captionId}>{chart.title}</figcaption>
      {drawable ? (
        <div class={`chart-box${look?.horizontal ? ' chart-box-wide' : ''}`}>
          <canvas ref={canvas} aria-hidden="true" data-chart={id} />
        </div>
      ) : (
        <p class="muted">本期没有可画的数据。</p>
      )}
      {failed && (
        <p class="notice-error" role="alert">
          图表未能画出（{failed}），数据见下表。
        </p>
      )}
      {drawable && <ChartTable chart={chart} />}
    </figure>
  );
}

/** The numbers of a chart as a table (visually hidden; read by screen readers). */
function ChartTable({ chart }: { chart: ChartData }) {
  return (
    <table class="sr-only">
      <caption>
        {chart.title}（单位：{chart.unit}）
      </caption>
      <thead>
        <tr>
          <th scope="col">项目</th>
          {chart.datasets.map((d) => (
            <th scope="col" key={d.label}>
              {d.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {chart.labels.map((label, i) => (
          <tr key={label}>
            <th scope="row">{label}</th>
            {chart.datasets.map((d) => (
              <td key={d.label}>{d.data[i] ?? '—'}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
