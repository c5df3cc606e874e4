/**
 * Monthly revenue: history as a solid line, the forecast as a dashed amber line after a vertical
 * "forecast" marker, and the backtest's one-step-ahead forecasts as a dotted grey line over the
 * months they were checked against, so the reader sees how far to trust the dashed part.
 * Items are keyed: a history month by 'YYYY-MM', a forecast month by 'forecast:YYYY-MM'.
 */
import '../echarts-extra';
import { amountUnitLabel, formatAmountFull, formatDelta, formatMonth, withUnit } from '../../i18n/format';
import type { EChartsOption } from '../echarts';
import { axisLineStyle, baseOption, containedGrid, dataIndexOf, themeOf, tooltipBase, tooltipHtml, valueAxis, type TooltipLine } from './common';
import { isNarrow, textStyle, type ChartContext } from './theme';

export interface ForecastChartInput {
  history: readonly { month: string; revenue: number }[];
  forecast: readonly { month: string; value: number }[];
  backtest: { points: readonly { month: string; actual: number; forecast: number }[] };
}

export interface ForecastLabels { actual: string; forecast: string; backtest: string; error: string; amount: string; marker: string }

export const FORECAST_KEY_PREFIX = 'forecast:';
export const BACKTEST_KEY_PREFIX = 'backtest:';

/** Month ticks: the year on January and on the first tick, the month alone otherwise. */
export function monthTick(month: string, index: number, locale: 'zh-CN' | 'en'): string {
  if (index === 0 || month.endsWith('-01')) return formatMonth(month, locale);
  const m = Number(month.slice(5, 7));
  return locale === 'zh-CN' ? `${m}月` : formatMonth(month, locale).slice(0, 3);
}

export function forecastOption(input: ForecastChartInput, ctx: ChartContext, labels: ForecastLabels, historyMonths = 36): EChartsOption {
  const theme = themeOf(ctx);
  const l = ctx.locale;
  const history = input.history.slice(-historyMonths);
  const months = [...history.map((h) => h.month), ...input.forecast.map((f) => f.month)];
  const pad = (n: number) => Array.from({ length: n }, () => null);
  const last = history.at(-1);
  const backtest = new Map(input.backtest.points.map((p) => [p.month, p.forecast]));

  const actual = history.map((h) => h.revenue);
  // The dashed line starts on the last actual point so the two lines join.
  const line = [...pad(Math.max(history.length - 1, 0)), ...(last ? [last.revenue] : []), ...input.forecast.map((f) => f.value)];
  // The forecast months also as keyed points: a scatter keeps a per-item layout (a line does not), so
  // automation can find the drawn point of each forecast month.
  const points = [...pad(history.length), ...input.forecast.map((f) => ({ value: f.value, key: `${FORECAST_KEY_PREFIX}${f.month}` }))];
  const checked = months.map((m) => (backtest.has(m) ? { value: backtest.get(m) as number, key: `${BACKTEST_KEY_PREFIX}${m}` } : null));

  const formatter = (params: unknown) => {
    const i = dataIndexOf(params);
    const month = months[i];
    if (!month) return '';
    const lines: TooltipLine[] = [];
    const a = i < history.length ? history[i].revenue : null;
    if (a !== null) lines.push({ label: labels.actual, value: formatAmountFull(a, l), color: theme.primary });
    const f = i >= history.length ? input.forecast[i - history.length]?.value : undefined;
    if (f !== undefined) lines.push({ label: labels.forecast, value: formatAmountFull(f, l), color: theme.target });
    const b = backtest.get(month);
    if (b !== undefined) {
      lines.push({ label: labels.backtest, value: formatAmountFull(b, l), color: theme.comparison });
      if (a) lines.push({ label: labels.error, value: formatDelta((b - a) / a, l) });
    }
    return tooltipHtml(formatMonth(month, l), lines);
  };

  return {
    ...baseOption(theme),
    grid: containedGrid(40),
    legend: { top: 0, left: 'center', itemWidth: 18, itemHeight: 8, textStyle: { ...textStyle(theme), color: theme.textMuted } },
    tooltip: { ...tooltipBase(theme), trigger: 'axis', formatter },
    xAxis: {
      type: 'category', data: months, boundaryGap: false, axisLine: axisLineStyle(theme), axisTick: { alignWithLabel: true },
      axisLabel: { ...textStyle(theme), color: theme.textMuted, hideOverlap: true, rotate: isNarrow(ctx) ? 40 : 0, formatter: (m: string, i: number) => monthTick(m, i, l) },
    },
    yAxis: valueAxis(ctx, withUnit(labels.amount, l, amountUnitLabel(l)), 'amount'),
    series: [
      {
        type: 'line', name: labels.actual, data: actual, itemStyle: { color: theme.primary },
        lineStyle: { color: theme.primary, width: 2 }, symbolSize: 4, areaStyle: { color: theme.primary, opacity: 0.06 },
      },
      {
        type: 'line', name: labels.forecast, data: line, itemStyle: { color: theme.target },
        lineStyle: { color: theme.target, width: 2.5, type: 'dashed' }, symbol: 'none',
        ...(last ? {
          markLine: {
            silent: true, symbol: 'none', lineStyle: { color: theme.target, type: 'dotted', width: 1 },
            label: { formatter: labels.marker, color: theme.target, position: 'end' as const, fontSize: 11 },
            data: [{ xAxis: last.month }],
          },
        } : {}),
      },
      // Same name as the dashed line: one legend entry toggles both.
      { type: 'scatter', name: labels.forecast, data: points, symbol: 'emptyCircle', symbolSize: 9, itemStyle: { color: theme.target, borderWidth: 2 } },
      {
        type: 'line', name: labels.backtest, data: checked, itemStyle: { color: theme.comparison },
        lineStyle: { color: theme.comparison, width: 1.5, type: 'dotted' }, symbol: 'diamond', symbolSize: 6,
      },
    ],
  };
}
