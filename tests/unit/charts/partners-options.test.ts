/** The Partners page's option builders, tested as data (and rendered once by real ECharts). */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { echarts, type EChartsOption } from '../../../src/charts/echarts';
import { stackedBarOption, type StackedRow } from '../../../src/charts/options/stacked-bar';
import { SIGNED_COLOR, newPartnersOption } from '../../../src/charts/options/new-partners';
import { coverageHeatmapOption, coverageKey, parseCoverageKey, type CoverageCell } from '../../../src/charts/options/coverage-heatmap';
import { partnerOrdersOption, partnerProductsOption, partnerStockOption } from '../../../src/charts/options/partner-detail';
import { NULL_KEY } from '../../../src/charts/options/common';
import { colorFor, lightTheme } from '../../../src/charts/options/theme';
import { itemPixel } from '../../../src/charts/registry';
import { axis, series, tooltip } from './inspect';

const zh = { locale: 'zh-CN' as const, width: 800 };
const en = { locale: 'en' as const, width: 800 };
const parts = [{ name: '活跃', color: '#111111' }, { name: '不活跃', color: '#cccccc' }];
const stackOpts = { parts, valueLabel: '伙伴数', nullLabel: '未填写', totalLabel: '签约伙伴', shareLabel: '活跃率' };
const tiers: StackedRow[] = [
  { key: '二级经销商', values: [600, 153] },
  { key: 'OEM', values: [18, 2] },
  { key: null, values: [0, 3] },
];
type Data = { key: string; name: string; value: number; itemStyle: { color: string; opacity: number } };
const data = (option: EChartsOption, i: number) => series(option)[i].data as Data[];

describe('stackedBarOption', () => {
  it('stacks one series per part, every segment keyed by its category, legend coloured per part', () => {
    const option = stackedBarOption(tiers, zh, stackOpts);
    const s = series(option) as unknown as { name: string; stack: string; itemStyle: { color: string } }[];
    expect(s.map((x) => [x.name, x.stack, x.itemStyle.color])).toEqual([['活跃', 'total', '#111111'], ['不活跃', 'total', '#cccccc']]);
    expect(data(option, 0).map((d) => [d.key, d.value])).toEqual([['二级经销商', 600], ['OEM', 18], [NULL_KEY, 0]]);
    expect(data(option, 1).map((d) => d.value)).toEqual([153, 2, 3]);
    expect(axis(option, 'xAxis').data).toEqual(['二级经销商', 'OEM', '未填写']);
  });
  it('labels the total at the end of the stack only, counts on an integer axis', () => {
    const option = stackedBarOption(tiers, zh, { ...stackOpts, horizontal: true });
    const [first, last] = series(option);
    expect((first.label as unknown as { show: boolean }).show).toBe(false);
    expect(last.label!.formatter({ dataIndex: 0 })).toBe('753');
    expect(axis(option, 'yAxis').type).toBe('category');
    expect(axis(option, 'yAxis').inverse).toBe(true);
    expect(axis(option, 'xAxis')).toMatchObject({ type: 'value', name: '伙伴数', minInterval: 1 });
  });
  it('tooltip: each part exactly, the total and the first part\'s share; names escaped', () => {
    const text = tooltip(stackedBarOption([{ key: 'x', label: '<img src=x onerror=1>', values: [1234, 766] }], en, stackOpts), 0);
    expect(text).toContain('&lt;img src=x onerror=1&gt;');
    expect(text).not.toContain('<img');
    expect(text).toContain('1,234');
    expect(text).toContain('2,000');
    expect(text).toContain('61.7%');
    expect(tooltip(stackedBarOption([{ key: 'z', values: [0, 0] }], en, stackOpts), 0)).toContain('—');
  });
  it('dims categories outside the selection', () => {
    const option = stackedBarOption(tiers, zh, { ...stackOpts, selected: ['OEM'] });
    expect(data(option, 0).map((d) => d.itemStyle.opacity)).toEqual([lightTheme.dimOpacity, 1, lightTheme.dimOpacity]);
    expect(data(option, 1).map((d) => d.itemStyle.opacity)).toEqual([lightTheme.dimOpacity, 1, lightTheme.dimOpacity]);
  });
});

