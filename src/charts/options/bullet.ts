/**
 * Revenue per dimension value as a horizontal bullet: the bar is this period, a grey tick the
 * comparison period (last year or the previous period), an amber tick the target where quotas
 * exist. The drill chart (region → province → city) and the product-line mix use it. Every item
 * carries its raw value as `key`, so a click filters by exactly that value.
 */
import '../echarts-extra';
import { formatAmountFull, formatDelta, formatPercent, withUnit } from '../../i18n/format';
import type { EChartsOption } from '../echarts';
import { keyedItems } from './category';
import {
  NULL_KEY, axisLineStyle, baseOption, categoryAxisLabel, compactValue, containedGrid, dataIndexOf, themeOf,
  tooltipBase, tooltipHtml, valueAxis, type TooltipLine,
} from './common';
import { textStyle, type ChartContext } from './theme';

export interface BulletRow {
  key: string | null;
  label?: string | null;
  revenue: number;
  base: number;
  growth: number | null;
  share: number | null;
  target: number | null;
  attainment: number | null;
}

export interface BulletLabels {
  revenue: string;
  /** 去年同期 / 上期 — the comparison period's name. */
  base: string;
  /** 同比 / 环比 */
  growth: string;
  target: string;
  attainment: string;
  share: string;
  /** Value-axis name before the unit, e.g. 销售额. */
  amount: string;
  nullLabel: string;
}

export interface BulletOptions {
  labels: BulletLabels;
  /** What the bar-end label adds after the amount. */
  labelMode: 'attainment' | 'share' | 'growth';
  selected?: readonly string[];
}

const TICK = 'rect';

/** Height that gives every row room for its bar and label. */
export function bulletHeight(rows: number): number {
  return Math.max(200, rows * 34 + 70);
}

function endLabel(row: BulletRow, mode: BulletOptions['labelMode'], ctx: ChartContext): string {
  const value = compactValue('amount', ctx.locale)(row.revenue);
  const extra =
    mode === 'attainment' ? formatPercent(row.attainment, ctx.locale)
      : mode === 'share' ? formatPercent(row.share, ctx.locale)
        : formatDelta(row.growth, ctx.locale);
  // A missing figure says nothing; leave it out rather than print "—".
  return row[mode === 'share' ? 'share' : mode] === null ? value : `${value} · ${extra}`;
}

function tooltipFor(rows: readonly BulletRow[], names: string[], colors: string[], ctx: ChartContext, labels: BulletLabels) {
  const theme = themeOf(ctx);
  return (params: unknown): string => {
    const i = dataIndexOf(params);
    const row = rows[i];
    if (!row) return '';
    const lines: TooltipLine[] = [
      { label: labels.revenue, value: formatAmountFull(row.revenue, ctx.locale), color: colors[i] },
      { label: labels.base, value: formatAmountFull(row.base, ctx.locale), color: theme.comparison },
      { label: labels.growth, value: formatDelta(row.growth, ctx.locale) },
      { label: labels.share, value: formatPercent(row.share, ctx.locale) },
    ];
    if (row.target !== null) {
      lines.push(
        { label: labels.target, value: formatAmountFull(row.target, ctx.locale), color: theme.target },
        { label: labels.attainment, value: formatPercent(row.attainment, ctx.locale) },
      );
    }
    return tooltipHtml(names[i], lines);
  };
}

export function bulletOption(rows: readonly BulletRow[], ctx: ChartContext, opts: BulletOptions): EChartsOption {
  const theme = themeOf(ctx);
  const { labels } = opts;
  const items = keyedItems(
    rows.map((r) => ({ key: r.key, label: r.label, revenue: r.revenue })),
    theme,
    { selected: opts.selected, nullLabel: labels.nullLabel },
  );
  const names = items.map((i) => i.name);
  const tick = (value: (r: BulletRow) => number | null) =>
    rows.map((r, i) => ({ value: [value(r), i] as [number | null, number], key: r.key ?? NULL_KEY }));
  const hasTarget = rows.some((r) => r.target !== null);
  const markers = (name: string, color: string, value: (r: BulletRow) => number | null) => ({
    type: 'scatter' as const,
    name,
    data: tick(value),
    symbol: TICK,
    symbolSize: [3, 22],
    itemStyle: { color },
    z: 4,
  });
  const series: NonNullable<EChartsOption['series']> = [
    {
      type: 'bar',
      name: labels.revenue,
      data: items,
      barWidth: 14,
      itemStyle: { color: theme.primary },
    },
    markers(labels.base, theme.comparison, (r) => r.base),
  ];
  if (hasTarget) series.push(markers(labels.target, theme.target, (r) => r.target));

  return {
    ...baseOption(theme),
    grid: { ...containedGrid(30), right: 8 },
    legend: {
      top: 0, left: 'center', itemWidth: 14, itemHeight: 8,
      textStyle: { ...textStyle(theme), color: theme.textMuted },
    },
    tooltip: { ...tooltipBase(theme), trigger: 'item', formatter: tooltipFor(rows, names, items.map((i) => i.itemStyle.color), ctx, labels) },
    xAxis: { ...valueAxis(ctx, withUnit(labels.amount, ctx.locale), 'amount'), nameLocation: 'middle', nameGap: 24 },
    // The figures sit in a right-hand column (a second category axis), clear of bars and ticks.
    yAxis: [
      {
        type: 'category', data: names, inverse: true, axisLine: axisLineStyle(theme), axisTick: { show: false },
        axisLabel: categoryAxisLabel(ctx, names.length, true),
      },
      {
        type: 'category', data: names, inverse: true, position: 'right', axisLine: { show: false }, axisTick: { show: false },
        axisLabel: {
          ...textStyle(theme), color: theme.textMuted, fontSize: 11,
          formatter: (_: string, i: number) => (rows[i] ? endLabel(rows[i], opts.labelMode, ctx) : ''),
        },
      },
    ],
    series,
  };
}
