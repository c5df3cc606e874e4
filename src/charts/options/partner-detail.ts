/**
 * Charts of the partner detail panel: the partner's orders by month (months of the selected
 * period in blue, the history before it in grey, so "ordered once, then silence" shows at a
 * glance), the products it bought, and its channel stock by month.
 */
import { amountUnitLabel, formatAmountFull, formatInteger, formatMonth, formatShortMonth, withUnit } from '../../i18n/format';
import type { EChartsOption } from '../echarts';
import { axisLineStyle, baseOption, containedGrid, dataIndexOf, themeOf, tooltipBase, tooltipHtml, valueAxis, type AxisOption, type ValueAxis } from './common';
import { categoryBarOption } from './category';
import { isNarrow, textStyle, type ChartContext } from './theme';

export interface PartnerMonthRow { month: string; revenue: number; orders: number; in_period: boolean }

export interface PartnerOrdersLabels {
  revenue: string;
  orders: string;
  /** Tooltip title suffix for a month outside the selected period. */
  outside: string;
}

function monthAxis(months: string[], ctx: ChartContext): AxisOption {
  const theme = themeOf(ctx);
  const oneYear = new Set(months.map((m) => m.slice(0, 4))).size <= 1;
  return {
    type: 'category',
    data: months,
    axisLine: axisLineStyle(theme),
    axisTick: { alignWithLabel: true },
    axisLabel: {
      ...textStyle(theme),
      color: theme.textMuted,
      hideOverlap: true,
      rotate: isNarrow(ctx) && months.length > 6 ? 40 : 0,
      formatter: (m: string) => (oneYear ? formatShortMonth(m, ctx.locale) : formatMonth(m, ctx.locale)),
    },
  };
}

export function partnerOrdersOption(rows: readonly PartnerMonthRow[], ctx: ChartContext, labels: PartnerOrdersLabels): EChartsOption {
  const theme = themeOf(ctx);
  const formatter = (params: unknown): string => {
    const r = rows[dataIndexOf(params)];
    if (!r) return '';
    const lines = [
      { label: labels.revenue, value: formatAmountFull(r.revenue, ctx.locale), color: r.in_period ? theme.primary : theme.comparison },
      { label: labels.orders, value: formatInteger(r.orders, ctx.locale) },
    ];
    const title = formatMonth(r.month, ctx.locale);
    return tooltipHtml(r.in_period ? title : `${title} · ${labels.outside}`, lines);
  };
  return {
    ...baseOption(theme),
    grid: containedGrid(28),
    tooltip: { ...tooltipBase(theme), trigger: 'axis', axisPointer: { type: 'shadow' }, formatter },
    xAxis: monthAxis(rows.map((r) => r.month), ctx),
    yAxis: { ...valueAxis(ctx, withUnit(labels.revenue, ctx.locale, amountUnitLabel(ctx.locale)), 'amount'), splitNumber: 4 },
    series: [
      {
        type: 'bar',
        name: labels.revenue,
        barMaxWidth: 24,
        data: rows.map((r) => ({ value: r.revenue, key: r.month, itemStyle: { color: r.in_period ? theme.primary : theme.comparison } })),
      },
    ],
  };
}

export interface StockMonthRow { month: string; on_hand_qty: number; on_hand_value: number | null }

export interface StockLabels { value: string; qty: string }

/** Stock on hand by month: value (元) when the snapshots carry it, else quantity. */
export function partnerStockOption(rows: readonly StockMonthRow[], ctx: ChartContext, labels: StockLabels): EChartsOption {
  const theme = themeOf(ctx);
  const byValue = rows.some((r) => r.on_hand_value !== null);
  const formatter = (params: unknown): string => {
    const r = rows[dataIndexOf(params)];
    if (!r) return '';
    const lines = [{ label: labels.qty, value: formatInteger(r.on_hand_qty, ctx.locale) }];
    if (r.on_hand_value !== null) lines.unshift({ label: labels.value, value: formatAmountFull(r.on_hand_value, ctx.locale) });
    return tooltipHtml(formatMonth(r.month, ctx.locale), lines);
  };
  return {
    ...baseOption(theme),
    grid: containedGrid(28),
    tooltip: { ...tooltipBase(theme), trigger: 'axis', formatter },
    xAxis: monthAxis(rows.map((r) => r.month), ctx),
    // A short chart: few ticks, or the labels crowd.
    yAxis: { ...(byValue ? valueAxis(ctx, withUnit(labels.value, ctx.locale), 'amount') : valueAxis(ctx, labels.qty, 'integer')), splitNumber: 3 },
    series: [
      {
        type: 'line',
        name: byValue ? labels.value : labels.qty,
        data: rows.map((r) => (byValue ? r.on_hand_value : r.on_hand_qty)),
        itemStyle: { color: theme.target },
        lineStyle: { color: theme.target, width: 2 },
        areaStyle: { color: theme.target, opacity: 0.08 },
        symbolSize: 5,
      },
    ],
  };
}

export interface ProductRow { product: string | null; revenue: number; share: number | null }

/**
 * Products bought, as horizontal bars in each product's own colour (colorFor, as on every page).
 * In a narrow panel the value axis keeps few, non-overlapping ticks.
 */
export function partnerProductsOption(rows: readonly ProductRow[], ctx: ChartContext, labels: { revenue: string; nullLabel: string }): EChartsOption {
  const option = categoryBarOption(rows.map((p) => ({ key: p.product, revenue: p.revenue, share: p.share ?? undefined })), ctx, {
    horizontal: true, nullLabel: labels.nullLabel, valueLabel: labels.revenue, maxBars: 10,
  });
  const xAxis = option.xAxis as ValueAxis;
  return { ...option, xAxis: { ...xAxis, splitNumber: isNarrow(ctx) ? 2 : 4, axisLabel: { ...xAxis.axisLabel, hideOverlap: true } } };
}
