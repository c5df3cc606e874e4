/**
 * Enablement charts: training (attendees as bars, pass rate as a line), market activities (cost
 * and attributed revenue as bars, ROI as a line) — both by type or region, each item keyed by
 * its raw value so a click filters — and channel satisfaction by dimension and over time.
 */
import { formatAmountFull, formatInteger, formatMonth, formatPercent, withUnit } from '../../i18n/format';
import type { EChartsOption } from '../echarts';
import {
  NULL_KEY, axisLineStyle, baseOption, categoryAxisLabel, containedGrid, dataIndexOf, themeOf,
  tooltipBase, tooltipHtml, valueAxis, type TooltipLine,
} from './common';
import { colorFor, isNarrow, textStyle, type ChartContext, type ChartTheme } from './theme';

/** A row of a by-type / by-region breakdown: the raw key, and a display label when it differs. */
export interface KeyedRow { key: string | null; label?: string | null }

export interface TrainingChartRow extends KeyedRow {
  sessions: number;
  partnersTrained: number;
  attendees: number;
  passed: number | null;
  passRate: number | null;
}

export interface ActivityChartRow extends KeyedRow {
  activities: number;
  cost: number;
  leads: number;
  costPerLead: number | null;
  revenue: number;
  roi: number | null;
}

export interface BreakdownChartOptions {
  /** Shown for a NULL key. */
  nullLabel: string;
  /** Currently filtered values: the others are dimmed. */
  selected?: readonly string[];
}

/** Colour used for the two lowest satisfaction dimensions and the ROI / pass-rate lines. */
export const ATTENTION_COLOR = '#c77c1e';
const RATE_LINE = '#c8553d';
/** A white outline keeps line labels legible where they cross a bar. */
const HALO = { textBorderColor: '#fff', textBorderWidth: 2 };

const nameOf = (row: KeyedRow, nullLabel: string) => row.label ?? row.key ?? nullLabel;
const keyOf = (row: KeyedRow) => row.key ?? NULL_KEY;

function opacityOf(row: KeyedRow, selected: readonly string[] | undefined, theme: ChartTheme): number {
  return !selected?.length || selected.includes(keyOf(row)) ? 1 : theme.dimOpacity;
}

function categoryAxis(names: string[], ctx: ChartContext) {
  return {
    type: 'category' as const,
    data: names,
    axisLine: axisLineStyle(themeOf(ctx)),
    axisTick: { show: false },
    axisLabel: categoryAxisLabel(ctx, names.length, false),
  };
}

/** A right-hand percent axis for rates; `min` lets ROI go below zero when an activity lost money. */
function percentAxis(ctx: ChartContext, name: string, max?: number) {
  const theme = themeOf(ctx);
  return {
    type: 'value' as const,
    name,
    min: (v: { min: number }) => Math.min(0, v.min),
    ...(max === undefined ? {} : { max }),
    nameTextStyle: { color: theme.textMuted, fontFamily: theme.fontFamily },
    axisLabel: { color: theme.textMuted, formatter: (v: number) => formatPercent(v, ctx.locale, 0) },
    splitLine: { show: false },
  };
}

function legend(theme: ChartTheme) {
  return { top: 0, left: 'center', itemWidth: 14, itemHeight: 8, textStyle: { ...textStyle(theme), color: theme.textMuted } };
}

export interface TrainingLabels { attendees: string; passRate: string; sessions: string; partners: string; passed: string; people: string }

