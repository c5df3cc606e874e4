/**
 * The one place ECharts is configured. Importing from `echarts/core` and registering only the
 * charts and components we draw keeps the bundle small (tree-shaken); a chart type or component
 * missing here silently renders nothing, so add it here before using it in an option builder.
 * The first view (overview) draws bars, lines and pies only: other types and mark lines are registered by
 * echarts-extra.ts, which the option builders that use them import, so their code loads with the
 * pages that draw them.
 */
import * as echarts from 'echarts/core';
import {
  BarChart,
  LineChart,
  PieChart,
  type FunnelSeriesOption,
  type BarSeriesOption,
  type GaugeSeriesOption,
  type HeatmapSeriesOption,
  type LineSeriesOption,
  type PieSeriesOption,
  type ScatterSeriesOption,
} from 'echarts/charts';
import {
  AriaComponent,
  GridComponent,
  LegendPlainComponent,
  TooltipComponent,
  type AriaComponentOption,
  type GridComponentOption,
  type LegendComponentOption,
  type MarkLineComponentOption,
  type TooltipComponentOption,
  type VisualMapComponentOption,
} from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import type { ComposeOption } from 'echarts/core';

echarts.use([
  BarChart,
  LineChart,
  PieChart,
  GridComponent,
  TooltipComponent,
  LegendPlainComponent,
  AriaComponent,
  CanvasRenderer,
]);

/** Option type limited to what is registered above, so a typo'd series type fails type-checking. */
export type EChartsOption = ComposeOption<
  | BarSeriesOption
  | FunnelSeriesOption
  | LineSeriesOption
  | PieSeriesOption
  | HeatmapSeriesOption
  | GaugeSeriesOption
  | ScatterSeriesOption
  | GridComponentOption
  | TooltipComponentOption
  | LegendComponentOption
  | MarkLineComponentOption
  | VisualMapComponentOption
  | AriaComponentOption
>;

export type { ECharts } from 'echarts/core';
export { echarts };
