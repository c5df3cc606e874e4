/**
 * Weeks of supply by partner (rows) × product (columns). The colour is the stock status under
 * the user's thresholds: amber below `under`, green in between, red above `over` (deeper the
 * further beyond), dark red for stock that did not sell at all. Colours are computed per cell
 * here (pure, testable) rather than by a visualMap, and a legend built from empty series names
 * them. Every cell carries its partner_id as `key`: a click filters by the partner.
 */
import '../echarts-extra';
import { formatAmountFull, formatDate, formatInteger, type Locale } from '../../i18n/format';
import type { EChartsOption } from '../echarts';
import { baseOption, containedGrid, dataIndexOf, themeOf, tooltipBase, tooltipHtml, type TooltipLine } from './common';
import { isNarrow, textStyle, type ChartContext } from './theme';
import { mixHex } from './tones';

export interface SupplyCell {
  partner_id: string;
  /** The partner's name (row label); the id when there is none. */
  partner: string;
  product: string | null;
  weeks: number | null;
  no_movement: boolean;
  on_hand_qty: number;
  weekly: number | null;
  overstock_value: number | null;
  snapshot_date: string;
}

export interface SupplyHeatmapLabels {
  weeks: string;
  onHand: string;
  weekly: string;
  overstockValue: string;
  snapshot: string;
  under: string;
  healthy: string;
  over: string;
  noMovement: string;
  nullProduct: string;
}

export interface SupplyHeatmapOptions {
  labels: SupplyHeatmapLabels;
  under: number;
  over: number;
  selected?: readonly string[];
}

export const SUPPLY_COLORS = {
  under: '#f59e0b',
  healthy: '#86cfa0',
  overLight: '#f8b4b4',
  overDeep: '#c81e1e',
  noMovement: '#6b1111',
} as const;

export type CellStatus = 'under' | 'healthy' | 'over' | 'noMovement' | null;

export function cellStatus(c: Pick<SupplyCell, 'weeks' | 'no_movement'>, under: number, over: number): CellStatus {
  if (c.no_movement) return 'noMovement';
  if (c.weeks === null) return null;
  return c.weeks < under ? 'under' : c.weeks > over ? 'over' : 'healthy';
}

/** Over-stock deepens from light to full red as it goes from `over` to three times `over`. */
export function supplyColor(c: Pick<SupplyCell, 'weeks' | 'no_movement'>, under: number, over: number): string {
  const status = cellStatus(c, under, over);
  if (status === 'noMovement') return SUPPLY_COLORS.noMovement;
  if (status === 'over') return mixHex(SUPPLY_COLORS.overLight, SUPPLY_COLORS.overDeep, ((c.weeks as number) - over) / Math.max(2 * over, 1));
  if (status === 'under') return SUPPLY_COLORS.under;
  if (status === 'healthy') return SUPPLY_COLORS.healthy;
  return '#e5e7eb';
}

function labelColor(hex: string): string {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  return 0.299 * r + 0.587 * g + 0.114 * b > 150 ? '#1f2933' : '#ffffff';
}

/** Weeks as text: one decimal (cells drop it from 10 weeks up, to fit), ∞ for unsold stock. */
export function weeksText(weeks: number | null, noMovement: boolean, locale: Locale, compact = false): string {
  if (noMovement) return '∞';
  if (weeks === null) return '—';
  return new Intl.NumberFormat(locale, { maximumFractionDigits: compact && weeks >= 10 ? 0 : 1 }).format(weeks);
}

/** Height that gives each partner row about 24px plus room for the legend and product labels. */
export function supplyHeatmapHeight(partners: number, narrow: boolean): number {
  return Math.max(200, partners * 24 + (narrow ? 130 : 90));
}