/** Attendees per type or region (bars in the value's own colour) with the pass rate as a line. */
export function trainingOption(rows: readonly TrainingChartRow[], ctx: ChartContext, labels: TrainingLabels, opts: BreakdownChartOptions): EChartsOption {
  const theme = themeOf(ctx);
  const names = rows.map((r) => nameOf(r, opts.nullLabel));
  const bars = rows.map((r, i) => ({
    name: names[i], key: keyOf(r), value: r.attendees,
    itemStyle: { color: colorFor(r.key, theme), opacity: opacityOf(r, opts.selected, theme) },
  }));
  const rates = rows.map((r, i) => ({ name: names[i], key: keyOf(r), value: r.passRate }));
  const formatter = (params: unknown) => {
    const r = rows[dataIndexOf(params)];
    if (!r) return '';
    const l = ctx.locale;
    const lines: TooltipLine[] = [
      { label: labels.sessions, value: formatInteger(r.sessions, l) },
      { label: labels.partners, value: formatInteger(r.partnersTrained, l) },
      { label: labels.attendees, value: formatInteger(r.attendees, l), color: colorFor(r.key, theme) },
      { label: labels.passed, value: formatInteger(r.passed, l) },
      { label: labels.passRate, value: formatPercent(r.passRate, l), color: RATE_LINE },
    ];
    return tooltipHtml(nameOf(r, opts.nullLabel), lines);
  };
  return {
    ...baseOption(theme),
    grid: containedGrid(40),
    legend: { ...legend(theme), data: [labels.attendees, labels.passRate] },
    tooltip: { ...tooltipBase(theme), trigger: 'axis', axisPointer: { type: 'shadow' }, formatter },
    xAxis: categoryAxis(names, ctx),
    yAxis: [{ ...valueAxis(ctx, labels.people, 'integer') }, percentAxis(ctx, labels.passRate, 1)],
    series: [
      { type: 'bar', name: labels.attendees, data: bars, barMaxWidth: 36, itemStyle: { color: theme.primary } },
      {
        type: 'line', name: labels.passRate, yAxisIndex: 1, data: rates, itemStyle: { color: RATE_LINE },
        lineStyle: { color: RATE_LINE, width: 2 }, symbolSize: 7,
        label: { show: !isNarrow(ctx), position: 'top', fontSize: 11, color: RATE_LINE, ...HALO, formatter: (p: { value: unknown }) => formatPercent(p.value as number, ctx.locale, 0) },
      },
    ],
  };
}

export interface ActivityLabels { cost: string; revenue: string; roi: string; leads: string; costPerLead: string; activities: string; amount: string }

/** Cost (grey) beside attributed revenue (blue) per type or region; ROI as a line on the right. */
export function activityOption(rows: readonly ActivityChartRow[], ctx: ChartContext, labels: ActivityLabels, opts: BreakdownChartOptions): EChartsOption {
  const theme = themeOf(ctx);
  const names = rows.map((r) => nameOf(r, opts.nullLabel));
  const item = (r: ActivityChartRow, i: number, value: number | null, color: string) => ({
    name: names[i], key: keyOf(r), value, itemStyle: { color, opacity: opacityOf(r, opts.selected, theme) },
  });
  const l = ctx.locale;
  const formatter = (params: unknown) => {
    const r = rows[dataIndexOf(params)];
    if (!r) return '';
    return tooltipHtml(nameOf(r, opts.nullLabel), [
      { label: labels.activities, value: formatInteger(r.activities, l) },
      { label: labels.cost, value: formatAmountFull(r.cost, l), color: theme.comparison },
      { label: labels.revenue, value: formatAmountFull(r.revenue, l), color: theme.primary },
      { label: labels.roi, value: formatPercent(r.roi, l), color: RATE_LINE },
      { label: labels.leads, value: formatInteger(r.leads, l) },
      { label: labels.costPerLead, value: formatAmountFull(r.costPerLead, l) },
    ]);
  };
  return {
    ...baseOption(theme),
    grid: containedGrid(40),
    legend: { ...legend(theme), data: [labels.cost, labels.revenue, labels.roi] },
    tooltip: { ...tooltipBase(theme), trigger: 'axis', axisPointer: { type: 'shadow' }, formatter },
    xAxis: categoryAxis(names, ctx),
    yAxis: [valueAxis(ctx, withUnit(labels.amount, l), 'amount'), percentAxis(ctx, labels.roi)],
    series: [
      { type: 'bar', name: labels.cost, data: rows.map((r, i) => item(r, i, r.cost, theme.comparison)), barMaxWidth: 28, itemStyle: { color: theme.comparison } },
      { type: 'bar', name: labels.revenue, data: rows.map((r, i) => item(r, i, r.revenue, theme.primary)), barMaxWidth: 28, itemStyle: { color: theme.primary } },
      {
        type: 'line', name: labels.roi, yAxisIndex: 1, data: rows.map((r, i) => ({ name: names[i], key: keyOf(r), value: r.roi })),
        itemStyle: { color: RATE_LINE }, lineStyle: { color: RATE_LINE, width: 2 }, symbolSize: 7,
        label: { show: !isNarrow(ctx), position: 'top', fontSize: 11, color: RATE_LINE, ...HALO, formatter: (p: { value: unknown }) => formatPercent(p.value as number, l, 0) },
      },
    ],
  };
}

export interface DimensionChartRow { dimension: string; label: string; mean: number | null; responses: number }

