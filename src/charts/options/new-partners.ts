/**
 * New partners signed per month, with the productive ones (first order within 90 days) drawn
 * inside the same bar: the light bar is everyone signed, the dark part those who started selling.
 * A month keeps its 'YYYY-MM' as the click key (a click narrows the period to that month).
 */
import { formatInteger, formatMonth, formatPercent, formatShortMonth } from '../../i18n/format';
import type { EChartsOption } from '../echarts';
import { axisLineStyle, baseOption, containedGrid, dataIndexOf, themeOf, tooltipBase, tooltipHtml, valueAxis } from './common';
import { isNarrow, textStyle, type ChartContext } from './theme';

export interface NewPartnersMonthRow { month: string; new: number; productive: number }

export interface NewPartnersLabels {
  signed: string;
  productive: string;
  /** Tooltip label of productive ÷ signed. */
  rate: string;
  /** Value axis name (a count). */
  axis: string;
}

/** The colour of signed-but-not-yet-productive: a light tint of the primary blue. */
export const SIGNED_COLOR = '#a9c1e3';

export function newPartnersOption(rows: readonly NewPartnersMonthRow[], ctx: ChartContext, labels: NewPartnersLabels): EChartsOption {
  const theme = themeOf(ctx);
  const { locale } = ctx;
  const months = rows.map((r) => r.month);
  const oneYear = new Set(months.map((m) => m.slice(0, 4))).size <= 1;
  const item = (r: NewPartnersMonthRow, value: number) => ({ value, key: r.month, name: r.month });
  const formatter = (params: unknown): string => {
    const r = rows[dataIndexOf(params)];
    if (!r) return '';
    return tooltipHtml(formatMonth(r.month, locale), [
      { label: labels.signed, value: formatInteger(r.new, locale), color: SIGNED_COLOR },
      { label: labels.productive, value: formatInteger(r.productive, locale), color: theme.primary },
      { label: labels.rate, value: formatPercent(r.new > 0 ? r.productive / r.new : null, locale) },
    ]);
  };
  return {
    ...baseOption(theme),
    grid: containedGrid(36),
    legend: { top: 0, left: 'center', itemWidth: 14, itemHeight: 8, textStyle: { ...textStyle(theme), color: theme.textMuted } },
    tooltip: { ...tooltipBase(theme), trigger: 'axis', axisPointer: { type: 'shadow' }, formatter },
    xAxis: {
      type: 'category',
      data: months,
      axisLine: axisLineStyle(theme),
      axisTick: { alignWithLabel: true },
      axisLabel: {
        ...textStyle(theme),
        color: theme.textMuted,
        hideOverlap: true,
        rotate: isNarrow(ctx) && (!oneYear || months.length > 6) ? 40 : 0,
        formatter: (m: string) => (oneYear ? formatShortMonth(m, locale) : formatMonth(m, locale)),
      },
    },
    yAxis: { ...valueAxis(ctx, labels.axis, 'integer'), minInterval: 1 },
    series: [
      { type: 'bar', name: labels.signed, data: rows.map((r) => item(r, r.new)), itemStyle: { color: SIGNED_COLOR }, barMaxWidth: 28 },
      // Drawn over the signed bar (barGap −100%): productive is a part of signed, not a second count.
      { type: 'bar', name: labels.productive, data: rows.map((r) => item(r, r.productive)), itemStyle: { color: theme.primary }, barMaxWidth: 28, barGap: '-100%' },
    ],
  };
}
