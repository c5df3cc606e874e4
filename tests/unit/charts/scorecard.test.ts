/** Scorecard chart options as data, and rendered by real ECharts (server-side SVG) without complaints. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { echarts, type EChartsOption } from '../../../src/charts/echarts';
import { kpiColor, kpiTrendOption, scoreStackOption, segmentBarOption } from '../../../src/charts/options/scorecard';
import { itemPixel } from '../../../src/charts/registry';
import { axis, items, series, tooltip } from './inspect';

const zh = { locale: 'zh-CN' as const, width: 800 };
const stack = [
  { key: '张三', points: [50, 10, 10, 0.5, 10, 10], total: 90.5, passed: true },
  { key: '<b>王五</b>', points: [null, 10, 10, 0, 15, 20], total: 55, passed: false },
];
const stackOpts = { kpis: ['目标完成', '库存健康', '新签伙伴', '活跃二级伙伴', '渠道满意度', '回款率'], valueLabel: '总分', totalLabel: '总分', failedLabel: '未通过' };

function render(option: EChartsOption) {
  const chart = echarts.init(null as unknown as HTMLElement, null, { renderer: 'svg', ssr: true, width: 700, height: 360 });
  chart.setOption(option, { notMerge: true });
  return chart;
}
afterEach(() => vi.restoreAllMocks());

describe('scoreStackOption', () => {
  it('stacks one series per KPI, each item keyed by the salesperson, missing points as 0', () => {
    const option = scoreStackOption(stack, zh, stackOpts);
    expect(series(option).map((s) => s.name)).toEqual(stackOpts.kpis);
    expect(items(option, 0).map((i) => [i.key, i.value])).toEqual([['张三', 50], ['<b>王五</b>', 0]]);
    expect(items(option, 5)[1].itemStyle.color).toBe(kpiColor(5));
    // A failed review is faded; a selection dims the others.
    expect(items(option, 0)[1].itemStyle.opacity).toBeLessThan(1);
    expect(items(scoreStackOption(stack, zh, { ...stackOpts, selected: ['<b>王五</b>'] }), 0)[0].itemStyle.opacity).toBeLessThan(0.5);
    expect(axis(option, 'yAxis').data).toEqual(['张三', '<b>王五</b>']);
    expect(series(option)[5].label?.formatter({ dataIndex: 0 })).toBe('90.5');
  });
  it('escapes names in the tooltip and lists each KPI’s points and the total', () => {
    const html = tooltip(scoreStackOption(stack, zh, stackOpts), 1, true);
    expect(html).toContain('&lt;b&gt;王五&lt;/b&gt;');
    expect(html).not.toContain('<b>王五');
    expect(html).toContain('未通过');
  });
  it('renders, and a click point lands on the person’s bar', () => {
    const errors = vi.spyOn(console, 'error');
    const chart = render(scoreStackOption(stack, zh, stackOpts));
    expect(itemPixel(chart, '张三')).not.toBeNull();
    expect(errors).not.toHaveBeenCalled();
    chart.dispose();
  });
});

describe('kpiTrendOption', () => {
  const option = kpiTrendOption(['2026-01', '2026-02'], [{ label: '目标完成', scores: [80, 110] }, { label: '渠道满意度', scores: [null, 70] }], zh, { score: '得分', target: '100' });
  it('draws one line per KPI with gaps for missing months and the 100 line', () => {
    expect(series(option).map((s) => [s.type, s.name, s.data])).toEqual([['line', '目标完成', [80, 110]], ['line', '渠道满意度', [null, 70]]]);
    expect((option.series as { markLine?: { data: unknown[] } }[])[0].markLine?.data).toEqual([{ yAxis: 100 }]);
    expect(tooltip(option, 0, true)).toContain('—');
  });
  it('renders', () => {
    const errors = vi.spyOn(console, 'error');
    render(option).dispose();
    expect(errors).not.toHaveBeenCalled();
  });
});

describe('segmentBarOption', () => {
  const rows = [{ key: 'strategic', label: '战略伙伴', count: 135 }, { key: 'eliminate', label: '淘汰候选', count: 196 }];
  it('one bar per segment, keyed, coloured good to bad', () => {
    const option = segmentBarOption(rows, zh, { countLabel: '伙伴数', selected: ['eliminate'] });
    expect(items(option).map((i) => [i.key, i.value])).toEqual([['strategic', 135], ['eliminate', 196]]);
    expect(items(option)[0].itemStyle.opacity).toBeLessThan(1);
    expect(items(option)[0].itemStyle.color).not.toBe(items(option)[1].itemStyle.color);
    const chart = render(option);
    expect(itemPixel(chart, 'eliminate')).not.toBeNull();
    chart.dispose();
  });
});
