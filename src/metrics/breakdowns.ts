/**
 * Revenue breakdowns for the overview charts. Crossfilter is the caller's choice: a chart on
 * dimension D passes withoutFilter(scope, D) so it keeps showing every pickable value.
 */
import type { QueryFn } from '../engine/query';
import { BREAKDOWN_COLUMNS, type BreakdownDim } from './columns';
import { shiftScope, type Scope } from './filters';
import { orderSource } from './rollup';
import { ordersInScope } from './sales';
import { num, numOrNull, quoteIdent, run, scopeCte, strOrNull, whereFilters, type MetricQuery, type SqlQuery } from './sql';
import { TARGET_LEVEL_CTE, overlapCond, proRata, salespersonFilterActive, targetFilters } from './targets';

export interface MonthRow {
  month: string; // 'YYYY-MM'
  revenue: number;
  /** Same month a year earlier, restricted to shiftScope(scope, 'yoy'). */
  revenue_last_year: number;
  /** Pro-rata target for the part of the month inside the scope; null when none or not filterable. */
  target: number | null;
}

/** Targets per scope month, or a NULL column when the filters cannot apply to quotas. */
function monthTargets(scope: Scope): { cte: string; column: string; params: SqlQuery['params'] } {
  const t = targetFilters(scope.filters);
  if (t.unsupported.length > 0) return { cte: '', column: 'CAST(NULL AS DOUBLE)', params: [] };
  const cte = `, ${TARGET_LEVEL_CTE},
tgt AS (SELECT m.month, SUM(${proRata('m.m_start', 'm.m_end')}) AS target
        FROM (SELECT month, greatest(month, s.d_from) AS m_start, least(last_day(month), s.d_to) AS m_end FROM months, s) m,
             fact_targets t, lvl
        WHERE ${overlapCond('m.m_start', 'm.m_end')}${t.sql} GROUP BY m.month)`;
  // Per-region quotas say nothing about one salesperson.
  const column = salespersonFilterActive(scope.filters)
    ? 'CASE WHEN (SELECT by_rep FROM lvl) THEN CAST(tgt.target AS DOUBLE) END'
    : 'CAST(tgt.target AS DOUBLE)';
  return { cte, column, params: t.params };
}

export function revenueByMonthQuery(scope: Scope): MetricQuery {
  const s = scopeCte(scope);
  const base = shiftScope(scope, 'yoy');
  const src = orderSource([scope, base]);
  const f = whereFilters(scope.filters, src.dims);
  const t = monthTargets(scope);
  return {
    sql: `WITH ${s.sql}, b AS (SELECT ?::DATE AS b_from, ?::DATE AS b_to),
months AS (SELECT CAST(unnest(generate_series(CAST(date_trunc('month', d_from) AS TIMESTAMP),
                  CAST(date_trunc('month', d_to) AS TIMESTAMP), INTERVAL 1 MONTH)) AS DATE) AS month FROM s),
cur AS (SELECT o.month, SUM(o.amount) AS revenue FROM ${src.table} o, s
        WHERE ${src.date} BETWEEN s.d_from AND s.d_to${f.sql} GROUP BY o.month),
prev AS (SELECT CAST(o.month + INTERVAL 12 MONTH AS DATE) AS month, SUM(o.amount) AS revenue FROM ${src.table} o, b
         WHERE ${src.date} BETWEEN b.b_from AND b.b_to${f.sql} GROUP BY o.month)${t.cte}
SELECT strftime(months.month, '%Y-%m') AS month, CAST(COALESCE(cur.revenue, 0) AS DOUBLE) AS revenue,
  CAST(COALESCE(prev.revenue, 0) AS DOUBLE) AS revenue_last_year, ${t.column} AS target
FROM months LEFT JOIN cur USING (month) LEFT JOIN prev USING (month)${t.cte ? ' LEFT JOIN tgt USING (month)' : ''}
ORDER BY months.month`,
    params: [...s.params, base.from, base.to, ...f.params, ...f.params, ...t.params],
    unsupported: f.unsupported,
  };
}

