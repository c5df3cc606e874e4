/**
 * Monthly revenue against target with the chosen comparison: bars are revenue, coloured by that
 * month's attainment when it has a target; the dashed line is the target; under YoY a grey line
 * is last year (under MoM the previous bar already is the base). The tooltip gives every figure
 * exactly, with the month's attainment and its growth against the base.
 */
import { amountUnitLabel, formatAmountFull, formatDelta, formatMonth, formatPercent, formatShortMonth, withUnit } from '../../i18n/format';
import type { EChartsOption } from '../echarts';
import { axisLineStyle, baseOption, containedGrid, dataIndexOf, themeOf, tooltipBase, tooltipHtml, valueAxis, type TooltipLine } from './common';
import { isNarrow, textStyle, type ChartContext } from './theme';
import { toneColor, type Thresholds } from './tones';

export interface RevenueTargetRow {
  /** 'YYYY-MM' */
  month: string;
  revenue: number;
  /** The comparison month's revenue (same month last year, or the previous month). */
  base: number;
  target: number | null;
}

export interface RevenueTargetLabels {
  revenue: string;
  target: string;
  base: string;
  growth: string;
  attainment: string;
  amount: string;
}

export interface RevenueTargetOptions extends Thresholds {
  labels: RevenueTargetLabels;
  compare: 'yoy' | 'mom';
}

const growthOf = (r: RevenueTargetRow) => (r.base === 0 ? null : (r.revenue - r.base) / Math.abs(r.base));
const attainmentOf = (r: RevenueTargetRow) => (r.target && r.target > 0 ? r.revenue / r.target : null);

export function revenueTargetOption(rows: readonly RevenueTargetRow[], ctx: ChartContext, opts: RevenueTargetOptions): EChartsOption {
  const theme = themeOf(ctx);
  const { labels } = opts;
  const { locale } = ctx;
  const months = rows.map((r) => r.month);
  const oneYear = new Set(months.map((m) => m.slice(0, 4))).size <= 1;
  const hasTarget = rows.some((r) => r.target !== null);
  const barColor = (r: RevenueTargetRow) => (r.target === null ? theme.primary : toneColor(attainmentOf(r), opts));
  const series: NonNullable<EChartsOption['series']> = [
    {
      type: 'bar',
      name: labels.revenue,
      data: rows.map((r) => ({ key: r.month, value: r.revenue, itemStyle: { color: barColor(r) } })),
      itemStyle: { color: theme.primary, borderRadius: [2, 2, 0, 0] },
      barMaxWidth: 32,
    },
  ];
  if (opts.compare === 'yoy') {
    series.push({
      type: 'line', name: labels.base, data: rows.map((r) => r.base), symbolSize: 5,
      itemStyle: { color: theme.comparison }, lineStyle: { color: theme.comparison, width: 2 },
    });
  }
  if (hasTarget) {
    series.push({
      type: 'line', name: labels.target, data: rows.map((r) => r.target), symbol: 'none', connectNulls: false,
      itemStyle: { color: theme.target }, lineStyle: { color: theme.target, width: 2, type: 'dashed' },
    });
  }
  const formatter = (params: unknown): string => {
    const r = rows[dataIndexOf(params)];
    if (!r) return '';
    const lines: TooltipLine[] = [{ label: labels.revenue, value: formatAmountFull(r.revenue, locale), color: barColor(r) }];
    if (hasTarget) {
      lines.push(
        { label: labels.target, value: formatAmountFull(r.target, locale), color: theme.target },
        { label: labels.attainment, value: formatPercent(attainmentOf(r), locale) },
      );
    }
    lines.push(
      { label: labels.base, value: formatAmountFull(r.base, locale), color: theme.comparison },
      { label: labels.growth, value: formatDelta(growthOf(r), locale) },
    );
    return tooltipHtml(formatMonth(r.month, locale), lines);
  };
  return {
    ...baseOption(theme),
    grid: containedGrid(40),
    // Bars are coloured per month, so the legend would show one arbitrary colour: only lines get one.
    legend: {
      top: 0, left: 'center', itemWidth: 14, itemHeight: 8, data: series.slice(1).map((s) => String(s.name)),
      textStyle: { ...textStyle(theme), color: theme.textMuted },
    },
    tooltip: { ...tooltipBase(theme), trigger: 'axis', axisPointer: { type: 'shadow' }, formatter },
    xAxis: {
      type: 'category',
      data: months,
      axisLine: axisLineStyle(theme),
      axisTick: { alignWithLabel: true },
      axisLabel: {
        ...textStyle(theme), color: theme.textMuted, hideOverlap: true,
        rotate: isNarrow(ctx) && (!oneYear || months.length > 6) ? 40 : 0,
        formatter: (m: string) => (oneYear ? formatShortMonth(m, locale) : formatMonth(m, locale)),
      },
    },
    yAxis: valueAxis(ctx, withUnit(labels.amount, locale, amountUnitLabel(locale)), 'amount'),
    series,
  };
}

export { growthOf as monthGrowth, attainmentOf as monthAttainment };
