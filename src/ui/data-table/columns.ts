/** Column specs for DataTable and how each kind of value is shown. */
import { formatAmount, formatAmountFull, formatDate, formatDelta, formatInteger, formatMonth, formatPercent, type Locale } from '../../i18n/format';

export type ColumnFormat = 'text' | 'amount' | 'amount-full' | 'integer' | 'number' | 'percent' | 'delta' | 'date' | 'month';

export interface Column<R> {
  key: keyof R & string;
  label: string;
  format?: ColumnFormat;
  /** Optional tone per cell (e.g. red for overdue). */
  tone?: (row: R) => 'good' | 'warn' | 'bad' | null;
}

export function formatCell(value: unknown, format: ColumnFormat, locale: Locale): string {
  if (value === null || value === undefined || value === '') return '—';
  const n = typeof value === 'number' ? value : Number.NaN;
  switch (format) {
    case 'amount': return formatAmount(n, locale, { currency: true });
    case 'amount-full': return formatAmountFull(n, locale);
    case 'integer': return formatInteger(n, locale);
    case 'number': return new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(n);
    case 'percent': return formatPercent(n, locale);
    case 'delta': return formatDelta(n, locale);
    case 'date': return formatDate(String(value), locale);
    case 'month': return formatMonth(String(value), locale);
    default: return String(value);
  }
}

export const isNumeric = (format: ColumnFormat | undefined) => format !== undefined && !['text', 'date', 'month'].includes(format);

/** Stable sort by one column; nulls last whatever the direction. */
export function sortRows<R>(rows: readonly R[], key: keyof R, dir: 'asc' | 'desc'): R[] {
  const sign = dir === 'asc' ? 1 : -1;
  return rows
    .map((row, i) => ({ row, i }))
    .sort((a, b) => {
      const x = a.row[key] as unknown;
      const y = b.row[key] as unknown;
      if (x == null || y == null) return x == null && y == null ? a.i - b.i : x == null ? 1 : -1;
      const c = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y), 'zh-CN');
      return c === 0 ? a.i - b.i : sign * c;
    })
    .map((e) => e.row);
}
