/**
 * Shared SQL for quotas (fact_targets aliased `t`). Two rules live here so attainment and the
 * monthly chart cannot disagree:
 * - Level: when any target row names a salesperson, only salesperson rows count (region-only
 *   rows are then roll-ups of the same quota and would double it); otherwise region rows count.
 * - Pro-rata: a target counts by the share of its days that overlap the window.
 */
import { TARGET_DIMS } from './columns';
import type { Filters } from './filters';
import { whereFilters, type FilterSql } from './sql';

/** CTE `lvl(by_rep)`: are quotas set per salesperson? */
export const TARGET_LEVEL_CTE =
  'lvl AS (SELECT COALESCE(bool_or(salesperson IS NOT NULL), false) AS by_rep FROM fact_targets WHERE period_start IS NOT NULL)';

/** Row condition selecting the counted level (needs `lvl` in FROM). */
export const TARGET_LEVEL_COND = '(t.salesperson IS NOT NULL) = lvl.by_rep';

/** Target filter fragment; dims other than region/salesperson come back as unsupported. */
export function targetFilters(filters: Filters): FilterSql {
  return whereFilters(filters, TARGET_DIMS);
}

/** t.target_amount × overlapping days ÷ period days, for the window [start, end] (SQL DATE exprs). */
export function proRata(start: string, end: string): string {
  return `t.target_amount * (least(t.period_end, ${end}) - greatest(t.period_start, ${start}) + 1)
    / (t.period_end - t.period_start + 1)`;
}

/** Rows overlapping [start, end] at the counted level. */
export function overlapCond(start: string, end: string): string {
  return `t.period_start <= ${end} AND t.period_end >= ${start} AND ${TARGET_LEVEL_COND}`;
}

/** A salesperson filter cannot be honoured when quotas are only set per region. */
export function salespersonFilterActive(filters: Filters): boolean {
  return (filters.salesperson?.length ?? 0) > 0;
}
