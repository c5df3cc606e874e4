import { describe, expect, it } from 'vitest';
import type { EChartsOption } from '../../../src/charts/echarts';
import { bulletHeight, bulletOption, type BulletRow } from '../../../src/charts/options/bullet';
import { NULL_KEY } from '../../../src/charts/options/common';
import { REGION_COLORS, lightTheme } from '../../../src/charts/options/theme';
import { items, series, tooltip } from './inspect';

const rows: BulletRow[] = [
  { key: '华东', revenue: 530000000, base: 420000000, growth: 0.262, share: 0.34, target: 548000000, attainment: 0.9672 },
  { key: '西北', revenue: 67998354, base: 64000000, growth: 0.0625, share: 0.044, target: 89700000, attainment: 0.758 },
  { key: null, revenue: 1000, base: 0, growth: null, share: 0.00001, target: null, attainment: null },
];
const labels = {
  revenue: '销售额', base: '去年同期', growth: '同比', target: '目标', attainment: '完成率', share: '占比', amount: '销售额', nullLabel: '(未填写)',
};
const zh = { locale: 'zh-CN' as const, width: 900 };
type CategoryAxis = { data: string[]; position?: string; inverse?: boolean; axisLabel: { formatter: (v: string, i: number) => string } };
const yAxes = (o: EChartsOption) => o.yAxis as unknown as CategoryAxis[];

describe('bulletOption', () => {
  it('draws a keyed bar per row, a grey base tick and an amber target tick', () => {
    const option = bulletOption(rows, zh, { labels, labelMode: 'attainment' });
    expect(series(option).map((s) => [s.type, s.name])).toEqual([['bar', '销售额'], ['scatter', '去年同期'], ['scatter', '目标']]);
    const bars = items(option);
    expect(bars.map((b) => [b.key, b.name, b.value])).toEqual([['华东', '华东', 530000000], ['西北', '西北', 67998354], [NULL_KEY, '(未填写)', 1000]]);
    expect(bars[0].itemStyle.color).toBe(REGION_COLORS['华东']);
    const ticks = series(option)[1].data as { value: [number, number]; key: string }[];
    expect(ticks.map((t) => t.value)).toEqual([[420000000, 0], [64000000, 1], [0, 2]]);
    expect(ticks[1].key).toBe('西北');
    expect((series(option)[2] as unknown as { itemStyle: { color: string } }).itemStyle.color).toBe(lightTheme.target);
  });

  it('omits the target tick when no row has a target', () => {
    const option = bulletOption(rows.map((r) => ({ ...r, target: null, attainment: null })), zh, { labels, labelMode: 'growth' });
    expect(series(option).map((s) => s.name)).toEqual(['销售额', '去年同期']);
  });

  it('puts the figures in a right-hand column: amount plus attainment, share or growth', () => {
    const right = (mode: 'attainment' | 'share' | 'growth') => yAxes(bulletOption(rows, zh, { labels, labelMode: mode }))[1];
    expect(right('attainment').position).toBe('right');
    expect(right('attainment').axisLabel.formatter('华东', 0)).toBe('5.3亿 · 96.7%');
    expect(right('attainment').axisLabel.formatter('西北', 1)).toBe('6,800万 · 75.8%');
    // A missing figure is left out, not printed as a dash.
    expect(right('attainment').axisLabel.formatter('', 2)).toBe('1,000');
    expect(right('share').axisLabel.formatter('华东', 0)).toBe('5.3亿 · 34.0%');
    expect(right('growth').axisLabel.formatter('华东', 0)).toBe('5.3亿 · +26.2%');
    const en = yAxes(bulletOption(rows, { locale: 'en', width: 900 }, { labels, labelMode: 'growth' }))[1];
    expect(en.axisLabel.formatter('', 1)).toBe('68M · +6.3%');
  });

  it('dims the rows outside the selection', () => {
    const bars = items(bulletOption(rows, zh, { labels, labelMode: 'attainment', selected: ['西北'] }));
    expect(bars.map((b) => b.itemStyle.opacity)).toEqual([lightTheme.dimOpacity, 1, lightTheme.dimOpacity]);
  });

  it('tooltip: exact amounts, comparison, share and attainment; data text escaped', () => {
    const option = bulletOption(rows, zh, { labels, labelMode: 'attainment' });
    const html = tooltip(option, 1);
    for (const text of ['西北', '¥67,998,354.00', '去年同期', '¥64,000,000.00', '+6.3%', '4.4%', '¥89,700,000.00', '75.8%']) expect(html).toContain(text);
    expect(tooltip(option, 2)).not.toContain('目标');
    const hostile = bulletOption([{ ...rows[0], key: '<img src=x onerror=alert(1)>' }], zh, { labels, labelMode: 'share' });
    expect(tooltip(hostile, 0)).not.toContain('<img');
  });

  it('grows with the number of rows', () => {
    expect(bulletHeight(3)).toBe(200);
    expect(bulletHeight(22)).toBe(22 * 34 + 70);
  });
});
