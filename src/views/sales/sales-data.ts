/**
 * What the sales page asks of metrics/: one call per panel. Composition only — the SQL and the
 * KPI definitions live in metrics/.
 */
import type { QueryFn } from '../../engine/query';
import { addMonths } from '../../metrics/dates';
import { shiftScope, withoutFilter, type CompareKind, type Scope } from '../../metrics/filters';
import { revenueByMonth } from '../../metrics/breakdowns';
import { concentration } from '../../metrics/concentration';
import { growth, quotaAttainment, revenue } from '../../metrics/sales';
import type { RevenueTargetRow } from '../../charts/options/revenue-target';
import { DRILL_DIMS, type DrillDim } from './drill';

export async function loadSalesKpis(query: QueryFn, scope: Scope, compare: CompareKind, asOf: string) {
  const baseScope = shiftScope(scope, compare);
  const [rev, attainment, grow, baseAttainment] = await Promise.all([
    revenue(query, scope),
    quotaAttainment(query, scope, asOf),
    growth(query, scope, compare),
    quotaAttainment(query, baseScope, asOf),
  ]);
  return { revenue: rev, attainment, growth: grow, baseAttainment };
}
export type SalesKpis = Awaited<ReturnType<typeof loadSalesKpis>>;

/**
 * Monthly revenue and target with each month's comparison base: under YoY the same month last
 * year; under MoM the month before, read from the same query widened by one month at the front.
 */
export async function monthlyWithBase(query: QueryFn, scope: Scope, compare: CompareKind): Promise<RevenueTargetRow[]> {
  if (compare === 'yoy') {
    const rows = await revenueByMonth(query, scope);
    return rows.map((r) => ({ month: r.month, revenue: r.revenue, base: r.revenue_last_year, target: r.target }));
  }
  const rows = await revenueByMonth(query, { ...scope, from: addMonths(scope.from, -1) });
  return rows.slice(1).map((r, i) => ({ month: r.month, revenue: r.revenue, base: rows[i].revenue, target: r.target }));
}

/** Concentration now and in the comparison period (two queries in parallel). */
export async function concentrationWithBase(query: QueryFn, scope: Scope, compare: CompareKind) {
  const [current, base] = await Promise.all([concentration(query, scope), concentration(query, shiftScope(scope, compare))]);
  return { current, base };
}

/** The scope without any level of the geographic hierarchy (charts that list every region). */
export function withoutDrill(scope: Scope): Scope {
  return DRILL_DIMS.reduce((s, d) => withoutFilter(s, d), scope);
}

/** The scope of a chart at `level`: its own level left out, so siblings stay visible and clickable. */
export function levelScope(scope: Scope, level: DrillDim): Scope {
  return withoutFilter(scope, level);
}
