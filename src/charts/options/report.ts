/**
 * The monthly report's charts, pure (rows + context → option): year-on-year change bars, quota
 * attainment bars, weeks-of-supply alerts, overdue receivables by aging bucket, and the revenue
 * history with next months' forecast. Every data item keeps its raw value as `key`; every
 * tooltip goes through tooltipHtml, which escapes data text.
 */
import '../echarts-extra';
import { formatAmount, formatAmountFull, formatDelta, formatMonth, formatPercent, formatShortMonth, withUnit } from '../../i18n/format';
import type { EChartsOption } from '../echarts';
import { axisLineStyle, baseOption, categoryAxisLabel, compactValue, containedGrid, dataIndexOf, themeOf, tooltipBase, tooltipHtml, valueAxis, type TooltipLine } from './common';
import { textStyle, type ChartContext } from './theme';

/** The status colours of app.css (--good, --warn, --bad). */
export const TONE_COLORS = { good: '#16a34a', warn: '#d97706', bad: '#dc2626' } as const;

const signedCompact = (v: number, ctx: ChartContext) => `${v > 0 ? '+' : v < 0 ? '\u2212' : ''}${compactValue('amount', ctx.locale)(Math.abs(v))}`;

/** Horizontal bars, first row on top, with the labels at the bar ends. */
function horizontalBars(names: string[], ctx: ChartContext): { yAxis: EChartsOption['yAxis']; grid: EChartsOption['grid'] } {
  const theme = themeOf(ctx);
  return {
    grid: { ...containedGrid(8), right: 64, left: 8 },
    yAxis: { type: 'category', data: names, inverse: true, axisLine: axisLineStyle(theme), axisTick: { show: false }, axisLabel: categoryAxisLabel(ctx, names.length, true) },
  };
}

export interface ChangeRow { key: string | null; name: string; change: number; growth: number | null; revenue: number; base: number }
export interface ChangeLabels { change: string; growth: string; revenue: string; base: string }

/** Change against the comparison period: green rises, red falls, signed labels. */
export function changeBarOption(rows: readonly ChangeRow[], ctx: ChartContext, labels: ChangeLabels): EChartsOption {
  const theme = themeOf(ctx);
  const bars = horizontalBars(rows.map((r) => r.name), ctx);
  return {
    ...baseOption(theme),
    grid: bars.grid,
    tooltip: {
      ...tooltipBase(theme), trigger: 'item',
      formatter: (p: unknown) => {
        const r = rows[dataIndexOf(p)];
        if (!r) return '';
        return tooltipHtml(r.name, [
          { label: labels.change, value: `${r.change > 0 ? '+' : ''}${formatAmountFull(r.change, ctx.locale)}`, color: r.change >= 0 ? TONE_COLORS.good : TONE_COLORS.bad },
          { label: labels.growth, value: formatDelta(r.growth, ctx.locale) },
          { label: labels.revenue, value: formatAmountFull(r.revenue, ctx.locale) },
          { label: labels.base, value: formatAmountFull(r.base, ctx.locale) },
        ]);
      },
    },
    xAxis: { ...valueAxis(ctx, withUnit(labels.change, ctx.locale), 'amount'), nameLocation: 'middle', nameGap: 26 },
    yAxis: bars.yAxis,
    series: [{
      type: 'bar', name: labels.change, barMaxWidth: 18,
      data: rows.map((r) => ({ value: r.change, key: r.key ?? '', itemStyle: { color: r.change >= 0 ? TONE_COLORS.good : TONE_COLORS.bad } })),
      label: { show: true, position: 'right', ...textStyle(theme), color: theme.textMuted, fontSize: 11, formatter: (p: { value: unknown }) => signedCompact(Number(p.value), ctx) },
    }],
  };
}

export interface AttainmentRow { key: string | null; name: string; attainment: number | null; revenue: number; target: number | null }
export interface AttainmentLabels { attainment: string; revenue: string; target: string }

export function attainmentTone(value: number | null, good: number, warn: number): keyof typeof TONE_COLORS | null {
  if (value === null) return null;
  return value >= good ? 'good' : value >= warn ? 'warn' : 'bad';
}

