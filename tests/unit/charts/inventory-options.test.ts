/** The inventory page's option builders, asserted as data and rendered once by real ECharts (SSR). */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { echarts, type EChartsOption } from '../../../src/charts/echarts';
import {
  SUPPLY_COLORS, cellStatus, supplyColor, supplyHeatmapHeight, supplyHeatmapOption, weeksText, type SupplyCell,
} from '../../../src/charts/options/supply-heatmap';
import { lineColors, stockTrendOption, type StockTrendPoint } from '../../../src/charts/options/stock-trend';
import { GAP_COLOR, sellThroughOption } from '../../../src/charts/options/sell-through';
import { overstockBarHeight, overstockBarOption } from '../../../src/charts/options/overstock-bar';
import { TONE_COLORS } from '../../../src/charts/options/tones';
import { CATEGORICAL_PALETTE, colorFor } from '../../../src/charts/options/theme';
import { axis, series, tooltip } from './inspect';

const zh = { locale: 'zh-CN' as const, width: 900 };
const en = { locale: 'en' as const, width: 360 };

const cell = (o: Partial<SupplyCell>): SupplyCell => ({
  partner_id: 'P1', partner: '北京协和', product: 'ERP', weeks: 4, no_movement: false, on_hand_qty: 40, weekly: 10,
  overstock_value: 0, snapshot_date: '2026-10-31', ...o,
});
const cells: SupplyCell[] = [
  cell({ weeks: 29.5, on_hand_qty: 295, overstock_value: 123456.5 }),
  cell({ product: 'BI', weeks: 1.5, on_hand_qty: 15 }),
  cell({ partner_id: 'P2', partner: '<b>广州</b>', weeks: 5 }),
  cell({ partner_id: 'P2', partner: '<b>广州</b>', product: 'BI', weeks: null, no_movement: true, weekly: 0 }),
];
const labels = {
  weeks: '库存周数', onHand: '库存数量', weekly: '周均出货', overstockValue: '积压资金', snapshot: '快照日',
  under: '缺货风险', healthy: '健康', over: '积压', noMovement: '无出货', nullProduct: '未填写',
};

let spies: ReturnType<typeof vi.spyOn>[] = [];
beforeEach(() => { spies = [vi.spyOn(console, 'error'), vi.spyOn(console, 'warn')]; });
afterEach(() => {
  for (const s of spies) { expect(s).not.toHaveBeenCalled(); s.mockRestore(); }
});

function renders(option: EChartsOption): void {
  const chart = echarts.init(null as unknown as HTMLElement, null, { renderer: 'svg', ssr: true, width: 600, height: 400 });
  chart.setOption(option, { notMerge: true });
  expect(chart.renderToSVGString()).toContain('<svg');
  chart.dispose();
}

