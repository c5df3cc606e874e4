/**
 * Parts of a whole per category, stacked: active vs inactive partners per tier, resellers that
 * ordered vs not per distributor. Every segment carries its category's raw key, so a click on any
 * part filters (or opens) that category. The tooltip gives each part exactly, the total and the
 * first part's share of it — the number the reader is after ("62% of resellers ordered").
 */
import { formatInteger, formatPercent } from '../../i18n/format';
import type { EChartsOption } from '../echarts';
import {
  NULL_KEY, axisLineStyle, baseOption, categoryAxisLabel, compactValue, containedGrid, dataIndexOf, themeOf,
  tooltipBase, tooltipHtml, valueAxis, type TooltipLine,
} from './common';
import { textStyle, type ChartContext } from './theme';

export interface StackedRow {
  key: string | null;
  /** Shown instead of the key (a partner's name for its id). */
  label?: string | null;
  /** One value per part, in the order of `opts.parts`. */
  values: number[];
}

export interface StackedBarOptions {
  parts: { name: string; color: string }[];
  /** Value axis name (counts: no unit). */
  valueLabel: string;
  nullLabel: string;
  /** Tooltip label of the total and of the first part's share of it. */
  totalLabel: string;
  shareLabel: string;
  horizontal?: boolean;
  /** Selected keys; other categories are dimmed. */
  selected?: readonly string[];
  /** Total at the bar end. */
  showTotal?: boolean;
}

interface StackItem { name: string; key: string; value: number; itemStyle: { color: string; opacity: number } }

const total = (row: StackedRow) => row.values.reduce((sum, v) => sum + v, 0);

function tooltipFor(rows: readonly StackedRow[], names: string[], ctx: ChartContext, opts: StackedBarOptions) {
  return (params: unknown): string => {
    const index = dataIndexOf(params);
    const row = rows[index];
    if (!row) return '';
    const sum = total(row);
    const lines: TooltipLine[] = opts.parts.map((p, i) => ({ label: p.name, value: formatInteger(row.values[i] ?? 0, ctx.locale), color: p.color }));
    lines.push({ label: opts.totalLabel, value: formatInteger(sum, ctx.locale) });
    lines.push({ label: opts.shareLabel, value: formatPercent(sum > 0 ? (row.values[0] ?? 0) / sum : null, ctx.locale) });
    return tooltipHtml(names[index], lines);
  };
}

export function stackedBarOption(rows: readonly StackedRow[], ctx: ChartContext, opts: StackedBarOptions): EChartsOption {
  const theme = themeOf(ctx);
  const horizontal = opts.horizontal ?? false;
  const selected = new Set(opts.selected ?? []);
  const names = rows.map((r) => r.label ?? r.key ?? opts.nullLabel);
  const keys = rows.map((r) => r.key ?? NULL_KEY);
  const opacity = (i: number) => (selected.size === 0 || selected.has(keys[i]) ? 1 : theme.dimOpacity);
  const categoryAxis = {
    type: 'category' as const,
    data: names,
    inverse: horizontal,
    axisLine: axisLineStyle(theme),
    axisTick: { show: false },
    axisLabel: categoryAxisLabel(ctx, rows.length, horizontal),
  };
  const value = { ...valueAxis(ctx, opts.valueLabel, 'integer'), minInterval: 1, ...(horizontal ? { nameLocation: 'middle' as const, nameGap: 24 } : {}) };
  const compact = compactValue('integer', ctx.locale);
  const last = opts.parts.length - 1;
  const series = opts.parts.map((part, p) => ({
    type: 'bar' as const,
    name: part.name,
    stack: 'total',
    // Series colour too, or the legend falls back to the palette.
    itemStyle: { color: part.color },
    barMaxWidth: horizontal ? 18 : 40,
    data: rows.map((r, i): StackItem => ({ name: names[i], key: keys[i], value: r.values[p] ?? 0, itemStyle: { color: part.color, opacity: opacity(i) } })),
    // The total sits at the end of the last part, where the stack ends.
    label: {
      show: (opts.showTotal ?? true) && p === last,
      position: horizontal ? ('right' as const) : ('top' as const),
      ...textStyle(theme),
      color: theme.textMuted,
      fontSize: 11,
      formatter: (x: { dataIndex: number }) => compact(rows[x.dataIndex] ? total(rows[x.dataIndex]) : 0),
    },
  }));
  return {
    ...baseOption(theme),
    grid: { ...containedGrid(36), right: horizontal ? 44 : 16 },
    legend: { top: 0, left: 'center', itemWidth: 14, itemHeight: 8, textStyle: { ...textStyle(theme), color: theme.textMuted } },
    tooltip: { ...tooltipBase(theme), trigger: 'item', formatter: tooltipFor(rows, names, ctx, opts) },
    xAxis: horizontal ? value : categoryAxis,
    yAxis: horizontal ? categoryAxis : value,
    series,
  };
}
