/**
 * Revenue per dimension value with its comparison base and, where quotas exist, its target — the
 * rows of the sales page's drill, attainment and mix charts — plus revenue per value × month for
 * the heatmap. One query each; the rules are those of sales.ts and targets.ts (level, pro-rata,
 * which filters quotas honour), applied per group.
 */
import type { QueryFn } from '../engine/query';
import { BREAKDOWN_COLUMNS, type BreakdownDim } from './columns';
import { addMonths } from './dates';
import { shiftScope, type CompareKind, type Dimension, type Scope } from './filters';
import { orderSource } from './rollup';
import { num, numOrNull, quoteIdent, run, scopeCte, strOrNull, whereFilters, type MetricQuery, type SqlQuery } from './sql';
import { TARGET_LEVEL_CTE, TARGET_LEVEL_COND, proRata, salespersonFilterActive, targetFilters } from './targets';

/** Dimensions quotas are set by (fact_targets columns). */
const TARGET_COLUMNS: Partial<Record<BreakdownDim, string>> = { region: 'region', salesperson: 'salesperson' };

// Type aliases (not interfaces) so rows fit tables typed Record<string, unknown>.
export type GroupSalesRow = {
  /** The dimension value; null for orders (or targets) without one. */
  key: string | null;
  revenue: number;
  /** Revenue of the same group in the comparison period (shiftScope(scope, compare)). */
  base: number;
  /** (revenue − base) ÷ |base|; null when base is 0. */
  growth: number | null;
  /** revenue ÷ total revenue of all groups; null when the total is 0. */
  share: number | null;
  /** Pro-rata target of the group; null when quotas say nothing about it. */
  target: number | null;
  /** revenue ÷ target; null without a positive target. */
  attainment: number | null;
  baseTarget: number | null;
  /** base ÷ baseTarget: the same group's attainment in the comparison period. */
  baseAttainment: number | null;
};

/**
 * Why targets are missing: `unsupported-filter` (a filter quotas cannot honour, listed in dims),
 * `not-by-dim` (quotas are not set by this dimension), or null when targets were joined.
 */
export type GroupTargetReason = 'unsupported-filter' | 'not-by-dim' | null;

export interface GroupSalesResult { rows: GroupSalesRow[]; targetReason: GroupTargetReason; dims: Dimension[] }

/** The base window for a compare kind: yoy −12 months, mom the previous period (shiftScope). */
function baseWindow(scope: Scope, compare: CompareKind): { from: string; to: string } {
  const b = shiftScope(scope, compare);
  return { from: b.from, to: b.to };
}

/** How targets join for (scope, dim): the CTE, or the reason they cannot. */
function targetPart(scope: Scope, dim: BreakdownDim): { cte: string; params: SqlQuery['params']; reason: GroupTargetReason; dims: Dimension[] } {
  const column = TARGET_COLUMNS[dim];
  if (!column) return { cte: '', params: [], reason: 'not-by-dim', dims: [] };
  const t = targetFilters(scope.filters);
  if (t.unsupported.length > 0) return { cte: '', params: [], reason: 'unsupported-filter', dims: t.unsupported };
  // Regional quotas cannot be split by salesperson, nor restricted to one (the SQL then finds no row).
  const byRepOnly = dim === 'salesperson' || salespersonFilterActive(scope.filters) ? ' AND lvl.by_rep' : '';
  const inWindow = (a: string, b: string) => `CASE WHEN t.period_start <= ${b} AND t.period_end >= ${a} THEN ${proRata(a, b)} END`;
  const cte = `, ${TARGET_LEVEL_CTE},
tgt AS (SELECT t.${quoteIdent(column)} AS key, SUM(${inWindow('s.d_from', 's.d_to')}) AS target,
               SUM(${inWindow('b.b_from', 'b.b_to')}) AS base_target
        FROM fact_targets t, s, b, lvl WHERE ${TARGET_LEVEL_COND}${byRepOnly}${t.sql} GROUP BY 1)`;
  return { cte, params: t.params, reason: null, dims: [] };
}

export function salesByQuery(scope: Scope, dim: BreakdownDim, compare: CompareKind): MetricQuery & { targetReason: GroupTargetReason; targetDims: Dimension[] } {
  const column = BREAKDOWN_COLUMNS[dim];
  if (!column) throw new RangeError(`cannot group sales by ${JSON.stringify(dim)}`);
  const s = scopeCte(scope);
  const base = baseWindow(scope, compare);
  const src = orderSource([scope, { ...scope, ...base }], [column]);
  const d = src.date;
  const f = whereFilters(scope.filters, src.dims);
  const t = targetPart(scope, dim);
  const joined = t.cte !== '';
  const sql = `WITH ${s.sql}, b AS (SELECT ?::DATE AS b_from, ?::DATE AS b_to)${t.cte},
g AS (SELECT o.${quoteIdent(column)} AS key,
        SUM(o.amount) FILTER (WHERE ${d} BETWEEN s.d_from AND s.d_to) AS revenue,
        SUM(o.amount) FILTER (WHERE ${d} BETWEEN b.b_from AND b.b_to) AS base
      FROM ${src.table} o, s, b
      WHERE (${d} BETWEEN s.d_from AND s.d_to OR ${d} BETWEEN b.b_from AND b.b_to)${f.sql}
      GROUP BY 1),
j AS (SELECT ${joined ? 'COALESCE(g.key, tgt.key)' : 'g.key'} AS key, CAST(COALESCE(g.revenue, 0) AS DOUBLE) AS revenue,
        CAST(COALESCE(g.base, 0) AS DOUBLE) AS base,
        ${joined ? 'CAST(tgt.target AS DOUBLE)' : 'CAST(NULL AS DOUBLE)'} AS target,
        ${joined ? 'CAST(tgt.base_target AS DOUBLE)' : 'CAST(NULL AS DOUBLE)'} AS base_target
      FROM g${joined ? ' FULL JOIN tgt ON g.key IS NOT DISTINCT FROM tgt.key' : ''})
SELECT key, revenue, base, target, base_target,
  CASE WHEN SUM(revenue) OVER () = 0 THEN NULL ELSE revenue / SUM(revenue) OVER () END AS share
FROM j WHERE revenue <> 0 OR base <> 0 OR COALESCE(target, 0) > 0
ORDER BY revenue DESC, key NULLS LAST`;
  return {
    sql,
    params: [...s.params, base.from, base.to, ...t.params, ...f.params],
    unsupported: f.unsupported,
    targetReason: t.reason,
    targetDims: t.dims,
  };
}

