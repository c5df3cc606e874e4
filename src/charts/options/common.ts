/**
 * Pieces every option builder shares: the base option (font, aria, grid that contains its
 * labels), the tooltip shell and its escaped HTML rows, category-label truncation for narrow
 * cards, and the keyed data item a click handler reads.
 *
 * Tooltip decision: renderMode 'html' with our own formatters (never ECharts' `{b}` templates),
 * and every data-derived string goes through escapeHtml. Rich text would be safe by construction
 * but cannot wrap a long partner name, which the tooltip must show in full.
 */
import {
  formatAmount, axisAmount, formatInteger, type Locale } from '../../i18n/format';
import type { EChartsOption } from '../echarts';
import { escapeHtml } from './escape';
import { isNarrow, lightTheme, textStyle, type ChartContext, type ChartTheme } from './theme';

/** The key a NULL dimension value carries in data items (and hands to `onselect`). */
export const NULL_KEY = '__null__';

type One<T> = T extends readonly (infer U)[] ? U : T;
export type AxisOption = One<NonNullable<EChartsOption['xAxis']>>;
export type YAxisOption = One<NonNullable<EChartsOption['yAxis']>>;
export type TooltipOption = One<NonNullable<EChartsOption['tooltip']>>;
export type GridOption = One<NonNullable<EChartsOption['grid']>>;
type AxisOf<T extends string> = Extract<AxisOption, { type?: T }>;
type ValueAxisLabel = NonNullable<AxisOf<'value'>['axisLabel']>;
export type CategoryAxisLabel = NonNullable<AxisOf<'category'>['axisLabel']>;
type SplitLine = NonNullable<AxisOption['splitLine']>;
type AxisName = Pick<AxisOption, 'nameLocation' | 'nameTextStyle' | 'nameGap'>;

/** The fields of a value axis we set; fits both xAxis and yAxis (they differ only in `position`). */
export interface ValueAxis extends AxisName {
  type: 'value';
  name: string;
  axisLabel: ValueAxisLabel;
  splitLine: SplitLine;
}

/** A data item that remembers which dimension value it stands for. */
export interface KeyedItem {
  /** Display name (the key itself, or the null label). */
  name: string;
  /** Raw dimension value; NULL_KEY for a missing value. */
  key: string;
  value: number;
  itemStyle: { color: string; opacity: number };
  selected?: boolean;
}

export type ValueFormat = 'amount' | 'integer';

export function themeOf(ctx: ChartContext): ChartTheme {
  return ctx.theme ?? lightTheme;
}

/** Compact value text for axis ticks and bar-end labels. */
export function compactValue(format: ValueFormat, locale: Locale): (v: number) => string {
  if (format !== 'amount') return (v) => formatInteger(v, locale);
  if (locale !== 'zh-CN') return axisAmount(locale);
  // Three significant figures in 万, as in English: "6,800万" rather than "6,799.84万".
  return (v) => {
    const abs = Math.abs(v);
    const digits = abs >= 1e7 && abs < 1e8 ? 0 : abs >= 1e6 && abs < 1e7 ? 1 : 2;
    return formatAmount(v, locale, { digits, trimZeros: true });
  };
}

/** Option keys shared by every chart. */
export function baseOption(theme: ChartTheme): EChartsOption {
  return {
    backgroundColor: 'transparent',
    textStyle: { fontFamily: theme.fontFamily },
    // ECharts generates a spoken description of the data for screen readers.
    aria: { enabled: true, decal: { show: false } },
    // A click must feel instant: the new state is drawn at once, not tweened for 300 ms.
    animation: false,
  };
}

/**
 * Grid whose box includes axis labels and axis names (ECharts 6 `outerBounds*`, the
 * successor of the deprecated `containLabel`), so nothing is clipped at the card edge.
 */
export function containedGrid(top = 16): GridOption {
  return {
    left: 8,
    right: 24,
    top,
    bottom: 8,
    outerBoundsMode: 'same',
    outerBoundsContain: 'all',
  };
}

export function tooltipBase(theme: ChartTheme): TooltipOption {
  return {
    renderMode: 'html',
    confine: true,
    backgroundColor: theme.tooltipBackground,
    borderColor: theme.tooltipBorder,
    textStyle: { ...textStyle(theme), fontSize: 12 },
    // Long company names wrap instead of overflowing the tooltip.
    extraCssText: 'max-width:320px;white-space:normal;overflow-wrap:anywhere;',
  };
}

export interface TooltipLine {
  label: string;
  value: string;
  color?: string;
}

/** Tooltip HTML. All text is escaped here, so callers pass raw strings. */
export function tooltipHtml(title: string, lines: TooltipLine[]): string {
  const head = `<div style="font-weight:600;margin-bottom:4px">${escapeHtml(title)}</div>`;
  const body = lines
    .map((line) => {
      const marker = line.color
        ? `<span style="display:inline-block;width:8px;height:8px;border-radius:50%;margin-right:6px;background:${escapeHtml(line.color)}"></span>`
        : '';
      return (
        `<div style="display:flex;justify-content:space-between;gap:16px">` +
        `<span>${marker}${escapeHtml(line.label)}</span>` +
        `<span style="font-weight:600;font-variant-numeric:tabular-nums">${escapeHtml(line.value)}</span></div>`
      );
    })
    .join('');
  return head + body;
}

/** `dataIndex` of the first entry of a tooltip callback's params (item or axis trigger). */
export function dataIndexOf(params: unknown): number {
  const first = Array.isArray(params) ? params[0] : params;
  const index = (first as { dataIndex?: unknown } | undefined)?.dataIndex;
  return typeof index === 'number' ? index : -1;
}

/**
 * Category axis labels: truncated with an ellipsis to the space available (the tooltip keeps
 * the full text), rotated when the card is narrow or the slots are tight.
 */
export function categoryAxisLabel(
  ctx: ChartContext,
  count: number,
  horizontal: boolean,
): CategoryAxisLabel {
  const theme = themeOf(ctx);
  const base: CategoryAxisLabel = {
    ...textStyle(theme),
    color: theme.textMuted,
    interval: 0,
    overflow: 'truncate',
    ellipsis: '…',
  };
  if (horizontal) {
    return { ...base, width: Math.round(Math.min(180, Math.max(56, ctx.width * 0.3))) };
  }
  const slot = (ctx.width - 80) / Math.max(count, 1);
  if (isNarrow(ctx) || slot < 56) {
    return { ...base, rotate: 40, width: isNarrow(ctx) ? 72 : 96 };
  }
  return { ...base, width: Math.floor(slot - 8) };
}

export function valueAxis(
  ctx: ChartContext,
  name: string,
  format: ValueFormat,
): ValueAxis {
  const theme = themeOf(ctx);
  return {
    type: 'value',
    name,
    nameTextStyle: { color: theme.textMuted, fontFamily: theme.fontFamily },
    axisLabel: { color: theme.textMuted, formatter: compactValue(format, ctx.locale) },
    splitLine: { lineStyle: { color: theme.splitLine } },
  };
}

export function axisLineStyle(theme: ChartTheme): AxisOption['axisLine'] {
  return { lineStyle: { color: theme.axisLine } };
}