describe('supply heatmap', () => {
  it('classifies and colours by the thresholds, exactly at the edges healthy', () => {
    expect([1.99, 2, 8, 8.01].map((w) => cellStatus({ weeks: w, no_movement: false }, 2, 8))).toEqual(['under', 'healthy', 'healthy', 'over']);
    expect(cellStatus({ weeks: null, no_movement: true }, 2, 8)).toBe('noMovement');
    expect(cellStatus({ weeks: null, no_movement: false }, 2, 8)).toBeNull();
    expect(supplyColor({ weeks: 8.0001, no_movement: false }, 2, 8)).toBe(SUPPLY_COLORS.overLight);
    // 3 × over and beyond: full red.
    expect(supplyColor({ weeks: 24, no_movement: false }, 2, 8)).toBe(SUPPLY_COLORS.overDeep);
    expect(supplyColor({ weeks: 40, no_movement: false }, 2, 8)).toBe(SUPPLY_COLORS.overDeep);
    expect(supplyColor({ weeks: 1, no_movement: false }, 2, 8)).toBe(SUPPLY_COLORS.under);
    // Thresholds are settings: 5 weeks is over-stock when over = 4.
    expect(supplyColor({ weeks: 5, no_movement: false }, 1, 4)).not.toBe(SUPPLY_COLORS.healthy);
  });

  it('puts partners on rows and products on columns, each cell keyed by partner_id', () => {
    const option = supplyHeatmapOption(cells, zh, { labels, under: 2, over: 8 });
    expect(axis(option, 'yAxis').data).toEqual(['北京协和', '<b>广州</b>']);
    expect(axis(option, 'xAxis').data).toEqual(['ERP', 'BI']);
    const data = series(option)[0].data as { value: number[]; key: string; itemStyle: { color: string } }[];
    expect(data.map((d) => [d.value[0], d.value[1], d.key])).toEqual([[0, 0, 'P1'], [1, 0, 'P1'], [0, 1, 'P2'], [1, 1, 'P2']]);
    expect(data[3].itemStyle.color).toBe(SUPPLY_COLORS.noMovement);
    expect(series(option)[0].label!.formatter({ dataIndex: 3 })).toBe('∞');
    expect(series(option)[0].label!.formatter({ dataIndex: 0 })).toBe('30');
    // The legend names the four colours.
    expect(series(option).slice(1).map((s) => s.name)).toEqual(['积压', '无出货', '缺货风险', '健康']);
  });

  it('gives exact values in the tooltip and escapes partner names', () => {
    const option = supplyHeatmapOption(cells, zh, { labels, under: 2, over: 8 });
    const t0 = tooltip(option, 0);
    expect(t0).toContain('¥123,456.50');
    expect(t0).toContain('29.5 · 积压');
    expect(t0).toContain('2026年10月31日');
    expect(tooltip(option, 2)).toContain('&lt;b&gt;广州&lt;/b&gt;');
    expect(tooltip(option, 2)).not.toContain('<b>广州');
  });

  it('dims the partners outside the selection and adapts to a phone', () => {
    const option = supplyHeatmapOption(cells, en, { labels, under: 2, over: 8, selected: ['P2'] });
    const data = series(option)[0].data as { itemStyle: { opacity: number } }[];
    expect(data.map((d) => d.itemStyle.opacity)).toEqual([0.35, 0.35, 1, 1]);
    expect(axis(option, 'yAxis').axisLabel.width).toBe(84);
    expect(weeksText(1234.5, false, 'en', true)).toBe('1,235');
    expect(weeksText(1234.56, false, 'en')).toBe('1,234.6');
    expect(supplyHeatmapHeight(20, false)).toBe(570);
    renders(option);
    renders(supplyHeatmapOption(cells, zh, { labels, under: 2, over: 8 }));
  });
});

describe('stock trend', () => {
  const points: StockTrendPoint[] = [
    { month: '2026-01', partner_id: 'P1', partner: '北京协和', value: 100 },
    { month: '2026-02', partner_id: 'P1', partner: '北京协和', value: 300 },
    { month: '2026-02', partner_id: 'P2', partner: '广州志诚', value: 50 },
  ];
  it('draws one line per partner in its stable colour, gaps for months without a snapshot', () => {
    const option = stockTrendOption(points, zh, { valueLabel: '库存金额', unit: 'amount', qtyUnit: '件' });
    const s = series(option) as unknown as { name: string; data: { value: number | null; key: string }[]; lineStyle: { color: string } }[];
    expect(s.map((x) => x.name)).toEqual(['北京协和', '广州志诚']);
    expect(s[1].data.map((d) => d.value)).toEqual([null, 50]);
    expect(s[1].data[1].key).toBe('P2');
    expect(s[0].lineStyle.color).toBe(colorFor('P1'));
    expect(axis(option, 'yAxis').name).toBe('库存金额(元)');
    const t = tooltip(option, 1, true);
    expect(t.indexOf('北京协和')).toBeLessThan(t.indexOf('广州志诚'));
    expect(t).toContain('¥300.00');
    renders(option);
    const qty = stockTrendOption(points, en, { valueLabel: 'Stock', unit: 'qty', qtyUnit: 'units' });
    expect(axis(qty, 'yAxis').name).toBe('Stock (units)');
    expect(tooltip(qty, 0, true)).toContain('100 units');
  });
});

