/**
 * The line under every slide: which period and which filters the numbers on it are for, so a
 * screenshot of a slide can never be mistaken for the whole business. Pure.
 */
import { formatMonth, type Locale } from '../../i18n/format';
import { DIMENSIONS, type Dimension, type Filters } from '../../metrics/filters';

export interface CaptionLabels {
  period: string;
  filters: string;
  noFilters: string;
  dims: Record<Dimension, string>;
}

/** '2026-01-01'..'2026-10-31' → "2026年1月 – 2026年10月"; one month → that month alone. */
export function periodText(from: string, to: string, locale: Locale): string {
  const a = formatMonth(from.slice(0, 7), locale);
  const b = formatMonth(to.slice(0, 7), locale);
  return a === b ? a : `${a} – ${b}`;
}

export function filtersText(filters: Filters, labels: CaptionLabels, locale: Locale): string {
  const sep = locale === 'zh-CN' ? '、' : ', ';
  const parts = DIMENSIONS.filter((d) => filters[d]?.length).map((d) => `${labels.dims[d]}${locale === 'zh-CN' ? '：' : ': '}${filters[d]!.join(sep)}`);
  return parts.length ? parts.join(locale === 'zh-CN' ? '；' : '; ') : labels.noFilters;
}

export function slideCaption(period: { from: string; to: string }, filters: Filters, labels: CaptionLabels, locale: Locale): string {
  const colon = locale === 'zh-CN' ? '：' : ': ';
  return `${labels.period}${colon}${periodText(period.from, period.to, locale)} · ${labels.filters}${colon}${filtersText(filters, labels, locale)}`;
}