/** One row per calendar month touching [from, to], zero-filled. */
export async function revenueByMonth(query: QueryFn, scope: Scope): Promise<MonthRow[]> {
  const rows = await run(query, revenueByMonthQuery(scope));
  return rows.map((r) => ({
    month: String(r.month),
    revenue: num(r.revenue),
    revenue_last_year: num(r.revenue_last_year),
    target: numOrNull(r.target),
  }));
}

export interface BreakdownRow {
  /** The dimension value; null for orders without one. */
  key: string | null;
  revenue: number;
  /** revenue ÷ scope total; null when the total is 0. */
  share: number | null;
}

export function revenueByQuery(scope: Scope, dim: BreakdownDim): MetricQuery {
  const column = BREAKDOWN_COLUMNS[dim];
  if (!column) throw new RangeError(`cannot break revenue down by ${JSON.stringify(dim)}`);
  const s = scopeCte(scope);
  const o = ordersInScope(scope, orderSource([scope], [column]));
  return {
    sql: `WITH ${s.sql},
g AS (SELECT o.${quoteIdent(column)} AS key, CAST(SUM(o.amount) AS DOUBLE) AS revenue ${o.sql} GROUP BY 1)
SELECT key, revenue, CASE WHEN SUM(revenue) OVER () = 0 THEN NULL ELSE revenue / SUM(revenue) OVER () END AS share
FROM g ORDER BY revenue DESC, key NULLS LAST`,
    params: [...s.params, ...o.params],
    unsupported: o.unsupported,
  };
}

/** Revenue by one dimension, largest first. */
export async function revenueBy(query: QueryFn, scope: Scope, dim: BreakdownDim): Promise<BreakdownRow[]> {
  const rows = await run(query, revenueByQuery(scope, dim));
  return rows.map((r) => ({ key: strOrNull(r.key), revenue: num(r.revenue), share: numOrNull(r.share) }));
}

export interface TopPartnerRow {
  /** null for orders whose partner name matched no (unique) partner; they group by name. */
  partner_id: string | null;
  partner_name: string | null;
  /** The partner's own tier and home region (not the order's region). */
  tier: string | null;
  region: string | null;
  revenue: number;
  share: number | null;
}

export function topPartnersQuery(scope: Scope, n = 10): MetricQuery {
  if (!Number.isInteger(n) || n < 1 || n > 10_000) throw new RangeError('n must be an integer in 1..10000');
  const s = scopeCte(scope);
  const o = ordersInScope(scope, orderSource([scope], ['partner_id', 'partner_name']));
  return {
    sql: `WITH ${s.sql},
g AS (SELECT o.partner_id, any_value(o.partner_name) AS partner_name, CAST(SUM(o.amount) AS DOUBLE) AS revenue
      ${o.sql} GROUP BY o.partner_id, CASE WHEN o.partner_id IS NULL THEN o.partner_name END),
tot AS (SELECT SUM(revenue) AS total FROM g)
SELECT g.partner_id, COALESCE(p.partner_name, g.partner_name) AS partner_name, p.tier, p.region, g.revenue,
  CASE WHEN tot.total = 0 THEN NULL ELSE g.revenue / tot.total END AS share
FROM g LEFT JOIN dim_partners p ON p.partner_id = g.partner_id CROSS JOIN tot
ORDER BY g.revenue DESC, g.partner_id NULLS LAST, g.partner_name
LIMIT ?`,
    params: [...s.params, ...o.params, n],
    unsupported: o.unsupported,
  };
}

/** The n partners with the most revenue in scope; share is of the whole scope's revenue. */
export async function topPartners(query: QueryFn, scope: Scope, n = 10): Promise<TopPartnerRow[]> {
  const rows = await run(query, topPartnersQuery(scope, n));
  return rows.map((r) => ({
    partner_id: strOrNull(r.partner_id),
    partner_name: strOrNull(r.partner_name),
    tier: strOrNull(r.tier),
    region: strOrNull(r.region),
    revenue: num(r.revenue),
    share: numOrNull(r.share),
  }));
}