describe('newPartnersOption', () => {
  const rows = [{ month: '2026-01', new: 13, productive: 9 }, { month: '2026-02', new: 0, productive: 0 }];
  const labels = { signed: '新签', productive: '90 天内出单', rate: '出单率', axis: '伙伴数' };
  it('draws productive inside the signed bar, keyed by month', () => {
    const option = newPartnersOption(rows, zh, labels);
    const [signed, productive] = series(option) as unknown as { data: { key: string; value: number }[]; barGap?: string; itemStyle: { color: string } }[];
    expect(signed.data.map((d) => [d.key, d.value])).toEqual([['2026-01', 13], ['2026-02', 0]]);
    expect(productive.data.map((d) => d.value)).toEqual([9, 0]);
    expect(productive.barGap).toBe('-100%');
    expect([signed.itemStyle.color, productive.itemStyle.color]).toEqual([SIGNED_COLOR, lightTheme.primary]);
    expect((axis(option, 'xAxis').axisLabel.formatter as (m: string) => string)('2026-01')).toBe('1月');
  });
  it('tooltip gives both counts and the productive rate (— when none signed)', () => {
    const option = newPartnersOption(rows, zh, labels);
    expect(tooltip(option, 0, true)).toContain('2026年1月');
    expect(tooltip(option, 0, true)).toContain('69.2%');
    expect(tooltip(option, 1, true)).toContain('—');
  });
});

describe('coverageHeatmapOption', () => {
  const cells: CoverageCell[] = [
    { region: '华东', industry: '金融', partners: 10, ordering: 8, revenue: 500000 },
    { region: '华东', industry: '教育', partners: 4, ordering: 2, revenue: 90000 },
    { region: '西北', industry: '金融', partners: 2, ordering: 1, revenue: 30000 },
  ];
  const labels = { partners: '签约伙伴', ordering: '下单伙伴', revenue: '销售额', nullLabel: '未填写' };
  type Cell = { value: [number, number, number]; key: string; label: { color: string }; itemStyle: { opacity: number } };
  const cellsOf = (o: EChartsOption) => series(o)[0].data as Cell[];
  it('draws every region × industry pair, the missing ones as a red 0', () => {
    const option = coverageHeatmapOption(cells, zh, labels);
    expect(axis(option, 'yAxis').data).toEqual(['华东', '西北']);
    expect(axis(option, 'xAxis').data).toEqual(['金融', '教育']);
    expect(cellsOf(option).map((c) => [c.key, c.value])).toEqual([
      [coverageKey('华东', '金融'), [0, 0, 10]], [coverageKey('华东', '教育'), [1, 0, 4]],
      [coverageKey('西北', '金融'), [0, 1, 2]], [coverageKey('西北', '教育'), [1, 1, 0]],
    ]);
    expect(cellsOf(option)[3].label.color).toBe('#b91c1c');
    expect(cellsOf(option)[0].label.color).toBe('#fff');
    expect((option.visualMap as { max: number }).max).toBe(10);
  });
  it('round-trips the click key, nulls included', () => {
    expect(parseCoverageKey(coverageKey('华东', '金融'))).toEqual({ region: '华东', industry: '金融' });
    expect(parseCoverageKey(coverageKey(null, '金融'))).toEqual({ region: null, industry: '金融' });
    expect(parseCoverageKey('华东')).toBeNull();
  });
  it('tooltip: partners, ordering partners and exact revenue, escaped', () => {
    const option = coverageHeatmapOption([{ region: '<b>', industry: '金融', partners: 1, ordering: 1, revenue: 1234.5 }], zh, labels);
    const text = (option.tooltip as { formatter: (p: unknown) => string }).formatter({ dataIndex: 0 });
    expect(text).toContain('&lt;b&gt; · 金融');
    expect(text).toContain('¥1,234.50');
  });
  it('dims cells outside the region / industry filters', () => {
    const option = coverageHeatmapOption(cells, zh, labels, { selectedRegions: ['西北'] });
    expect(cellsOf(option).map((c) => c.itemStyle.opacity)).toEqual([lightTheme.dimOpacity, lightTheme.dimOpacity, 1, 1]);
  });
});

