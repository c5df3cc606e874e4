/**
 * Sell-in (what we shipped to partners) beside sell-out (what they sold on) per month, with the
 * running total of the difference as a line: a line that keeps climbing is stock piling up in
 * the channel (压货). Quantities when both sides have them, else amounts — the basis decides the
 * axis unit.
 */
import { amountUnitLabel, formatAmountFull, formatInteger, formatMonth, formatShortMonth, withUnit } from '../../i18n/format';
import type { EChartsOption } from '../echarts';
import { axisLineStyle, baseOption, containedGrid, dataIndexOf, themeOf, tooltipBase, tooltipHtml, valueAxis } from './common';
import { isNarrow, textStyle, type ChartContext } from './theme';

export interface SellThroughPoint {
  month: string;
  sell_in: number;
  sell_out: number;
  gap: number;
  cumulative_gap: number;
}

export interface SellThroughLabels {
  sellIn: string;
  sellOut: string;
  gap: string;
  cumulative: string;
  /** Axis name before the unit: 数量 / 金额. */
  axis: string;
  /** Quantity unit: 件 / units. */
  qtyUnit: string;
}

export const SELL_OUT_COLOR = '#2a9d8f';
export const GAP_COLOR = '#c8553d';

export function sellThroughOption(
  rows: readonly SellThroughPoint[],
  basis: 'qty' | 'amount',
  ctx: ChartContext,
  labels: SellThroughLabels,
): EChartsOption {
  const theme = themeOf(ctx);
  const { locale } = ctx;
  const months = rows.map((r) => r.month);
  const oneYear = new Set(months.map((m) => m.slice(0, 4))).size <= 1;
  const exact = (v: number) => (basis === 'amount' ? formatAmountFull(v, locale) : `${formatInteger(v, locale)} ${labels.qtyUnit}`);
  const formatter = (params: unknown): string => {
    const r = rows[dataIndexOf(params)];
    if (!r) return '';
    return tooltipHtml(formatMonth(r.month, locale), [
      { label: labels.sellIn, value: exact(r.sell_in), color: theme.primary },
      { label: labels.sellOut, value: exact(r.sell_out), color: SELL_OUT_COLOR },
      { label: labels.gap, value: exact(r.gap) },
      { label: labels.cumulative, value: exact(r.cumulative_gap), color: GAP_COLOR },
    ]);
  };
  const axisName = withUnit(labels.axis, locale, basis === 'amount' ? amountUnitLabel(locale) : labels.qtyUnit);
  return {
    ...baseOption(theme),
    grid: containedGrid(isNarrow(ctx) ? 52 : 40),
    legend: { top: 0, left: 'center', itemWidth: 14, itemHeight: 8, textStyle: { ...textStyle(theme), color: theme.textMuted } },
    tooltip: { ...tooltipBase(theme), trigger: 'axis', axisPointer: { type: 'shadow' }, formatter },
    xAxis: {
      type: 'category',
      data: months,
      axisLine: axisLineStyle(theme),
      axisTick: { alignWithLabel: true },
      axisLabel: {
        ...textStyle(theme), color: theme.textMuted, hideOverlap: true,
        rotate: isNarrow(ctx) && !oneYear ? 40 : 0,
        formatter: (m: string) => (oneYear ? formatShortMonth(m, locale) : formatMonth(m, locale)),
      },
    },
    yAxis: valueAxis(ctx, axisName, basis === 'amount' ? 'amount' : 'integer'),
    series: [
      { type: 'bar', name: labels.sellIn, data: rows.map((r) => r.sell_in), itemStyle: { color: theme.primary }, barMaxWidth: 22 },
      { type: 'bar', name: labels.sellOut, data: rows.map((r) => r.sell_out), itemStyle: { color: SELL_OUT_COLOR }, barMaxWidth: 22 },
      {
        type: 'line', name: labels.cumulative, data: rows.map((r) => r.cumulative_gap),
        itemStyle: { color: GAP_COLOR }, lineStyle: { color: GAP_COLOR, width: 2, type: 'dashed' }, symbolSize: 5,
      },
    ],
  };
}
