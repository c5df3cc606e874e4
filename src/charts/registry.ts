/**
 * Live chart instances by test id, and where a given bar or slice is on screen. This exists for
 * automation: an end-to-end test asks for the centre of the "华东" bar and really clicks there
 * with the mouse, exercising the same click → filter path a user takes.
 *
 * ECharts has no public "where is data item N" API for bars and slices, so itemPixel reads the
 * series layout through the (private in types, stable in practice) model. A unit test renders a
 * real chart server-side and clicks the returned point to catch a change in ECharts internals.
 */
import type { ECharts } from './echarts';

const live = new Map<string, ECharts>();

/** Registers a chart; the returned function unregisters it (only if it is still the one registered). */
export function registerChart(testid: string, chart: ECharts): () => void {
  live.set(testid, chart);
  return () => {
    if (live.get(testid) === chart) live.delete(testid);
  };
}

export function getChart(testid: string): ECharts | undefined {
  return live.get(testid);
}

interface SeriesDataLike {
  count(): number;
  getRawDataItem(index: number): unknown;
  getName(index: number): string;
  getItemLayout(index: number): unknown;
}
interface ModelLike {
  getSeriesCount(): number;
  getSeriesByIndex(index: number): { getData(): SeriesDataLike } | undefined;
}

function keyOf(data: SeriesDataLike, index: number): string {
  const raw = data.getRawDataItem(index);
  if (raw && typeof raw === 'object' && 'key' in raw && typeof raw.key === 'string') return raw.key;
  return data.getName(index);
}

/** Centre of an item's layout: a bar rect, a pie sector, or a line/scatter point. */
function layoutCentre(layout: unknown): { x: number; y: number } | null {
  if (Array.isArray(layout) && layout.length >= 2) {
    const [x, y] = layout as number[];
    return Number.isFinite(x) && Number.isFinite(y) ? { x, y } : null;
  }
  if (!layout || typeof layout !== 'object') return null;
  const l = layout as Record<string, number>;
  if ('cx' in l && 'r' in l) {
    const mid = (l.startAngle + l.endAngle) / 2;
    const radius = ((l.r0 ?? 0) + l.r) / 2;
    return { x: l.cx + radius * Math.cos(mid), y: l.cy + radius * Math.sin(mid) };
  }
  if ('x' in l && 'width' in l) {
    return { x: l.x + l.width / 2, y: l.y + l.height / 2 };
  }
  return null;
}

/** Chart-local pixel of the centre of the first item whose `key` (or name) is `key`. */
export function itemPixel(chart: ECharts, key: string): { x: number; y: number } | null {
  const model = (chart as unknown as { getModel(): ModelLike | undefined }).getModel();
  if (!model) return null;
  for (let s = 0; s < model.getSeriesCount(); s++) {
    const data = model.getSeriesByIndex(s)?.getData();
    if (!data) continue;
    for (let i = 0; i < data.count(); i++) {
      if (keyOf(data, i) === key) return layoutCentre(data.getItemLayout(i));
    }
  }
  return null;
}

/**
 * Client (viewport) coordinates of the centre of the bar/slice for `key` in the chart registered
 * as `testid`, or null when there is no such chart or item. Feed them to a real mouse click.
 */
export function chartPixel(testid: string, key: string): { x: number; y: number } | null {
  const chart = live.get(testid);
  if (!chart || chart.isDisposed()) return null;
  const local = itemPixel(chart, key);
  if (!local) return null;
  const rect = chart.getDom().getBoundingClientRect();
  return { x: rect.left + local.x, y: rect.top + local.y };
}
