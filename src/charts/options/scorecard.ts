/**
 * Scorecard charts: what a total is made of (weighted points per KPI, stacked per person), each
 * KPI's score month by month against the 100 line (on target), and partners per segment.
 * Every bar item carries its row's key, so a click opens that salesperson or segment.
 */
import '../echarts-extra';
import { formatInteger, formatMonth, formatShortMonth } from '../../i18n/format';
import type { EChartsOption } from '../echarts';
import {
  axisLineStyle, baseOption, categoryAxisLabel, containedGrid, dataIndexOf, themeOf, tooltipBase, tooltipHtml, valueAxis,
  type TooltipLine,
} from './common';
import { CATEGORICAL_PALETTE, isNarrow, textStyle, type ChartContext } from './theme';
import { TONE_COLORS } from './tones';

/** Six hues far enough apart to tell six lines apart (the palette's teal and sea green are not). */
const KPI_HUES = [0, 1, 2, 3, 4, 8].map((i) => CATEGORICAL_PALETTE[i]);
/** KPI i → a fixed hue, the same on the stack and on the trend. */
export const kpiColor = (i: number) => KPI_HUES[i % KPI_HUES.length];

const one = (v: number, locale: string) => new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(v);

export interface ScoreStackRow {
  key: string;
  /** Points per KPI (effective weight × score), null when the KPI has no score; order of `kpis`. */
  points: (number | null)[];
  total: number | null;
  passed: boolean;
}

export interface ScoreStackOptions {
  kpis: string[];
  valueLabel: string;
  totalLabel: string;
  failedLabel: string;
  selected?: readonly string[];
}

/** Horizontal stacked bars, best first on top; failed reviews are hatched out by opacity. */
export function scoreStackOption(rows: readonly ScoreStackRow[], ctx: ChartContext, opts: ScoreStackOptions): EChartsOption {
  const theme = themeOf(ctx);
  const selected = new Set(opts.selected ?? []);
  const opacity = (r: ScoreStackRow) => (selected.size > 0 && !selected.has(r.key) ? theme.dimOpacity : r.passed ? 1 : 0.45);
  const tooltip = (params: unknown): string => {
    const row = rows[dataIndexOf(params)];
    if (!row) return '';
    const lines: TooltipLine[] = opts.kpis.map((k, i) => ({ label: k, value: row.points[i] === null ? '—' : one(row.points[i] as number, ctx.locale), color: kpiColor(i) }));
    lines.push({ label: opts.totalLabel, value: row.total === null ? '—' : one(row.total, ctx.locale) });
    if (!row.passed) lines.push({ label: opts.failedLabel, value: '✗' });
    return tooltipHtml(row.key, lines);
  };
  const last = opts.kpis.length - 1;
  return {
    ...baseOption(theme),
    grid: { ...containedGrid(36), right: 48 },
    legend: { top: 0, left: 'center', itemWidth: 12, itemHeight: 8, textStyle: { ...textStyle(theme), color: theme.textMuted, fontSize: 11 } },
    tooltip: { ...tooltipBase(theme), trigger: 'axis', axisPointer: { type: 'shadow' }, formatter: tooltip },
    xAxis: { ...valueAxis(ctx, opts.valueLabel, 'integer'), nameLocation: 'middle', nameGap: 24, max: (v: { max: number }) => Math.max(100, Math.ceil(v.max / 10) * 10) },
    yAxis: {
      type: 'category', inverse: true, data: rows.map((r) => r.key), axisLine: axisLineStyle(theme), axisTick: { show: false },
      axisLabel: categoryAxisLabel(ctx, rows.length, true),
    },
    series: opts.kpis.map((name, i) => ({
      type: 'bar' as const, name, stack: 'total', barMaxWidth: 18,
      itemStyle: { color: kpiColor(i) },
      data: rows.map((r) => ({ name: r.key, key: r.key, value: r.points[i] ?? 0, itemStyle: { color: kpiColor(i), opacity: opacity(r) } })),
      // The total at the end of the last segment.
      ...(i === last ? {
        label: {
          show: true, position: 'right' as const, ...textStyle(theme), color: theme.textMuted, fontSize: 11,
          formatter: (p: { dataIndex: number }) => { const t = rows[p.dataIndex]?.total; return t === null || t === undefined ? '—' : one(t, ctx.locale); },
        },
      } : {}),
    })),
  };
}

