import { describe, expect, it } from 'vitest';
import { monthlyRevenueOption, type MonthlyRevenueRow } from '../../../src/charts/options/monthly-revenue';
import { lightTheme } from '../../../src/charts/options/theme';
import { axis, series, tooltip } from './inspect';

const rows: MonthlyRevenueRow[] = [
  { month: '2026-01', revenue: 12345, revenue_last_year: 10000, target: 20000 },
  { month: '2026-02', revenue: 30000, revenue_last_year: 25000.5, target: null },
  { month: '2026-03', revenue: 1234567.89, revenue_last_year: 0, target: 1000000 },
];
const labels = { revenue: '本年', lastYear: '去年同期', target: '目标' };
const zh = { locale: 'zh-CN' as const, width: 800 };

describe('monthlyRevenueOption', () => {
  it('draws bars for this year, a line for last year and a dashed target line', () => {
    const option = monthlyRevenueOption(rows, zh, labels);
    const s = series(option);
    expect(s.map((x) => x.type)).toEqual(['bar', 'line', 'line']);
    expect(s.map((x) => x.name)).toEqual(['本年', '去年同期', '目标']);
    expect(s[0].data).toEqual([12345, 30000, 1234567.89]);
    expect(s[1].data).toEqual([10000, 25000.5, 0]);
    expect(s[2].data).toEqual([20000, null, 1000000]);
    expect(s[2].lineStyle?.type).toBe('dashed');
    expect(s[1].lineStyle?.color).toBe(lightTheme.comparison);
  });
  it('omits the target line when no month has a target', () => {
    const noTarget = rows.map((r) => ({ ...r, target: null }));
    expect(series(monthlyRevenueOption(noTarget, zh, labels)).map((x) => x.type)).toEqual(['bar', 'line']);
  });
  it('labels months and amounts in the locale, with the unit on the value axis', () => {
    const option = monthlyRevenueOption(rows, zh, labels);
    const x = axis(option, 'xAxis');
    expect(x.data).toEqual(['2026-01', '2026-02', '2026-03']);
    expect((x.axisLabel.formatter as (v: string) => string)('2026-03')).toBe('3月');
    const y = axis(option, 'yAxis');
    expect(y.name).toBe('金额(元)');
    expect((y.axisLabel.formatter as (v: number) => string)(12345)).toBe('1.23万');
    expect((y.axisLabel.formatter as (v: number) => string)(200000000)).toBe('2亿');

    const en = monthlyRevenueOption(rows, { locale: 'en', width: 800 }, labels);
    expect(axis(en, 'yAxis').name).toBe('Amount (CNY)');
    expect((axis(en, 'yAxis').axisLabel.formatter as (v: number) => string)(1500000)).toBe('1.5M');
    expect((axis(en, 'xAxis').axisLabel.formatter as (v: string) => string)('2026-03')).toBe('Mar');
  });
  it('shows the year on ticks when the months span two years', () => {
    const across = [{ ...rows[0], month: '2025-12' }, rows[1]];
    const x = axis(monthlyRevenueOption(across, zh, labels), 'xAxis');
    expect((x.axisLabel.formatter as (v: string) => string)('2025-12')).toBe('2025年12月');
  });
  it('rotates month labels on narrow cards only', () => {
    const twelve = Array.from({ length: 12 }, (_, i) => ({
      ...rows[0],
      month: `2026-${String(i + 1).padStart(2, '0')}`,
    }));
    expect(axis(monthlyRevenueOption(twelve, { locale: 'en', width: 360 }, labels), 'xAxis').axisLabel.rotate).toBe(40);
    expect(axis(monthlyRevenueOption(twelve, { locale: 'en', width: 900 }, labels), 'xAxis').axisLabel.rotate).toBe(0);
  });
  it('tooltip gives exact amounts and attainment', () => {
    const option = monthlyRevenueOption(rows, zh, labels);
    const html = tooltip(option, 2, true);
    expect(html).toContain('2026年3月');
    expect(html).toContain('¥1,234,567.89');
    expect(html).toContain('¥0.00');
    expect(html).toContain('¥1,000,000.00');
    expect(html).toContain('达成率');
    expect(html).toContain('123.5%');
    // A month without a target shows a dash, not 0% or Infinity.
    const feb = tooltip(option, 1, true);
    expect(feb).toContain('—');
    expect(feb).not.toContain('Infinity');
  });
  it('escapes label text in the tooltip', () => {
    const hostile = { ...labels, revenue: '<img src=x onerror=alert(1)>' };
    const html = tooltip(monthlyRevenueOption(rows, zh, hostile), 0, true);
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });
  it('contains labels inside the grid and uses an html tooltip', () => {
    const option = monthlyRevenueOption(rows, zh, labels);
    expect(option.grid).toMatchObject({ outerBoundsMode: 'same', outerBoundsContain: 'all' });
    expect(option.tooltip).toMatchObject({ renderMode: 'html', trigger: 'axis', confine: true });
  });
});
