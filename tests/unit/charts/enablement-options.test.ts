import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { echarts, type EChartsOption } from '../../../src/charts/echarts';
import {
  ATTENTION_COLOR, activityOption, satisfactionDimensionsOption, satisfactionTrendOption, trainingOption,
  type ActivityChartRow, type TrainingChartRow,
} from '../../../src/charts/options/enablement';
import { NULL_KEY } from '../../../src/charts/options/common';
import { itemPixel } from '../../../src/charts/registry';
import { colorFor, lightTheme } from '../../../src/charts/options/theme';
import { axis, series, tooltip, type Item } from './inspect';

const zh = { locale: 'zh-CN' as const, width: 800 };
const en = { locale: 'en' as const, width: 800 };
const opts = { nullLabel: '未填写' };

const training: TrainingChartRow[] = [
  { key: '华东', sessions: 40, partnersTrained: 30, attendees: 300, passed: 270, passRate: 0.9 },
  { key: '西北', sessions: 5, partnersTrained: 4, attendees: 40, passed: 30, passRate: 0.75 },
  { key: null, sessions: 1, partnersTrained: 1, attendees: 3, passed: null, passRate: null },
];
const trainingLabels = { attendees: '参训人次', passRate: '通过率', sessions: '场次', partners: '受训伙伴', passed: '通过人次', people: '人次' };

const activities: ActivityChartRow[] = [
  { key: '路演', label: 'Roadshow', activities: 3, cost: 100000, leads: 50, costPerLead: 2000, revenue: 350000, roi: 2.5 },
  { key: '促销', activities: 1, cost: 20000, leads: 0, costPerLead: null, revenue: 10000, roi: -0.5 },
];
const activityLabels = { cost: '费用', revenue: '带来销售额', roi: 'ROI', leads: '线索', costPerLead: '单条线索成本', activities: '活动次数', amount: '金额' };

let warnings: ReturnType<typeof vi.spyOn>[] = [];
beforeEach(() => {
  warnings = [vi.spyOn(console, 'error'), vi.spyOn(console, 'warn')];
});
afterEach(() => {
  for (const spy of warnings) {
    expect(spy).not.toHaveBeenCalled();
    spy.mockRestore();
  }
});

function render(option: EChartsOption) {
  const chart = echarts.init(null as unknown as HTMLElement, null, { renderer: 'svg', ssr: true, width: 600, height: 320 });
  chart.setOption(option, { notMerge: true });
  return chart;
}

describe('trainingOption', () => {
  it('draws attendees as bars in the value colour and the pass rate as a line on a 0–100% axis', () => {
    const option = trainingOption(training, zh, trainingLabels, opts);
    const [bars, line] = series(option);
    expect([bars.type, line.type]).toEqual(['bar', 'line']);
    const items = bars.data as Item[];
    expect(items.map((i) => i.value)).toEqual([300, 40, 3]);
    expect(items.map((i) => i.key)).toEqual(['华东', '西北', NULL_KEY]);
    expect(items[0].itemStyle.color).toBe(colorFor('华东'));
    expect(items[2].itemStyle.color).toBe(lightTheme.empty);
    expect((line.data as { value: number | null }[]).map((d) => d.value)).toEqual([0.9, 0.75, null]);
    const yAxes = option.yAxis as { max?: number; axisLabel: { formatter: (v: number) => string } }[];
    expect(yAxes[1].max).toBe(1);
    expect(yAxes[1].axisLabel.formatter(0.5)).toBe('50%');
    expect(axis(option, 'xAxis').data).toEqual(['华东', '西北', '未填写']);
  });
  it('dims the regions outside the selection', () => {
    const items = series(trainingOption(training, zh, trainingLabels, { ...opts, selected: ['西北'] }))[0].data as Item[];
    expect(items.map((i) => i.itemStyle.opacity)).toEqual([lightTheme.dimOpacity, 1, lightTheme.dimOpacity]);
  });
  it('gives exact counts and the rate in the tooltip, escaping data text', () => {
    const html = tooltip(trainingOption([{ ...training[0], key: '<b>x</b>' }], zh, trainingLabels, opts), 0, true);
    expect(html).toContain('&lt;b&gt;x&lt;/b&gt;');
    expect(html).toContain('300');
    expect(html).toContain('270');
    expect(html).toContain('90.0%');
  });
  it('renders and a click point lands on a region bar', () => {
    const chart = render(trainingOption(training, zh, trainingLabels, opts));
    expect(itemPixel(chart, '西北')).not.toBeNull();
    chart.dispose();
  });
});

