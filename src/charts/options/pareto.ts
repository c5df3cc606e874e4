/**
 * Pareto curve of partner revenue: x = share of partners (ranked by revenue), y = cumulative share
 * of revenue. A dashed line marks the threshold (80%) and where the curve crosses it, which is
 * the "N partners make 80%" figure read out beside the chart. The diagonal is what an even spread
 * would look like.
 */
import '../echarts-extra';
import { formatAmountFull, formatInteger, formatPercent } from '../../i18n/format';
import type { EChartsOption } from '../echarts';
import { baseOption, containedGrid, dataIndexOf, themeOf, tooltipBase, tooltipHtml } from './common';
import { textStyle, type ChartContext } from './theme';

export interface ParetoPointRow {
  rank: number;
  partner_name: string | null;
  revenue: number;
  cumulative_share: number;
  partner_share: number;
}

export interface ParetoLabels {
  /** Axis: 伙伴数占比 / Share of partners */
  partners: string;
  /** Axis: 累计销售额占比 / Cumulative share of revenue */
  cumulative: string;
  /** Tooltip: 排名 / Rank */
  rank: string;
  revenue: string;
  /** Name of the even-spread diagonal. */
  even: string;
  nullLabel: string;
}

export interface ParetoOptions {
  labels: ParetoLabels;
  /** 0..1, default 0.8 */
  threshold?: number;
  /** Where the curve reaches the threshold (paretoCount ÷ partners); null when unknown. */
  crossing: number | null;
}

/** Keep at most `limit` points (always the first and the last) — a curve needs no more. */
export function thinCurve<T>(points: readonly T[], limit = 400): T[] {
  if (points.length <= limit) return [...points];
  const step = (points.length - 1) / (limit - 1);
  return Array.from({ length: limit }, (_, i) => points[Math.round(i * step)]);
}

const pct = (v: number) => `${Math.round(v * 100)}%`;

export function paretoOption(curve: readonly ParetoPointRow[], ctx: ChartContext, opts: ParetoOptions): EChartsOption {
  const theme = themeOf(ctx);
  const { labels } = opts;
  const threshold = opts.threshold ?? 0.8;
  const points = thinCurve(curve);
  const formatter = (params: unknown): string => {
    // Index 0 is the origin the curve starts from.
    const p = points[dataIndexOf(params) - 1];
    if (!p) return '';
    return tooltipHtml(p.partner_name ?? labels.nullLabel, [
      { label: labels.rank, value: formatInteger(p.rank, ctx.locale) },
      { label: labels.revenue, value: formatAmountFull(p.revenue, ctx.locale) },
      { label: labels.partners, value: formatPercent(p.partner_share, ctx.locale) },
      { label: labels.cumulative, value: formatPercent(p.cumulative_share, ctx.locale), color: theme.primary },
    ]);
  };
  const marks: { xAxis?: number; yAxis?: number; label: { formatter: string } }[] = [
    { yAxis: threshold, label: { formatter: pct(threshold) } },
  ];
  if (opts.crossing !== null) marks.push({ xAxis: opts.crossing, label: { formatter: formatPercent(opts.crossing, ctx.locale) } });
  const percentAxis = (name: string) => ({
    type: 'value' as const,
    name,
    min: 0,
    max: 1,
    nameLocation: 'middle' as const,
    nameGap: 28,
    nameTextStyle: { color: theme.textMuted, fontFamily: theme.fontFamily },
    axisLabel: { color: theme.textMuted, formatter: pct },
    splitLine: { lineStyle: { color: theme.splitLine } },
  });
  return {
    ...baseOption(theme),
    grid: { ...containedGrid(16), right: 16 },
    tooltip: { ...tooltipBase(theme), trigger: 'axis', formatter },
    xAxis: percentAxis(labels.partners),
    yAxis: { ...percentAxis(labels.cumulative), nameGap: 36 },
    series: [
      {
        type: 'line',
        name: labels.cumulative,
        data: [[0, 0], ...points.map((p) => [p.partner_share, p.cumulative_share])],
        showSymbol: false,
        lineStyle: { color: theme.primary, width: 2 },
        itemStyle: { color: theme.primary },
        areaStyle: { color: theme.primary, opacity: 0.08 },
        markLine: {
          silent: true,
          symbol: 'none',
          lineStyle: { color: theme.target, type: 'dashed' },
          label: { ...textStyle(theme), color: theme.target, fontSize: 11 },
          data: marks,
        },
      },
      {
        type: 'line',
        name: labels.even,
        data: [[0, 0], [1, 1]],
        silent: true,
        showSymbol: false,
        lineStyle: { color: theme.comparison, width: 1, type: 'dotted' },
        tooltip: { show: false },
      },
    ],
  };
}
