/**
 * Monthly revenue: this year's bars, last year as a grey line, the target as a dashed line.
 * The tooltip gives all three exactly plus attainment, which is what a manager reads out in the
 * monthly meeting.
 */
import {
  amountUnitLabel,
  formatAmountFull,
  formatMonth,
  formatPercent,
  formatShortMonth,
  withUnit,
} from '../../i18n/format';
import type { EChartsOption } from '../echarts';
import {
  axisLineStyle,
  baseOption,
  containedGrid,
  dataIndexOf,
  themeOf,
  tooltipBase,
  tooltipHtml,
  valueAxis,
  type TooltipLine,
} from './common';
import { isNarrow, textStyle, type ChartContext } from './theme';

export interface MonthlyRevenueRow {
  /** 'YYYY-MM' */
  month: string;
  revenue: number;
  revenue_last_year: number;
  target: number | null;
}

export interface MonthlyRevenueLabels {
  revenue: string;
  lastYear: string;
  target: string;
  /** Tooltip label for revenue ÷ target; defaults to 达成率 / Attainment. */
  attainment?: string;
  /** Value-axis name before the unit; defaults to 金额 / Amount. */
  amount?: string;
}

export function monthlyRevenueOption(
  rows: readonly MonthlyRevenueRow[],
  ctx: ChartContext,
  labels: MonthlyRevenueLabels,
): EChartsOption {
  const theme = themeOf(ctx);
  const { locale } = ctx;
  const zh = locale === 'zh-CN';
  const months = rows.map((r) => r.month);
  // Within one year "3月" is enough; across years the year must be visible.
  const oneYear = new Set(months.map((m) => m.slice(0, 4))).size <= 1;
  const monthLabel = (m: string) => (oneYear ? formatShortMonth(m, locale) : formatMonth(m, locale));
  const hasTarget = rows.some((r) => r.target !== null);
  const attainmentLabel = labels.attainment ?? (zh ? '达成率' : 'Attainment');
  const amountName = labels.amount ?? (zh ? '金额' : 'Amount');

  const series: NonNullable<EChartsOption['series']> = [
    {
      type: 'bar',
      name: labels.revenue,
      data: rows.map((r) => r.revenue),
      itemStyle: { color: theme.primary, borderRadius: [2, 2, 0, 0] },
      barMaxWidth: 32,
    },
    {
      type: 'line',
      name: labels.lastYear,
      data: rows.map((r) => r.revenue_last_year),
      itemStyle: { color: theme.comparison },
      lineStyle: { color: theme.comparison, width: 2 },
      symbolSize: 5,
    },
  ];
  if (hasTarget) {
    series.push({
      type: 'line',
      name: labels.target,
      data: rows.map((r) => r.target),
      itemStyle: { color: theme.target },
      lineStyle: { color: theme.target, width: 2, type: 'dashed' },
      symbol: 'none',
      connectNulls: false,
    });
  }

  const formatter = (params: unknown): string => {
    const row = rows[dataIndexOf(params)];
    if (!row) return '';
    const lines: TooltipLine[] = [
      { label: labels.revenue, value: formatAmountFull(row.revenue, locale), color: theme.primary },
      {
        label: labels.lastYear,
        value: formatAmountFull(row.revenue_last_year, locale),
        color: theme.comparison,
      },
    ];
    if (hasTarget) {
      lines.push(
        { label: labels.target, value: formatAmountFull(row.target, locale), color: theme.target },
        {
          label: attainmentLabel,
          value: formatPercent(row.target ? row.revenue / row.target : null, locale),
        },
      );
    }
    return tooltipHtml(formatMonth(row.month, locale), lines);
  };

  return {
    ...baseOption(theme),
    grid: containedGrid(40),
    legend: {
      top: 0,
      left: 'center',
      itemWidth: 14,
      itemHeight: 8,
      textStyle: { ...textStyle(theme), color: theme.textMuted },
    },
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
        formatter: monthLabel,
      },
    },
    yAxis: valueAxis(ctx, withUnit(amountName, locale, amountUnitLabel(locale)), 'amount'),
    series,
  };
}
