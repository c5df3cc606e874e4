/**
 * Opportunity funnel charts. The funnel shape shows how many deals *reached* each step (a won
 * deal passed every step), so it narrows honestly from lead to won; the stage bars show where
 * the pipeline money sits now (current stage, open / won / lost).
 */
import '../echarts-extra';
import { formatAmountFull, formatInteger, formatPercent, withUnit } from '../../i18n/format';
import type { EChartsOption } from '../echarts';
import {
  NULL_KEY, axisLineStyle, baseOption, categoryAxisLabel, compactValue, containedGrid, dataIndexOf, themeOf,
  tooltipBase, tooltipHtml, valueAxis,
} from './common';
import { isNarrow, textStyle, type ChartContext } from './theme';

export type StageKind = 'open' | 'won' | 'lost';
export interface StageInput { stage: string | null; kind: StageKind; count: number; amount: number }
export interface ConversionInput { from: string | null; to: string | null; reachedFrom: number; reachedTo: number; rate: number | null }

export interface FunnelStep {
  stage: string | null;
  kind: StageKind;
  /** Deals that reached this step. */
  reached: number;
  /** Deals whose current stage is this one, and their amount. */
  count: number;
  amount: number;
  /** reached(this) ÷ reached(previous); null for the first step. */
  rate: number | null;
}

/** Colours of the outcome of a deal, the same on every funnel chart. */
export const KIND_COLORS: Readonly<Record<StageKind, string>> = { open: '#1f4e8c', won: '#2a9d8f', lost: '#c8553d' };

/**
 * The funnel's steps from metrics' stages and conversions: the conversions name the steps in
 * order (open stages, then won); with a single step there is no conversion and reached = count.
 */
export function funnelSteps(stages: readonly StageInput[], conversions: readonly ConversionInput[]): FunnelStep[] {
  const byStage = new Map(stages.map((s) => [s.stage, s]));
  const at = (stage: string | null, kind: StageKind) => byStage.get(stage) ?? { stage, kind, count: 0, amount: 0 };
  if (conversions.length === 0) {
    const first = stages.find((s) => s.kind === 'open') ?? stages.find((s) => s.kind === 'won');
    return first ? [{ ...first, reached: first.count, rate: null }] : [];
  }
  const firstStage = at(conversions[0].from, 'open');
  const steps: FunnelStep[] = [{ ...firstStage, reached: conversions[0].reachedFrom, rate: null }];
  for (const c of conversions) {
    const s = at(c.to, byStage.get(c.to)?.kind ?? 'open');
    steps.push({ ...s, reached: c.reachedTo, rate: c.rate });
  }
  return steps;
}

/** '#rrggbb' blended with white by t (0 = the colour, 1 = white). */
export function towardWhite(hex: string, t: number): string {
  const c = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  return `#${c.map((v) => Math.round(v + (255 - v) * t).toString(16).padStart(2, '0')).join('')}`;
}

export interface FunnelLabels { reached: string; atStage: string; amount: string; conversion: string; unknown: string }

/** The funnel of reached counts in step order (never re-sorted), the conversion under each name. */
export function funnelOption(steps: readonly FunnelStep[], ctx: ChartContext, labels: FunnelLabels): EChartsOption {
  const theme = themeOf(ctx);
  const l = ctx.locale;
  const name = (s: FunnelStep) => s.stage ?? labels.unknown;
  const data = steps.map((s, i) => ({
    name: name(s), key: s.stage ?? NULL_KEY, value: s.reached,
    // Open steps lighten as the funnel narrows (a solid colour, so the white label keeps its contrast).
    itemStyle: { color: s.kind === 'open' ? towardWhite(KIND_COLORS.open, (0.3 * i) / Math.max(steps.length - 1, 1)) : KIND_COLORS[s.kind] },
  }));
  const formatter = (params: unknown) => {
    const s = steps[dataIndexOf(params)];
    if (!s) return '';
    return tooltipHtml(name(s), [
      { label: labels.reached, value: formatInteger(s.reached, l), color: KIND_COLORS[s.kind] },
      { label: labels.conversion, value: formatPercent(s.rate, l) },
      { label: labels.atStage, value: formatInteger(s.count, l) },
      { label: labels.amount, value: formatAmountFull(s.amount, l) },
    ]);
  };
  const narrow = isNarrow(ctx);
  return {
    ...baseOption(theme),
    tooltip: { ...tooltipBase(theme), trigger: 'item', formatter },
    series: [{
      type: 'funnel', name: labels.reached, sort: 'none', gap: 3, min: 0, max: Math.max(steps[0]?.reached ?? 0, 1),
      left: narrow ? '4%' : '12%', right: narrow ? '4%' : '12%', top: 8, bottom: 8, minSize: '22%',
      data,
      label: {
        show: true, position: 'inside', ...textStyle(theme), color: '#fff', fontSize: narrow ? 11 : 12, lineHeight: 16,
        formatter: (p: { dataIndex: number }) => {
          const s = steps[p.dataIndex];
          if (!s) return '';
          const head = `${name(s)}  ${formatInteger(s.reached, l)}`;
          return s.rate === null ? head : `${head}\n${labels.conversion} ${formatPercent(s.rate, l)}`;
        },
      },
      labelLine: { show: false },
      emphasis: { label: { fontWeight: 'bold' } },
    }],
  };
}

export interface StageBarLabels { amount: string; count: string; kind: Record<StageKind, string>; unknown: string }

/** Amount by current stage (open stages, won, lost) as horizontal bars coloured by outcome. */
export function stageAmountOption(stages: readonly StageInput[], ctx: ChartContext, labels: StageBarLabels): EChartsOption {
  const theme = themeOf(ctx);
  const l = ctx.locale;
  const names = stages.map((s) => s.stage ?? labels.unknown);
  const compact = compactValue('amount', l);
  const formatter = (params: unknown) => {
    const s = stages[dataIndexOf(params)];
    if (!s) return '';
    return tooltipHtml(`${s.stage ?? labels.unknown} · ${labels.kind[s.kind]}`, [
      { label: labels.count, value: formatInteger(s.count, l), color: KIND_COLORS[s.kind] },
      { label: labels.amount, value: formatAmountFull(s.amount, l) },
    ]);
  };
  return {
    ...baseOption(theme),
    grid: { ...containedGrid(8), right: 64 },
    tooltip: { ...tooltipBase(theme), trigger: 'item', formatter },
    xAxis: { ...valueAxis(ctx, withUnit(labels.amount, l), 'amount'), nameLocation: 'middle', nameGap: 24 },
    yAxis: { type: 'category', data: names, inverse: true, axisLine: axisLineStyle(theme), axisTick: { show: false }, axisLabel: categoryAxisLabel(ctx, names.length, true) },
    series: [{
      type: 'bar', name: labels.amount, barMaxWidth: 22,
      data: stages.map((s, i) => ({ name: names[i], key: s.stage ?? NULL_KEY, value: s.amount, itemStyle: { color: KIND_COLORS[s.kind], opacity: 1 } })),
      label: {
        show: true, position: 'right', ...textStyle(theme), color: theme.textMuted, fontSize: 11,
        formatter: (p: { dataIndex: number }) => {
          const s = stages[p.dataIndex];
          return s ? `${compact(s.amount)} · ${formatInteger(s.count, l)}` : '';
        },
      },
    }],
  };
}
