import { describe, expect, it } from 'vitest';
import {
  categoryBarOption,
  donutOption,
  topPartnersOption,
  type CategoryRow,
} from '../../../src/charts/options/category';
import { NULL_KEY } from '../../../src/charts/options/common';
import { colorFor, lightTheme } from '../../../src/charts/options/theme';
import { axis, items, series, tooltip } from './inspect';

const rows: CategoryRow[] = [
  { key: '华东', revenue: 300000, share: 0.5 },
  { key: '华北', revenue: 12345, share: 0.3 },
  { key: null, revenue: 5000, share: 0.2 },
];
const zh = { locale: 'zh-CN' as const, width: 800 };
const opts = { nullLabel: '未填写', valueLabel: '销售额' };

describe('categoryBarOption', () => {
  it('makes one bar per row, in order, each carrying its raw key', () => {
    const option = categoryBarOption(rows, zh, opts);
    expect(series(option)).toHaveLength(1);
    expect(series(option)[0].type).toBe('bar');
    const data = items(option);
    expect(data.map((d) => d.value)).toEqual([300000, 12345, 5000]);
    expect(data.map((d) => d.name)).toEqual(['华东', '华北', '未填写']);
    expect(data.map((d) => d.key)).toEqual(['华东', '华北', NULL_KEY]);
    expect(axis(option, 'xAxis').data).toEqual(['华东', '华北', '未填写']);
  });
  it('colours by key, stable across calls and charts', () => {
    const a = items(categoryBarOption(rows, zh, opts));
    const b = items(categoryBarOption([...rows].reverse(), { locale: 'en', width: 300 }, opts));
    expect(a[0].itemStyle.color).toBe(colorFor('华东'));
    expect(b[2].itemStyle.color).toBe(a[0].itemStyle.color);
    expect(a[2].itemStyle.color).toBe(lightTheme.empty);
    const donut = items(donutOption(rows, zh, opts));
    expect(donut.map((d) => d.itemStyle.color)).toEqual(a.map((d) => d.itemStyle.color));
  });
  it('dims the items outside the selection', () => {
    const none = items(categoryBarOption(rows, zh, opts));
    expect(none.map((d) => d.itemStyle.opacity)).toEqual([1, 1, 1]);
    const some = items(categoryBarOption(rows, zh, { ...opts, selected: ['华北'] }));
    expect(some.map((d) => d.itemStyle.opacity)).toEqual([lightTheme.dimOpacity, 1, lightTheme.dimOpacity]);
    expect(some[1].selected).toBe(true);
    const nulls = items(categoryBarOption(rows, zh, { ...opts, selected: [NULL_KEY] }));
    expect(nulls.map((d) => d.itemStyle.opacity)).toEqual([lightTheme.dimOpacity, lightTheme.dimOpacity, 1]);
  });
  it('puts compact values at the bar ends and the unit on the value axis', () => {
    const option = categoryBarOption(rows, zh, opts);
    const label = series(option)[0].label!;
    expect([0, 1, 2].map((i) => label.formatter({ dataIndex: i }))).toEqual(['30万', '1.23万', '5,000']);
    const y = axis(option, 'yAxis');
    expect(y.name).toBe('销售额(元)');
    expect((y.axisLabel.formatter as (v: number) => string)(12345)).toBe('1.23万');
    const en = categoryBarOption(rows, { locale: 'en', width: 800 }, { ...opts, valueLabel: 'Revenue' });
    expect(axis(en, 'yAxis').name).toBe('Revenue (CNY)');
    expect(series(en)[0].label!.formatter({ dataIndex: 0 })).toBe('300K');
  });
  it('formats counts as integers without a unit', () => {
    const option = categoryBarOption(rows, zh, { ...opts, valueLabel: '伙伴数', valueFormat: 'integer' });
    expect(axis(option, 'yAxis').name).toBe('伙伴数');
    expect(series(option)[0].label!.formatter({ dataIndex: 1 })).toBe('12,345');
  });
  it('keeps at most maxBars rows', () => {
    const option = categoryBarOption(rows, zh, { ...opts, maxBars: 2 });
    expect(items(option).map((d) => d.key)).toEqual(['华东', '华北']);
  });
  it('swaps axes when horizontal, first row on top', () => {
    const option = categoryBarOption(rows, zh, { ...opts, horizontal: true });
    expect(axis(option, 'yAxis').type).toBe('category');
    expect(axis(option, 'yAxis').inverse).toBe(true);
    expect(axis(option, 'xAxis').type).toBe('value');
    expect(axis(option, 'xAxis').nameLocation).toBe('middle');
  });
  it('rotates and truncates category labels on narrow cards', () => {
    const wide = axis(categoryBarOption(rows, zh, opts), 'xAxis').axisLabel;
    expect(wide.rotate).toBeUndefined();
    expect(wide.overflow).toBe('truncate');
    const narrow = axis(categoryBarOption(rows, { locale: 'zh-CN', width: 360 }, opts), 'xAxis').axisLabel;
    expect(narrow.rotate).toBe(40);
    expect(narrow.width).toBe(72);
    expect(narrow.overflow).toBe('truncate');
    expect(narrow.ellipsis).toBe('…');
  });
  it('tooltip shows the exact value and share, escaping hostile names', () => {
    const hostile: CategoryRow[] = [
      { key: '<img src=x onerror=alert(1)>', revenue: 1234.5 },
      { key: '<script>alert("x")</script> & Co', revenue: 1234.5 },
    ];
    const option = categoryBarOption(hostile, zh, opts);
    const first = tooltip(option, 0);
    expect(first).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(first).not.toContain('<img');
    expect(first).toContain('¥1,234.50');
    expect(first).toContain('50.0%');
    const second = tooltip(option, 1);
    expect(second).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Co');
    expect(second).not.toContain('<script');
    expect(option.tooltip).toMatchObject({ renderMode: 'html', trigger: 'item' });
  });
  it('uses the given share rather than recomputing it', () => {
    expect(tooltip(categoryBarOption(rows, zh, opts), 1)).toContain('30.0%');
  });
});