describe('lineColors', () => {
  it('keeps each partner’s own colour unless another line on the chart already has it', () => {
    // Find two ids that hash to the same palette colour.
    const ids = Array.from({ length: 40 }, (_, i) => `P${String(i).padStart(5, '0')}`);
    const a = ids[0];
    const b = ids.find((id) => id !== a && colorFor(id) === colorFor(a))!;
    const c = lineColors([a, b]);
    expect(c.get(a)).toBe(colorFor(a));
    expect(c.get(b)).not.toBe(colorFor(a));
    expect(CATEGORICAL_PALETTE).toContain(c.get(b));
    const twelve = lineColors(ids.slice(0, 12));
    expect(new Set(twelve.values()).size).toBe(12);
  });
});

describe('sell-in vs sell-through', () => {
  const rows = [
    { month: '2026-01', sell_in: 100, sell_out: 120, gap: -20, cumulative_gap: -20 },
    { month: '2026-02', sell_in: 150, sell_out: 100, gap: 50, cumulative_gap: 30 },
  ];
  const l = { sellIn: '进货', sellOut: '出货', gap: '差额', cumulative: '累计差额', axis: '数量', qtyUnit: '件' };
  it('shows both flows as bars and the running gap as a line, in the basis unit', () => {
    const option = sellThroughOption(rows, 'qty', zh, l);
    expect(series(option).map((s) => [s.type, s.name])).toEqual([['bar', '进货'], ['bar', '出货'], ['line', '累计差额']]);
    expect(series(option)[2].data).toEqual([-20, 30]);
    expect(series(option)[2].lineStyle?.color).toBe(GAP_COLOR);
    expect(axis(option, 'yAxis').name).toBe('数量(件)');
    expect(tooltip(option, 1, true)).toContain('30 件');
    const amount = sellThroughOption(rows, 'amount', zh, { ...l, axis: '金额' });
    expect(axis(amount, 'yAxis').name).toBe('金额(元)');
    expect(tooltip(amount, 1, true)).toContain('¥150.00');
    renders(option);
  });
});

describe('over-stock bar', () => {
  const rows = [{ key: 'P00026', label: '广州志诚', revenue: 5437000 }, { key: 'P00340', label: '福州中科', revenue: 6272 }];
  it('ranks partners by cash in over-stock, keyed by id, in the bad tone, with sparse ticks on a phone', () => {
    const option = overstockBarOption(rows, en, { valueLabel: 'Cash in over-stock', nullLabel: '(blank)' });
    const data = series(option)[0].data as { key: string; value: number; itemStyle: { color: string } }[];
    expect(data.map((d) => [d.key, d.value])).toEqual([['P00026', 5437000], ['P00340', 6272]]);
    expect(data[0].itemStyle.color).toBe(TONE_COLORS.bad);
    expect(axis(option, 'yAxis').data).toEqual(['广州志诚', '福州中科']);
    const x = option.xAxis as { splitNumber: number; axisLabel: { hideOverlap: boolean }; name: string };
    expect(x.splitNumber).toBe(2);
    expect(x.axisLabel.hideOverlap).toBe(true);
    expect(x.name).toBe('Cash in over-stock (CNY)');
    expect((overstockBarOption(rows, zh, { valueLabel: '积压资金', nullLabel: '未填写' }).xAxis as { splitNumber: number }).splitNumber).toBe(5);
    expect(tooltip(option, 0)).toContain('¥5,437,000.00');
    expect(overstockBarHeight(4)).toBe(170);
    renders(option);
  });
});
