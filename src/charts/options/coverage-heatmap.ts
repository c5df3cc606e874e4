/**
 * Coverage: regions × industries, shaded by signed partners (or revenue). Every pair is drawn,
 * including the ones with nothing — an empty cell is the finding ("no partner for 医疗 in 西北"),
 * so it is labelled 0 in red rather than left blank.
 * A cell's click key is `region␟industry` (coverageKey); the page sets both filters from it.
 */
import '../echarts-extra';
import { formatAmountFull, formatInteger } from '../../i18n/format';
import type { EChartsOption } from '../echarts';
import { NULL_KEY, baseOption, compactValue, containedGrid, themeOf, tooltipBase, tooltipHtml } from './common';
import { isNarrow, textStyle, type ChartContext } from './theme';

export interface CoverageCell {
  region: string | null;
  industry: string | null;
  partners: number;
  ordering: number;
  revenue: number;
}

export type CoverageMeasure = 'partners' | 'revenue';

export interface CoverageLabels {
  partners: string;
  ordering: string;
  revenue: string;
  nullLabel: string;
}

export interface CoverageOptions {
  measure?: CoverageMeasure;
  /** Current region / industry filters: cells outside them are dimmed. */
  selectedRegions?: readonly string[];
  selectedIndustries?: readonly string[];
}

const SEP = '\u241f';
const LIGHT = '#eef3fa';
const EMPTY_TEXT = '#b91c1c';

export function coverageKey(region: string | null, industry: string | null): string {
  return `${region ?? NULL_KEY}${SEP}${industry ?? NULL_KEY}`;
}

/** The inverse of coverageKey; null for a key that is not one. */
export function parseCoverageKey(key: string): { region: string | null; industry: string | null } | null {
  const parts = key.split(SEP);
  if (parts.length !== 2) return null;
  const back = (v: string) => (v === NULL_KEY ? null : v);
  return { region: back(parts[0]), industry: back(parts[1]) };
}

/** Distinct values, most partners first (ties: most revenue, then name). */
function axisValues(cells: readonly CoverageCell[], pick: (c: CoverageCell) => string | null): (string | null)[] {
  const sums = new Map<string | null, { partners: number; revenue: number }>();
  for (const c of cells) {
    const s = sums.get(pick(c)) ?? { partners: 0, revenue: 0 };
    s.partners += c.partners;
    s.revenue += c.revenue;
    sums.set(pick(c), s);
  }
  return [...sums.entries()]
    .sort(([a, x], [b, y]) => y.partners - x.partners || y.revenue - x.revenue || String(a ?? '\uffff').localeCompare(String(b ?? '\uffff'), 'zh-CN'))
    .map(([k]) => k);
}

export function coverageHeatmapOption(cells: readonly CoverageCell[], ctx: ChartContext, labels: CoverageLabels, opts: CoverageOptions = {}): EChartsOption {
  const theme = themeOf(ctx);
  const measure = opts.measure ?? 'partners';
  const regions = axisValues(cells, (c) => c.region);
  const industries = axisValues(cells, (c) => c.industry);
  const byKey = new Map(cells.map((c) => [coverageKey(c.region, c.industry), c]));
  const valueOf = (c: CoverageCell) => (measure === 'partners' ? c.partners : c.revenue);
  const max = Math.max(1, ...cells.map(valueOf));
  const regionSel = new Set(opts.selectedRegions ?? []);
  const industrySel = new Set(opts.selectedIndustries ?? []);
  const compact = compactValue(measure === 'partners' ? 'integer' : 'amount', ctx.locale);
  const name = (v: string | null) => v ?? labels.nullLabel;

  const grid: CoverageCell[] = [];
  const data = regions.flatMap((region, y) =>
    industries.map((industry, x) => {
      const cell = byKey.get(coverageKey(region, industry)) ?? { region, industry, partners: 0, ordering: 0, revenue: 0 };
      grid.push(cell);
      const v = valueOf(cell);
      const inSelection = (regionSel.size === 0 || regionSel.has(region ?? NULL_KEY)) && (industrySel.size === 0 || industrySel.has(industry ?? NULL_KEY));
      const dark = v / max > 0.55;
      return {
        value: [x, y, v],
        key: coverageKey(region, industry),
        name: `${name(region)} · ${name(industry)}`,
        itemStyle: { opacity: inSelection ? 1 : theme.dimOpacity, borderColor: '#fff', borderWidth: 1 },
        label: { color: v <= 0 ? EMPTY_TEXT : dark ? '#fff' : theme.text, fontWeight: v <= 0 ? ('bold' as const) : ('normal' as const) },
      };
    }),
  );
  const narrow = isNarrow(ctx);
  const axisLabel = { ...textStyle(theme), color: theme.textMuted, interval: 0, overflow: 'truncate' as const, ellipsis: '…' };
  return {
    ...baseOption(theme),
    grid: { ...containedGrid(8), right: 8 },
    tooltip: {
      ...tooltipBase(theme),
      trigger: 'item',
      formatter: (params: unknown) => {
        const cell = grid[(params as { dataIndex?: number }).dataIndex ?? -1];
        if (!cell) return '';
        return tooltipHtml(`${name(cell.region)} · ${name(cell.industry)}`, [
          { label: labels.partners, value: formatInteger(cell.partners, ctx.locale) },
          { label: labels.ordering, value: formatInteger(cell.ordering, ctx.locale) },
          { label: labels.revenue, value: formatAmountFull(cell.revenue, ctx.locale) },
        ]);
      },
    },
    xAxis: {
      type: 'category', data: industries.map(name), position: 'top', splitArea: { show: false },
      axisLine: { show: false }, axisTick: { show: false },
      // Wide: long industry names wrap onto a second line rather than lose their end.
      axisLabel: narrow
        ? { ...axisLabel, rotate: 45, width: 64 }
        : { ...axisLabel, fontSize: 11, overflow: 'break' as const, lineHeight: 13, width: Math.max(40, Math.floor((ctx.width - 90) / Math.max(industries.length, 1))) },
    },
    yAxis: { type: 'category', data: regions.map(name), inverse: true, axisLine: { show: false }, axisTick: { show: false }, axisLabel: { ...axisLabel, width: 72 } },
    visualMap: { show: false, min: 0, max, dimension: 2, inRange: { color: [LIGHT, theme.primary] } },
    series: [
      {
        type: 'heatmap',
        name: measure === 'partners' ? labels.partners : labels.revenue,
        data,
        label: { show: true, fontSize: narrow ? 10 : 12, formatter: (p: { dataIndex: number }) => compact(grid[p.dataIndex] ? valueOf(grid[p.dataIndex]) : 0) },
        emphasis: { itemStyle: { borderColor: theme.text, borderWidth: 1 } },
      },
    ],
  };
}