describe('activityOption', () => {
  it('puts cost and attributed revenue side by side, ROI on its own percent axis (negative allowed)', () => {
    const option = activityOption(activities, en, activityLabels, opts);
    const s = series(option);
    expect(s.map((x) => x.type)).toEqual(['bar', 'bar', 'line']);
    expect((s[0].data as Item[]).map((i) => i.value)).toEqual([100000, 20000]);
    expect((s[1].data as Item[]).map((i) => i.value)).toEqual([350000, 10000]);
    expect((s[2].data as { value: number }[]).map((d) => d.value)).toEqual([2.5, -0.5]);
    expect(axis(option, 'xAxis').data).toEqual(['Roadshow', '促销']);
    expect((s[0].data as Item[])[0].key).toBe('路演');
    const roiAxis = (option.yAxis as { min: (v: { min: number }) => number }[])[1];
    expect(roiAxis.min({ min: -0.5 })).toBe(-0.5);
    expect(roiAxis.min({ min: 0.4 })).toBe(0);
    expect((option.yAxis as { name: string }[])[0].name).toBe('金额 (CNY)');
  });
  it('tooltip: exact cost, revenue, ROI, leads and cost per lead', () => {
    const html = tooltip(activityOption(activities, en, activityLabels, opts), 0, true);
    for (const text of ['¥100,000.00', '¥350,000.00', '250.0%', '50', '¥2,000.00']) expect(html).toContain(text);
    expect(tooltip(activityOption(activities, en, activityLabels, opts), 1, true)).toContain('-50.0%');
  });
  it('renders without warnings', () => {
    render(activityOption(activities, zh, activityLabels, opts)).dispose();
  });
});

describe('satisfaction options', () => {
  const dims = [
    { dimension: 'score_training', label: '培训', mean: 4.1, responses: 10 },
    { dimension: 'score_marketing', label: '市场支持', mean: 3.9, responses: 10 },
    { dimension: 'score_supply', label: '供货', mean: 4.2, responses: 10 },
    { dimension: 'score_price', label: '价格', mean: 3.5, responses: 10 },
    { dimension: 'score_rebate', label: '返点', mean: 3.6, responses: 9 },
  ];
  it('draws dimensions on a 0–5 scale and marks the two lowest', () => {
    const option = satisfactionDimensionsOption(dims, zh, { score: '平均分', responses: '问卷数' });
    const items = series(option)[0].data as Item[];
    expect(items.map((i) => i.value)).toEqual([4.1, 3.9, 4.2, 3.5, 3.6]);
    expect(items.filter((i) => i.itemStyle.color === ATTENTION_COLOR).map((i) => i.key)).toEqual(['score_price', 'score_rebate']);
    const x = option.xAxis as { min: number; max: number };
    expect([x.min, x.max]).toEqual([0, 5]);
    expect(tooltip(option, 4)).toContain('3.60');
    render(option).dispose();
  });
  it('plots mean score and NPS per survey wave on two axes', () => {
    const rows = [
      { month: '2025-12', mean: 3.8, responses: 300, nps: -15.2 },
      { month: '2026-06', mean: 3.85, responses: 320, nps: -12 },
    ];
    const option = satisfactionTrendOption(rows, zh, { score: '平均分', nps: 'NPS', responses: '问卷数' });
    expect(series(option).map((s) => s.data)).toEqual([[3.8, 3.85], [-15.2, -12]]);
    const yAxes = option.yAxis as { min: number; max: number; axisLabel: { formatter?: (v: number) => string } }[];
    expect(yAxes.map((a) => [a.min, a.max])).toEqual([[1, 5], [-100, 100]]);
    expect(yAxes[1].axisLabel.formatter?.(50)).toBe('+50');
    expect(tooltip(option, 1, true)).toContain('2026年6月');
    render(option).dispose();
  });
});
