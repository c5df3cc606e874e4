import { describe, expect, it } from 'vitest';
import { echarts } from '../../../src/charts/echarts';
import { forecastOption, monthTick, type ForecastChartInput } from '../../../src/charts/options/forecast';
import { itemPixel } from '../../../src/charts/registry';
import { lightTheme } from '../../../src/charts/options/theme';
import { axis, series, tooltip } from './inspect';

const input: ForecastChartInput = {
  history: [
    { month: '2026-07', revenue: 100 },
    { month: '2026-08', revenue: 120 },
    { month: '2026-09', revenue: 150 },
  ],
  forecast: [
    { month: '2026-10', value: 130 },
    { month: '2026-11', value: 160 },
    { month: '2026-12', value: 0 },
  ],
  backtest: { points: [{ month: '2026-08', actual: 120, forecast: 110 }, { month: '2026-09', actual: 150, forecast: 160 }] },
};
const labels = { actual: '实际', forecast: '预测', backtest: '回测预测', error: '回测误差', amount: '金额', marker: '预测 →' };
const zh = { locale: 'zh-CN' as const, width: 800 };

describe('forecastOption', () => {
  it('puts history and forecast months on one axis; the dashed forecast joins the last actual', () => {
    const option = forecastOption(input, zh, labels);
    expect(axis(option, 'xAxis').data).toEqual(['2026-07', '2026-08', '2026-09', '2026-10', '2026-11', '2026-12']);
    const [actual, line, points, backtest] = series(option);
    expect(actual.data).toEqual([100, 120, 150]);
    expect(line.data).toEqual([null, null, 150, 130, 160, 0]);
    expect(line.lineStyle?.type).toBe('dashed');
    expect(line.lineStyle?.color).toBe(lightTheme.target);
    expect(points.type).toBe('scatter');
    expect(points.name).toBe(line.name);
    expect(points.data.slice(3)).toEqual([
      { value: 130, key: 'forecast:2026-10' }, { value: 160, key: 'forecast:2026-11' }, { value: 0, key: 'forecast:2026-12' },
    ]);
    expect(points.data.slice(0, 3)).toEqual([null, null, null]);
    expect((backtest.data as ({ value: number } | null)[]).map((d) => d?.value ?? null)).toEqual([null, 110, 160, null, null, null]);
    expect(backtest.lineStyle?.type).toBe('dotted');
  });
  it('keeps only the last N history months', () => {
    const option = forecastOption(input, zh, labels, 2);
    expect(axis(option, 'xAxis').data).toEqual(['2026-08', '2026-09', '2026-10', '2026-11', '2026-12']);
    expect(series(option)[1].data).toEqual([null, 150, 130, 160, 0]);
  });
  it('tooltip: actual with its backtest error in history months, the forecast in future ones', () => {
    const option = forecastOption(input, zh, labels);
    const past = tooltip(option, 1, true);
    expect(past).toContain('2026年8月');
    expect(past).toContain('¥120.00');
    expect(past).toContain('¥110.00');
    expect(past).toContain('−8.3%');
    const future = tooltip(option, 4, true);
    expect(future).toContain('预测');
    expect(future).toContain('¥160.00');
    expect(future).not.toContain('实际');
  });
  it('ticks carry the year on January and the first month', () => {
    expect(monthTick('2026-07', 0, 'zh-CN')).toBe('2026年7月');
    expect(monthTick('2026-08', 1, 'zh-CN')).toBe('8月');
    expect(monthTick('2027-01', 5, 'en')).toBe('Jan 2027');
    expect(monthTick('2027-02', 6, 'en')).toBe('Feb');
  });
  it('renders, and each forecast month has a point to find, left to right', () => {
    const chart = echarts.init(null as unknown as HTMLElement, null, { renderer: 'svg', ssr: true, width: 600, height: 320 });
    chart.setOption(forecastOption(input, zh, labels));
    const xs = ['2026-10', '2026-11', '2026-12'].map((m) => itemPixel(chart, `forecast:${m}`)?.x ?? NaN);
    expect(xs.every(Number.isFinite)).toBe(true);
    expect(xs[0]).toBeLessThan(xs[1]);
    expect(xs[1]).toBeLessThan(xs[2]);
    expect(itemPixel(chart, 'forecast:2026-09')).toBeNull();
    chart.dispose();
  });
});
