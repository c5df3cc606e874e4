/**
 * Cash tied up in over-stock per partner: the shared horizontal category bar (keyed by
 * partner_id, exact values in the tooltip) in the "bad" tone, with fewer, non-overlapping value
 * ticks on a narrow card — compact amounts such as "543.7万" are wide.
 */
import type { EChartsOption } from '../echarts';
import { categoryBarOption, type CategoryRow } from './category';
import type { AxisOption } from './common';
import { isNarrow, type ChartContext } from './theme';
import { TONE_COLORS } from './tones';

export interface OverstockBarOptions {
  valueLabel: string;
  nullLabel: string;
  selected?: readonly string[];
  maxBars?: number;
}

export function overstockBarOption(rows: readonly CategoryRow[], ctx: ChartContext, opts: OverstockBarOptions): EChartsOption {
  const option = categoryBarOption(rows, ctx, { ...opts, horizontal: true, color: TONE_COLORS.bad, maxBars: opts.maxBars ?? 10 });
  const x = option.xAxis as AxisOption & { axisLabel?: Record<string, unknown> };
  return {
    ...option,
    xAxis: { ...x, splitNumber: isNarrow(ctx) ? 2 : 5, axisLabel: { ...x.axisLabel, hideOverlap: true } } as AxisOption,
  };
}

export function overstockBarHeight(bars: number): number {
  return Math.max(160, bars * 30 + 50);
}
