/**
 * The sales page's builders rendered by real ECharts (server-side SVG): no warnings, every series
 * type registered, and itemPixel — what the end-to-end drill test clicks — lands on the bar of the
 * key in the bullet and attainment charts (both have a second category axis for their figures).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { echarts, type ECharts, type EChartsOption } from '../../../src/charts/echarts';
import { attainmentBarOption } from '../../../src/charts/options/attainment-bar';
import { attainmentGaugeOption } from '../../../src/charts/options/attainment-gauge';
import { bulletOption } from '../../../src/charts/options/bullet';
import { heatmapOption } from '../../../src/charts/options/heatmap';
import { paretoOption } from '../../../src/charts/options/pareto';
import { revenueTargetOption } from '../../../src/charts/options/revenue-target';
import { itemPixel } from '../../../src/charts/registry';

const zh = { locale: 'zh-CN' as const, width: 600 };
const groups = [
  { key: '华东', revenue: 500, base: 400, growth: 0.25, share: 0.5, target: 520, attainment: 500 / 520, baseTarget: 420, baseAttainment: 400 / 420 },
  { key: '华南', revenue: 300, base: 320, growth: -0.0625, share: 0.3, target: 310, attainment: 300 / 310, baseTarget: null, baseAttainment: null },
  { key: '西北', revenue: 200, base: 150, growth: 1 / 3, share: 0.2, target: 280, attainment: 200 / 280, baseTarget: 160, baseAttainment: 150 / 160 },
];
const bulletLabels = { revenue: '销售额', base: '去年同期', growth: '同比', target: '目标', attainment: '完成率', share: '占比', amount: '销售额', nullLabel: '-' };
const barLabels = { attainment: '完成率', revenue: '销售额', target: '目标', baseAttainment: '去年', change: '变化', timeProgress: '时间进度', nullLabel: '-' };

function render(option: EChartsOption): ECharts {
  const chart = echarts.init(null as unknown as HTMLElement, null, { renderer: 'svg', ssr: true, width: 600, height: 360 });
  chart.setOption(option, { notMerge: true });
  return chart;
}

/** dataIndex and series of the shape under a point (the same peek as render.test.ts). */
function hitAt(chart: ECharts, x: number, y: number): { seriesIndex: number; dataIndex: number } | null {
  const zr = chart.getZr() as unknown as { handler: { findHover(x: number, y: number): { target?: object } } };
  let el: object | undefined = zr.handler.findHover(x, y).target;
  while (el) {
    for (const [name, value] of Object.entries(el)) {
      if (name.startsWith('__ec_inner') && value && typeof value.dataIndex === 'number') return { seriesIndex: value.seriesIndex, dataIndex: value.dataIndex };
    }
    el = (el as { parent?: object }).parent;
  }
  return null;
}

let spies: ReturnType<typeof vi.spyOn>[] = [];
beforeEach(() => (spies = [vi.spyOn(console, 'error'), vi.spyOn(console, 'warn')]));
afterEach(() => {
  for (const spy of spies) {
    expect(spy).not.toHaveBeenCalled();
    spy.mockRestore();
  }
});

describe('sales options render in ECharts', () => {
  it('renders every builder without warnings', () => {
    const options = [
      bulletOption(groups, zh, { labels: bulletLabels, labelMode: 'attainment' }),
      attainmentBarOption(groups, { locale: 'en', width: 360 }, { good: 1, warn: 0.8, labels: barLabels, timeProgress: 0.8 }),
      attainmentGaugeOption({ attainment: 0.958, timeProgress: 0.9 }, zh, { good: 1, warn: 0.8, labels: { attainment: '完成率', timeProgress: '时间进度' } }),
      heatmapOption(
        [{ key: '华东', month: '2026-01', revenue: 5, base: 4, growth: 0.25 }, { key: null, month: '2026-02', revenue: 1, base: 0, growth: null }],
        zh, { labels: { revenue: '销售额', base: '去年', growth: '同比', nullLabel: '-' }, colorBy: 'growth' },
      ),
      paretoOption([{ rank: 1, partner_name: 'A', revenue: 1, cumulative_share: 1, partner_share: 1 }], zh, {
        crossing: 1, labels: { partners: 'x', cumulative: 'y', rank: 'r', revenue: 'v', even: 'e', nullLabel: '-' },
      }),
      revenueTargetOption([{ month: '2026-01', revenue: 5, base: 4, target: 6 }], zh, {
        good: 1, warn: 0.8, compare: 'yoy', labels: { revenue: 'r', target: 't', base: 'b', growth: 'g', attainment: 'a', amount: 'm' },
      }),
    ];
    for (const option of options) {
      const chart = render(option);
      expect(chart.renderToSVGString()).toContain('<svg');
      chart.dispose();
    }
  });

  it.each([
    ['bullet', bulletOption(groups, zh, { labels: bulletLabels, labelMode: 'attainment' })],
    ['attainment bars', attainmentBarOption(groups, zh, { good: 1, warn: 0.8, labels: barLabels, timeProgress: 1 })],
  ])('itemPixel lands on the bar of the key (%s)', (_name, option) => {
    const chart = render(option);
    groups.forEach((g, index) => {
      const point = itemPixel(chart, g.key);
      expect(point).not.toBeNull();
      expect(hitAt(chart, point!.x, point!.y)).toEqual({ seriesIndex: 0, dataIndex: index });
    });
    chart.dispose();
  });
});
