/** The collections page's option builders, as data, rendered by real ECharts, and clicked where chartPoint says. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { echarts, type ECharts, type EChartsOption } from '../../../src/charts/echarts';
import { BUCKET_COLORS, agingBarHeight, agingBarOption, outlierKeys, type AgingBarRow } from '../../../src/charts/options/aging-bar';
import { daysText, dsoTrendOption, type DsoPoint } from '../../../src/charts/options/dso-trend';
import { NULL_KEY } from '../../../src/charts/options/common';
import { itemPixel } from '../../../src/charts/registry';
import { axis, series, tooltip } from './inspect';

const zh = { locale: 'zh-CN' as const, width: 700 };

const row = (key: string | null, b: [number, number, number, number], outstanding: number, label?: string): AgingBarRow => {
  const overdue = b.reduce((s, v) => s + v, 0);
  return { key, label, buckets: { '1-30': b[0], '31-60': b[1], '61-90': b[2], '90+': b[3] }, overdue, outstanding, overdueShare: overdue / outstanding };
};
const rows: AgingBarRow[] = [
  row('周涛', [10e6, 20e6, 30e6, 100e6], 200e6),
  row('陈静', [5e6, 5e6, 0, 10e6], 40e6),
  row('唐亮', [1e6, 0, 0, 15e6], 50e6),
  row(null, [0, 0, 0, 1e6], 2e6),
  row('韩雪', [0, 0, 0, 0], 5e6),
];
const opts = {
  bucketLabels: { '1-30': '1–30 天', '31-60': '31–60 天', '61-90': '61–90 天', '90+': '> 90 天' },
  labels: { overdue: '逾期金额', outstanding: '应收余额', share: '逾期占比', nullLabel: '未填写', outlier: '远高于其他' },
};

let spies: ReturnType<typeof vi.spyOn>[] = [];
beforeEach(() => { spies = [vi.spyOn(console, 'error'), vi.spyOn(console, 'warn')]; });
afterEach(() => {
  for (const s of spies) { expect(s).not.toHaveBeenCalled(); s.mockRestore(); }
});

function render(option: EChartsOption): ECharts {
  const chart = echarts.init(null as unknown as HTMLElement, null, { renderer: 'svg', ssr: true, width: 700, height: 360 });
  chart.setOption(option, { notMerge: true });
  expect(chart.renderToSVGString()).toContain('<svg');
  return chart;
}

describe('aging bar', () => {
  it('stacks the four overdue buckets per group, groups without overdue left out', () => {
    const option = agingBarOption(rows, zh, opts);
    expect(series(option).map((s) => s.name)).toEqual(['1–30 天', '31–60 天', '61–90 天', '> 90 天']);
    expect(axis(option, 'yAxis').data).toEqual(['周涛', '陈静', '唐亮', '未填写']);
    const over90 = series(option)[3].data as { value: number; key: string; itemStyle: { color: string } }[];
    expect(over90.map((d) => d.value)).toEqual([100e6, 10e6, 15e6, 1e6]);
    expect(over90[0].itemStyle.color).toBe(BUCKET_COLORS['90+']);
    // Zero segments carry no key: a click or chartPoint never lands on an invisible bar.
    const d3160 = series(option)[1].data as { key: string }[];
    expect(d3160.map((d) => d.key)).toEqual(['周涛', '陈静', '', '']);
    expect(over90[3].key).toBe(NULL_KEY);
    expect(series(option)[3].label!.formatter({ dataIndex: 0 })).toBe('1.6亿 (80%)');
    expect(axis(option, 'xAxis').name).toBe('逾期金额(元)');
  });

  it('flags a group far above the median group in red on the axis', () => {
    // Overdue 160M, 20M, 16M, 1M → median 18M; 160M > 3 × 18M.
    expect([...outlierKeys(rows)]).toEqual(['周涛']);
    expect(outlierKeys(rows.slice(0, 2)).size).toBe(0);
    const fmt = axis(agingBarOption(rows, zh, opts), 'yAxis').axisLabel.formatter as unknown as (n: string, i: number) => string;
    expect(fmt('周涛', 0)).toBe('{flag|周涛}');
    expect(fmt('陈静', 1)).toBe('陈静');
    expect(fmt('{x|y}', 1)).toBe(' x y ');
    const none = axis(agingBarOption(rows, zh, { ...opts, outlierFactor: null }), 'yAxis').axisLabel.formatter as unknown as (n: string, i: number) => string;
    expect(none('周涛', 0)).toBe('周涛');
  });

  it('gives exact amounts per bucket in the tooltip, escaped', () => {
    const option = agingBarOption([row('P1', [1234.5, 0, 0, 0], 5000, '<i>华</i>'), ...rows], zh, opts);
    const t = tooltip(option, 0, true);
    expect(t).toContain('¥1,234.50');
    expect(t).toContain('24.7%');
    expect(t).toContain('&lt;i&gt;华&lt;/i&gt;');
    expect(tooltip(agingBarOption(rows, zh, opts), 0, true)).toContain('远高于其他');
  });

  it('dims unselected groups, and chartPoint lands on the group’s bar', () => {
    const option = agingBarOption(rows, zh, { ...opts, selected: ['陈静'] });
    const first = series(option)[0].data as { itemStyle: { opacity: number } }[];
    expect(first.map((d) => d.itemStyle.opacity)).toEqual([0.25, 1, 0.25, 0.25]);
    const chart = render(agingBarOption(rows, zh, opts));
    const a = itemPixel(chart, '周涛');
    const b = itemPixel(chart, '陈静');
    expect(a).not.toBeNull();
    expect(b!.y).toBeGreaterThan(a!.y);
    expect(itemPixel(chart, '韩雪')).toBeNull();
    chart.dispose();
    expect(agingBarHeight(12)).toBe(406);
  });
});

describe('DSO trend', () => {
  const points: DsoPoint[] = [
    { month: '2026-01', dso: 61.25, ending_ar: 1e6, credit_sales: 1.5e6, days: 92, dso_last_year: 55 },
    { month: '2026-02', dso: null, ending_ar: 0, credit_sales: 0, days: 90, dso_last_year: null },
  ];
  const labels = { dso: 'DSO', lastYear: '去年同期', endingAr: '月末应收', creditSales: '近 3 个月开票', days: '天数', axis: '天' };
  it('draws DSO with last year beside it, days on the axis, parts in the tooltip', () => {
    const option = dsoTrendOption(points, zh, labels);
    expect(series(option).map((s) => s.name)).toEqual(['DSO', '去年同期']);
    expect(series(option)[0].data).toEqual([61.25, null]);
    expect(axis(option, 'yAxis').name).toBe('天');
    const t = tooltip(option, 0, true);
    expect(t).toContain('61.3');
    expect(t).toContain('¥1,000,000.00');
    expect(t).toContain('92');
    expect(daysText(null, 'en')).toBe('—');
    const noBase = dsoTrendOption(points.map((p) => ({ ...p, dso_last_year: null })), { locale: 'en', width: 360 }, labels);
    expect(series(noBase)).toHaveLength(1);
    render(option).dispose();
    render(noBase).dispose();
  });
});
