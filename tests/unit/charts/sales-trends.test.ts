import { describe, expect, it } from 'vitest';
import { cellColor, heatmapOption, type HeatCell } from '../../../src/charts/options/heatmap';
import { paretoOption, thinCurve } from '../../../src/charts/options/pareto';
import { revenueTargetOption, type RevenueTargetRow } from '../../../src/charts/options/revenue-target';
import { lightTheme } from '../../../src/charts/options/theme';
import { TONE_COLORS } from '../../../src/charts/options/tones';
import { axis, series, tooltip } from './inspect';

const zh = { locale: 'zh-CN' as const, width: 900 };

describe('heatmapOption', () => {
  const cells: HeatCell[] = [
    { key: '华东', month: '2026-01', revenue: 400, base: 200, growth: 1 },
    { key: '华东', month: '2026-02', revenue: 100, base: 200, growth: -0.5 },
    { key: '西北', month: '2026-01', revenue: 0, base: 0, growth: null },
    { key: '西北', month: '2026-02', revenue: 200, base: 250, growth: -0.2 },
  ];
  const labels = { revenue: '销售额', base: '去年同期', growth: '同比', nullLabel: '(未填写)' };
  type Cell = { value: [number, number, number, number]; key: string; itemStyle: { opacity: number } };
  type Piece = { value: number; color: string };
  const colorOf = (o: ReturnType<typeof heatmapOption>, i: number) => {
    const pieces = (o.visualMap as unknown as { pieces: Piece[] }).pieces;
    return pieces[(series(o)[0].data as Cell[])[i].value[3]].color;
  };

  it('places cells by month and row, keyed by the row value', () => {
    const option = heatmapOption(cells, zh, { labels, colorBy: 'revenue' });
    expect(axis(option, 'xAxis').data).toEqual(['2026-01', '2026-02']);
    expect(axis(option, 'yAxis').data).toEqual(['华东', '西北']);
    const data = series(option)[0].data as Cell[];
    expect(data.map((d) => [d.key, ...d.value.slice(0, 3)])).toEqual([['华东', 0, 0, 400], ['华东', 1, 0, 100], ['西北', 0, 1, 0], ['西北', 1, 1, 200]]);
    // The visualMap maps each cell to exactly the colour cellColor chose.
    expect(colorOf(option, 0)).toBe(lightTheme.primary);
    expect(colorOf(option, 2)).toBe('#eef3fb');
    expect(colorOf(option, 3)).toBe(cellColor(cells[3], 'revenue', 400, lightTheme.primary));
    expect(colorOf(heatmapOption(cells, zh, { labels, colorBy: 'growth' }), 1)).toBe(TONE_COLORS.bad);
  });

  it('colours by growth: green up, red down, saturating at ±50%, grey without a base', () => {
    expect(cellColor(cells[0], 'growth', 400, lightTheme.primary)).toBe(TONE_COLORS.good);
    expect(cellColor(cells[1], 'growth', 400, lightTheme.primary)).toBe(TONE_COLORS.bad);
    expect(cellColor(cells[2], 'growth', 400, lightTheme.primary)).toBe(TONE_COLORS.neutral);
    expect(cellColor(cells[3], 'growth', 400, lightTheme.primary)).not.toBe(TONE_COLORS.bad);
  });

  it('dims rows outside the selection; labels only where cells are wide enough', () => {
    const option = heatmapOption(cells, zh, { labels, colorBy: 'revenue', selected: ['西北'] });
    expect((series(option)[0].data as Cell[]).map((d) => d.itemStyle.opacity)).toEqual([0.35, 0.35, 1, 1]);
    const label = (width: number) => (series(heatmapOption(cells, { locale: 'zh-CN', width }, { labels, colorBy: 'revenue' }))[0].label as unknown as { show: boolean }).show;
    expect(label(900)).toBe(true);
    expect(label(380)).toBe(false);
  });

  it('tooltip gives the cell, its base and the growth; escapes data text', () => {
    const html = tooltip(heatmapOption(cells, zh, { labels, colorBy: 'revenue' }), 3);
    for (const text of ['西北 · 2026年2月', '¥200.00', '¥250.00', '−20.0%']) expect(html).toContain(text);
    const hostile = heatmapOption([{ ...cells[0], key: '<b>x</b>' }], zh, { labels, colorBy: 'revenue' });
    expect(tooltip(hostile, 0)).toContain('&lt;b&gt;x&lt;/b&gt;');
  });
});