describe('donutOption', () => {
  it('is a ring with share labels', () => {
    const option = donutOption(rows, zh, opts);
    const [pie] = series(option);
    expect(pie.type).toBe('pie');
    expect(pie.radius).toEqual(['45%', '70%']);
    expect(items(option).map((d) => d.value)).toEqual([300000, 12345, 5000]);
    expect(pie.label!.formatter({ dataIndex: 0 })).toBe('华东\n50.0%');
    expect(pie.label!.formatter({ dataIndex: 2 })).toBe('未填写\n20.0%');
  });
  it('computes shares from all rows when none are given, and drops non-positive parts', () => {
    const raw: CategoryRow[] = [
      { key: 'A', revenue: 75 },
      { key: 'B', revenue: 25 },
      { key: 'C', revenue: 0 },
      { key: 'D', revenue: -10 },
    ];
    const option = donutOption(raw, { locale: 'en', width: 600 }, opts);
    expect(items(option).map((d) => d.key)).toEqual(['A', 'B']);
    expect(series(option)[0].label!.formatter({ dataIndex: 1 })).toBe('B\n25.0%');
  });
  it('highlights selected slices and dims the others', () => {
    const data = items(donutOption(rows, zh, { ...opts, selected: ['华东'] }));
    expect(data[0].selected).toBe(true);
    expect(data[0].itemStyle.opacity).toBe(1);
    expect(data[1].selected).toBeUndefined();
    expect(data[1].itemStyle.opacity).toBe(lightTheme.dimOpacity);
  });
  it('escapes names in the tooltip', () => {
    const option = donutOption([{ key: '<b onmouseover=x>', revenue: 1 }], zh, opts);
    expect(tooltip(option, 0)).toContain('&lt;b onmouseover=x&gt;');
    expect(tooltip(option, 0)).not.toContain('<b ');
  });
});

describe('topPartnersOption', () => {
  const name = '北京某某某信息技术股份有限公司华东分公司（一级代理）';
  const partners: CategoryRow[] = Array.from({ length: 12 }, (_, i) => ({
    key: i === 0 ? name : `伙伴${i}`,
    revenue: 1000000 - i * 1000,
  }));
  it('is horizontal, one colour, top ten', () => {
    const option = topPartnersOption(partners, zh, opts);
    const data = items(option);
    expect(data).toHaveLength(10);
    expect(new Set(data.map((d) => d.itemStyle.color))).toEqual(new Set([lightTheme.primary]));
    expect(axis(option, 'yAxis').type).toBe('category');
  });
  it('truncates long names on the axis and keeps them whole in the tooltip', () => {
    const option = topPartnersOption(partners, { locale: 'zh-CN', width: 360 }, opts);
    const label = axis(option, 'yAxis').axisLabel;
    expect(label.overflow).toBe('truncate');
    expect(label.ellipsis).toBe('…');
    expect(label.width).toBeLessThanOrEqual(120);
    expect(axis(option, 'yAxis').data![0]).toBe(name);
    expect(tooltip(option, 0)).toContain(name);
  });
});
