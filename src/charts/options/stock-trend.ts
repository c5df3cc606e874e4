/**
 * Month-end stock per partner: one line each, in the partner's stable colour (colorFor of its
 * id, see lineColors). Points carry the partner_id as `key`, so a click filters by that partner. Months without a
 * snapshot are gaps, not zeros: a partner that did not report is not a partner without stock.
 */
import { amountUnitLabel, formatAmountFull, formatInteger, formatMonth, formatShortMonth, withUnit } from '../../i18n/format';
import type { EChartsOption } from '../echarts';
import { axisLineStyle, baseOption, containedGrid, themeOf, tooltipBase, tooltipHtml, valueAxis, type TooltipLine } from './common';
import { CATEGORICAL_PALETTE, colorFor, isNarrow, textStyle, type ChartContext, type ChartTheme } from './theme';

export interface StockTrendPoint {
  month: string; // 'YYYY-MM'
  partner_id: string;
  partner: string;
  /** Stock value (or quantity when `unit` is 'qty'). */
  value: number | null;
}

export interface StockTrendOptions {
  /** Axis name before the unit, e.g. 库存金额. */
  valueLabel: string;
  unit: 'amount' | 'qty';
  /** Unit name for quantities (件 / units). */
  qtyUnit: string;
  selected?: readonly string[];
}

/**
 * Each partner's stable colour (colorFor), except that a partner whose colour is already taken
 * on this chart gets the next free palette colour: two lines must never look alike.
 */
export function lineColors(ids: readonly string[], theme?: ChartTheme): Map<string, string> {
  const used = new Set<string>();
  const out = new Map<string, string>();
  for (const id of ids) {
    let color = colorFor(id, theme);
    const start = CATEGORICAL_PALETTE.indexOf(color);
    for (let k = 1; used.has(color) && start >= 0 && k < CATEGORICAL_PALETTE.length; k++) {
      color = CATEGORICAL_PALETTE[(start + k) % CATEGORICAL_PALETTE.length];
    }
    used.add(color);
    out.set(id, color);
  }
  return out;
}

export function stockTrendOption(points: readonly StockTrendPoint[], ctx: ChartContext, opts: StockTrendOptions): EChartsOption {
  const theme = themeOf(ctx);
  const { locale } = ctx;
  const months = [...new Set(points.map((p) => p.month))].sort();
  const partners = [...new Set(points.map((p) => p.partner_id))];
  const names = new Map(points.map((p) => [p.partner_id, p.partner]));
  const at = new Map(points.map((p) => [`${p.partner_id}\u0000${p.month}`, p.value]));
  const oneYear = new Set(months.map((m) => m.slice(0, 4))).size <= 1;
  const selected = new Set(opts.selected ?? []);
  const colors = lineColors(partners, theme);
  const exact = (v: number | null | undefined) =>
    v === null || v === undefined ? '—' : opts.unit === 'amount' ? formatAmountFull(v, locale) : `${formatInteger(v, locale)} ${opts.qtyUnit}`;

  const series = partners.map((id) => {
    const color = colors.get(id) as string;
    const dim = selected.size > 0 && !selected.has(id);
    return {
      type: 'line' as const,
      name: names.get(id) ?? id,
      data: months.map((m) => ({ value: at.get(`${id}\u0000${m}`) ?? null, key: id })),
      connectNulls: false,
      symbolSize: 6,
      itemStyle: { color, opacity: dim ? 0.3 : 1 },
      lineStyle: { color, width: 2, opacity: dim ? 0.3 : 1 },
    };
  });
  const formatter = (params: unknown): string => {
    const list = (Array.isArray(params) ? params : [params]) as { dataIndex: number; seriesIndex: number }[];
    const month = months[list[0]?.dataIndex ?? -1];
    if (!month) return '';
    const lines: TooltipLine[] = partners
      .map((id) => ({ id, v: at.get(`${id}\u0000${month}`) }))
      .sort((a, b) => (b.v ?? -Infinity) - (a.v ?? -Infinity))
      .map(({ id, v }) => ({ label: names.get(id) ?? id, value: exact(v), color: colors.get(id) }));
    return tooltipHtml(formatMonth(month, locale), lines);
  };
  const axisName = opts.unit === 'amount' ? withUnit(opts.valueLabel, locale, amountUnitLabel(locale)) : withUnit(opts.valueLabel, locale, opts.qtyUnit);
  return {
    ...baseOption(theme),
    grid: containedGrid(isNarrow(ctx) ? 72 : 48),
    legend: {
      top: 0, left: 'center', itemWidth: 14, itemHeight: 8,
      textStyle: { ...textStyle(theme), color: theme.textMuted, fontSize: 11, width: isNarrow(ctx) ? 90 : 150, overflow: 'truncate', ellipsis: '…' },
    },
    tooltip: { ...tooltipBase(theme), trigger: 'axis', formatter },
    xAxis: {
      type: 'category',
      data: months,
      boundaryGap: false,
      axisLine: axisLineStyle(theme),
      axisLabel: {
        ...textStyle(theme), color: theme.textMuted, hideOverlap: true,
        formatter: (m: string) => (oneYear ? formatShortMonth(m, locale) : formatMonth(m, locale)),
      },
    },
    yAxis: valueAxis(ctx, axisName, opts.unit === 'amount' ? 'amount' : 'integer'),
    series,
  };
}