const over = (a: number, b: number | null): number | null => (b === null || b <= 0 ? null : a / b);

/**
 * Revenue by one dimension with its comparison base (same filters, shifted period), growth, share
 * and — for region and salesperson — the pro-rata target and attainment in both periods.
 * Crossfilter is the caller's: pass withoutFilter(scope, dim) to keep every value visible.
 */
export async function salesBy(query: QueryFn, scope: Scope, dim: BreakdownDim, compare: CompareKind): Promise<GroupSalesResult> {
  const q = salesByQuery(scope, dim, compare);
  const rows = (await run(query, q)).map((r): GroupSalesRow => {
    const revenue = num(r.revenue);
    const base = num(r.base);
    const target = numOrNull(r.target);
    const baseTarget = numOrNull(r.base_target);
    return {
      key: strOrNull(r.key), revenue, base, growth: base === 0 ? null : (revenue - base) / Math.abs(base),
      share: numOrNull(r.share), target, attainment: over(revenue, target), baseTarget, baseAttainment: over(base, baseTarget),
    };
  });
  return { rows, targetReason: q.targetReason, dims: q.targetDims };
}

export type GroupMonthCell = {
  key: string | null;
  /** 'YYYY-MM' */
  month: string;
  revenue: number;
  /** Same group, one year earlier (yoy) or the month before (mom). */
  base: number;
  growth: number | null;
};

/** Months a cell's base lies back: a year, or one month (MoM of a single month). */
const CELL_SHIFT: Record<CompareKind, number> = { yoy: 12, mom: 1 };

export function revenueByMonthAndQuery(scope: Scope, dim: BreakdownDim, compare: CompareKind): MetricQuery {
  const column = BREAKDOWN_COLUMNS[dim];
  if (!column) throw new RangeError(`cannot group sales by ${JSON.stringify(dim)}`);
  const k = CELL_SHIFT[compare];
  const s = scopeCte(scope);
  const base = { from: addMonths(scope.from, -k), to: addMonths(scope.to, -k, true) };
  const src = orderSource([scope, { ...scope, ...base }], [column]);
  const f = whereFilters(scope.filters, src.dims);
  return {
    sql: `WITH ${s.sql}, b AS (SELECT ?::DATE AS b_from, ?::DATE AS b_to),
months AS (SELECT CAST(unnest(generate_series(CAST(date_trunc('month', d_from) AS TIMESTAMP),
                  CAST(date_trunc('month', d_to) AS TIMESTAMP), INTERVAL 1 MONTH)) AS DATE) AS month FROM s),
cur AS (SELECT o.${quoteIdent(column)} AS key, o.month, SUM(o.amount) AS revenue FROM ${src.table} o, s
        WHERE ${src.date} BETWEEN s.d_from AND s.d_to${f.sql} GROUP BY 1, 2),
prev AS (SELECT o.${quoteIdent(column)} AS key, CAST(o.month + ${k} * INTERVAL 1 MONTH AS DATE) AS month, SUM(o.amount) AS revenue
         FROM ${src.table} o, b WHERE ${src.date} BETWEEN b.b_from AND b.b_to${f.sql} GROUP BY 1, 2),
keys AS (SELECT key, SUM(revenue) AS total FROM cur GROUP BY 1)
SELECT keys.key, strftime(months.month, '%Y-%m') AS month, CAST(COALESCE(cur.revenue, 0) AS DOUBLE) AS revenue,
  CAST(COALESCE(prev.revenue, 0) AS DOUBLE) AS base
FROM keys CROSS JOIN months
LEFT JOIN cur ON cur.key IS NOT DISTINCT FROM keys.key AND cur.month = months.month
LEFT JOIN prev ON prev.key IS NOT DISTINCT FROM keys.key AND prev.month = months.month
ORDER BY keys.total DESC, keys.key NULLS LAST, months.month`,
    params: [...s.params, base.from, base.to, ...f.params, ...f.params],
    unsupported: f.unsupported,
  };
}

/**
 * Revenue per dimension value × calendar month of [from, to] (zero-filled over the values that sold
 * in scope, largest first), each cell beside the same value's revenue 12 months (yoy) or 1 month
 * (mom) earlier.
 */
export async function revenueByMonthAnd(query: QueryFn, scope: Scope, dim: BreakdownDim, compare: CompareKind): Promise<GroupMonthCell[]> {
  const rows = await run(query, revenueByMonthAndQuery(scope, dim, compare));
  return rows.map((r) => {
    const revenue = num(r.revenue);
    const base = num(r.base);
    return { key: strOrNull(r.key), month: String(r.month), revenue, base, growth: base === 0 ? null : (revenue - base) / Math.abs(base) };
  });
}
