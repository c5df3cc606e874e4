/**
 * Quota attainment as a gauge read against 时间进度: the dial is banded red / amber / green by the
 * settings' thresholds, the dark needle is attainment, the thin grey needle is the share of the
 * period elapsed. Needle ahead of the grey one = ahead of plan.
 */
import '../echarts-extra';
import { formatPercent } from '../../i18n/format';
import type { EChartsOption } from '../echarts';
import { baseOption, themeOf } from './common';
import type { ChartContext } from './theme';
import { TONE_COLORS, toneColor, type Thresholds } from './tones';

export interface GaugeInput {
  /** revenue ÷ target; null when it cannot be stated (the dial then shows "—"). */
  attainment: number | null;
  /** 0..1 */
  timeProgress: number;
}

export interface GaugeOptions extends Thresholds {
  labels: { attainment: string; timeProgress: string };
}

/** The dial's end: at least 120%, more when attainment is beyond it (up to 200%). */
export function gaugeMax(attainment: number | null): number {
  return Math.min(2, Math.max(1.2, Math.ceil((attainment ?? 0) * 10) / 10));
}

export function attainmentGaugeOption(input: GaugeInput, ctx: ChartContext, opts: GaugeOptions): EChartsOption {
  const theme = themeOf(ctx);
  const max = gaugeMax(input.attainment);
  const bands: [number, string][] = [
    [opts.warn / max, TONE_COLORS.bad],
    [opts.good / max, TONE_COLORS.warn],
    [1, TONE_COLORS.good],
  ];
  const shown = input.attainment === null ? 0 : Math.min(max, Math.max(0, input.attainment));
  const common = { type: 'gauge' as const, min: 0, max, startAngle: 210, endAngle: -30, radius: '92%', center: ['50%', '58%'] };
  return {
    ...baseOption(theme),
    series: [
      {
        ...common,
        name: opts.labels.attainment,
        splitNumber: Math.round(max * 5),
        axisLine: { lineStyle: { width: 12, color: bands } },
        axisTick: { distance: -12, length: 4, lineStyle: { color: '#ffffff', width: 1 } },
        splitLine: { distance: -12, length: 12, lineStyle: { color: '#ffffff', width: 2 } },
        axisLabel: {
          distance: 18, color: theme.textMuted, fontSize: ctx.width < 300 ? 9 : 11,
          formatter: (v: number) => (Math.round(v * 100) % 40 === 0 ? `${Math.round(v * 100)}%` : ''),
        },
        // No needle without a value: a needle at 0 would read as 0%.
        pointer: { show: input.attainment !== null, length: '62%', width: 6, itemStyle: { color: theme.text } },
        anchor: { show: true, size: 10, itemStyle: { color: theme.text } },
        title: { offsetCenter: [0, '64%'], fontSize: 12, color: theme.textMuted },
        detail: {
          offsetCenter: [0, '38%'], fontSize: ctx.width < 300 ? 20 : 26, fontWeight: 600,
          color: toneColor(input.attainment, opts),
          formatter: () => formatPercent(input.attainment, ctx.locale),
        },
        data: [{ value: shown, name: opts.labels.attainment }],
      },
      {
        ...common,
        name: opts.labels.timeProgress,
        axisLine: { show: false },
        axisTick: { show: false },
        splitLine: { show: false },
        axisLabel: { show: false },
        pointer: { length: '88%', width: 3, itemStyle: { color: theme.comparison } },
        // Its title is the grey needle's legend, under the attainment figure.
        title: { offsetCenter: [0, '84%'], fontSize: 12, color: theme.comparison },
        detail: { show: false },
        data: [{ value: Math.min(max, Math.max(0, input.timeProgress)), name: `┃ ${opts.labels.timeProgress} ${formatPercent(input.timeProgress, ctx.locale)}` }],
      },
    ],
  };
}
