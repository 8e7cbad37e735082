// The chart.js adapter: maps a computed series (domain/compliance/charts.ts) to a bar chart. Only
// the 考评 page imports this module, and only through a dynamic import(), so chart.js is a chunk
// of its own that no other page loads; only the pieces a bar chart needs are registered.
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  Tooltip,
  type Plugin,
} from 'chart.js';
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

/**
 * A dataset's fill: its colour with a texture of its own (none, stripes, dots, bars, a grid), so the
 * series of a stacked bar stay apart without colour (in the legend too).
 */
function fill(index: number): string | CanvasPattern {
  const color = PALETTE[index % PALETTE.length]!;
  const kind = index % 5;
  const size = 8;
  const tile = document.createElement('canvas');
  tile.width = size;
  tile.height = size;
  const ctx = tile.getContext('2d');
  if (!ctx || kind === 0) return color;
  ctx.fillStyle = color;
  ctx.fillRect(0, 0, size, size);
  ctx.strokeStyle = 'rgba(255, 255, 255, 0.8)';
  ctx.fillStyle = 'rgba(255, 255, 255, 0.8)';
  ctx.lineWidth = 1.5;
  ctx.beginPath();
  if (kind === 1) {
    ctx.moveTo(0, size);
    ctx.lineTo(size, 0);
  } else if (kind === 2) {
    ctx.arc(size / 2, size / 2, 1.5, 0, Math.PI * 2);
    ctx.fill();
  } else if (kind === 3) {
    ctx.moveTo(0, size / 2);
    ctx.lineTo(size, size / 2);
  } else {
    ctx.moveTo(size / 2, 0);
    ctx.lineTo(size / 2, size);
    ctx.moveTo(0, size / 2);
    ctx.lineTo(size, size / 2);
  }
  ctx.stroke();
  return ctx.createPattern(tile, 'repeat') ?? color;
}

/**
 * Writes each bar's number on it (a stacked segment's in its middle, a bar's at its end), on a
 * light label, so the numbers are read without hovering. Zeros and segments too thin stay unlabelled.
 */
const valueLabels: Plugin<'bar'> = {
  id: 'valueLabels',
  afterDatasetsDraw(chart) {
    const ctx = chart.ctx;
    const horizontal = chart.options.indexAxis === 'y';
    const stacked = Boolean((chart.options.scales?.['x'] as { stacked?: boolean } | undefined)?.stacked);
    ctx.save();
    ctx.font = `600 12px ${Chart.defaults.font.family ?? 'sans-serif'}`;
    ctx.textAlign = 'center';
    ctx.textBaseline = 'middle';
    chart.data.datasets.forEach((dataset, di) => {
      const meta = chart.getDatasetMeta(di);
      if (meta.hidden) return;
      meta.data.forEach((bar, i) => {
        const value = dataset.data[i];
        if (typeof value !== 'number' || value === 0) return;
        const { x, y, base } = bar.getProps(['x', 'y', 'base'], true) as {
          x: number;
          y: number;
          base: number;
        };
        const length = Math.abs(base - (horizontal ? x : y));
        if (stacked && length < 14) return;
        const text = String(value);
        const width = ctx.measureText(text).width + 6;
        let cx = x;
        let cy = y;
        if (stacked) {
          if (horizontal) cx = (x + base) / 2;
          else cy = (y + base) / 2;
        } else if (horizontal) cx = x + width / 2 + 2;
        else cy = y - 9;
        ctx.fillStyle = 'rgba(255, 255, 255, 0.92)';
        ctx.fillRect(cx - width / 2, cy - 8, width, 16);
        ctx.fillStyle = '#1d1d1f';
        ctx.fillText(text, cx, cy);
      });
    });
    ctx.restore();
  },
};

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
        backgroundColor: fill(i),
        borderColor: '#ffffff',
        borderWidth: look.stacked ? 1 : 0,
      })),
    },
    plugins: [valueLabels],
    options: {
      animation: false,
      // Room above the bars (or beside them) for the numbers written on them.
      layout: { padding: look.horizontal ? { right: 28 } : { top: 18 } },
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