describe('paretoOption', () => {
  const curve = [
    { rank: 1, partner_name: 'A', revenue: 60, cumulative_share: 0.6, partner_share: 0.25 },
    { rank: 2, partner_name: 'B', revenue: 25, cumulative_share: 0.85, partner_share: 0.5 },
    { rank: 3, partner_name: null, revenue: 10, cumulative_share: 0.95, partner_share: 0.75 },
    { rank: 4, partner_name: 'D', revenue: 5, cumulative_share: 1, partner_share: 1 },
  ];
  const labels = { partners: '伙伴数占比', cumulative: '累计销售额占比', rank: '排名', revenue: '销售额', even: '均匀分布', nullLabel: '(未填写)' };

  it('draws the cumulative curve, the even-spread diagonal and the 80% crossing', () => {
    const option = paretoOption(curve, zh, { labels, crossing: 0.5 });
    const s = series(option);
    expect(s[0].data).toEqual([[0, 0], [0.25, 0.6], [0.5, 0.85], [0.75, 0.95], [1, 1]]);
    expect(s[1].data).toEqual([[0, 0], [1, 1]]);
    const marks = (s[0] as unknown as { markLine: { data: { xAxis?: number; yAxis?: number }[] } }).markLine.data;
    expect(marks.map((m) => m.yAxis ?? m.xAxis)).toEqual([0.8, 0.5]);
    expect(axis(option, 'yAxis').name).toBe('累计销售额占比');
    expect(tooltip(option, 0, true)).toBe('');
    const html = tooltip(option, 3, true);
    for (const text of ['(未填写)', '¥10.00', '75.0%', '95.0%']) expect(html).toContain(text);
  });

  it('thins long curves but keeps both ends', () => {
    const long = Array.from({ length: 1000 }, (_, i) => i);
    const thin = thinCurve(long, 100);
    expect(thin).toHaveLength(100);
    expect(thin[0]).toBe(0);
    expect(thin[99]).toBe(999);
    expect(thinCurve([1, 2, 3], 100)).toEqual([1, 2, 3]);
  });
});

describe('revenueTargetOption', () => {
  const rows: RevenueTargetRow[] = [
    { month: '2026-01', revenue: 70, base: 50, target: 100 },
    { month: '2026-02', revenue: 95, base: 100, target: 100 },
    { month: '2026-03', revenue: 120, base: 0, target: null },
  ];
  const labels = { revenue: '销售额', target: '目标', base: '去年同期', growth: '同比', attainment: '完成率', amount: '销售额' };
  const opts = { good: 1, warn: 0.8, labels };
  type Bar = { value: number; itemStyle: { color: string } };

  it('colours each month by its attainment, draws the target and, under YoY, last year', () => {
    const option = revenueTargetOption(rows, zh, { ...opts, compare: 'yoy' });
    const s = series(option);
    expect(s.map((x) => [x.type, x.name])).toEqual([['bar', '销售额'], ['line', '去年同期'], ['line', '目标']]);
    expect((s[0].data as Bar[]).map((b) => b.itemStyle.color)).toEqual([TONE_COLORS.bad, TONE_COLORS.warn, lightTheme.primary]);
    expect(s[1].data).toEqual([50, 100, 0]);
    expect(s[2].data).toEqual([100, 100, null]);
    expect((option.legend as { data: string[] }).data).toEqual(['去年同期', '目标']);
    expect(axis(option, 'yAxis').name).toBe('销售额(元)');
  });

  it('under MoM the previous bar is the base: no extra line, the tooltip still compares', () => {
    const option = revenueTargetOption(rows, zh, { ...opts, compare: 'mom', labels: { ...labels, base: '上期', growth: '环比' } });
    expect(series(option).map((x) => x.name)).toEqual(['销售额', '目标']);
    const html = tooltip(option, 1, true);
    for (const text of ['2026年2月', '¥95.00', '¥100.00', '95.0%', '上期', '环比', '−5.0%']) expect(html).toContain(text);
    expect(tooltip(option, 2, true)).not.toContain('Infinity');
  });
});