/** Quota attainment per row with a line at 100%, coloured red / amber / green by the thresholds. */
export function attainmentBarOption(rows: readonly AttainmentRow[], ctx: ChartContext, th: { good: number; warn: number }, labels: AttainmentLabels): EChartsOption {
  const theme = themeOf(ctx);
  const bars = horizontalBars(rows.map((r) => r.name), ctx);
  const color = (v: number | null) => TONE_COLORS[attainmentTone(v, th.good, th.warn) ?? 'warn'];
  return {
    ...baseOption(theme),
    grid: bars.grid,
    tooltip: {
      ...tooltipBase(theme), trigger: 'item',
      formatter: (p: unknown) => {
        const r = rows[dataIndexOf(p)];
        return r ? tooltipHtml(r.name, [
          { label: labels.attainment, value: formatPercent(r.attainment, ctx.locale), color: color(r.attainment) },
          { label: labels.revenue, value: formatAmountFull(r.revenue, ctx.locale) },
          { label: labels.target, value: formatAmountFull(r.target, ctx.locale) },
        ]) : '';
      },
    },
    xAxis: {
      type: 'value', name: labels.attainment, nameLocation: 'middle', nameGap: 26, nameTextStyle: { color: theme.textMuted },
      axisLabel: { color: theme.textMuted, formatter: (v: number) => formatPercent(v, ctx.locale, 0) }, splitLine: { lineStyle: { color: theme.splitLine } },
    },
    yAxis: bars.yAxis,
    series: [{
      type: 'bar', name: labels.attainment, barMaxWidth: 18,
      data: rows.map((r) => ({ value: r.attainment ?? 0, key: r.key ?? '', itemStyle: { color: color(r.attainment) } })),
      label: { show: true, position: 'right', ...textStyle(theme), color: theme.textMuted, fontSize: 11, formatter: (p: { dataIndex: number }) => formatPercent(rows[p.dataIndex]?.attainment, ctx.locale) },
      markLine: { silent: true, symbol: 'none', label: { show: false }, lineStyle: { color: theme.text, type: 'solid', width: 1 }, data: [{ xAxis: 1 }] },
    }],
  };
}

export interface WeeksRow { key: string; name: string; weeks: number | null; noMovement: boolean; status: 'over' | 'under' | 'healthy' | null; overstock: number }
export interface WeeksLabels { weeks: string; overstock: string; noMovement: string; status: Record<'over' | 'under' | 'healthy', string> }

/** Weeks of supply per partner with the under / over thresholds; no-movement stock drawn past the longest bar. */
export function weeksBarOption(rows: readonly WeeksRow[], ctx: ChartContext, th: { under: number; over: number }, labels: WeeksLabels): EChartsOption {
  const theme = themeOf(ctx);
  const bars = horizontalBars(rows.map((r) => r.name), ctx);
  const longest = Math.max(th.over * 1.5, ...rows.map((r) => r.weeks ?? 0));
  const shown = (r: WeeksRow) => (r.noMovement || r.weeks === null ? longest * 1.1 : r.weeks);
  const fmt = (r: WeeksRow) => (r.noMovement || r.weeks === null ? labels.noMovement : r.weeks.toFixed(1));
  const tone = (r: WeeksRow) => (r.status === 'over' ? TONE_COLORS.bad : r.status === 'under' ? TONE_COLORS.warn : TONE_COLORS.good);
  const line = (x: number) => ({ xAxis: x, label: { show: true, position: 'end' as const, formatter: String(x), color: theme.textMuted, fontSize: 10 } });
  return {
    ...baseOption(theme),
    grid: bars.grid,
    tooltip: {
      ...tooltipBase(theme), trigger: 'item',
      formatter: (p: unknown) => {
        const r = rows[dataIndexOf(p)];
        return r ? tooltipHtml(r.name, [
          { label: labels.weeks, value: fmt(r), color: tone(r) },
          ...(r.status ? [{ label: '', value: labels.status[r.status] }] : []),
          { label: labels.overstock, value: formatAmountFull(r.overstock, ctx.locale) },
        ]) : '';
      },
    },
    xAxis: { type: 'value', name: labels.weeks, nameLocation: 'middle', nameGap: 26, nameTextStyle: { color: theme.textMuted }, axisLabel: { color: theme.textMuted }, splitLine: { lineStyle: { color: theme.splitLine } } },
    yAxis: bars.yAxis,
    series: [{
      type: 'bar', name: labels.weeks, barMaxWidth: 18,
      data: rows.map((r) => ({ value: shown(r), key: r.key, itemStyle: { color: tone(r) } })),
      label: { show: true, position: 'right', ...textStyle(theme), color: theme.textMuted, fontSize: 11, formatter: (p: { dataIndex: number }) => (rows[p.dataIndex] ? fmt(rows[p.dataIndex]) : '') },
      markLine: { silent: true, symbol: 'none', lineStyle: { color: theme.textMuted, type: 'dashed' }, data: [line(th.under), line(th.over)] },
    }],
  };
}

export const OVERDUE_BUCKETS = ['1-30', '31-60', '61-90', '90+'] as const;
export type OverdueBucket = (typeof OVERDUE_BUCKETS)[number];
const BUCKET_COLORS: Record<OverdueBucket, string> = { '1-30': '#f2c14e', '31-60': '#e58f3a', '61-90': '#d4582f', '90+': '#9b1c1c' };
export interface OverdueRow { key: string | null; name: string; buckets: Record<OverdueBucket, number>; overdue: number; share: number | null }

