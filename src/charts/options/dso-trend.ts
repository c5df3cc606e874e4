/**
 * DSO (days sales outstanding) per month as a line, last year's as a grey line for comparison.
 * The tooltip shows the parts of the figure — receivables at month end, credit sales of the
 * three months and their days — so the reader sees whether DSO rose because collection slowed
 * or because sales fell.
 */
import { formatAmountFull, formatInteger, formatMonth, formatShortMonth, type Locale } from '../../i18n/format';
import type { EChartsOption } from '../echarts';
import { axisLineStyle, baseOption, containedGrid, dataIndexOf, themeOf, tooltipBase, tooltipHtml, valueAxis, type TooltipLine } from './common';
import { isNarrow, textStyle, type ChartContext } from './theme';

export interface DsoPoint {
  month: string;
  dso: number | null;
  ending_ar: number;
  credit_sales: number;
  days: number;
  dso_last_year: number | null;
}

export interface DsoLabels {
  dso: string;
  lastYear: string;
  endingAr: string;
  creditSales: string;
  days: string;
  /** Axis name: 天 / days. */
  axis: string;
}

export function daysText(v: number | null, locale: Locale): string {
  return v === null || !Number.isFinite(v) ? '—' : new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(v);
}

export function dsoTrendOption(rows: readonly DsoPoint[], ctx: ChartContext, labels: DsoLabels): EChartsOption {
  const theme = themeOf(ctx);
  const { locale } = ctx;
  const months = rows.map((r) => r.month);
  const oneYear = new Set(months.map((m) => m.slice(0, 4))).size <= 1;
  const hasLastYear = rows.some((r) => r.dso_last_year !== null);
  const formatter = (params: unknown): string => {
    const r = rows[dataIndexOf(params)];
    if (!r) return '';
    const lines: TooltipLine[] = [
      { label: labels.dso, value: daysText(r.dso, locale), color: theme.primary },
      { label: labels.endingAr, value: formatAmountFull(r.ending_ar, locale) },
      { label: labels.creditSales, value: formatAmountFull(r.credit_sales, locale) },
      { label: labels.days, value: formatInteger(r.days, locale) },
    ];
    if (hasLastYear) lines.push({ label: labels.lastYear, value: daysText(r.dso_last_year, locale), color: theme.comparison });
    return tooltipHtml(formatMonth(r.month, locale), lines);
  };
  const series: NonNullable<EChartsOption['series']> = [
    {
      type: 'line', name: labels.dso, data: rows.map((r) => r.dso), connectNulls: false, symbolSize: 6,
      itemStyle: { color: theme.primary }, lineStyle: { color: theme.primary, width: 2.5 },
      label: { show: !isNarrow(ctx) && rows.length <= 12, position: 'top', fontSize: 11, color: theme.textMuted, formatter: (p: { value: unknown }) => daysText(p.value as number | null, locale) },
    },
  ];
  if (hasLastYear) {
    series.push({
      type: 'line', name: labels.lastYear, data: rows.map((r) => r.dso_last_year), connectNulls: false, symbolSize: 4,
      itemStyle: { color: theme.comparison }, lineStyle: { color: theme.comparison, width: 2 },
    });
  }
  return {
    ...baseOption(theme),
    grid: containedGrid(40),
    legend: { top: 0, left: 'center', itemWidth: 14, itemHeight: 8, textStyle: { ...textStyle(theme), color: theme.textMuted } },
    tooltip: { ...tooltipBase(theme), trigger: 'axis', formatter },
    xAxis: {
      type: 'category',
      data: months,
      axisLine: axisLineStyle(theme),
      axisTick: { alignWithLabel: true },
      axisLabel: {
        ...textStyle(theme), color: theme.textMuted, hideOverlap: true,
        formatter: (m: string) => (oneYear ? formatShortMonth(m, locale) : formatMonth(m, locale)),
      },
    },
    yAxis: { ...valueAxis(ctx, labels.axis, 'integer'), min: 0 },
    series,
  };
}
