/**
 * The chart types the first view does not draw (gauge, funnel, heatmap, scatter marks, visual
 * maps, mark lines): imported for its effect by the option builders that use them (see echarts.ts).
 */
import { echarts } from './echarts';
import { FunnelChart, GaugeChart, HeatmapChart, ScatterChart } from 'echarts/charts';
import { MarkLineComponent, VisualMapComponent } from 'echarts/components';

echarts.use([FunnelChart, GaugeChart, HeatmapChart, ScatterChart, MarkLineComponent, VisualMapComponent]);
