/** Loose accessors for asserting on built options as plain data. */
import type { EChartsOption } from '../../../src/charts/echarts';

export interface Item {
  name: string;
  key: string;
  value: number;
  itemStyle: { color: string; opacity: number };
  selected?: boolean;
}
export interface Series {
  type: string;
  name: string;
  data: unknown[];
  radius?: unknown;
  lineStyle?: { type?: string; color?: string };
  label?: { formatter: (p: { dataIndex: number }) => string; width?: number; overflow?: string };
}
export interface Axis {
  type: string;
  name?: string;
  data?: string[];
  inverse?: boolean;
  nameLocation?: string;
  axisLabel: {
    formatter?: (v: never) => string;
    rotate?: number;
    width?: number;
    overflow?: string;
    ellipsis?: string;
  };
}

export function series(option: EChartsOption): Series[] {
  return option.series as unknown as Series[];
}
export function items(option: EChartsOption, index = 0): Item[] {
  return series(option)[index].data as Item[];
}
export function axis(option: EChartsOption, which: 'xAxis' | 'yAxis'): Axis {
  return option[which] as unknown as Axis;
}
/** Calls the tooltip formatter the way ECharts does for item (object) or axis (array) triggers. */
export function tooltip(option: EChartsOption, dataIndex: number, asAxis = false): string {
  const formatter = (option.tooltip as { formatter: (p: unknown) => string }).formatter;
  const params = { dataIndex, seriesIndex: 0 };
  return formatter(asAxis ? [params] : params);
}
