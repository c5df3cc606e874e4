/**
 * The one place ECharts is configured. Importing from `echarts/core` and registering only the
 * charts and components we draw keeps the bundle small (tree-shaken); a chart type or component
 * missing here silently renders nothing, so add it here before using it in an option builder.
 */
import * as echarts from 'echarts/core';
import {
  BarChart,
  FunnelChart, type FunnelSeriesOption,
  GaugeChart,
  HeatmapChart,
  LineChart,
  PieChart,
  ScatterChart,
  type BarSeriesOption,
  type GaugeSeriesOption,
  type HeatmapSeriesOption,
  type LineSeriesOption,
  type PieSeriesOption,
  type ScatterSeriesOption,
} from 'echarts/charts';
import {
  AriaComponent,
  DatasetComponent,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TitleComponent,
  TooltipComponent,
  VisualMapComponent,
  type AriaComponentOption,
  type DatasetComponentOption,
  type GridComponentOption,
  type LegendComponentOption,
  type MarkLineComponentOption,
  type TitleComponentOption,
  type TooltipComponentOption,
  type VisualMapComponentOption,
} from 'echarts/components';
import { CanvasRenderer, SVGRenderer } from 'echarts/renderers';
import type { ComposeOption } from 'echarts/core';

echarts.use([
  BarChart,
  FunnelChart,
  LineChart,
  PieChart,
  HeatmapChart,
  GaugeChart,
  ScatterChart,
  GridComponent,
  TooltipComponent,
  LegendComponent,
  TitleComponent,
  DatasetComponent,
  MarkLineComponent,
  VisualMapComponent,
  AriaComponent,
  CanvasRenderer,
  SVGRenderer,
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
  | TitleComponentOption
  | DatasetComponentOption
  | MarkLineComponentOption
  | VisualMapComponentOption
  | AriaComponentOption
>;

export type { ECharts } from 'echarts/core';
export { echarts };
