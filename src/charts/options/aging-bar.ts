/**
 * Overdue receivables by group (region, salesperson or partner), stacked by aging bucket from
 * 1–30 days (amber) to over 90 days (dark red), largest overdue on top. The bar end gives the
 * overdue total and its share of the group's receivables. A group whose overdue is far above the
 * others' (more than `outlierFactor` × the median group) gets a red, bold axis label — the one
 * person or partner to talk to first. Every segment carries the group's raw key: a click filters.
 */
import { formatAmountFull, formatPercent, withUnit } from '../../i18n/format';
import type { EChartsOption } from '../echarts';
import {
  NULL_KEY, axisLineStyle, baseOption, categoryAxisLabel, compactValue, containedGrid, dataIndexOf, themeOf,
  tooltipBase, tooltipHtml, valueAxis, type TooltipLine,
} from './common';
import { isNarrow, textStyle, type ChartContext } from './theme';

export const OVERDUE_BUCKETS = ['1-30', '31-60', '61-90', '90+'] as const;
export type OverdueBucket = (typeof OVERDUE_BUCKETS)[number];
export const BUCKET_COLORS: Readonly<Record<OverdueBucket, string>> = {
  '1-30': '#f5c451',
  '31-60': '#ee8a3c',
  '61-90': '#d9472b',
  '90+': '#8b1a1a',
};

export interface AgingBarRow {
  key: string | null;
  /** Display name (a partner's name for its id). */
  label?: string | null;
  buckets: Record<OverdueBucket, number>;
  overdue: number;
  outstanding: number;
  overdueShare: number | null;
}

export interface AgingBarOptions {
  bucketLabels: Record<OverdueBucket, string>;
  labels: { overdue: string; outstanding: string; share: string; nullLabel: string; outlier: string };
  selected?: readonly string[];
  maxBars?: number;
  /**
   * Flag groups above this many times the median group (default 3); null = no flags. Peers
   * (regions, salespeople) compare well; a long tail of partners makes any median meaningless.
   */
  outlierFactor?: number | null;
}

/** Keys of groups whose overdue exceeds `factor` × the median group's (needs ≥ 3 groups with any). */
export function outlierKeys(rows: readonly AgingBarRow[], factor = 3): Set<string> {
  const values = rows.map((r) => r.overdue).filter((v) => v > 0).sort((a, b) => a - b);
  if (values.length < 3) return new Set();
  const mid = Math.floor(values.length / 2);
  const median = values.length % 2 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
  return new Set(rows.filter((r) => r.overdue > factor * median).map((r) => r.key ?? NULL_KEY));
}

export function agingBarHeight(rows: number): number {
  return Math.max(220, rows * 28 + 70);
}

export function agingBarOption(allRows: readonly AgingBarRow[], ctx: ChartContext, opts: AgingBarOptions): EChartsOption {
  const theme = themeOf(ctx);
  const { locale } = ctx;
  const rows = allRows.filter((r) => r.overdue > 0).slice(0, opts.maxBars ?? 12);
  const names = rows.map((r) => r.label ?? r.key ?? opts.labels.nullLabel);
  const keys = rows.map((r) => r.key ?? NULL_KEY);
  const selected = new Set(opts.selected ?? []);
  const factor = opts.outlierFactor === undefined ? 3 : opts.outlierFactor;
  const flagged = factor === null ? new Set<string>() : outlierKeys(allRows, factor);
  const compact = compactValue('amount', locale);
  const opacity = (i: number) => (selected.size === 0 || selected.has(keys[i]) ? 1 : theme.dimOpacity);

  const series = OVERDUE_BUCKETS.map((b, si) => ({
    type: 'bar' as const,
    name: opts.bucketLabels[b],
    stack: 'overdue',
    barMaxWidth: 22,
    // Series colour for the legend; the items repeat it with their own opacity.
    itemStyle: { color: BUCKET_COLORS[b] },
    // A zero segment gets no key, so a click (and chartPoint) always lands on a visible one.
    data: rows.map((r, i) => ({
      value: r.buckets[b],
      key: r.buckets[b] > 0 ? keys[i] : '',
      itemStyle: { color: BUCKET_COLORS[b], opacity: opacity(i) },
    })),
    label: si === OVERDUE_BUCKETS.length - 1
      ? {
        show: true, position: 'right' as const, ...textStyle(theme), color: theme.textMuted, fontSize: 11,
        formatter: (p: { dataIndex: number }) => {
          const r = rows[p.dataIndex];
          return r ? `${compact(r.overdue)} (${formatPercent(r.overdueShare, locale, 0)})` : '';
        },
      }
      : undefined,
  }));
  const formatter = (params: unknown): string => {
    const i = dataIndexOf(params);
    const r = rows[i];
    if (!r) return '';
    const lines: TooltipLine[] = OVERDUE_BUCKETS.map((b) => ({ label: opts.bucketLabels[b], value: formatAmountFull(r.buckets[b], locale), color: BUCKET_COLORS[b] }));
    lines.push(
      { label: opts.labels.overdue, value: formatAmountFull(r.overdue, locale) },
      { label: opts.labels.outstanding, value: formatAmountFull(r.outstanding, locale) },
      { label: opts.labels.share, value: formatPercent(r.overdueShare, locale) },
    );
    if (flagged.has(keys[i])) lines.push({ label: opts.labels.outlier, value: '⚠' });
    return tooltipHtml(names[i], lines);
  };
  const axisLabel = categoryAxisLabel(ctx, rows.length, true);
  return {
    ...baseOption(theme),
    grid: { ...containedGrid(36), right: 88 },
    legend: { top: 0, left: 'center', itemWidth: 14, itemHeight: 8, textStyle: { ...textStyle(theme), color: theme.textMuted } },
    tooltip: { ...tooltipBase(theme), trigger: 'axis', axisPointer: { type: 'shadow' }, formatter },
    xAxis: (() => {
      const axis = valueAxis(ctx, withUnit(opts.labels.overdue, locale), 'amount');
      // Few, non-overlapping ticks: compact amounts are wide and a phone card is narrow.
      return { ...axis, nameLocation: 'middle' as const, nameGap: 24, splitNumber: isNarrow(ctx) ? 2 : 5, axisLabel: { ...axis.axisLabel, hideOverlap: true } };
    })(),
    yAxis: {
      type: 'category',
      data: names,
      inverse: true,
      axisLine: axisLineStyle(theme),
      axisTick: { show: false },
      axisLabel: {
        ...axisLabel,
        // Braces would be read as rich-text markup: data text never gets to style the label.
        formatter: (name: string, index: number) => {
          const plain = name.replace(/[{}|]/g, ' ');
          return flagged.has(keys[index]) ? `{flag|${plain}}` : plain;
        },
        rich: { flag: { color: '#b91c1c', fontWeight: 'bold', fontFamily: theme.fontFamily } },
      },
    },
    series,
  };
}