/** Overdue amounts stacked by aging bucket, one bar per salesperson (or partner). */
export function overdueStackOption(rows: readonly OverdueRow[], ctx: ChartContext, labels: { overdue: string; share: string; buckets: Record<OverdueBucket, string> }): EChartsOption {
  const theme = themeOf(ctx);
  const bars = horizontalBars(rows.map((r) => r.name), ctx);
  const tooltip = (p: unknown) => {
    const r = rows[dataIndexOf(p)];
    if (!r) return '';
    const lines: TooltipLine[] = OVERDUE_BUCKETS.map((b) => ({ label: labels.buckets[b], value: formatAmountFull(r.buckets[b], ctx.locale), color: BUCKET_COLORS[b] }));
    return tooltipHtml(r.name, [...lines, { label: labels.overdue, value: formatAmountFull(r.overdue, ctx.locale) }, { label: labels.share, value: formatPercent(r.share, ctx.locale) }]);
  };
  return {
    ...baseOption(theme),
    grid: { ...bars.grid, top: 32 },
    legend: { top: 0, itemWidth: 12, itemHeight: 8, textStyle: { ...textStyle(theme), color: theme.textMuted } },
    tooltip: { ...tooltipBase(theme), trigger: 'axis', axisPointer: { type: 'shadow' }, formatter: tooltip },
    xAxis: { ...valueAxis(ctx, withUnit(labels.overdue, ctx.locale), 'amount'), nameLocation: 'middle', nameGap: 26 },
    yAxis: bars.yAxis,
    series: OVERDUE_BUCKETS.map((b, i) => ({
      type: 'bar' as const, name: labels.buckets[b], stack: 'overdue', barMaxWidth: 18, itemStyle: { color: BUCKET_COLORS[b] },
      data: rows.map((r) => ({ value: r.buckets[b], key: r.key ?? '' })),
      // The total at the end of the last segment.
      label: i === OVERDUE_BUCKETS.length - 1
        ? { show: true, position: 'right' as const, ...textStyle(theme), color: theme.textMuted, fontSize: 11, formatter: (p: { dataIndex: number }) => formatAmount(rows[p.dataIndex]?.overdue ?? 0, ctx.locale, { currency: true }) }
        : { show: false },
    })),
  };
}

export interface ForecastPoint { month: string; actual: number | null; forecast: number | null }

/** Actual revenue as bars and the forecast as a dashed line joined to the last actual month. */
export function forecastLineOption(points: readonly ForecastPoint[], ctx: ChartContext, labels: { actual: string; forecast: string; amount: string }): EChartsOption {
  const theme = themeOf(ctx);
  const lastActual = points.reduce((k, p, i) => (p.actual !== null ? i : k), -1);
  const line = points.map((p, i) => (i === lastActual && p.forecast === null ? p.actual : p.forecast));
  const years = new Set(points.map((p) => p.month.slice(0, 4))).size;
  return {
    ...baseOption(theme),
    grid: containedGrid(36),
    legend: { top: 0, itemWidth: 14, itemHeight: 8, textStyle: { ...textStyle(theme), color: theme.textMuted } },
    tooltip: {
      ...tooltipBase(theme), trigger: 'axis', axisPointer: { type: 'shadow' },
      formatter: (p: unknown) => {
        const pt = points[dataIndexOf(p)];
        if (!pt) return '';
        const lines: TooltipLine[] = [];
        if (pt.actual !== null) lines.push({ label: labels.actual, value: formatAmountFull(pt.actual, ctx.locale), color: theme.primary });
        if (pt.forecast !== null) lines.push({ label: labels.forecast, value: formatAmountFull(pt.forecast, ctx.locale), color: theme.target });
        return tooltipHtml(formatMonth(pt.month, ctx.locale), lines);
      },
    },
    xAxis: {
      type: 'category', data: points.map((p) => p.month), axisLine: axisLineStyle(theme), axisTick: { alignWithLabel: true },
      axisLabel: { color: theme.textMuted, hideOverlap: true, formatter: (m: string) => (years > 1 && m.endsWith('-01') ? formatMonth(m, ctx.locale) : formatShortMonth(m, ctx.locale)) },
    },
    yAxis: valueAxis(ctx, withUnit(labels.amount, ctx.locale), 'amount'),
    series: [
      { type: 'bar', name: labels.actual, data: points.map((p) => p.actual), itemStyle: { color: theme.primary }, barMaxWidth: 28 },
      { type: 'line', name: labels.forecast, data: line, connectNulls: false, itemStyle: { color: theme.target }, lineStyle: { color: theme.target, type: 'dashed', width: 2 }, symbolSize: 6 },
    ],
  };
}