export function supplyHeatmapOption(cells: readonly SupplyCell[], ctx: ChartContext, opts: SupplyHeatmapOptions): EChartsOption {
  const theme = themeOf(ctx);
  const { labels, under, over } = opts;
  const products = [...new Set(cells.map((c) => c.product ?? labels.nullProduct))];
  const partners = [...new Set(cells.map((c) => c.partner_id))];
  const names = new Map(cells.map((c) => [c.partner_id, c.partner]));
  const selected = new Set(opts.selected ?? []);
  const narrow = isNarrow(ctx);
  const labelWidth = narrow ? 84 : 160;
  const showLabels = (ctx.width - labelWidth - 30) / Math.max(products.length, 1) >= 30;
  const data = cells.map((c) => {
    const color = supplyColor(c, under, over);
    return {
      // The third value only feeds the hidden visualMap below; labels and tooltips read `cells`.
      value: [products.indexOf(c.product ?? labels.nullProduct), partners.indexOf(c.partner_id), 0] as [number, number, number],
      key: c.partner_id,
      itemStyle: { color, opacity: selected.size === 0 || selected.has(c.partner_id) ? 1 : 0.35, borderColor: '#ffffff', borderWidth: 1 },
      label: { color: labelColor(color) },
    };
  });
  const statusName = (s: CellStatus) => (s === null ? '—' : labels[s]);
  const formatter = (params: unknown): string => {
    const c = cells[dataIndexOf(params)];
    if (!c) return '';
    const lines: TooltipLine[] = [
      { label: labels.weeks, value: `${weeksText(c.weeks, c.no_movement, ctx.locale)} · ${statusName(cellStatus(c, under, over))}`, color: supplyColor(c, under, over) },
      { label: labels.onHand, value: formatInteger(c.on_hand_qty, ctx.locale) },
      { label: labels.weekly, value: c.weekly === null ? '—' : new Intl.NumberFormat(ctx.locale, { maximumFractionDigits: 1 }).format(c.weekly) },
      { label: labels.overstockValue, value: formatAmountFull(c.overstock_value ?? 0, ctx.locale) },
      { label: labels.snapshot, value: formatDate(c.snapshot_date, ctx.locale) },
    ];
    return tooltipHtml(`${c.partner} · ${c.product ?? labels.nullProduct}`, lines);
  };
  // Empty series only to name the colours in a legend (heatmap cells are coloured per item).
  const legendSeries = (['over', 'noMovement', 'under', 'healthy'] as const).map((s) => ({
    type: 'scatter' as const,
    name: labels[s],
    data: [],
    itemStyle: { color: s === 'over' ? SUPPLY_COLORS.overDeep : SUPPLY_COLORS[s] },
  }));
  return {
    ...baseOption(theme),
    grid: { ...containedGrid(32), right: 8 },
    legend: {
      data: legendSeries.map((l) => l.name),
      top: 0, left: 'center', selectedMode: false, itemWidth: 12, itemHeight: 10, icon: 'rect',
      textStyle: { ...textStyle(theme), color: theme.textMuted, fontSize: 11 },
    },
    tooltip: { ...tooltipBase(theme), trigger: 'item', formatter },
    // ECharts wants a visualMap beside a heatmap; this one sets a visual heatmaps ignore, so the
    // per-cell colours and opacities above stay as computed.
    visualMap: { show: false, type: 'piecewise', seriesIndex: 0, dimension: 2, pieces: [{ value: 0 }], inRange: { symbolSize: 1 } },
    xAxis: {
      type: 'category',
      data: products,
      position: 'top',
      splitArea: { show: false },
      axisTick: { show: false },
      axisLine: { show: false },
      axisLabel: {
        ...textStyle(theme), color: theme.textMuted, interval: 0, fontSize: 11,
        rotate: narrow || (ctx.width - labelWidth) / Math.max(products.length, 1) < 72 ? 45 : 0,
        width: 80, overflow: 'truncate', ellipsis: '…',
      },
    },
    yAxis: {
      type: 'category',
      data: partners.map((p) => names.get(p) ?? p),
      inverse: true,
      axisTick: { show: false },
      axisLine: { show: false },
      axisLabel: { ...textStyle(theme), color: theme.textMuted, fontSize: 11, width: labelWidth, overflow: 'truncate', ellipsis: '…' },
    },
    series: [
      {
        type: 'heatmap',
        name: labels.weeks,
        data,
        label: {
          show: showLabels, fontSize: 11,
          formatter: (p: { dataIndex: number }) => {
            const c = cells[p.dataIndex];
            return c ? weeksText(c.weeks, c.no_movement, ctx.locale, true) : '';
          },
        },
        emphasis: { itemStyle: { borderColor: theme.text, borderWidth: 1.5 } },
      },
      ...legendSeries,
    ],
  };
}
