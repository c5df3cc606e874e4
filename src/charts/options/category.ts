/**
 * Revenue by one dimension (region, tier, industry, salesperson, partner): a bar chart, a donut,
 * and the top-partners variant. Every data item carries its raw dimension value as `key`, so a
 * click becomes a filter on exactly that value, and its colour comes from colorFor, so the same
 * region looks the same on every chart.
 */
import { formatAmountFull, formatInteger, formatPercent, withUnit } from '../../i18n/format';
import type { EChartsOption } from '../echarts';
import {
  NULL_KEY,
  axisLineStyle,
  baseOption,
  categoryAxisLabel,
  compactValue,
  containedGrid,
  dataIndexOf,
  themeOf,
  tooltipBase,
  tooltipHtml,
  valueAxis,
  type KeyedItem,
  type TooltipLine,
  type ValueFormat,
} from './common';
import { colorFor, isNarrow, textStyle, type ChartContext, type ChartTheme } from './theme';

export interface CategoryRow {
  key: string | null;
  /** Shown instead of the key when they differ (a partner's name for its id). */
  label?: string | null;
  revenue: number;
  /** Share of the total (0–1), when the query computed it over all rows, not just the shown ones. */
  share?: number;
}

export interface CategoryOptions {
  horizontal?: boolean;
  /** Currently filtered values; the other items are dimmed. Use NULL_KEY for the null value. */
  selected?: readonly string[];
  /** Shown for a NULL key (e.g. 未填写 / Not set). */
  nullLabel: string;
  /** Series / axis label for the value, e.g. 销售额 / Revenue. */
  valueLabel: string;
  /** Keep the first N rows (the caller's query decides the order). */
  maxBars?: number;
  /** One colour for every bar instead of colorFor (e.g. a ranked list of partners). */
  color?: string;
  /** 'amount' (default) shows 万/亿 and a unit; 'integer' for counts. */
  valueFormat?: ValueFormat;
  /** Tooltip label for the share; defaults to 占比 / Share. */
  shareLabel?: string;
}

/** Rows → keyed, coloured, possibly dimmed data items; shared by the bar and the donut. */
export function keyedItems(
  rows: readonly CategoryRow[],
  theme: ChartTheme,
  opts: Pick<CategoryOptions, 'selected' | 'nullLabel' | 'color'>,
): KeyedItem[] {
  const selected = new Set(opts.selected ?? []);
  return rows.map((row) => {
    const key = row.key ?? NULL_KEY;
    const isSelected = selected.has(key);
    const item: KeyedItem = {
      name: row.label ?? row.key ?? opts.nullLabel,
      key,
      value: row.revenue,
      itemStyle: {
        color: opts.color ?? colorFor(row.key, theme),
        opacity: selected.size === 0 || isSelected ? 1 : theme.dimOpacity,
      },
    };
    if (isSelected) item.selected = true;
    return item;
  });
}

function valueText(value: number, format: ValueFormat, ctx: ChartContext): string {
  return format === 'amount' ? formatAmountFull(value, ctx.locale) : formatInteger(value, ctx.locale);
}

/** Sum of the positive values of all rows (not only the shown ones): the base of a fallback share. */
function positiveTotal(rows: readonly CategoryRow[]): number {
  return rows.reduce((sum, r) => sum + Math.max(r.revenue, 0), 0);
}

/** Item tooltip: full name, exact value, share when known. All text escaped by tooltipHtml. */
function itemTooltip(
  rows: readonly CategoryRow[],
  items: readonly KeyedItem[],
  ctx: ChartContext,
  opts: CategoryOptions,
  total: number,
): (params: unknown) => string {
  const format = opts.valueFormat ?? 'amount';
  return (params) => {
    const index = dataIndexOf(params);
    const row = rows[index];
    const item = items[index];
    if (!row || !item) return '';
    const share = row.share ?? (total > 0 ? row.revenue / total : null);
    const lines: TooltipLine[] = [
      { label: opts.valueLabel, value: valueText(row.revenue, format, ctx), color: item.itemStyle.color },
      {
        label: opts.shareLabel ?? (ctx.locale === 'zh-CN' ? '占比' : 'Share'),
        value: formatPercent(share, ctx.locale),
      },
    ];
    return tooltipHtml(item.name, lines);
  };
}

function axisName(opts: CategoryOptions, ctx: ChartContext): string {
  return (opts.valueFormat ?? 'amount') === 'amount' ? withUnit(opts.valueLabel, ctx.locale) : opts.valueLabel;
}

