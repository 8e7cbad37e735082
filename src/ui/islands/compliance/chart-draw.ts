// The chart.js adapter: maps a computed series (domain/compliance/charts.ts) to a bar chart. Only
// the 考评 page imports this module, and only through a dynamic import(), so chart.js is a chunk
// of its own that no other page loads; only the pieces a bar chart needs are registered.
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip } from 'chart.js';
import type { ChartData } from '../../../domain/compliance/charts';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);

/** How a chart is laid out. */
export interface ChartLook {
  /** Bars run left to right (the funnel, the five stages). */
  horizontal?: boolean;
  /** Datasets stack in one bar per label (the quarter timeline). */
  stacked?: boolean;
  /** Upper end of the value axis (100 for scores). */
  max?: number;
}

/** Colours that keep their contrast on the light and the dark theme, one per dataset. */
const PALETTE = ['#2f6fbf', '#c4572a', '#3f8f4f', '#8a5cb8', '#b08900'];

/** Draws a chart into a canvas and returns the function that removes it. */
export function drawChart(canvas: HTMLCanvasElement, chart: ChartData, look: ChartLook = {}): () => void {
  const style = getComputedStyle(canvas);
  const color = style.color || '#333';
  const grid = 'rgba(128, 128, 128, 0.25)';
  Chart.defaults.font.family = style.fontFamily;
  const valueAxis = {
    beginAtZero: true,
    stacked: look.stacked ?? false,
    ...(look.max !== undefined ? { max: look.max } : {}),
    ticks: { color, precision: 0 },
    grid: { color: grid },
    title: { display: true, text: chart.unit, color },
  };
  const categoryAxis = { stacked: look.stacked ?? false, ticks: { color }, grid: { display: false } };
  const instance = new Chart(canvas, {
    type: 'bar',
    data: {
      labels: chart.labels,
      datasets: chart.datasets.map((d, i) => ({
        label: d.label,
        data: d.data,
        backgroundColor: PALETTE[i % PALETTE.length],
        borderWidth: 0,
      })),
    },
    options: {
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      indexAxis: look.horizontal ? 'y' : 'x',
      plugins: {
        legend: { display: chart.datasets.length > 1, labels: { color } },
        tooltip: {
          callbacks: { label: (item) => `${item.dataset.label}：${item.formattedValue} ${chart.unit}` },
        },
      },
      scales: look.horizontal ? { x: valueAxis, y: categoryAxis } : { x: categoryAxis, y: valueAxis },
    },
  });
  return () => instance.destroy();
}
