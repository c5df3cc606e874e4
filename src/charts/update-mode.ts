/**
 * How Chart.svelte hands a new option to ECharts. `notMerge` rebuilds every component, the HTML
 * tooltip included, whose set-up adds a DOM node and reads its offset: a forced layout of the page
 * per chart per click (the overview redraws five charts on every filter). When the new option has
 * the same shape as the last one wherever ECharts would merge — the top-level settings and the
 * components not listed below, the tooltip among them — the listed components are replaced
 * (`replaceMerge` keeps none of them: our options give no ids) and the rest merged key by key:
 * every key is overwritten, so the chart shows exactly the new option, as with notMerge.
 */
import type { EChartsOption } from './echarts';

export type UpdateMode = { notMerge: true } | { replaceMerge: string[] };

/**
 * Component types replaced wholesale (created afresh from the new option). ECharts accepts only
 * registered types here, so a mode names those the two options use. `aria` is a global setting.
 */
const REPLACED = [
  'series', 'xAxis', 'yAxis', 'grid', 'legend', 'visualMap', 'dataZoom', 'title', 'dataset',
  'polar', 'radiusAxis', 'angleAxis', 'radar', 'singleAxis', 'parallel', 'parallelAxis', 'calendar', 'graphic',
];

/** The keys of an option tree: plain objects by their keys; arrays and values are overwritten whole. */
function shape(value: unknown): string {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return Array.isArray(value) ? '[]' : '.';
  const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${shape(v)}`).sort().join(',')}}`;
}

function mergedPart(option: EChartsOption): Record<string, unknown> {
  const rest: Record<string, unknown> = { ...option };
  for (const key of REPLACED) delete rest[key];
  return rest;
}

/** notMerge for the first option or a change of shape; otherwise replace the components, merge the rest. */
export function updateMode(previous: EChartsOption | null, next: EChartsOption): UpdateMode {
  if (!previous || shape(mergedPart(previous)) !== shape(mergedPart(next))) return { notMerge: true };
  return { replaceMerge: REPLACED.filter((type) => type in previous || type in next) };
}