/** One bar per category; horizontal for long names (partners, salespeople). */
export function categoryBarOption(
  allRows: readonly CategoryRow[],
  ctx: ChartContext,
  opts: CategoryOptions,
): EChartsOption {
  const theme = themeOf(ctx);
  const rows = opts.maxBars === undefined ? allRows : allRows.slice(0, opts.maxBars);
  const items = keyedItems(rows, theme, opts);
  const horizontal = opts.horizontal ?? false;
  const format = opts.valueFormat ?? 'amount';
  const categoryAxis = {
    type: 'category' as const,
    data: items.map((i) => i.name),
    // Horizontal: first row on top, as in a ranking.
    inverse: horizontal,
    axisLine: axisLineStyle(theme),
    axisTick: { show: false },
    axisLabel: categoryAxisLabel(ctx, items.length, horizontal),
  };
  const value = {
    ...valueAxis(ctx, axisName(opts, ctx), format),
    // Horizontal: the value labels share the width left by the category labels; keep them ~80px apart.
    ...(horizontal ? { nameLocation: 'middle' as const, nameGap: 24, splitNumber: horizontalTicks(ctx) } : {}),
  };
  const compact = compactValue(format, ctx.locale);
  return {
    ...baseOption(theme),
    // Room on the value end for the bar-end labels.
    grid: { ...containedGrid(horizontal ? 8 : 28), right: horizontal ? 56 : 16 },
    tooltip: {
      ...tooltipBase(theme),
      trigger: 'item',
      formatter: itemTooltip(rows, items, ctx, opts, positiveTotal(allRows)),
    },
    xAxis: horizontal ? value : categoryAxis,
    yAxis: horizontal ? categoryAxis : value,
    series: [
      {
        type: 'bar',
        name: opts.valueLabel,
        data: items,
        barMaxWidth: horizontal ? 20 : 40,
        label: {
          show: true,
          position: horizontal ? 'right' : 'top',
          ...textStyle(theme),
          color: theme.textMuted,
          fontSize: 11,
          formatter: (p: { dataIndex: number }) => compact(items[p.dataIndex]?.value ?? 0),
        },
      },
    ],
  };
}

/** Share of the whole as a donut; slices keep the colorFor colour, selected slices pop out. */
export function donutOption(
  allRows: readonly CategoryRow[],
  ctx: ChartContext,
  opts: CategoryOptions,
): EChartsOption {
  const theme = themeOf(ctx);
  // A pie cannot show negative or zero parts.
  const positive = allRows.filter((r) => r.revenue > 0);
  const rows = opts.maxBars === undefined ? positive : positive.slice(0, opts.maxBars);
  const items = keyedItems(rows, theme, opts);
  const total = positiveTotal(allRows);
  const narrow = isNarrow(ctx);
  return {
    ...baseOption(theme),
    tooltip: { ...tooltipBase(theme), trigger: 'item', formatter: itemTooltip(rows, items, ctx, opts, total) },
    series: [
      {
        type: 'pie',
        name: opts.valueLabel,
        radius: ['45%', '70%'],
        center: ['50%', '52%'],
        avoidLabelOverlap: true,
        selectedMode: 'multiple',
        selectedOffset: 8,
        data: items,
        label: {
          ...textStyle(theme),
          fontSize: 11,
          width: narrow ? 64 : 120,
          overflow: 'truncate',
          ellipsis: '…',
          formatter: (p: { dataIndex: number }) => {
            const row = rows[p.dataIndex];
            const item = items[p.dataIndex];
            if (!row || !item) return '';
            const share = row.share ?? (total > 0 ? row.revenue / total : null);
            return `${item.name}\n${formatPercent(share, ctx.locale)}`;
          },
        },
        labelLine: { length: narrow ? 6 : 12, length2: narrow ? 4 : 10 },
      },
    ],
  };
}

/** Top partners: horizontal bars in one colour, long company names truncated on the axis. */
/** Ticks that fit beside the category labels of a horizontal bar chart (see categoryAxisLabel). */
function horizontalTicks(ctx: ChartContext): number {
  const labels = Math.min(180, Math.max(56, ctx.width * 0.3));
  return Math.max(2, Math.min(5, Math.floor((ctx.width - labels - 72) / 80)));
}

export function topPartnersOption(
  rows: readonly CategoryRow[],
  ctx: ChartContext,
  opts: CategoryOptions,
): EChartsOption {
  return categoryBarOption(rows, ctx, {
    maxBars: 10,
    color: themeOf(ctx).primary,
    ...opts,
    horizontal: true,
  });
}
