import { describe, expect, it } from 'vitest';
import { echarts } from '../../../src/charts/echarts';
import { KIND_COLORS, funnelOption, funnelSteps, stageAmountOption, towardWhite, type StageInput } from '../../../src/charts/options/funnel';
import { axis, series, tooltip, type Item } from './inspect';

const zh = { locale: 'zh-CN' as const, width: 600 };
const stages: StageInput[] = [
  { stage: '线索', kind: 'open', count: 10, amount: 100000 },
  { stage: '方案报价', kind: 'open', count: 5, amount: 80000 },
  { stage: '赢单', kind: 'won', count: 4, amount: 200000 },
  { stage: '输单', kind: 'lost', count: 6, amount: 90000 },
];
// Conversions as metrics' funnel() reports them: deals that reached each step.
const conversions = [
  { from: '线索', to: '方案报价', reachedFrom: 25, reachedTo: 9, rate: 9 / 25 },
  { from: '方案报价', to: '赢单', reachedFrom: 9, reachedTo: 4, rate: 4 / 9 },
];
const labels = { reached: '到达', atStage: '当前在此阶段', amount: '金额', conversion: '转化率', unknown: '未填写' };

describe('funnelSteps', () => {
  it('follows the conversions: reached counts, rates, and the current count/amount at each step', () => {
    const steps = funnelSteps(stages, conversions);
    expect(steps.map((s) => [s.stage, s.kind, s.reached, s.rate, s.count, s.amount])).toEqual([
      ['线索', 'open', 25, null, 10, 100000],
      ['方案报价', 'open', 9, 9 / 25, 5, 80000],
      ['赢单', 'won', 4, 4 / 9, 4, 200000],
    ]);
  });
  it('has one step and no rate when there is nothing to convert', () => {
    expect(funnelSteps([stages[0], stages[3]], [])).toEqual([{ ...stages[0], reached: 10, rate: null }]);
    expect(funnelSteps([], [])).toEqual([]);
  });
});

describe('funnelOption', () => {
  it('keeps step order, widths from reached counts, outcome colours, conversion in the label', () => {
    const option = funnelOption(funnelSteps(stages, conversions), zh, labels);
    const [f] = series(option) as unknown as { type: string; sort: string; max: number; data: Item[]; label: { formatter: (p: { dataIndex: number }) => string } }[];
    expect(f.type).toBe('funnel');
    expect(f.sort).toBe('none');
    expect(f.max).toBe(25);
    expect(f.data.map((d) => [d.name, d.value])).toEqual([['线索', 25], ['方案报价', 9], ['赢单', 4]]);
    expect(f.data[0].itemStyle.color).toBe(KIND_COLORS.open);
    expect(f.data[2].itemStyle.color).toBe(KIND_COLORS.won);
    expect(f.label.formatter({ dataIndex: 0 })).toBe('线索  25');
    expect(f.label.formatter({ dataIndex: 1 })).toBe('方案报价  9\n转化率 36.0%');
    expect(tooltip(option, 2)).toContain('¥200,000.00');
  });
  it('lightens later open steps towards white without touching the won colour', () => {
    expect(towardWhite('#000000', 0.5)).toBe('#808080');
    expect(towardWhite('#1f4e8c', 0)).toBe('#1f4e8c');
  });
  it('renders without errors', () => {
    const chart = echarts.init(null as unknown as HTMLElement, null, { renderer: 'svg', ssr: true, width: 500, height: 300 });
    chart.setOption(funnelOption(funnelSteps(stages, conversions), zh, labels));
    expect(chart.renderToSVGString()).toContain('线索');
    chart.dispose();
  });
});

describe('stageAmountOption', () => {
  it('shows the amount by current stage, coloured by outcome, in the given order', () => {
    const option = stageAmountOption(stages, zh, { amount: '金额', count: '商机数', kind: { open: '在途', won: '赢单', lost: '输单' }, unknown: '未填写' });
    const items = series(option)[0].data as Item[];
    expect(items.map((i) => i.value)).toEqual([100000, 80000, 200000, 90000]);
    expect(items.map((i) => i.itemStyle.color)).toEqual([KIND_COLORS.open, KIND_COLORS.open, KIND_COLORS.won, KIND_COLORS.lost]);
    expect(axis(option, 'yAxis').data).toEqual(['线索', '方案报价', '赢单', '输单']);
    expect(axis(option, 'xAxis').name).toBe('金额(元)');
    expect(series(option)[0].label?.formatter({ dataIndex: 2 })).toBe('20万 · 4');
    const html = tooltip(option, 3);
    expect(html).toContain('输单 · 输单');
    expect(html).toContain('¥90,000.00');
  });
});