describe('partner detail charts', () => {
  const months = [
    { month: '2025-12', revenue: 20540, orders: 1, in_period: false },
    { month: '2026-01', revenue: 0, orders: 0, in_period: true },
  ];
  it('orders by month: the period in blue, before it in grey, keyed by month', () => {
    const option = partnerOrdersOption(months, zh, { revenue: '订单额', orders: '订单数', outside: '所选期间之前' });
    const bars = series(option)[0].data as { key: string; value: number; itemStyle: { color: string } }[];
    expect(bars.map((b) => [b.key, b.value, b.itemStyle.color])).toEqual([['2025-12', 20540, lightTheme.comparison], ['2026-01', 0, lightTheme.primary]]);
    expect(axis(option, 'yAxis').name).toBe('订单额(元)');
    expect(tooltip(option, 0, true)).toContain('2025年12月 · 所选期间之前');
    expect(tooltip(option, 0, true)).toContain('¥20,540.00');
    expect(tooltip(option, 1, true)).not.toContain('所选期间之前');
  });
  it('stock by month: value when the snapshots carry it, else quantity', () => {
    const byValue = partnerStockOption([{ month: '2026-01', on_hand_qty: 5, on_hand_value: 1000 }], en, { value: 'Stock value', qty: 'Quantity' });
    expect(series(byValue)[0].data).toEqual([1000]);
    expect(axis(byValue, 'yAxis').name).toBe('Stock value (CNY)');
    const byQty = partnerStockOption([{ month: '2026-01', on_hand_qty: 5, on_hand_value: null }], en, { value: 'Stock value', qty: 'Quantity' });
    expect(series(byQty)[0].data).toEqual([5]);
    expect(axis(byQty, 'yAxis').name).toBe('Quantity');
  });
  it('products: horizontal bars in the product\'s own colour, few ticks when narrow', () => {
    const rows = [{ product: 'ERP 企业版', revenue: 5000, share: 0.8 }, { product: null, revenue: 1250, share: 0.2 }];
    const option = partnerProductsOption(rows, { locale: 'zh-CN', width: 360 }, { revenue: '订单额', nullLabel: '未填写' });
    const bars = series(option)[0].data as Data[];
    expect(bars.map((b) => [b.key, b.itemStyle.color])).toEqual([['ERP 企业版', colorFor('ERP 企业版')], [NULL_KEY, lightTheme.empty]]);
    expect(option.xAxis).toMatchObject({ type: 'value', splitNumber: 2, axisLabel: { hideOverlap: true } });
    expect(tooltip(option, 0)).toContain('80.0%');
  });
});

describe('rendered by ECharts', () => {
  let spies: ReturnType<typeof vi.spyOn>[] = [];
  beforeEach(() => { spies = [vi.spyOn(console, 'error'), vi.spyOn(console, 'warn')]; });
  afterEach(() => { for (const s of spies) { expect(s).not.toHaveBeenCalled(); s.mockRestore(); } });

  const render = (option: EChartsOption) => {
    const chart = echarts.init(null as unknown as HTMLElement, null, { renderer: 'svg', ssr: true, width: 600, height: 360 });
    chart.setOption(option, { notMerge: true });
    return chart;
  };

  it('renders every builder without warnings, and a click point lands on a stacked bar', () => {
    const stacked = render(stackedBarOption(tiers, zh, { ...stackOpts, horizontal: true }));
    expect(itemPixel(stacked, 'OEM')).not.toBeNull();
    for (const option of [
      newPartnersOption([{ month: '2026-01', new: 3, productive: 1 }], zh, { signed: 'a', productive: 'b', rate: 'c', axis: 'd' }),
      coverageHeatmapOption([{ region: '华东', industry: '金融', partners: 3, ordering: 1, revenue: 10 }], zh, { partners: 'a', ordering: 'b', revenue: 'c', nullLabel: 'd' }),
      partnerOrdersOption([{ month: '2026-01', revenue: 5, orders: 1, in_period: true }], zh, { revenue: 'a', orders: 'b', outside: 'c' }),
      partnerStockOption([{ month: '2026-01', on_hand_qty: 5, on_hand_value: 9 }], zh, { value: 'a', qty: 'b' }),
      partnerProductsOption([{ product: 'A', revenue: 5, share: 1 }], zh, { revenue: 'a', nullLabel: 'b' }),
    ]) render(option).dispose();
    stacked.dispose();
  });
});
