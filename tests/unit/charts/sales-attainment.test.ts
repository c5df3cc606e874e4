import { describe, expect, it } from 'vitest';
import type { EChartsOption } from '../../../src/charts/echarts';
import { attainmentBarOption, type AttainmentBarRow } from '../../../src/charts/options/attainment-bar';
import { attainmentGaugeOption, gaugeMax } from '../../../src/charts/options/attainment-gauge';
import { lightTheme } from '../../../src/charts/options/theme';
import { TONE_COLORS, mixHex, toneColor } from '../../../src/charts/options/tones';
import { items, series, tooltip } from './inspect';

const rows: AttainmentBarRow[] = [
  { key: '西北', revenue: 68, target: 90, attainment: 0.758, baseAttainment: 0.916 },
  { key: '东北', revenue: 94, target: 100, attainment: 0.941, baseAttainment: 0.95 },
  { key: '华北', revenue: 101, target: 100, attainment: 1.01, baseAttainment: null },
  { key: '海外', revenue: 5, target: null, attainment: null, baseAttainment: null },
];
const labels = {
  attainment: '完成率', revenue: '销售额', target: '目标', baseAttainment: '去年同期完成率', change: '变化', timeProgress: '时间进度', nullLabel: '(未填写)',
};
const zh = { locale: 'zh-CN' as const, width: 600 };
const thresholds = { good: 1, warn: 0.8 };
type MarkLine = { data: { xAxis: number; name: string }[] };

describe('tones', () => {
  it('colours by the settings thresholds: red below warn, amber up to good, green from good', () => {
    expect(toneColor(0.758, thresholds)).toBe(TONE_COLORS.bad);
    expect(toneColor(0.8, thresholds)).toBe(TONE_COLORS.warn);
    expect(toneColor(0.999, thresholds)).toBe(TONE_COLORS.warn);
    expect(toneColor(1, thresholds)).toBe(TONE_COLORS.good);
    expect(toneColor(null, thresholds)).toBe(TONE_COLORS.neutral);
    expect(toneColor(0.85, { good: 0.9, warn: 0.86 })).toBe(TONE_COLORS.bad);
  });
  it('blends colours linearly', () => {
    expect(mixHex('#000000', '#ffffff', 0)).toBe('#000000');
    expect(mixHex('#000000', '#ffffff', 1)).toBe('#ffffff');
    expect(mixHex('#000000', '#ff0080', 0.5)).toBe('#800040');
    expect(mixHex('#000000', '#ffffff', 7)).toBe('#ffffff');
  });
});

describe('attainmentBarOption', () => {
  it('colours each bar by its tone, keeps the key, and ticks last period', () => {
    const option = attainmentBarOption(rows, zh, { ...thresholds, labels, timeProgress: 1 });
    const bars = items(option);
    expect(bars.map((b) => [b.key, b.value])).toEqual([['西北', 0.758], ['东北', 0.941], ['华北', 1.01], ['海外', null]]);
    expect(bars.map((b) => b.itemStyle.color)).toEqual([TONE_COLORS.bad, TONE_COLORS.warn, TONE_COLORS.good, TONE_COLORS.neutral]);
    const ticks = series(option)[1].data as { value: [number | null, number] }[];
    expect(ticks.map((t) => t.value)).toEqual([[0.916, 0], [0.95, 1], [null, 2], [null, 3]]);
  });

  it('marks 100% always and 时间进度 only while the period runs', () => {
    const lines = (o: EChartsOption) => (series(o)[0] as unknown as { markLine: MarkLine }).markLine.data.map((d) => [d.name, d.xAxis]);
    expect(lines(attainmentBarOption(rows, zh, { ...thresholds, labels, timeProgress: 1 }))).toEqual([['目标', 1]]);
    expect(lines(attainmentBarOption(rows, zh, { ...thresholds, labels, timeProgress: 0.75 }))).toEqual([['目标', 1], ['时间进度', 0.75]]);
  });

  it('shows percentages in the right column, in the bar colour', () => {
    const option = attainmentBarOption(rows, zh, { ...thresholds, labels, timeProgress: 1 });
    const right = (option.yAxis as unknown as { axisLabel: { formatter: (v: string, i: number) => string; color: (v: unknown, i: number) => string } }[])[1];
    expect(right.axisLabel.formatter('西北', 0)).toBe('75.8%');
    expect(right.axisLabel.formatter('海外', 3)).toBe('—');
    expect(right.axisLabel.color('西北', 0)).toBe(TONE_COLORS.bad);
  });

  it('tooltip: attainment, revenue, target, last period and the change in points', () => {
    const html = tooltip(attainmentBarOption(rows, zh, { ...thresholds, labels, timeProgress: 1 }), 0);
    for (const text of ['西北', '75.8%', '¥68.00', '¥90.00', '91.6%', '−15.8个百分点']) expect(html).toContain(text);
  });

  it('widens the axis for overachievers', () => {
    const option = attainmentBarOption([{ ...rows[0], attainment: 1.43 }], zh, { ...thresholds, labels, timeProgress: 1 });
    expect((option.xAxis as { max: number }).max).toBe(1.5);
  });
});

describe('attainmentGaugeOption', () => {
  const gaugeLabels = { attainment: '目标完成率', timeProgress: '时间进度' };
  type Gauge = { max: number; axisLine: { lineStyle: { color: [number, string][] } }; data: { value: number; name: string }[]; detail: { formatter: () => string; color: string } };
  const gauges = (o: EChartsOption) => o.series as unknown as Gauge[];

  it('bands the dial by the thresholds and points one needle at attainment, one at time progress', () => {
    const [dial, time] = gauges(attainmentGaugeOption({ attainment: 0.958, timeProgress: 0.75 }, zh, { ...thresholds, labels: gaugeLabels }));
    expect(dial.max).toBe(1.2);
    expect(dial.axisLine.lineStyle.color).toEqual([[0.8 / 1.2, TONE_COLORS.bad], [1 / 1.2, TONE_COLORS.warn], [1, TONE_COLORS.good]]);
    expect(dial.data[0].value).toBe(0.958);
    expect(dial.detail.formatter()).toBe('95.8%');
    expect(dial.detail.color).toBe(TONE_COLORS.warn);
    expect(time.data[0].value).toBe(0.75);
    expect(time.data[0].name).toContain('时间进度 75.0%');
    expect(time.data[0].name).not.toContain('undefined');
  });

  it('stretches the dial for overachievement and shows a dash without a value', () => {
    expect(gaugeMax(1.43)).toBe(1.5);
    expect(gaugeMax(5)).toBe(2);
    expect(gaugeMax(null)).toBe(1.2);
    const [dial] = gauges(attainmentGaugeOption({ attainment: null, timeProgress: 1 }, zh, { ...thresholds, labels: gaugeLabels }));
    expect(dial.detail.formatter()).toBe('—');
    expect(dial.detail.color).toBe(TONE_COLORS.neutral);
    expect(dial.data[0].value).toBe(0);
    expect((dial as unknown as { pointer: { show: boolean } }).pointer.show).toBe(false);
    expect(lightTheme.comparison).toBeTruthy();
  });
});
