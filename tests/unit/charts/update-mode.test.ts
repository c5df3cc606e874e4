/**
 * Chart.svelte applies a new option by replacing the components and merging the rest when the
 * option keeps its shape (update-mode.ts). The chart must then be exactly the chart a fresh
 * instance draws from the new option: checked by rendering both to SVG and by their options.
 */
import { describe, expect, it } from 'vitest';
import { echarts, type EChartsOption } from '../../../src/charts/echarts';
import { categoryBarOption, donutOption, topPartnersOption } from '../../../src/charts/options/category';
import { monthlyRevenueOption } from '../../../src/charts/options/monthly-revenue';
import { updateMode } from '../../../src/charts/update-mode';

const ctx = { locale: 'zh-CN' as const, width: 600 };
const opts = { nullLabel: '未填写', valueLabel: '销售额' };
const labels = { revenue: '本年', lastYear: '去年', target: '目标' };
const REGIONS = [
  { key: '华东', revenue: 300000 }, { key: '华北', revenue: 120000 }, { key: null, revenue: 50000 },
  { key: '华南', revenue: 90000 }, { key: '西南', revenue: -2000 },
];
const PARTNERS = Array.from({ length: 12 }, (_, i) => ({ key: `P${i}`, label: `合作伙伴${i}有限公司`, revenue: 1000 * (12 - i), share: (12 - i) / 78 }));
const month = (m: number, target: number | null) => ({ month: `2026-${String(m).padStart(2, '0')}`, revenue: 100 * m, revenue_last_year: 90 * m, target });

/** Pairs as a drill step produces them: other rows, another selection, a series appearing. */
const PAIRS: [string, EChartsOption, EChartsOption][] = [
  ['bar: fewer rows and a selection', categoryBarOption(REGIONS, ctx, opts), categoryBarOption(REGIONS.slice(0, 2), ctx, { ...opts, selected: ['华东'] })],
  ['bar: many rows (rotated labels) to few', categoryBarOption([...REGIONS, ...PARTNERS], { ...ctx, width: 320 }, opts), categoryBarOption(REGIONS.slice(0, 1), ctx, opts)],
  ['donut: selection', donutOption(REGIONS, ctx, opts), donutOption(REGIONS.slice(1), ctx, { ...opts, selected: ['华北', '__null__'] })],
  ['top partners', topPartnersOption(PARTNERS, ctx, opts), topPartnersOption(PARTNERS.slice(3, 6), ctx, { ...opts, selected: ['P4'] })],
  ['monthly: ten months to three, targets gone', monthlyRevenueOption([1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((m) => month(m, 1000)), ctx, labels), monthlyRevenueOption([1, 2, 3].map((m) => month(m, null)), ctx, labels)],
  ['monthly: no target to targets', monthlyRevenueOption([1, 2].map((m) => month(m, null)), ctx, labels), monthlyRevenueOption([4, 5, 6].map((m) => month(m, 500)), ctx, labels)],
];

/** SVG with ECharts' per-instance names (class zr3-cls-7, clip path zr3-c0) renumbered in order of appearance. */
function svg(c: ReturnType<typeof chart>): string {
  const names = new Map<string, number>();
  return c.renderToSVGString().replace(/zr\d+-[a-z-]*\d+/g, (name) => {
    if (!names.has(name)) names.set(name, names.size);
    return `id-${names.get(name)}`;
  });
}

function chart() {
  return echarts.init(null as unknown as HTMLElement, null, { renderer: 'svg', ssr: true, width: 600, height: 320 });
}

describe('updateMode', () => {
  it('replaces the components and merges the rest when the shape is kept', () => {
    const [, a, b] = PAIRS[0];
    const mode = updateMode(a, b);
    expect(mode).toHaveProperty('replaceMerge');
    expect('replaceMerge' in mode && mode.replaceMerge).toEqual(expect.arrayContaining(['series', 'xAxis', 'yAxis', 'grid']));
    expect('replaceMerge' in mode && mode.replaceMerge).not.toContain('tooltip');
    // Only types the options use (ECharts rejects unregistered ones).
    expect('replaceMerge' in mode && mode.replaceMerge).not.toContain('visualMap');
  });

  it('rebuilds everything for the first option or when a merged part changes shape', () => {
    const [, a, b] = PAIRS[0];
    expect(updateMode(null, b)).toEqual({ notMerge: true });
    // A tooltip key the new option lacks would survive a merge.
    expect(updateMode({ ...a, tooltip: { ...(a.tooltip as object), axisPointer: { type: 'shadow' } } }, b)).toEqual({ notMerge: true });
    // So would a top-level setting.
    expect(updateMode({ ...a, color: ['#000'] }, b)).toEqual({ notMerge: true });
    expect(updateMode(a, { ...b, textStyle: { fontFamily: 'serif', fontSize: 14 } })).toEqual({ notMerge: true });
    // A bar chart followed by a donut: the donut has no axes, but axes are replaced, not merged.
    expect(updateMode(PAIRS[0][1], PAIRS[2][2])).toHaveProperty('replaceMerge');
  });

  it.each(PAIRS)('%s: the updated chart equals a fresh one', (_name, first, next) => {
    const updated = chart();
    updated.setOption(first, updateMode(null, first));
    const mode = updateMode(first, next);
    expect(mode).toHaveProperty('replaceMerge');
    updated.setOption(next, mode);
    const fresh = chart();
    fresh.setOption(next, { notMerge: true });
    try {
      expect(svg(updated)).toBe(svg(fresh));
      expect(JSON.stringify(updated.getOption())).toBe(JSON.stringify(fresh.getOption()));
    } finally {
      updated.dispose();
      fresh.dispose();
    }
  });

  it('a bar chart turned into a donut equals a fresh donut', () => {
    const updated = chart();
    updated.setOption(PAIRS[0][1], { notMerge: true });
    updated.setOption(PAIRS[2][2], updateMode(PAIRS[0][1], PAIRS[2][2]));
    const fresh = chart();
    fresh.setOption(PAIRS[2][2], { notMerge: true });
    expect(svg(updated)).toBe(svg(fresh));
    updated.dispose();
    fresh.dispose();
  });
});