/** Mean score per satisfaction dimension on a 0–5 scale; the two lowest stand out in amber. */
export function satisfactionDimensionsOption(rows: readonly DimensionChartRow[], ctx: ChartContext, labels: { score: string; responses: string }): EChartsOption {
  const theme = themeOf(ctx);
  const scored = rows.filter((r) => r.mean !== null).map((r) => r.mean as number).sort((a, b) => a - b);
  const lowCut = scored.length > 2 ? scored[1] : -Infinity;
  const score = (v: number | null) => (v === null ? '—' : v.toFixed(2));
  const data = rows.map((r) => ({
    name: r.label, key: r.dimension, value: r.mean,
    itemStyle: { color: r.mean !== null && r.mean <= lowCut ? ATTENTION_COLOR : theme.primary, opacity: 1 },
  }));
  return {
    ...baseOption(theme),
    grid: { ...containedGrid(8), right: 48 },
    tooltip: {
      ...tooltipBase(theme), trigger: 'item',
      formatter: (p: unknown) => {
        const r = rows[dataIndexOf(p)];
        return r ? tooltipHtml(r.label, [{ label: labels.score, value: score(r.mean) }, { label: labels.responses, value: formatInteger(r.responses, ctx.locale) }]) : '';
      },
    },
    xAxis: { ...valueAxis(ctx, labels.score, 'integer'), min: 0, max: 5, interval: 1, nameLocation: 'middle', nameGap: 24 },
    yAxis: { type: 'category', data: rows.map((r) => r.label), inverse: true, axisLine: axisLineStyle(theme), axisTick: { show: false }, axisLabel: categoryAxisLabel(ctx, rows.length, true) },
    series: [{
      type: 'bar', name: labels.score, data, barMaxWidth: 22,
      label: { show: true, position: 'right', ...textStyle(theme), color: theme.textMuted, fontSize: 11, formatter: (p: { dataIndex: number }) => score(rows[p.dataIndex]?.mean ?? null) },
    }],
  };
}

export interface TrendChartRow { month: string; mean: number | null; responses: number; nps: number | null }

/** Survey waves: mean score (left, 1–5) and NPS (right, −100..100) as two lines. */
export function satisfactionTrendOption(rows: readonly TrendChartRow[], ctx: ChartContext, labels: { score: string; nps: string; responses: string }): EChartsOption {
  const theme = themeOf(ctx);
  const l = ctx.locale;
  const formatter = (params: unknown) => {
    const r = rows[dataIndexOf(params)];
    if (!r) return '';
    return tooltipHtml(formatMonth(r.month, l), [
      { label: labels.score, value: r.mean === null ? '—' : r.mean.toFixed(2), color: theme.primary },
      { label: labels.nps, value: r.nps === null ? '—' : r.nps.toFixed(1), color: ATTENTION_COLOR },
      { label: labels.responses, value: formatInteger(r.responses, l) },
    ]);
  };
  const axisName = { nameTextStyle: { color: theme.textMuted, fontFamily: theme.fontFamily } };
  return {
    ...baseOption(theme),
    grid: containedGrid(40),
    legend: legend(theme),
    tooltip: { ...tooltipBase(theme), trigger: 'axis', formatter },
    xAxis: {
      type: 'category', data: rows.map((r) => r.month), axisLine: axisLineStyle(theme), axisTick: { alignWithLabel: true },
      axisLabel: { ...textStyle(theme), color: theme.textMuted, hideOverlap: true, formatter: (m: string) => formatMonth(m, l) },
    },
    yAxis: [
      { type: 'value', name: labels.score, min: 1, max: 5, ...axisName, axisLabel: { color: theme.textMuted }, splitLine: { lineStyle: { color: theme.splitLine } } },
      { type: 'value', name: labels.nps, min: -100, max: 100, ...axisName, axisLabel: { color: theme.textMuted, formatter: (v: number) => (v > 0 ? `+${v}` : String(v)) }, splitLine: { show: false } },
    ],
    series: [
      { type: 'line', name: labels.score, data: rows.map((r) => r.mean), itemStyle: { color: theme.primary }, lineStyle: { color: theme.primary, width: 2 }, symbolSize: 7 },
      { type: 'line', name: labels.nps, yAxisIndex: 1, data: rows.map((r) => r.nps), itemStyle: { color: ATTENTION_COLOR }, lineStyle: { color: ATTENTION_COLOR, width: 2 }, symbolSize: 7 },
    ],
  };
}
