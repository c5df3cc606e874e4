/**
 * Renders the built options with real ECharts (server-side SVG, no DOM): catches options ECharts
 * rejects or components not registered in echarts.ts, and checks that itemPixel — the basis of
 * chartPixel, which end-to-end tests click on — really lands on the bar or slice of that key.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { echarts, type ECharts, type EChartsOption } from '../../../src/charts/echarts';
import { categoryBarOption, donutOption, topPartnersOption } from '../../../src/charts/options/category';
import { NULL_KEY } from '../../../src/charts/options/common';
import { monthlyRevenueOption } from '../../../src/charts/options/monthly-revenue';
import { getChart, itemPixel, registerChart } from '../../../src/charts/registry';

const rows = [
  { key: '华东', revenue: 300000 },
  { key: '华北', revenue: 120000 },
  { key: null, revenue: 50000 },
];
const opts = { nullLabel: '未填写', valueLabel: '销售额' };

function render(option: EChartsOption, width = 600): ECharts {
  const chart = echarts.init(null as unknown as HTMLElement, null, { renderer: 'svg', ssr: true, width, height: 360 });
  chart.setOption(option, { notMerge: true });
  return chart;
}

/** dataIndex of the shape under a point, read from ECharts' per-element store (test-only peek). */
function dataIndexAt(chart: ECharts, x: number, y: number): number | null {
  const zr = chart.getZr() as unknown as { handler: { findHover(x: number, y: number): { target?: object } } };
  let el: object | undefined = zr.handler.findHover(x, y).target;
  while (el) {
    for (const [name, value] of Object.entries(el)) {
      if (name.startsWith('__ec_inner') && value && typeof value.dataIndex === 'number') return value.dataIndex;
    }
    el = (el as { parent?: object }).parent;
  }
  return null;
}

let errors: ReturnType<typeof vi.spyOn>[] = [];
beforeEach(() => {
  errors = [vi.spyOn(console, 'error'), vi.spyOn(console, 'warn')];
});
afterEach(() => {
  for (const spy of errors) {
    expect(spy).not.toHaveBeenCalled();
    spy.mockRestore();
  }
});

describe('options render in ECharts', () => {
  it('renders every builder without warnings', () => {
    const monthly = monthlyRevenueOption(
      [
        { month: '2026-01', revenue: 100, revenue_last_year: 90, target: 120 },
        { month: '2026-02', revenue: 200, revenue_last_year: 150, target: null },
      ],
      { locale: 'zh-CN', width: 600 },
      { revenue: '本年', lastYear: '去年', target: '目标' },
    );
    for (const option of [
      monthly,
      categoryBarOption(rows, { locale: 'en', width: 360 }, opts),
      donutOption(rows, { locale: 'zh-CN', width: 600 }, { ...opts, selected: ['华北'] }),
      topPartnersOption(rows, { locale: 'zh-CN', width: 600 }, opts),
    ]) {
      const chart = render(option);
      expect(chart.renderToSVGString()).toContain('<svg');
      chart.dispose();
    }
  });
});

describe('itemPixel', () => {
  it.each([
    ['vertical bars', categoryBarOption(rows, { locale: 'zh-CN', width: 600 }, opts)],
    ['horizontal bars', topPartnersOption(rows, { locale: 'zh-CN', width: 600 }, opts)],
    ['donut', donutOption(rows, { locale: 'zh-CN', width: 600 }, opts)],
  ])('lands on the item of the key (%s)', (_name, option) => {
    const chart = render(option);
    ['华东', '华北', NULL_KEY].forEach((key, index) => {
      const point = itemPixel(chart, key);
      expect(point).not.toBeNull();
      expect(dataIndexAt(chart, point!.x, point!.y)).toBe(index);
    });
    expect(itemPixel(chart, '西北')).toBeNull();
    chart.dispose();
  });
});

describe('registry', () => {
  it('registers and unregisters only its own instance', () => {
    const a = render(categoryBarOption(rows, { locale: 'en', width: 600 }, opts));
    const b = render(categoryBarOption(rows, { locale: 'en', width: 600 }, opts));
    const unregisterA = registerChart('chart-x', a);
    const unregisterB = registerChart('chart-x', b);
    unregisterA();
    expect(getChart('chart-x')).toBe(b);
    unregisterB();
    expect(getChart('chart-x')).toBeUndefined();
    a.dispose();
    b.dispose();
  });
});