export interface TrendSeries { label: string; scores: (number | null)[] }

/** One line per KPI score by month; the dashed 100 line is "on target". */
export function kpiTrendOption(months: readonly string[], series: readonly TrendSeries[], ctx: ChartContext, labels: { score: string; target: string }): EChartsOption {
  const theme = themeOf(ctx);
  const oneYear = new Set(months.map((m) => m.slice(0, 4))).size <= 1;
  const tooltip = (params: unknown): string => {
    const i = dataIndexOf(params);
    if (i < 0) return '';
    return tooltipHtml(formatMonth(months[i], ctx.locale), series.map((s, k) => ({
      label: s.label, value: s.scores[i] === null || s.scores[i] === undefined ? '—' : one(s.scores[i] as number, ctx.locale), color: kpiColor(k),
    })));
  };
  return {
    ...baseOption(theme),
    grid: containedGrid(isNarrow(ctx) ? 64 : 40),
    legend: { top: 0, left: 'center', itemWidth: 14, itemHeight: 8, textStyle: { ...textStyle(theme), color: theme.textMuted, fontSize: 11 } },
    tooltip: { ...tooltipBase(theme), trigger: 'axis', formatter: tooltip },
    xAxis: {
      type: 'category', data: [...months], axisLine: axisLineStyle(theme), axisTick: { alignWithLabel: true },
      axisLabel: { ...textStyle(theme), color: theme.textMuted, hideOverlap: true, formatter: (m: string) => (oneYear ? formatShortMonth(m, ctx.locale) : formatMonth(m, ctx.locale)) },
    },
    yAxis: { ...valueAxis(ctx, labels.score, 'integer'), min: 0, max: 150, interval: 50 },
    series: series.map((s, k) => ({
      type: 'line' as const, name: s.label, data: s.scores.map((v) => v), connectNulls: false, symbolSize: 6,
      itemStyle: { color: kpiColor(k) }, lineStyle: { color: kpiColor(k), width: 2 },
      ...(k === 0 ? {
        markLine: {
          silent: true, symbol: 'none', lineStyle: { color: theme.target, type: 'dashed' as const, width: 1.5 },
          label: { formatter: labels.target, color: theme.target, position: 'insideEndTop' as const }, data: [{ yAxis: 100 }],
        },
      } : {}),
    })),
  };
}

export interface SegmentRow { key: string; label: string; count: number }

const SEGMENT_COLORS: Readonly<Record<string, string>> = {
  strategic: TONE_COLORS.good, develop: CATEGORICAL_PALETTE[1], maintain: CATEGORICAL_PALETTE[0], watch: TONE_COLORS.warn, eliminate: TONE_COLORS.bad,
};

/** Partners per segment, in segment order, coloured from good to bad. */
export function segmentBarOption(rows: readonly SegmentRow[], ctx: ChartContext, opts: { countLabel: string; selected?: readonly string[] }): EChartsOption {
  const theme = themeOf(ctx);
  const selected = new Set(opts.selected ?? []);
  const items = rows.map((r) => ({
    name: r.label, key: r.key, value: r.count,
    itemStyle: { color: SEGMENT_COLORS[r.key] ?? theme.primary, opacity: selected.size === 0 || selected.has(r.key) ? 1 : theme.dimOpacity },
  }));
  return {
    ...baseOption(theme),
    grid: containedGrid(28),
    tooltip: {
      ...tooltipBase(theme), trigger: 'item',
      formatter: (p: unknown) => { const r = rows[dataIndexOf(p)]; return r ? tooltipHtml(r.label, [{ label: opts.countLabel, value: formatInteger(r.count, ctx.locale), color: SEGMENT_COLORS[r.key] }]) : ''; },
    },
    xAxis: { type: 'category', data: items.map((i) => i.name), axisLine: axisLineStyle(theme), axisTick: { show: false }, axisLabel: categoryAxisLabel(ctx, items.length, false) },
    yAxis: valueAxis(ctx, opts.countLabel, 'integer'),
    series: [{
      type: 'bar', name: opts.countLabel, data: items, barMaxWidth: 48,
      label: { show: true, position: 'top', ...textStyle(theme), color: theme.textMuted, fontSize: 11, formatter: (p: { dataIndex: number }) => formatInteger(rows[p.dataIndex]?.count ?? 0, ctx.locale) },
    }],
  };
}
