/**
 * Revenue per dimension value (rows) × month (columns). Colours are computed here, per cell, so the
 * mapping is pure and testable: by revenue (light → deep blue over the grid's range) or by growth
 * against the comparison period (red for decline, green for growth, ±50% saturates; grey without a
 * base). Cells carry the row's value as `key`: a click filters by it.
 */
import '../echarts-extra';
import { formatAmountFull, formatDelta, formatMonth, formatShortMonth } from '../../i18n/format';
import type { EChartsOption } from '../echarts';
import { NULL_KEY, baseOption, compactValue, containedGrid, dataIndexOf, themeOf, tooltipBase, tooltipHtml } from './common';
import { isNarrow, textStyle, type ChartContext } from './theme';
import { TONE_COLORS, mixHex } from './tones';

export type HeatCell = {
  key: string | null;
  /** 'YYYY-MM' */
  month: string;
  revenue: number;
  base: number;
  growth: number | null;
};

export interface HeatmapLabels {
  revenue: string;
  base: string;
  growth: string;
  nullLabel: string;
}

export interface HeatmapOptions {
  labels: HeatmapLabels;
  colorBy: 'revenue' | 'growth';
  selected?: readonly string[];
}

const LOW = '#eef3fb';
const NEUTRAL = '#f3f4f6';
/** Growth at which the colour is fully red or green. */
const GROWTH_SATURATION = 0.5;

/** The fill of one cell. */
export function cellColor(cell: HeatCell, colorBy: HeatmapOptions['colorBy'], max: number, primary: string): string {
  if (colorBy === 'growth') {
    if (cell.growth === null) return TONE_COLORS.neutral;
    const t = Math.min(1, Math.abs(cell.growth) / GROWTH_SATURATION);
    return mixHex(NEUTRAL, cell.growth < 0 ? TONE_COLORS.bad : TONE_COLORS.good, t);
  }
  return mixHex(LOW, primary, max > 0 ? Math.max(0, cell.revenue) / max : 0);
}

/** Dark text on light cells, white on dark ones. */
function labelColor(hex: string): string {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  return 0.299 * r + 0.587 * g + 0.114 * b > 150 ? '#1f2933' : '#ffffff';
}

export function heatmapHeight(rows: number): number {
  return Math.max(180, rows * 36 + 70);
}

export function heatmapOption(cells: readonly HeatCell[], ctx: ChartContext, opts: HeatmapOptions): EChartsOption {
  const theme = themeOf(ctx);
  const { labels } = opts;
  const months = [...new Set(cells.map((c) => c.month))].sort();
  const keys = [...new Set(cells.map((c) => c.key ?? NULL_KEY))];
  const name = (key: string) => (key === NULL_KEY ? labels.nullLabel : key);
  const oneYear = new Set(months.map((m) => m.slice(0, 4))).size <= 1;
  const max = Math.max(0, ...cells.map((c) => c.revenue));
  const selected = new Set(opts.selected ?? []);
  // Room for a value in each cell: about 52px on a wide card; otherwise colour and tooltip only.
  const showLabels = !isNarrow(ctx) && (ctx.width - 90) / Math.max(months.length, 1) >= 52;
  const compact = compactValue('amount', ctx.locale);
  const colors = cells.map((c) => cellColor(c, opts.colorBy, max, theme.primary));
  // ECharts draws a cartesian heatmap only through a visualMap. Ours maps a 4th value — the index
  // of the cell's colour among the distinct colours — to exactly that colour, so cellColor decides.
  const palette = [...new Set(colors)];
  const data = cells.map((c, i) => {
    const key = c.key ?? NULL_KEY;
    return {
      value: [months.indexOf(c.month), keys.indexOf(key), c.revenue, palette.indexOf(colors[i])] as [number, number, number, number],
      key,
      itemStyle: { opacity: selected.size === 0 || selected.has(key) ? 1 : 0.35, borderColor: '#ffffff', borderWidth: 1 },
      label: { color: labelColor(colors[i]) },
    };
  });
  const formatter = (params: unknown): string => {
    const c = cells[dataIndexOf(params)];
    if (!c) return '';
    return tooltipHtml(`${name(c.key ?? NULL_KEY)} · ${formatMonth(c.month, ctx.locale)}`, [
      { label: labels.revenue, value: formatAmountFull(c.revenue, ctx.locale) },
      { label: labels.base, value: formatAmountFull(c.base, ctx.locale), color: theme.comparison },
      { label: labels.growth, value: formatDelta(c.growth, ctx.locale) },
    ]);
  };
  return {
    ...baseOption(theme),
    grid: { ...containedGrid(8), right: 8 },
    tooltip: { ...tooltipBase(theme), trigger: 'item', formatter },
    xAxis: {
      type: 'category',
      data: months,
      splitArea: { show: false },
      axisTick: { show: false },
      axisLine: { show: false },
      axisLabel: {
        ...textStyle(theme), color: theme.textMuted, hideOverlap: true,
        formatter: (m: string) => (oneYear ? formatShortMonth(m, ctx.locale) : formatMonth(m, ctx.locale)),
      },
    },
    yAxis: {
      type: 'category',
      data: keys.map(name),
      inverse: true,
      axisTick: { show: false },
      axisLine: { show: false },
      axisLabel: { ...textStyle(theme), color: theme.textMuted, width: 96, overflow: 'truncate', ellipsis: '…' },
    },
    visualMap: { show: false, type: 'piecewise', dimension: 3, seriesIndex: 0, pieces: palette.map((color, i) => ({ value: i, color })) },
    series: [
      {
        type: 'heatmap',
        name: labels.revenue,
        data,
        label: { show: showLabels, fontSize: 11, formatter: (p: { dataIndex: number }) => compact(cells[p.dataIndex]?.revenue ?? 0) },
        emphasis: { itemStyle: { borderColor: theme.text, borderWidth: 1.5 } },
      },
    ],
  };
}
