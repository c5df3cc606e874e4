/**
 * The filter model every metric takes: a period plus, per drill dimension, the values picked.
 * Pure data and date arithmetic, no SQL (sql.ts turns it into bound parameters).
 */
import { addDays, addMonths, assertIsoDate, dayNumber, monthsSpanned } from './dates';

export const DIMENSIONS = ['region', 'province', 'city', 'tier', 'industry', 'salesperson', 'partner', 'product'] as const;
export type Dimension = (typeof DIMENSIONS)[number];

/** Empty or absent array = no filter on that dimension. 'partner' values are partner_id. */
export type Filters = Partial<Record<Dimension, string[]>>;

/** An inclusive period ['from', 'to'] in ISO dates plus the drill filters. */
export interface Scope { from: string; to: string; filters: Filters }

export type CompareKind = 'yoy' | 'mom';

/** The dimensions with at least one value picked, in DIMENSIONS order. */
export function activeDimensions(filters: Filters): Dimension[] {
  return DIMENSIONS.filter((dim) => (filters[dim]?.length ?? 0) > 0);
}

/** Crossfilter: a chart leaves its own dimension out so it still shows every value one can pick. */
export function withoutFilter(scope: Scope, dim: Dimension): Scope {
  const filters: Filters = { ...scope.filters };
  delete filters[dim];
  return { ...scope, filters };
}

/** Throws RangeError unless from/to are real ISO dates with from ≤ to. */
export function assertScope(scope: Scope): void {
  assertIsoDate(scope.from, 'scope.from');
  assertIsoDate(scope.to, 'scope.to');
  if (dayNumber(scope.from) > dayNumber(scope.to)) {
    throw new RangeError(`scope.from ${scope.from} is after scope.to ${scope.to}`);
  }
}

/**
 * The comparison base period, same filters.
 * - `yoy` (同比): both ends minus 12 months.
 * - `mom` (环比): the previous period of the same length in months — the period's month count
 *   (a partial month counts as one) is subtracted from both ends:
 *   2026-01-01..2026-03-31 → 2025-10-01..2025-12-31, 2025-03-01..03-15 → 2025-02-01..02-15.
 * A month-end `to` stays a month end (2025-02-28 yoy → 2024-02-29; 2024-03-31 mom → 2024-02-29),
 * so whole months compare with whole months; other days are clamped to the month's length.
 */
export function shiftScope(scope: Scope, kind: CompareKind): Scope {
  assertScope(scope);
  const months = kind === 'yoy' ? 12 : monthsSpanned(scope.from, scope.to);
  const from = addMonths(scope.from, -months);
  const to = addMonths(scope.to, -months, true);
  return { from, to, filters: scope.filters };
}

/**
 * 时间进度: the share of the days of [from, to] that have ended by the end of `asOf`, clamped to
 * 0..1 (asOf = from → 1/length; asOf before from → 0; asOf ≥ to → 1).
 */
export function timeProgress(scope: Pick<Scope, 'from' | 'to'>, asOf: string): number {
  assertIsoDate(asOf, 'asOf');
  const length = dayNumber(scope.to) - dayNumber(scope.from) + 1;
  if (length <= 0) return 0;
  const elapsed = dayNumber(asOf) - dayNumber(scope.from) + 1;
  return Math.min(1, Math.max(0, elapsed / length));
}

/** The trailing window of `days` days ending at (and including) `to`. */
export function trailingWindow(to: string, days: number): { from: string; to: string } {
  return { from: addDays(to, -(days - 1)), to };
}
