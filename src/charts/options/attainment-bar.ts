/**
 * Quota attainment per region or salesperson: one horizontal bar each, red / amber / green by
 * the settings' thresholds, a line at 100% (the target) and one at 时间进度 when the period is not
 * over yet, and a grey tick at the same group's attainment in the comparison period. Whoever is
 * below target is visible at a glance without reading a number.
 */
import '../echarts-extra';
import { formatAmountFull, formatPercent, formatPoints } from '../../i18n/format';
import type { EChartsOption } from '../echarts';
import {
  NULL_KEY, axisLineStyle, baseOption, categoryAxisLabel, containedGrid, dataIndexOf, themeOf, tooltipBase, tooltipHtml,
  type TooltipLine,
} from './common';
import { textStyle, type ChartContext } from './theme';
import { toneColor, type Thresholds } from './tones';

export interface AttainmentBarRow {
  key: string | null;
  revenue: number;
  target: number | null;
  attainment: number | null;
  baseAttainment: number | null;
}

export interface AttainmentBarLabels {
  attainment: string;
  revenue: string;
  target: string;
  /** Name of the comparison period's attainment, e.g. 去年同期完成率. */
  baseAttainment: string;
  /** The change against it, e.g. 同比变化. */
  change: string;
  timeProgress: string;
  nullLabel: string;
}

export interface AttainmentBarOptions extends Thresholds {
  labels: AttainmentBarLabels;
  /** 0..1; drawn as a second reference line while the period is still running. */
  timeProgress: number;
  selected?: readonly string[];
}

export function attainmentBarHeight(rows: number): number {
  return Math.max(200, rows * 22 + 60);
}

const pct = (v: number) => `${Math.round(v * 100)}%`;

function referenceLines(opts: AttainmentBarOptions, ctx: ChartContext) {
  const theme = themeOf(ctx);
  const line = (x: number, name: string, color: string, type: 'solid' | 'dashed') => ({
    xAxis: x,
    name,
    lineStyle: { color, type, width: 1.5 },
    // The category axis is inverted, so the line's start is at the top.
    label: { formatter: `${name} ${pct(x)}`, color, fontSize: 11, position: 'start' as const },
  });
  const lines = [line(1, opts.labels.target, theme.target, 'solid')];
  if (opts.timeProgress > 0 && opts.timeProgress < 0.995) lines.push(line(opts.timeProgress, opts.labels.timeProgress, theme.textMuted, 'dashed'));
  return { silent: true, symbol: 'none', data: lines };
}

export function attainmentBarOption(rows: readonly AttainmentBarRow[], ctx: ChartContext, opts: AttainmentBarOptions): EChartsOption {
  const theme = themeOf(ctx);
  const { labels } = opts;
  const selected = new Set(opts.selected ?? []);
  const names = rows.map((r) => r.key ?? labels.nullLabel);
  const colors = rows.map((r) => toneColor(r.attainment, opts));
  const items = rows.map((r, i) => {
    const key = r.key ?? NULL_KEY;
    const opacity = selected.size === 0 || selected.has(key) ? 1 : theme.dimOpacity;
    return { name: names[i], key, value: r.attainment, itemStyle: { color: colors[i], opacity } };
  });
  const top = Math.max(1.2, ...rows.map((r) => r.attainment ?? 0), ...rows.map((r) => r.baseAttainment ?? 0));
  const formatter = (params: unknown): string => {
    const i = dataIndexOf(params);
    const r = rows[i];
    if (!r) return '';
    const lines: TooltipLine[] = [
      { label: labels.attainment, value: formatPercent(r.attainment, ctx.locale), color: colors[i] },
      { label: labels.revenue, value: formatAmountFull(r.revenue, ctx.locale) },
      { label: labels.target, value: formatAmountFull(r.target, ctx.locale) },
      { label: labels.baseAttainment, value: formatPercent(r.baseAttainment, ctx.locale), color: theme.comparison },
      {
        label: labels.change,
        value: formatPoints(r.attainment !== null && r.baseAttainment !== null ? r.attainment - r.baseAttainment : null, ctx.locale),
      },
    ];
    return tooltipHtml(names[i], lines);
  };
  return {
    ...baseOption(theme),
    grid: { ...containedGrid(22), right: 8 },
    tooltip: { ...tooltipBase(theme), trigger: 'item', formatter },
    xAxis: {
      type: 'value',
      min: 0,
      max: Math.ceil(top * 10) / 10,
      axisLabel: { color: theme.textMuted, formatter: (v: number) => pct(v) },
      splitLine: { lineStyle: { color: theme.splitLine } },
    },
    // Percentages in a right-hand column (a second category axis), clear of the bars and ticks.
    yAxis: [
      {
        type: 'category', data: names, inverse: true, axisLine: axisLineStyle(theme), axisTick: { show: false },
        axisLabel: categoryAxisLabel(ctx, names.length, true),
      },
      {
        type: 'category', data: names, inverse: true, position: 'right', axisLine: { show: false }, axisTick: { show: false },
        axisLabel: {
          ...textStyle(theme), fontSize: 11, fontWeight: 600,
          color: (_: unknown, i?: number) => (i === undefined ? theme.textMuted : colors[i] ?? theme.textMuted),
          formatter: (_: string, i: number) => formatPercent(rows[i]?.attainment ?? null, ctx.locale),
        },
      },
    ],
    series: [
      {
        type: 'bar',
        name: labels.attainment,
        data: items,
        barWidth: 12,
        markLine: referenceLines(opts, ctx),
      },
      {
        type: 'scatter',
        name: labels.baseAttainment,
        data: rows.map((r, i) => ({ value: [r.baseAttainment, i], key: r.key ?? NULL_KEY })),
        symbol: 'rect',
        symbolSize: [3, 16],
        itemStyle: { color: theme.comparison },
        z: 4,
      },
    ],
  };
}
